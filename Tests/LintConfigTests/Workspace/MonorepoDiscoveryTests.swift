import Foundation
import Testing
@testable import LintConfig

/// Zero-config discovery of deployable units in JavaScript monorepos (issue 7, item 4), in the
/// shape of the corpus repository mergesignal: a pnpm + turbo workspace whose `apps/api`,
/// `apps/worker` and `apps/web` are three Fly apps, and whose `packages/*` they import.
@Suite struct MonorepoDiscoveryTests {
    static let pnpm: [String: String] = [
        "package.json": #"{"name": "shop", "private": true}"#,
        "pnpm-workspace.yaml": "packages:\n  - \"apps/*\"\n  - \"packages/*\"\n",
        "turbo.json": "{}",
        "apps/api/package.json": #"{"name": "@shop/api", "dependencies": {"@shop/db": "workspace:^", "fastify": "^5"}}"#,
        "apps/api/fly.toml": "app = 'shop-api'\n",
        "apps/api/fly-secrets.txt": "NAME  DIGEST  STATUS\nDATABASE_URL  abc  Deployed\n",
        "apps/api/src/server.ts": "export const port = Number(process.env.PORT ?? 3000);\n",
        "apps/web/package.json": #"{"name": "@shop/web", "dependencies": {"next": "15"}}"#,
        "apps/web/fly.toml": "app = 'shop-web'\n[env]\n  NEXT_PUBLIC_API_URL = 'https://api.shop.test'\n",
        "apps/web/fly-secrets.txt": "NAME  DIGEST  STATUS\n",
        "apps/web/app/page.tsx": "export const api = process.env.NEXT_PUBLIC_API_URL!;\n",
        "packages/db/package.json": #"{"name": "@shop/db"}"#,
        "packages/db/src/client.ts": "export const url = process.env.DATABASE_URL!;\n",
        "packages/ui/package.json": #"{"name": "@shop/ui"}"#,
    ]

    func discover(_ files: [String: String]) -> WorkspaceConfig {
        WorkspaceDiscovery.discover(InMemoryWorkspaceFiles(files))
    }

    // MARK: members are projects

    @Test func pnpmMembersAreProjectsAndTheRootIsNot() {
        let config = discover(Self.pnpm)
        #expect(config.projects.map(\.root) == ["apps/api", "apps/web", "packages/ui"])
        #expect(config.project(named: "api")?.sources == ["**/*", "../../packages/db/**/*"], "api runs the package it imports")
        #expect(config.project(named: "web")?.sources == nil, "web imports no workspace package")
    }

    @Test(arguments: [
        #"{"workspaces": ["apps/*", "packages/*"]}"#,
        #"{"workspaces": {"packages": ["apps/*", "packages/*"]}}"#,
        #"{"workspaces": ["apps/**", "packages/*", "!packages/ui"]}"#,
    ])
    func npmYarnAndBunWorkspacesDeclareMembers(manifest: String) {
        var files = Self.pnpm
        files["pnpm-workspace.yaml"] = nil
        files["turbo.json"] = nil
        files["package.json"] = manifest
        let roots = discover(files).projects.map(\.root)
        #expect(roots.starts(with: ["apps/api", "apps/web"]))
        #expect(roots.contains("packages/ui") == !manifest.contains("!packages/ui"))
    }

    /// Shape of echo-web-mono: a member at the top level (`playwright/`) beside `apps/*`; the
    /// monorepo root is still found, and its members listed once.
    @Test func aTopLevelMemberDoesNotHideTheMonorepo() {
        var files = Self.pnpm
        files["pnpm-workspace.yaml"] = "packages:\n  - apps/*\n  - packages/*\n  - e2e\n"
        files["e2e/package.json"] = #"{"name": "e2e"}"#
        files["tools/package.json"] = #"{"name": "tools"}"#
        #expect(discover(files).projects.map(\.root) == ["apps/api", "apps/web", "e2e", "packages/ui", "tools"])
    }

    @Test func turboAloneMeansAppsAndPackages() {
        var files = Self.pnpm
        files["pnpm-workspace.yaml"] = nil
        #expect(discover(files).projects.map(\.root) == ["apps/api", "apps/web", "packages/ui"])
    }

    // MARK: not a monorepo: discovery as before

    @Test func aRootPackageWithoutWorkspacesIsOneProject() {
        let config = discover(["package.json": #"{"name": "app"}"#, "fly.toml": "app = 'a'\n", "src/a.ts": "x\n",
                               "apps/web/package.json": "{}"])
        #expect(config.projects.map(\.root) == [""])
    }

