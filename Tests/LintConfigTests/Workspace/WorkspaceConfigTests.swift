import Testing
@testable import LintConfig

@Suite struct WorkspaceConfigTests {
    static let files: [String: String] = [
        "ATM/config/deploy.yml": "service: gh\nbuilder:\n  context: ../GH\n",
        "ATM/config/deploy.staging.yml": "servers: [1.1.1.1]\n",
        "GH/package.json": "{}\n",
        "WEB/package.json": "{}\n",
        "WEB/fly.staging.toml": "app = 'web-stg'\n",
        "WEB/fly-secrets.staging.json": "[]\n",
    ]

    func read(_ config: String, extra: [String: String] = [:]) throws(InputError) -> WorkspaceConfig? {
        var files = Self.files
        files["lint-config.yml"] = config
        files.merge(extra) { $1 }
        return try WorkspaceConfigReader.read(InMemoryWorkspaceFiles(files))
    }

    func error(_ config: String) -> String? {
        do {
            _ = try read(config)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsProjectsAndDeploys() throws {
        let config = try #require(try read("""
            environments: [staging]
            projects:
              - name: worker
                root: GH
                sources: ["src/**/*.ts"]
                env_examples: [.env.example]
                deploy:
                  staging:
                    kamal: {config: ATM/config/deploy.yml, destination: staging, roles: [jobs]}
              - root: WEB
                deploy:
                  staging:
                    fly: {app: web-stg, config: WEB/fly.staging.toml, secrets: WEB/fly-secrets.staging.json}
            """))
        #expect(config.origin == .file("lint-config.yml"))
        #expect(config.environments == ["staging"])
        #expect(config.projects.map(\.name) == ["worker", "WEB"])
        #expect(config.projects[0].sources == ["src/**/*.ts"])
        #expect(config.projects[0].envExamples == [".env.example"])
        guard case .kamal(let kamal)? = config.projects[0].deploy["staging"] else {
            Issue.record("not a kamal deploy")
            return
        }
        #expect(kamal.config == "ATM/config/deploy.yml" && kamal.destination == "staging" && kamal.roles == ["jobs"])
        guard case .fly(let fly)? = config.projects[1].deploy["staging"] else {
            Issue.record("not a fly deploy")
            return
        }
        #expect(fly.app == "web-stg" && fly.secrets == "WEB/fly-secrets.staging.json")
    }

    @Test func noFileMeansNoConfig() throws {
        #expect(try WorkspaceConfigReader.read(InMemoryWorkspaceFiles(Self.files)) == nil)
    }

    @Test func unknownKeysAreLocated() {
        #expect(error("projects:\n  - root: GH\n    sorces: [x]\n") == "lint-config.yml:3:5: error: projects/0: unknown key: sorces")
    }

    @Test func wrongTypesAreLocated() {
        #expect(error("environments: staging\n") == "lint-config.yml:1:15: error: environments: should be an array")
    }

    @Test func pathsMayNotLeaveTheWorkspace() {
        #expect(error("projects:\n  - root: ../elsewhere\n") == "lint-config.yml:2:11: error: root '../elsewhere' leaves the workspace root; paths must be relative and stay inside it")
        #expect(error("projects:\n  - root: /etc\n") == "lint-config.yml:2:11: error: root '/etc' leaves the workspace root; paths must be relative and stay inside it")
        #expect(error("projects:\n  - root: GH\n    sources: [\"../../x/*.ts\"]\n")
                == "lint-config.yml:3:15: error: sources '../../x/*.ts' (from root 'GH') leaves the workspace root; paths must be relative and stay inside it")
    }

    @Test func aMissingProjectRootIsAnError() {
        #expect(error("projects:\n  - root: NOPE\n") == "lint-config.yml:2:11: error: project root 'NOPE' is not a folder in the workspace")
    }

    @Test func deploysMustNameDeclaredEnvironments() {
        #expect(error("environments: [staging]\nprojects:\n  - root: GH\n    deploy:\n      prod:\n        kamal: {config: ATM/config/deploy.yml}\n")
                == "lint-config.yml:5:7: error: environment 'prod' is not listed in `environments` (staging)")
    }

    @Test func deployTargetsMustExist() {
        #expect(error("projects:\n  - root: GH\n    deploy:\n      s:\n        kamal: {config: GH/config/deploy.yml}\n")
                == "lint-config.yml:5:25: error: Kamal config 'GH/config/deploy.yml' does not exist")
        #expect(error("projects:\n  - root: GH\n    deploy:\n      s:\n        {}\n") == "lint-config.yml:5:9: error: a deploy needs `kamal` or `fly`")
    }

    @Test func projectNamesAreUnique() {
        #expect(error("projects:\n  - root: GH\n  - root: WEB\n    name: GH\n") == "lint-config.yml:3:5: error: project name 'GH' is used twice (first at 2:5)")
    }

    @Test func discoveryFollowsBuilderContextAndFlyTomls() {
        let config = WorkspaceDiscovery.discover(InMemoryWorkspaceFiles(Self.files))
        #expect(config.origin == .discovered)
        #expect(config.projects.map(\.name) == ["ATM", "GH", "WEB"])
        #expect(config.environments == ["staging"])
        #expect(config.project(named: "ATM")?.deploy.isEmpty == true, "ATM's config deploys GH, not ATM")
        guard case .kamal(let kamal)? = config.project(named: "GH")?.deploy["staging"],
              case .fly(let fly)? = config.project(named: "WEB")?.deploy["staging"] else {
            Issue.record("deploys not discovered")
            return
        }
        #expect(kamal.config == "ATM/config/deploy.yml" && kamal.destination == "staging")
        #expect(fly.config == "WEB/fly.staging.toml" && fly.secrets == "WEB/fly-secrets.staging.json")
    }

    @Test func initOutputReadsBackAsTheSameConfig() throws {
        let discovered = WorkspaceDiscovery.discover(InMemoryWorkspaceFiles(Self.files))
        let written = WorkspaceConfigWriter.yaml(discovered)
        let reread = try #require(try read(written))
        #expect(reread.environments == discovered.environments)
        #expect(reread.projects.map(\.name) == discovered.projects.map(\.name))
        #expect(reread.projects.map(\.root) == discovered.projects.map(\.root))
        for (a, b) in zip(reread.projects, discovered.projects) {
            #expect(a.deploy.keys.sorted() == b.deploy.keys.sorted())
        }
    }

    @Test func writerQuotesWhatPsychWouldRetype() {
        #expect(WorkspaceConfigWriter.quoted("staging") == "staging")
        #expect(WorkspaceConfigWriter.quoted("yes") == "\"yes\"")
        #expect(WorkspaceConfigWriter.quoted("2024") == "\"2024\"")
        #expect(WorkspaceConfigWriter.quoted("a b") == "\"a b\"")
    }

    // Issue 8: a folder named with a newline and an ESC reached `init --stdout` raw — the newline
    // ended the scalar (and the evidence comment) and started a YAML line of its own.
    @Test func initEscapesControlCharactersInFolderNames() throws {
        let evil = "evil\n  - name: forged\u{1B}[2J\u{202E}"
        var tree = [
            "\(evil)/config/deploy.yml": "service: gh\nbuilder:\n  context: ../GH\n",
            "\(evil)/config/deploy.staging.yml": "servers: [1.1.1.1]\n",
            "GH/package.json": "{}\n",
            "\(evil)/package.json": "{}\n",
        ]
        let discovered = WorkspaceDiscovery.discover(InMemoryWorkspaceFiles(tree))
        let written = WorkspaceConfigWriter.yaml(discovered)
        #expect(!written.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
        #expect(!written.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "- name: forged\u{1B}[2J" })
        #expect(written.contains("\"evil\\n  - name: forged\\x1B[2J\\u202E\""))
        tree["lint-config.yml"] = written
        let back = try #require(try WorkspaceConfigReader.read(InMemoryWorkspaceFiles(tree)))
        #expect(back.projects.map(\.name).sorted() == discovered.projects.map(\.name).sorted())
        #expect(back.projects.contains { $0.root == evil })
    }

    @Test(arguments: [
        ("src/**/*.ts", "src/a.ts", true), ("src/**/*.ts", "src/x/y/a.ts", true), ("src/**/*.ts", "lib/a.ts", false),
        ("*.{ts,js}", "a.js", true), ("*.{ts,js}", "a.py", false), ("src/?.ts", "src/a.ts", true), ("src/?.ts", "src/ab.ts", false),
        ("**", "any/thing", true), ("a/*/c", "a/b/c", true), ("a/*/c", "a/b/d/c", false),
    ])
    func globs(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }

    @Test func pathNormalisation() {
        #expect(WorkspacePath.normalise("a/./b/../c") == "a/c")
        #expect(WorkspacePath.normalise("./") == "")
        #expect(WorkspacePath.normalise("a/../../b") == nil)
        #expect(WorkspacePath.normalise("~/x") == nil)
    }
}
