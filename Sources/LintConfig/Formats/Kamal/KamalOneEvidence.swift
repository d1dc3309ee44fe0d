/// Signs that a config is written for Kamal 1 (or its predecessor MRSK), whose keys Kamal 2
/// rejects: a `traefik:` section (Kamal 2 replaced Traefik with kamal-proxy), `builder.multiarch`
/// (a connect-id-shaped config pins Kamal 1 only in its CI's `gem install`), a `Gemfile.lock`
/// that locks `kamal` below 2 or locks `mrsk`, and — only beside one of those — a top-level
/// `healthcheck:` (now `proxy.healthcheck`), `primary_web_role`, `stop_wait_time`, and secrets
/// taken from `.env` (Kamal 2 reads `.kamal/secrets`). Such a config is reported once, as a
/// Kamal 1 config, instead of as a dozen schema errors against Kamal 2.
enum KamalOneEvidence {
    static func evidence(config: YAMLNode, projectRoot: String, files: any WorkspaceFiles) -> [String] {
        var decisive: [String] = []
        if config["traefik"] != nil { decisive.append("a `traefik:` section (Kamal 2 routes through `proxy:`)") }
        let roleTraefik = (config["servers"]?.mapping?.entries ?? []).contains { $0.value["traefik"] != nil }
        if roleTraefik { decisive.append("`traefik:` on a role (Kamal 2: `proxy:` on the role)") }
        if config["builder"]?["multiarch"] != nil {
            decisive.append("`builder.multiarch` (Kamal 2 removed it: `builder.arch` names the platforms)")
        }
        if let locked = lockedVersion(projectRoot: projectRoot, files: files) { decisive.append(locked) }
        guard !decisive.isEmpty else { return [] }
        var supporting: [String] = []
        if config["healthcheck"] != nil { supporting.append("a top-level `healthcheck:` (Kamal 2: `proxy.healthcheck`)") }
        if config["primary_web_role"] != nil { supporting.append("`primary_web_role` (Kamal 2: `primary_role`)") }
        if config["stop_wait_time"] != nil { supporting.append("`stop_wait_time` (Kamal 2: `drain_timeout`)") }
        let secretsFiles = files.list(joinPath(projectRoot, ".kamal")).filter { $0.hasPrefix("secrets") }
        if secretsFiles.isEmpty, [".env", ".env.erb", ".env.sample"].contains(where: { files.kind(of: joinPath(projectRoot, $0)) == .file }) {
            supporting.append("secrets from `.env` (Kamal 2 reads `.kamal/secrets`)")
        }
        return decisive + supporting
    }

    /// `kamal (1.9.2)` or `mrsk (0.16.0)` among the locked gems.
    static func lockedVersion(projectRoot: String, files: any WorkspaceFiles) -> String? {
        guard let text = try? files.text(joinPath(projectRoot, "Gemfile.lock")) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("    ") && !line.hasPrefix("      ") {
            let trimmed = line.dropFirst(4)
            if trimmed.hasPrefix("mrsk (") { return "Gemfile.lock locks mrsk, Kamal's former name" }
            if trimmed.hasPrefix("kamal ("), let major = trimmed.dropFirst(7).split(separator: ".").first.flatMap({ Int($0) }), major < 2 {
                return "Gemfile.lock locks kamal \(trimmed.dropFirst(7).prefix { $0 != ")" })"
            }
        }
        return nil
    }
}