    @Test func topLevelProjectsStayAsTheyWere() {
        let config = discover(["GH/package.json": "{}", "WEB/package.json": "{}", "WEB/fly.toml": "app = 'w'\n"])
        #expect(config.projects.map(\.name) == ["GH", "WEB"])
        #expect(config.project(named: "GH")?.sources == nil)
    }

    @Test func aMonorepoRootWithItsOwnDeployStaysAProject() {
        var files = Self.pnpm
        files["fly.toml"] = "app = 'shop-root'\n"
        #expect(discover(files).projects.map(\.root).first == "")
    }

    // MARK: fly/ folders

    @Test func tomlsInAFlyFolderAreDeployablesOfTheProjectsTheyName() {
        var files = Self.pnpm
        files["apps/api/fly.toml"] = nil
        files["apps/web/fly.toml"] = nil
        files["apps/worker/package.json"] = #"{"name": "@shop/worker"}"#
        files["fly/api.toml"] = "[build]\n  dockerfile = 'apps/api/Dockerfile'\n"
        files["fly/web.staging.toml"] = "primary_region = 'iad'\n"
        files["fly/jobs.toml"] = "[processes]\n  jobs = 'node apps/worker/dist/index.js'\n"
        let config = discover(files)
        func toml(_ project: String, _ env: String) -> String? {
            guard case .fly(let fly)? = config.project(named: project)?.deploy[env] else { return nil }
            return fly.config
        }
        #expect(toml("api", "default") == "fly/api.toml")
        #expect(toml("web", "staging") == "fly/web.staging.toml")
        #expect(toml("worker", "default") == "fly/jobs.toml", "its [processes] command runs apps/worker")
        guard case .fly(let fly)? = config.project(named: "api")?.deploy["default"] else { return }
        #expect(fly.app == nil, "no app in the toml: deployed with --app")
        let written = WorkspaceConfigWriter.yaml(config, files: InMemoryWorkspaceFiles(files))
        #expect(written.contains("# app: api-default  # the app flyctl deploys fly/api.toml to (--app)"))
    }

    /// A toml at the monorepo's root that builds or runs one app deploys that app, and the root
    /// is no project then: by `[build] dockerfile`, by a `[processes]` command, by the image's CMD.
    @Test(arguments: [
        (["fly.toml": "app = 'shop-api'\n[build]\n  dockerfile = 'apps/api/Dockerfile'\n", "apps/api/Dockerfile": "FROM node\n"], "api"),
        (["fly.production.toml": "app = 'shop-web'\n[processes]\n  app = 'node apps/web/server.js'\n"], "web"),
        (["fly.toml": "app = 'shop-api'\n", "Dockerfile": "FROM node\nCMD [\"node\", \"apps/api/dist/server.js\"]\n"], "api"),
    ])
    func aRootTomlDeploysTheMemberItBuildsOrRuns(extra: [String: String], member: String) {
        var files = Self.pnpm
        files["apps/api/fly.toml"] = nil
        files["apps/web/fly.toml"] = nil
        files.merge(extra) { $1 }
        let config = discover(files)
        #expect(config.project(named: member)?.deploy.isEmpty == false, "\(config.projects.map { ($0.root, $0.deploy.keys.sorted()) })")
        #expect(!config.projects.contains { $0.root == "" })
    }

    @Test(arguments: [
        ["fly.toml": "app = 'shop'\n"],
        ["fly.toml": "app = 'shop'\n", "Dockerfile": "FROM node\nCMD [\"pnpm\", \"start\"]\n"],
        ["fly.toml": "app = 'shop'\n[build]\n  dockerfile = 'Dockerfile'\n", "Dockerfile": "FROM node\n"],
    ])
    func aRootTomlThatNamesNoMemberDeploysTheRoot(extra: [String: String]) {
        var files = Self.pnpm
        files.merge(extra) { $1 }
        let config = discover(files)
        #expect(config.projects.first?.root == "")
        #expect(config.projects.first?.deploy["default"] != nil)
    }

    @Test func anEnvironmentTomlInAFlyFolderIsAnEnvironmentOfItsProject() {
        let config = discover(["package.json": "{}", "fly/staging.toml": "app = 's'\n", "fly/production.toml": "app = 'p'\n"])
        #expect(config.projects.map(\.root) == [""])
        #expect(config.projects[0].deploy.keys.sorted() == ["production", "staging"])
    }

