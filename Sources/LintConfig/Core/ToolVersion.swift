/// The version `lint-config --version` prints and reports name as their producer (SARIF's
/// `tool.driver.version`). Raised by hand with each release.
public enum ToolVersion {
    public static let current = "0.4.0"
    public static let informationURI = "https://github.com/lint-config/lint-config"
}
