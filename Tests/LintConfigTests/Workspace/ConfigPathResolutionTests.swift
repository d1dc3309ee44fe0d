import Foundation
import Testing
@testable import LintConfig

/// `sources` and `env_examples` are relative to a project root and may climb out of it: what
/// matters is where the path lands (corpus cause D2: a monorepo app whose env example is the
/// repository's root `.env.example`, or whose runtime code includes `../../packages/db`).
@Suite struct ConfigPathResolutionTests {
    static let monorepo: [String: String] = [
        "lint-config.yml": """
            projects:
              - name: api
                root: apps/api
                sources: ["src/**/*.ts", "../../packages/db/src/**"]
                env_examples: ["../../.env.example"]
            """,
        ".env.example": "API_TOKEN=\nDATABASE_URL=\n",
        "apps/api/package.json": "{}\n",
        "apps/api/src/main.ts": "export const t = process.env.API_TOKEN!;\n",
        "packages/db/package.json": "{}\n",
        "packages/db/src/client.ts": "export const url = process.env.DATABASE_URL!;\n",
        "packages/other/src/x.ts": "export const o = process.env.OTHER_ONLY!;\n",
    ]

    func read(_ files: [String: String]) throws(InputError) -> WorkspaceConfig? {
        try WorkspaceConfigReader.read(InMemoryWorkspaceFiles(files))
    }

    @Test func pathsThatLandInsideTheWorkspaceAreAccepted() throws {
        let project = try #require(try read(Self.monorepo)?.projects.first)
        #expect(project.envExamples == ["../../.env.example"], "kept as written, relative to the root")
        #expect(project.envExamplePaths == [".env.example"])
        #expect(project.sourceGlobs == ["apps/api/src/**/*.ts", "packages/db/src/**"])
    }

    @Test func theRootEnvExampleDocumentsTheAppAndThePackageItRuns() throws {
        let result = try lint(Self.monorepo)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let rules = result.findings.map { "\($0.ruleID) \($0.subject.names)" }
        #expect(rules.isEmpty, "API_TOKEN and DATABASE_URL are both documented and read: \(rules)")
        let load = try WorkspaceLoader.load(InMemoryWorkspaceFiles(Self.monorepo), environment: nil)
        let facts = try #require(load.model.envFacts.first)
        #expect(facts.exampleFiles == [".env.example"])
        #expect(Set(facts.reads.map(\.name)) == ["API_TOKEN", "DATABASE_URL"], "packages/other is not named")
    }

    @Test func pathsThatReallyLeaveAreStillRefused() {
        func message(_ root: String, _ key: String, _ value: String) -> String? {
            var files = Self.monorepo
            files["lint-config.yml"] = "projects:\n  - root: \(root)\n    \(key): [\"\(value)\"]\n"
            do {
                _ = try read(files)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message("apps/api", "env_examples", "../../../.env.example")
                == "lint-config.yml:3:20: error: env_examples '../../../.env.example' (from root 'apps/api') leaves the workspace root; paths must be relative and stay inside it")
        #expect(message("apps/api", "sources", "../../../elsewhere/**") != nil)
        #expect(message("apps/api", "sources", "/etc/**") != nil)
        #expect(message("apps/api", "env_examples", "~/.env") != nil)
        #expect(message(".", "env_examples", "../.env.example")
                == "lint-config.yml:3:20: error: env_examples '../.env.example' leaves the workspace root; paths must be relative and stay inside it")
    }

    @Test func baseFolderOfAGlobIsItsFixedPrefix() {
        #expect(Glob("packages/db/src/**/*.ts").baseFolder == "packages/db/src")
        #expect(Glob("packages/db/index.ts").baseFolder == "packages/db")
        #expect(Glob("*.ts").baseFolder == "")
        #expect(Glob("packages/{db,lib}/src/**").baseFolder == "packages")
    }

    /// The binary prints a refused path as one whole line on stderr and exits 2.
    @Test func theBinaryPrintsTheRefusalAsALine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-d2-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("api"), withIntermediateDirectories: true)
        try "{}\n".write(to: root.appendingPathComponent("api/package.json"), atomically: true, encoding: .utf8)
        try "projects:\n  - root: api\n    env_examples: [\"../../.env.example\"]\n"
            .write(to: root.appendingPathComponent("lint-config.yml"), atomically: true, encoding: .utf8)
        for format in ["text", "json"] {
            let run = try runLintConfig(["check", "--workspace", root.path, "--format", format])
            #expect(run.status == 2)
            #expect(run.stderr == "lint-config.yml:3:20: error: env_examples '../../.env.example' (from root 'api') leaves the workspace root; "
                    + "paths must be relative and stay inside it\n")
        }
    }
}
