/// Lint: a required read nothing supplies and an unread supply are near-misses of each other
/// (`GH_SERVICE_SECRET` read, `GH_SERVICE_KEY` supplied): one finding naming both places and the
/// rename, instead of an unsupplied read and an unused supply that look unrelated.
public struct EnvNameMismatchRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-name-mismatch",
        severity: .critical,
        summary: "Code reads one name and the deploy supplies a near-identical other name.",
        rationale: "Both sides believe the contract holds, and the variable is simply absent at run time — the classic cross-repo rename bug.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - GH_SERVICE_KEY\n",
                ".kamal/secrets": "GH_SERVICE_KEY=$(op read x)\n",
                "src/auth.ts": "export const secret = process.env.↓GH_SERVICE_SECRET!;\n",
            ], note: "SECRET and KEY name the same credential"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    SUPABSE_URL: https://db.example.com\n",
                "src/db.ts": "export const url = process.env.↓SUPABASE_URL!;\n",
            ], note: "a typo one edit away"),
            RuleExample([
                "pyproject.toml": "[project]\nname = 'api'\n",
                "fly.toml": "app = 'api'\n[env]\n  DATABASEURL = 'postgres://db/app'\n",
                "fly-secrets.json": "[]\n",
                "app/db.py": "import os\nURL = os.environ[↓\"DATABASE_URL\"]\n",
            ], note: "separators differ"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - GH_SERVICE_KEY\n    - GH_SERVICE_SECRET\n",
                ".kamal/secrets": "GH_SERVICE_KEY=1\nGH_SERVICE_SECRET=2\n",
                "src/auth.ts": "export const secret = process.env.GH_SERVICE_SECRET!;\n",
            ], note: "the exact name is supplied"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    REDIS_HOST: cache\n",
                "src/db.ts": "export const url = process.env.DATABASE_URL ?? \"postgres://localhost/dev\";\n",
            ], note: "an optional read and an unrelated supply"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    API_URL: https://api.example.com\n",
                "src/db.ts": "export const url = process.env.APP_URL!;\nexport const api = process.env.API_URL!;\n",
            ], note: "a supply that is read under its own name is not a candidate"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        EnvContract.all(in: workspace).filter { $0.supply.unverifiable == nil }.flatMap { contract in
            contract.mismatches.map { mismatch in
                let read = mismatch.reads[0]
                let supply = mismatch.supply
                return description.finding(
                    "'\(mismatch.name)' is read but '\(supply.name)' is supplied (\(contract.facts.project.name), \(Finding.environmentsPlaceholder))",
                    kind: "env", projects: [contract.facts.project.name], names: [mismatch.name, supply.name],
                    environments: [contract.supply.environment], at: read.location,
                    related: [RelatedLocation(supply.location,
                                              note: "\(supply.source.rawValue) supplies '\(supply.name)' here, in \(contract.supply.environment)")]
                        + mismatch.reads.dropFirst().map { RelatedLocation($0.location, note: "also read here") },
                    what: "Code requires '\(mismatch.name)' (`\(read.form)`), which nothing supplies in \(Finding.environmentsPlaceholder); the deploy supplies '\(supply.name)', which nothing reads.",
                    fix: "Rename one side: read '\(supply.name)' at \(read.location), or supply '\(mismatch.name)' instead of '\(supply.name)' where the deploy of \(Finding.environmentsPlaceholder) sets it (the related places).")
            }
        }
    }
}
