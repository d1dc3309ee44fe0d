import Testing
@testable import LintConfig

/// Config text that is not what the front end expects must be reported in words that name the
/// problem — and never by quoting what may be a secret (issue 8, items 10, 12 and 20).
@Suite struct HostileConfigTextTests {
    static let header = ExampleConfigs.kamalHeader

    func everything(_ result: LintResult) -> String {
        (result.findings.map { "\($0.title) \($0.what) \($0.fix) \($0.subject.names)" } + result.errors.map(\.description)).joined(separator: "\n")
    }

    /// Item 10: `- DATABASE_URL=postgres://u:PASSWORD@h/db` in `env.secret` was split at `:` as
    /// NAME:SECRET, and the password came back in a critical finding's title.
    @Test func aValueInASecretListIsAnInvalidNameNeverPrinted() throws {
        let result = try lint([
            "config/deploy.yml": Self.header + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL=postgres://u:PASSWORD7x@h/db\n    - API_TOKEN\n",
            ".kamal/secrets": "API_TOKEN=$(op read x)\n",
        ])
        let text = everything(result)
        #expect(!text.contains("PASSWORD7x") && !text.contains("postgres://"), "\(text)")
        let invalid = result.findings.filter { $0.title.contains("invalid secret name") }
        #expect(invalid.map(\.location.line) == [Self.header.split(separator: "\n").count + 5])
        #expect(!result.findings.contains { $0.ruleID == "kamal-secret-undefined" }, "the entry is no lookup of a secret")
    }

    /// Item 12: a TOML error quoted the offending value.
    @Test func aTOMLErrorDoesNotQuoteTheValue() {
        #expect(throws: InputError.self) { try FlyAppConfig.parse("app = \"x\"\n[env]\nA = sk_live_4eC39HqLyjWDarjtT1zdp7dc\n", path: "fly.toml") }
        do {
            _ = try FlyAppConfig.parse("app = \"x\"\n[env]\nA = sk_live_4eC39HqLyjWDarjtT1zdp7dc\n", path: "fly.toml")
        } catch {
            #expect(!error.message.contains("4eC39HqLyjWDarjtT1zdp7dc"), "\(error.message)")
            #expect(error.location.line == 3)
        }
    }

    /// Item 20: a YAML complex key was reported as "unknown key: ?".
    @Test func aComplexKeyIsNamedAsSuch() throws {
        let result = try lint(["config/deploy.yml": Self.header + "servers:\n  - 10.0.0.1\n? [a, b]\n: 1\n"])
        let messages = result.findings.filter { $0.ruleID == "kamal-config-invalid" }.map(\.title)
        #expect(messages.contains { $0.contains("a key must be a plain scalar, not a sequence (a YAML complex key)") }, "\(messages)")
        #expect(!messages.contains { $0.contains("unknown key: ?") })
    }
}
