/// Lint: code reads a variable that none of the project's env example files documents. Only
/// projects that keep at least one env example are checked, and only reads of runtime code
/// (`RuntimeCode`) that are not built in (`EnvBuiltIns`: Vite's `MODE`, `npm_*`, Fly's and
/// Kamal's own variables).
public struct EnvExampleMissingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-example-missing",
        severity: .medium,
        summary: "Code reads a variable that the project's env examples do not document.",
        rationale: "The next developer (or the next environment) is set up from the example and misses it: a local crash, or a deploy that lacks it.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=postgres://localhost/dev\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst key = process.env.↓STRIPE_KEY!;\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n",
                "src/main.ts": "const level = process.env.↓LOG_LEVEL ?? \"info\";\n",
            ], note: "optional reads are documented too"),
            RuleExample([
                "pyproject.toml": "[project]\nname = 'api'\n",
                "packages/api/.env.example": "A=1\n",
                "app/main.py": "import os\nB = os.getenv(↓\"B\")\n",
            ], note: "examples in sub-packages count"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n# Set SMTP_TLS_CERT=/path to enable TLS\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst c = process.env.↓SMTP_TLS_CERT;\n",
            ], note: "a name in a comment's prose is not a commented-out binding"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst redis = process.env.↓REDIS_URL!;\n",
                "src/app.test.ts": "process.env.REDIS_URL = \"redis://localhost:6379\";\n",
            ], note: "a test that sets the variable does not make it the code's own state"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n",
                ".env.deploy.example": "STRIPE_KEY=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst key = process.env.STRIPE_KEY!;\n",
            ], note: "any of the project's examples documents it"),
            RuleExample([
                "package.json": "{}\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ], note: "a project without env examples is not checked"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n",
                "src/context.ts": "export const setProject = (id: string) => { process.env.__MCP_PROJECT_ID = id; };\n"
                    + "export const project = () => process.env.__MCP_PROJECT_ID;\n"
                    + "if (!process.env.WS_NO_BUFFER_UTIL) process.env[\"WS_NO_BUFFER_UTIL\"] = \"1\";\n"
                    + "const db = process.env.DATABASE_URL!;\n",
            ], note: "variables the code sets itself are state, not configuration"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "# NODE_ENV is set by the runtime\nDATABASE_URL=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst dev = process.env.NODE_ENV !== \"production\";\n",
            ], note: "variables the runtime sets need no documentation"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "DATABASE_URL=\n# SENTRY_DSN=\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst dsn = process.env.SENTRY_DSN;\n"
                    + "const mode = import.meta.env.MODE;\nconst prod = import.meta.env.PROD;\nconst v = process.env.npm_package_version;\n",
                "src/main.test.ts": "const k = process.env.TEST_ONLY_KEY;\n",
            ], note: "a commented `# NAME=` documents it; Vite's and npm's built-ins and test-only reads need no documentation"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        workspace.envFacts.filter { !$0.exampleFiles.isEmpty }.flatMap { facts -> [Finding] in
            let documented = Set(facts.documented.map(\.name))
            var seen = Set<String>()
            return facts.reads.compactMap { read in
                guard read.isRuntime, !read.isBuiltIn, read.readBy == nil, !documented.contains(read.name), !EnvContract.consumedByRuntime.contains(read.name),
                      seen.insert(read.name).inserted else { return nil }
                return description.finding(
                    "'\(read.name)' is read by \(facts.project.name) but not in its env examples",
                    kind: "env", projects: [facts.project.name], names: [read.name], at: read.location,
                    related: facts.exampleFiles.map { RelatedLocation(.file($0), note: "env example of \(facts.project.name)") },
                    what: "`\(read.form)` reads '\(read.name)'; none of \(facts.exampleFiles.joined(separator: ", ")) lists it.",
                    fix: "Add `\(read.name)=` (with a placeholder, never a real value) to \(facts.exampleFiles[0]).")
            }
        }
    }
}
