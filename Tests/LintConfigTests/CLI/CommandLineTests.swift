import Foundation
import Testing

/// The real binary: exit codes, streams and formats as a pre-commit hook or CI sees them.
@Suite(.serialized) struct CommandLineTests {
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRun {
        try runLintConfig(arguments, environment: environment)
    }

    func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let clean = """
        service: worker
        image: acme/worker
        registry:
          server: localhost:5555
        builder:
          arch: amd64
        servers:
          - 10.0.0.1
        env:
          secret:
            - DATABASE_URL

        """

    @Test func cleanWorkspaceExitsZero() throws {
        let root = try workspace(["config/deploy.yml": Self.clean, ".kamal/secrets": "DATABASE_URL=$(op read x)\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--workspace", root.path])
        #expect(result.status == 0)
        #expect(result.stdout == "lint-config: 0 findings; checked . (default)\n")
        #expect(result.stderr == "lint-config: no lint-config.yml; discovered 1 project; `lint-config init` to pin them\n")
    }

    @Test func findingsExitOneAndCheckIsTheDefaultCommand() throws {
        let root = try workspace(["config/deploy.yml": Self.clean, ".kamal/secrets": "OTHER=1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["--workspace", root.path], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("### [CRITICAL] Secret 'DATABASE_URL' is not defined for default\nWhere:  config/deploy.yml:11:7  [kamal-secret-undefined]\n"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func failOnRaisesTheThreshold() throws {
        let root = try workspace(["config/deploy.yml": Self.clean + "  clear:\n    PORT: 1\n    PORT: 2\n", ".kamal/secrets": "DATABASE_URL=1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try run(["check", "--workspace", root.path]).status == 1)
        #expect(try run(["check", "--workspace", root.path, "--fail-on", "high"]).status == 0)
    }

    @Test func inputErrorsExitTwoWithALocatedMessage() throws {
        let root = try workspace(["config/deploy.yml": "service: [\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--workspace", root.path])
        #expect(result.status == 2)
        #expect(result.stderr == "config/deploy.yml:2:1: error: invalid YAML: did not find expected node content while parsing a flow node\n")
    }

    @Test func missingWorkspaceIsAUsageError() throws {
        let result = try run(["check", "--workspace", "/nonexistent/lint-config-workspace"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: workspace '/nonexistent/lint-config-workspace' is not a directory\n")
    }

    @Test func unknownOptionExitsTwo() throws {
        let result = try run(["check", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func jsonFormat() throws {
        let root = try workspace(["config/deploy.yml": Self.clean, ".kamal/secrets": "OTHER=1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--workspace", root.path, "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["kamal-secret-undefined"])
    }

    @Test func rulesAndExplain() throws {
        let rules = try run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("kamal-secret-undefined"))
        let explain = try run(["explain", "kamal-env-clear-and-secret"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("kamal-env-clear-and-secret (medium)\n"))
        #expect(explain.stdout.contains("## Does not trigger #1"))
        let unknown = try run(["explain", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown rule 'nope'; `lint-config rules` lists them\n")
    }

    @Test func manifestPrintsCanonicalJSON() throws {
        let examples = TestPaths.packageRoot.appendingPathComponent("Examples").path
        let result = try run(["manifest", "--workspace", examples, "--env", "staging", "--project", "VALET"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let projects = try #require(object?["projects"] as? [[String: Any]])
        #expect(projects.map { $0["name"] as? String } == ["VALET"])
        #expect(result.stdout == (try run(["manifest", "--workspace", examples, "--env", "staging", "--project", "VALET"])).stdout)
        let unknown = try run(["manifest", "--workspace", examples, "--project", "NOPE"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: unknown project 'NOPE'"))
    }

    @Test func flyLiveAsksFlyctlAndSaysWhenItIsMissing() throws {
        let root = try workspace([
            "package.json": "{}\n",
            "fly.toml": "app = \"web\"\n",
            "src/main.ts": "const a = process.env.DATABASE_URL!;\nconst b = process.env.SESSION_SECRET!;\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let stand_in = bin.appendingPathComponent("fly")
        try "#!/bin/sh\n[ \"$1 $2 $3 $4 $5\" = \"secrets list -a web --json\" ] || exit 9\necho '[{\"name\":\"DATABASE_URL\",\"digest\":\"d1\"}]'\n"
            .write(to: stand_in, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stand_in.path)

        let live = try run(["check", "--workspace", root.path, "--fly-live", "--rule", "env-unsupplied", "--format", "json"],
                           environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(live.status == 1)
        #expect(live.stdout.contains("'SESSION_SECRET' is required by . but not supplied in default"))
        #expect(!live.stdout.contains("'DATABASE_URL' is required"))

        let missing = try run(["check", "--workspace", root.path, "--fly-live"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("flyctl is not on PATH"))
    }

    @Test func initWritesTheDiscoveredConfigOnce() throws {
        let root = try workspace(["web/package.json": "{}\n", "web/fly.staging.toml": "app = \"w\"\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try run(["init", "--workspace", root.path])
        #expect(first.status == 0)
        let written = try String(contentsOf: root.appendingPathComponent("lint-config.yml"), encoding: .utf8)
        #expect(written.contains("environments:\n  - staging\n"))
        #expect(written.contains("        fly:\n          config: web/fly.staging.toml\n"))
        let again = try run(["init", "--workspace", root.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists; use --force"))
        #expect(try run(["check", "--workspace", root.path]).status != 2, "the written config reads back")
    }
}
