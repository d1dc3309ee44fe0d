import Testing
@testable import LintConfig

/// Bad input of the env front ends: each gives a located error (exit 2) or a finding, and the
/// rest of the workspace is still read.
@Suite struct EnvBadInputTests {
    static let fly: [String: String] = [
        "lint-config.yml": "environments: [staging]\nprojects:\n  - root: web\n    deploy:\n      staging:\n        fly: {config: web/fly.toml, secrets: web/secrets.txt}\n",
        "web/package.json": "{}\n",
        "web/fly.toml": "app = \"web\"\n",
        "web/secrets.txt": "NAME  DIGEST\nA     1\n",
        "web/src/main.ts": "process.env.A!;\n",
    ]

    func run(_ changes: [String: String]) throws -> LintResult {
        try lint(Self.fly.merging(changes) { $1 })
    }

    @Test func malformedTOML() throws {
        let result = try run(["web/fly.toml": "app = \"web\"\n[env\nX = 1\n"])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.location.path == "web/fly.toml")
        #expect(result.errors.first?.location.line == 2)
        #expect(result.errors.first?.message.hasPrefix("invalid TOML") == true)
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test func secretsListWithoutAHeader() throws {
        let result = try run(["web/secrets.txt": "A 1\nB 2\n"])
        #expect(result.errors.map(\.location) == [Location(path: "web/secrets.txt", line: 1, column: 1)])
        #expect(result.errors.first?.message.contains("NAME") == true)
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test func unterminatedStringInSource() throws {
        let result = try run(["web/src/broken.ts": "const a = 1;\nconst s = \"never closed\n"])
        #expect(result.errors.map(\.location) == [Location(path: "web/src/broken.ts", line: 2, column: 11)])
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test func unparsableDotenvLineIsAFinding() throws {
        let result = try run(["web/.env.example": "A=1\nnot a valid line\n"])
        #expect(result.errors.isEmpty)
        #expect(result.findings.map(\.ruleID).contains("dotenv-unparsable-line"))
        #expect(result.findings.first { $0.ruleID == "dotenv-unparsable-line" }?.location == Location(path: "web/.env.example", line: 2, column: 1))
    }

    @Test func configNamingAMissingProjectRoot() throws {
        let result = try run(["lint-config.yml": "projects:\n  - root: gone\n"])
        #expect(result.errors.map(\.description) == ["lint-config.yml:2:11: error: project root 'gone' is not a folder in the workspace"])
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test func binarySourceFileIsRefusedWithItsPlace() throws {
        let result = try Linter.run(InMemoryWorkspaceFiles(bytes: Self.fly.mapValues { Array($0.utf8) }
            .merging(["web/src/blob.js": [0x61, 0x00, 0x62]]) { $1 }))
        #expect(result.errors.map(\.description) == ["web/src/blob.js:1:2: error: NUL byte in text (is this a binary file?)"])
    }
}
