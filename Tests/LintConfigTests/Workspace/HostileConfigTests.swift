import Testing
@testable import LintConfig

/// Issue 8's reproducers for what `lint-config.yml` and saved listings may hold: an empty
/// config, a destination that is a path, a folder where a file is named, an empty `.json`.
@Suite struct HostileConfigTests {
    static let files: [String: String] = [
        "ATM/config/deploy.yml": "service: gh\nimage: gh\n",
        "ATM/config/deploy.staging.yml": "servers: [1.1.1.1]\n",
        "GH/package.json": "{}\n",
        "WEB/package.json": "{}\n",
        "WEB/fly.toml/README": "a folder, not a file\n",
        "WEB/fly-secrets.json": "",
    ]

    func errors(_ config: String?, extra: [String: String] = [:]) throws -> [String] {
        var files = Self.files.merging(extra) { $1 }
        files["lint-config.yml"] = config
        return try lint(files).errors.map(\.description)
    }

    static func kamal(destination: String) -> String {
        """
        environments: [staging]
        projects:
          - root: GH
            deploy:
              staging:
                kamal: {config: ATM/config/deploy.yml, destination: \(destination)}
        """
    }

    // Item 19: an empty lint-config.yml was accepted: zero projects, a clean-looking run.
    @Test(arguments: ["", "# nothing yet\n", "~\n"])
    func anEmptyWorkspaceConfigIsALocatedError(text: String) throws {
        let result = try lint(Self.files.merging(["lint-config.yml": text]) { $1 })
        #expect(result.errors.map(\.description) == [
            "lint-config.yml:1:1: error: is empty: list the workspace's `projects:` "
                + "(or delete the file to let lint-config discover them)",
        ])
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    // Item 13: `destination:` was used as a path fragment and printed raw.
    @Test(arguments: ["../../../../etc/passwd", "\"a/b\"", "\"staging\\nfake\"", "\"nul\\0\"", "\".hidden\"", "\"\""])
    func aDestinationThatIsNotANameIsASchemaError(destination: String) throws {
        let messages = try errors(Self.kamal(destination: destination))
        #expect(messages == [
            "lint-config.yml:6:61: error: destination must be a Kamal destination name: letters, digits, '-', '_' and '.', "
                + "starting with a letter or digit (no path separators, spaces or control characters)",
        ])
    }

    @Test(arguments: ["staging", "eu-west_2", "prod.eu"])
    func destinationNamesAreAccepted(destination: String) throws {
        let messages = try errors(Self.kamal(destination: destination), extra: [
            "ATM/config/deploy.\(destination).yml": "servers: [1.1.1.1]\n",
        ])
        #expect(!messages.contains { $0.contains("destination must be") })
    }

    // Item 17: a folder where deploy.yml or fly.toml should be was "does not exist".
    @Test func aFolderWhereTheKamalConfigShouldBe() throws {
        let messages = try errors("""
            projects:
              - root: GH
                deploy:
                  default:
                    kamal: {config: GH/config/deploy.yml}
            """, extra: ["GH/config/deploy.yml/x": "x"])
        #expect(messages == ["lint-config.yml:5:25: error: Kamal config 'GH/config/deploy.yml' is a folder, not a file"])
    }

    @Test func aFolderWhereTheFlyConfigShouldBe() throws {
        let messages = try errors("""
            projects:
              - root: WEB
                deploy:
                  default:
                    fly: {app: web, config: WEB/fly.toml}
            """)
        #expect(messages == ["lint-config.yml:5:33: error: fly config 'WEB/fly.toml' is a folder, not a file"])
    }

    // Item 16: an empty or garbage secrets `.json` got the text table's "no `NAME` header".
    @Test func anEmptySecretsJSONGetsTheJSONMessage() throws {
        let error = #expect(throws: InputError.self) { try FlySecretsList.parse("\n", path: "WEB/fly-secrets.json") }
        #expect(error?.description == "WEB/fly-secrets.json:1:1: error: is empty: expected the JSON array "
                + "`fly secrets list --json` prints (`[]` when there are no secrets)")
    }

    @Test func aGarbageSecretsJSONGetsTheJSONMessage() throws {
        let error = #expect(throws: InputError.self) { try FlySecretsList.parse("NAME garbage\n", path: "WEB/fly-secrets.json") }
        #expect(error?.description == "WEB/fly-secrets.json:1:1: error: expected a JSON array of secrets "
                + "(the output of `fly secrets list --json`)")
    }

    @Test func aTableInATextFileIsStillATable() throws {
        #expect(try FlySecretsList.parse("NAME DIGEST\nA_KEY abc\n", path: "WEB/fly-secrets.txt").map(\.name) == ["A_KEY"])
    }
}