    // MARK: Kamal configs at a monorepo's root

    static let kamalHeader = "service: inboxed\nimage: acme/inboxed\nservers:\n  - 10.0.0.1\nregistry:\n  username: acme\n"
        + "  password: x\n"

    /// Shape of inboxed: a Rails API in `apps/api` (its own Gemfile), deployed by the root
    /// `config/deploy.yml` with `builder.context: apps/api`, beside a dashboard and packages.
    @Test(arguments: [
        ("builder:\n  arch: amd64\n  context: apps/api\n", "builder.context: apps/api"),
        ("builder:\n  arch: amd64\n  dockerfile: apps/api/Dockerfile\n", "builder.dockerfile: apps/api/Dockerfile"),
        ("service: api\nbuilder:\n  arch: amd64\n", "its service 'api' matches the project apps/api (no builder.context)"),
    ])
    func aKamalConfigDeploysTheProjectFolderItBuilds(builder: String, evidence: String) {
        var header = Self.kamalHeader
        var files = ["Procfile.dev": "web: bin/dev\n", "apps/api/Gemfile": "source 'https://rubygems.org'\n",
                     "apps/api/Dockerfile": "FROM ruby\n", "apps/dashboard/package.json": "{}"]
        if builder.hasPrefix("service:") {
            // By name: a member of a JS workspace (`apps/*`), deployed from the root.
            header = header.replacingOccurrences(of: "service: inboxed\n", with: "")
            files["pnpm-workspace.yaml"] = "packages:\n  - apps/*\n"
            files["apps/api/package.json"] = #"{"name": "@inboxed/api"}"#
        }
        files["config/deploy.yml"] = header + builder
        let config = discover(files)
        guard case .kamal(let kamal)? = config.projects.first(where: { $0.root == "apps/api" })?.deploy["default"] else {
            Issue.record("apps/api is not deployed: \(config.projects.map { ($0.root, $0.deploy.keys.sorted()) })")
            return
        }
        #expect(kamal.evidence == evidence)
        #expect(config.projects.first { $0.root == "apps/api" }?.envExamples == nil)
        #expect(config.projects.first { $0.root == "" }?.deploy.isEmpty ?? true)
    }

    @Test func theRootEnvExampleDocumentsTheAppTheRootConfigBuilds() {
        let config = discover([".env.example": "API_KEY=\n", "config/deploy.yml": Self.kamalHeader + "builder:\n  context: apps/api\n",
                               "apps/api/Gemfile": "source 'x'\n", "apps/web/.env.example": "X=\n", "apps/web/Gemfile": "source 'x'\n",
                               "config/deploy.web.yml": "service: web\nimage: acme/web\nbuilder:\n  context: apps/web\n"])
        #expect(config.projects.first { $0.root == "apps/api" }?.envExamples == ["../../.env.example"])
        #expect(config.projects.first { $0.root == "apps/api" }?.envExamplePaths == [".env.example"])
    }

    @Test(arguments: [
        "builder:\n  arch: amd64\n  context: .\n",
        "builder:\n  arch: amd64\n  dockerfile: Dockerfile\n",
        "builder:\n  arch: amd64\n  context: docker/\n",
    ])
    func aKamalConfigThatBuildsNoProjectFolderDeploysItsOwn(builder: String) {
        let config = discover(["Gemfile": "source 'x'\n", "config/deploy.yml": Self.kamalHeader + builder,
                               "docker/Dockerfile": "FROM x\n", "apps/api/Gemfile": "source 'x'\n"])
        #expect(config.projects.map(\.root).contains("apps/api") == false)
        #expect(config.projects.first?.deploy["default"] != nil, "\(config.projects.map(\.root))")
    }

