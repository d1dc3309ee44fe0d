/// Lint: code reads a variable with no fallback, and the project's deploy for an environment
/// does not supply it (Kamal clear/secret after the destination merge; Fly secrets + `[env]`).
/// A name that nearly matches an unread supply is left to `env-name-mismatch`. When a Fly app's
/// secrets list is not available, one low finding says so instead of guessing.
///
/// Only reads of runtime code count (`RuntimeCode`: not tests, scripts, tool configs), and
/// only reads that need the variable (`EnvReadUse`): critical when it is needed at start-up,
/// high when one function needs it (the finding names the function). Built-in and platform
/// variables (`EnvBuiltIns`) and names a Dockerfile `ENV` of the image sets are never reported.
public struct EnvUnsuppliedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-unsupplied",
        severity: .critical,
        summary: "Code requires an environment variable that the deploy of an environment does not supply.",
        rationale: "The process starts without it: a crash at boot, or worse, a code path that silently does nothing in that environment.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst redis = process.env.↓REDIS_URL!;\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n  QUEUE_NAME: jobs\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/worker.ts": "export const queue = process.env.↓QUEUE_NAME!;\nexport const db = process.env.DATABASE_URL!;\n",
            ], note: "a plain key beside `secret` never reaches the container"),
            RuleExample([
                "pyproject.toml": "[project]\nname = 'api'\n",
                "fly.toml": "app = 'api'\n[env]\n  LOG_LEVEL = 'info'\n",
                "fly-secrets.txt": "NAME          DIGEST            CREATED AT\nDATABASE_URL  a1b2c3d4e5f6a7b8  1m ago\n",
                "app/config.py": "import os\nDB = os.environ[\"DATABASE_URL\"]\nKEY = os.environ[↓\"STRIPE_SECRET\"]\n",
            ], note: "Fly: secrets list and [env] together"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/vault.ts": "export function createCipherFromEnv() {\n  const key = process.env.↓VAULT_KEY;\n"
                    + "  if (!key) throw new Error('VAULT_KEY is required');\n  return key;\n}\n",
            ], note: "required on a path: high, naming the function that throws"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/config.ts": "function required(name: string): string {\n  const v = process.env[name];\n"
                    + "  if (!v) throw new Error(name);\n  return v;\n}\nexport const config = { db: required('DATABASE_URL'), "
                    + "queue: required(↓'QUEUE_URL') };\n",
            ], note: "a project wrapper that throws makes each call a required read"),
            RuleExample([
                "package.json": "{}\n",
                "fly.toml": "↓app = 'web'\n",
                "src/index.ts": "const key = process.env.SESSION_SECRET!;\n",
            ], note: "no saved secrets list: one low finding per app"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\nconst port = Number(process.env.PORT);\nconst level = process.env.LOG_LEVEL ?? \"info\";\n",
            ], note: "a read with a default is not required"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - API_TOKEN:STAGING_API_TOKEN\n",
                ".kamal/secrets": "STAGING_API_TOKEN=$(op read x)\n",
                "src/main.ts": "const token = process.env.API_TOKEN!;\n",
            ], note: "an aliased secret reaches the container under its first name"),
            RuleExample([
                "package.json": "{}\n",
                "src/main.ts": "const token = process.env.API_TOKEN!;\n",
            ], note: "a project without a deploy has no environment to check"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "src/worker.ts": "const mode = process.env.WORKER_MODE === 'queue' ? 'queue' : 'legacy';\n"
                    + "const headless = process.env.BROWSER_HEADLESS !== 'false';\n"
                    + "export function nodeId() {\n  if (process.env.NODE_ID) { return process.env.NODE_ID }\n  return 'local';\n}\n"
                    + "export function key() {\n  const k = process.env.A_KEY || process.env.B_KEY;\n  if (!k) { return null }\n  return k;\n}\n",
            ], note: "reads that cope when the variable is absent: compared, guarded, a fallback"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
                "Dockerfile": "FROM node:22-slim\nENV NODE_ENV=production LOG_DIR=/var/log/app\n",
                "src/main.ts": "const env = process.env.NODE_ENV!;\nconst logs = process.env.LOG_DIR!;\nconst app = process.env.FLY_APP_NAME!;\n",
                "src/main.test.ts": "process.env.HISTORY_FILE = tmp;\nconst k = process.env.TEST_ONLY_KEY!;\n",
                "scripts/seed.ts": "const admin = process.env.SEED_ADMIN_PASSWORD!;\n",
                "vite.config.ts": "const port = process.env.VITE_DEV_PORT!;\n",
            ], note: "the Dockerfile's ENV supplies the image; platform variables, tests, scripts and tool configs are not the deploy's concern"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for contract in EnvContract.all(in: workspace) {
            let supply = contract.supply
            if let reason = supply.unverifiable {
                if !contract.unsupplied.isEmpty || !contract.mismatches.isEmpty {
                    findings.append(description.finding(
                        "Env of \(contract.facts.project.name) in \(Finding.environmentsPlaceholder) cannot be verified" ,
                        kind: "env-supply", projects: [contract.facts.project.name], names: [],
                        environments: [supply.environment], at: supply.location,
                        what: "\(reason); \(contract.unsupplied.count + contract.mismatches.count) required variable(s) are not in the config's clear values.",
                        impact: "Whether the process gets every variable it requires is known only at run time.",
                        fix: "Save `fly secrets list --json` for this app and point `secrets:` in lint-config.yml at it, or run with --fly-live.",
                        severity: .low))
                }
                continue
            }
            for (name, reads) in contract.unsupplied {
                let first = reads[0]
                let onPath = first.use == .requiredOnPath
                findings.append(description.finding(
                    "'\(name)' is required by \(contract.facts.project.name) but not supplied in \(Finding.environmentsPlaceholder)",
                    kind: "env", projects: [contract.facts.project.name], names: [name],
                    environments: [supply.environment], at: first.location,
                    related: reads.dropFirst().map { RelatedLocation($0.location, note: "also read here") }
                        + [RelatedLocation(supply.location, note: "\(supply.deployDescription) for \(supply.environment)")],
                    what: "`\(first.form)`: \(first.why); the deploy of \(Finding.environmentsPlaceholder) does not supply '\(name)'.",
                    impact: onPath ? "The process starts, and that path fails in \(Finding.environmentsPlaceholder) when it runs." : nil,
                    fix: "Supply '\(name)' in the deploy of \(Finding.environmentsPlaceholder) (its config is among the related places), or give the read a default if it is optional.",
                    severity: onPath ? .high : nil))
            }
        }
        return findings
    }
}
