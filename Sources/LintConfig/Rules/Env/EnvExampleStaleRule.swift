/// Lint: a key in a project's env example that no code of the project reads.
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
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        workspace.envFacts.filter(\.hasSources).flatMap { facts -> [Finding] in
            let read = Set(facts.reads.map(\.name))
            return facts.documented.filter { !$0.isCommented }.compactMap { key in
                guard !read.contains(key.name), !EnvContract.consumedByRuntime.contains(key.name) else { return nil }
                return description.finding(
                    "'\(key.name)' is documented in \(key.location.path) but nothing in \(facts.project.name) reads it",
                    kind: "env", projects: [facts.project.name], names: [key.name, key.location.path], at: key.location,
                    what: "The env example lists '\(key.name)'; no source file of \(facts.project.name) reads it.",
                    fix: "Remove the line, or read the variable where it is meant to be used.")
            }
        }
    }
}
