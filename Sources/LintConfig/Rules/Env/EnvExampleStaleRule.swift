/// Lint: a key in an env example that no code reads: not the code of any project that lists or
/// owns the file (one example may serve several projects), nor a docker compose file beside it,
/// nor an accessory of the Kamal config there. A shared file's key is reported once.
public struct EnvExampleStaleRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-example-stale",
        severity: .low,
        summary: "An env example documents a variable that no code reads.",
        rationale: "Examples are how environments get set up: a stale key makes people provision secrets nothing uses, and hides the real contract.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n↓GHOSTHANDS_API_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "export ↓OLD_FLAG=1\nDATABASE_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                "apps/web/.env.example": "↓REDIS_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL ?? \"\";\n",
            ]),
            RuleExample([
                "lint-config.yml": Self.sharedConfig,
                ".env.example": "DATABASE_URL=\n↓OLD_QUEUE_NAME=\n",
                "apps/worker/package.json": "{}\n",
                "apps/worker/src/main.ts": "const d = process.env.DATABASE_URL!;\n",
                "apps/web/package.json": "{}\n",
                "apps/web/src/app.ts": "const d = process.env.DATABASE_URL!;\n",
            ], note: "read by none of the projects sharing the file: one finding naming both"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\nLOG_LEVEL=info\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst l = process.env.LOG_LEVEL ?? \"info\";\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "UNREAD=1\n",
            ], note: "no source files: nothing can be called stale"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\nTEST_DATABASE_URL=\n# LEGACY_FLAG=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
                "src/__tests__/db.test.ts": "const db = process.env.TEST_DATABASE_URL!;\n",
            ], note: "a read in tests still counts as read; a commented key is never stale"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "NODE_ENV=development\nDATABASE_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ], note: "runtime variables are documented on purpose"),
            RuleExample([
                "lint-config.yml": Self.sharedConfig,
                ".env.example": "DATABASE_URL=\nREDIS_URL=\nNEXT_PUBLIC_APP_URL=\n",
                "apps/worker/package.json": "{}\n",
                "apps/worker/src/main.ts": "const r = process.env.REDIS_URL!;\nconst d = process.env.DATABASE_URL!;\n",
                "apps/web/package.json": "{}\n",
                "apps/web/src/app.ts": "const u = process.env.NEXT_PUBLIC_APP_URL;\nconst d = process.env.DATABASE_URL!;\n",
            ], note: "one example shared by two projects: each key is read by one of them"),
            RuleExample([
                "Gemfile": "source 'https://rubygems.org'\n",
                ".env.example": "SECRET_KEY_BASE=\nPOSTGRES_PASSWORD=changeme\nWEB_PORT=5173\n",
                "docker-compose.yml": "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n"
                    + "  web:\n    ports: [\"${WEB_PORT:-5173}:80\"]\n",
                "app/main.rb": "KEY = ENV.fetch(\"SECRET_KEY_BASE\")\n",
            ], note: "a docker compose file beside the example interpolates the other keys"),
        ])

    static let sharedConfig = """
        projects:
          - {name: worker, root: apps/worker, env_examples: [../../.env.example]}
          - {name: web, root: apps/web, env_examples: [../../.env.example]}
        """

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let readers = ExampleReaders(workspace)
        var reported = Set<String>()
        return workspace.envFacts.filter(\.hasSources).flatMap { facts -> [Finding] in
            facts.documented.filter { !$0.isCommented }.compactMap { key in
                let path = key.location.path
                guard !EnvContract.consumedByRuntime.contains(key.name), let sharers = readers.sharers(of: path),
                      !readers.isRead(key.name, documentedIn: path),
                      reported.insert(path + "\u{1F}" + key.name).inserted else { return nil }
                let names = sharers.map(\.project.name)
                let who = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
                return description.finding(
                    "'\(key.name)' is documented in \(path) but nothing in \(who) reads it",
                    kind: "env", projects: names, names: [key.name, path], at: key.location,
                    what: "The env example lists '\(key.name)'; no source file of \(who) reads it"
                        + (names.count > 1 ? " (every project that shares the file was searched)." : "."),
                    fix: "Remove the line, or read the variable where it is meant to be used.")
            }
        }
    }
}

/// Who reads the variables an env example documents. One file may serve several projects (a
/// monorepo's root `.env.example` listed by web and worker) and a docker compose stack beside it,
/// whose `${VAR}` and Kamal accessories read names no project's code does: a key is stale only
/// when none of them reads it.
struct ExampleReaders {
    let workspace: WorkspaceModel
    /// File → names read by every project that lists or owns it.
    private var readBy: [String: Set<String>] = [:]
    /// File → the projects sharing it, in config order.
    private var sharing: [String: [ProjectEnvFacts]] = [:]
    /// Names the accessories of the Kamal configs read, by the folder Kamal runs in.
    private var accessoryReads: [String: Set<String>] = [:]

    init(_ workspace: WorkspaceModel) {
        self.workspace = workspace
        for facts in workspace.envFacts {
            let names = Set(facts.reads.map(\.name))
            for file in facts.exampleFiles {
                readBy[file, default: []].formUnion(names)
                sharing[file, default: []].append(facts)
            }
        }
        for deployment in workspace.kamalDeployments {
            let names = deployment.accessories.flatMap { $0.env.clear.map(\.name.value) + $0.env.secrets.map(\.envName) }
            accessoryReads[deployment.project.root, default: []].formUnion(names)
        }
    }

    /// The projects sharing a file, or nil when one of them has no sources (nothing can then
    /// be called stale).
    func sharers(of path: String) -> [ProjectEnvFacts]? {
        let projects = sharing[path] ?? []
        return projects.isEmpty || projects.contains(where: { !$0.hasSources }) ? nil : projects
    }

    func isRead(_ name: String, documentedIn path: String) -> Bool {
        let folder = WorkspacePath.directory(of: path)
        return readBy[path]?.contains(name) == true || workspace.composeReads[folder]?.contains(name) == true
            || accessoryReads[folder]?.contains(name) == true
    }
}