    /// One image, several apps: each Kamal role whose command (or the image's CMD) names a
    /// member deploys that member, with those roles.
    @Test(arguments: [
        ("servers:\n  web:\n    hosts: [10.0.0.1]\n    cmd: node apps/api/dist/server.js\n"
            + "  jobs:\n    hosts: [10.0.0.2]\n    cmd: node apps/worker/dist/index.js\n", "", ["api": ["web"], "worker": ["jobs"]]),
        ("servers:\n  web:\n    hosts: [10.0.0.1]\n  jobs:\n    hosts: [10.0.0.2]\n    cmd: pnpm --filter @shop/worker start\n",
         "FROM node\nCMD [\"node\", \"apps/api/dist/server.js\"]\n", ["api": ["web"], "worker": ["jobs"]]),
        ("servers:\n  - 10.0.0.1\n", "FROM node\nCMD [\"pnpm\", \"--filter=@shop/web\", \"start\"]\n", ["web": ["web"]]),
    ])
    func kamalRolesDeployTheMembersTheirCommandsRun(servers: String, dockerfile: String, expected: [String: [String]]) {
        var files = Self.pnpm
        files["apps/api/fly.toml"] = nil
        files["apps/web/fly.toml"] = nil
        files["apps/worker/package.json"] = #"{"name": "@shop/worker"}"#
        files["config/deploy.yml"] = "service: shop\nimage: acme/shop\n" + servers
        if !dockerfile.isEmpty { files["Dockerfile"] = dockerfile }
        let config = discover(files)
        var found: [String: [String]] = [:]
        for project in config.projects {
            if case .kamal(let kamal)? = project.deploy["default"] { found[project.name] = kamal.roles }
        }
        #expect(found == expected)
        #expect(!config.projects.contains { $0.root == "" }, "every role moved: the root is no project")
    }

    @Test(arguments: [
        "servers:\n  web:\n    hosts: [10.0.0.1]\n    cmd: bin/jobs\n",
        "servers:\n  web:\n    hosts: [10.0.0.1]\n    cmd: node scripts/serve.js\n",
        "servers:\n  - 10.0.0.1\n",
    ])
    func kamalRolesThatNameNoMemberStayWithTheRoot(servers: String) {
        var files = Self.pnpm
        files["config/deploy.yml"] = "service: shop\nimage: acme/shop\n" + servers
        files["Dockerfile"] = "FROM node\nCMD [\"pnpm\", \"start\"]\n"
        let config = discover(files)
        guard case .kamal(let kamal)? = config.projects.first(where: { $0.root == "" })?.deploy["default"] else {
            Issue.record("the root lost its deploy: \(config.projects.map { ($0.root, $0.deploy.keys.sorted()) })")
            return
        }
        #expect(kamal.roles.isEmpty)
    }

    // MARK: what each deploy runs, end to end

    @Test func aDeployIsCheckedWithTheWorkspacePackagesItRuns() throws {
        var files = Self.pnpm
        files["apps/api/fly-secrets.txt"] = "NAME  DIGEST  STATUS\n"
        let result = try Linter.run(InMemoryWorkspaceFiles(files))
        let unsupplied = result.findings.filter { $0.ruleID == "env-unsupplied" && $0.severity >= .high }
        #expect(unsupplied.map(\.location.path) == ["packages/db/src/client.ts"], "\(unsupplied.map(\.title))")
        #expect(unsupplied.first?.title.contains("api") == true)
    }

    /// A package two deploys run: its reads count for both, its input errors are reported once,
    /// as for a package only one deploy runs (the scanners also read it once: `SourceScanner.Cache`).
    @Test func aSharedPackageIsReadOnce() throws {
        var files = Self.pnpm
        files["apps/web/package.json"] = #"{"name": "@shop/web", "dependencies": {"@shop/db": "workspace:^"}}"#
        files["packages/db/src/broken.ts"] = "export const s = 'never ends\n"
        let shared = try Linter.run(InMemoryWorkspaceFiles(files))
        files["apps/web/package.json"] = #"{"name": "@shop/web"}"#
        let single = try Linter.run(InMemoryWorkspaceFiles(files))
        let broken = { (r: LintResult) in r.errors.filter { $0.location.path == "packages/db/src/broken.ts" }.count }
        #expect(broken(shared) >= 1)
        #expect(broken(shared) == broken(single))
        let unsupplied = shared.findings.filter { $0.ruleID == "env-unsupplied" && $0.location.path == "packages/db/src/client.ts" }
        #expect(unsupplied.count == 1 && unsupplied[0].title.contains("web"), "\(unsupplied.map(\.title))")
    }

    @Test func eachAppIsCheckedAgainstItsOwnDeployOnly() throws {
        let result = try Linter.run(InMemoryWorkspaceFiles(Self.pnpm))
        let env = result.findings.filter { $0.ruleID.hasPrefix("env-") && $0.severity >= .medium }
        // api is given DATABASE_URL; web's build-time variable comes from its own toml, and the
        // API's secret is never asked of the front end.
        #expect(env.isEmpty, "\(env.map(\.title))")
    }
}
