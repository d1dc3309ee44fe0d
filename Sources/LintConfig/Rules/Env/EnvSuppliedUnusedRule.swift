/// Lint: a variable the deploy supplies that no code of the project reads (the seed's
/// `GHOSTHANDS_API_URL`, still set in Fly secrets after the code stopped needing it). Names a
/// runtime reads on its own (`NODE_ENV`, `RAILS_MASTER_KEY`, …) are not reported, nor is a
/// project whose sources were not scanned. Projects declared with the same deploy (one image
/// running several of them) share their supplies: unused means read by none of them, reported once.
public struct EnvSuppliedUnusedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-supplied-unused",
        severity: .low,
        summary: "The deploy supplies a variable that no code of the project reads.",
        rationale: "Dead configuration: it hides which values matter, keeps secrets alive that nobody rotates, and often marks a rename done on one side only.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    ↓SEED_COUNT: 10\n",
                "Dockerfile": "FROM node:22-slim\nENV PATH=/app/bin:$PATH APP_HOME=/app\n",
                "src/main.ts": "export const port = 3000;\n",
                "scripts/seed.ts": "const count = Number(process.env.SEED_COUNT);\n",
            ], note: "read only by a script no deploy runs; the Dockerfile's ENV is the image's, never unused"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    ↓GHOSTHANDS_API_URL: https://gh.example.com\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=1\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                "fly.toml": "app = 'web'\n",
                "fly-secrets.txt": "NAME                 DIGEST            STATUS\nDATABASE_URL         a1b2c3d4e5f6a7b8  Deployed\n↓OLD_WEBHOOK_SECRET   0f9e8d7c6b5a4938  Deployed\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ], note: "a Fly secret nobody reads"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n    - ↓LEGACY_TOKEN\n",
                ".kamal/secrets": "DATABASE_URL=1\nLEGACY_TOKEN=2\n",
                "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    NODE_ENV: production\n    PORT: 3000\n",
                "src/main.ts": "const port = Number(process.env.PORT ?? 3000);\n",
            ], note: "NODE_ENV is read by the runtime; a read with a default still uses the supply"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    FEATURE_X: \"1\"\n",
            ], note: "no source files: nothing can be called unused"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - GH_SERVICE_KEY\n",
                ".kamal/secrets": "GH_SERVICE_KEY=1\n",
                "src/auth.ts": "export const s = process.env.GH_SERVICE_SECRET!;\n",
            ], note: "a near-miss pair is env-name-mismatch's, not two findings"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let all = EnvContract.all(in: workspace)
        let containers = SharedContainers(all)
        var reported = Set<String>()
        return all.flatMap { contract -> [Finding] in
            guard let sharers = containers.sharers(of: contract) else { return [] }
            let names = sharers.map(\.facts.project.name)
            let who = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            return contract.unread.compactMap { supply in
                guard !containers.isRead(supply.name, by: contract),
                      reported.insert(containers.key(of: contract) + "\u{1F}" + supply.name).inserted else { return nil }
                return description.finding(
                    "'\(supply.name)' is supplied to \(who) in \(Finding.environmentsPlaceholder) but never read",
                    kind: "env", projects: names, names: [supply.name],
                    environments: [contract.supply.environment], at: supply.location,
                    what: "\(supply.source.rawValue) supplies '\(supply.name)', and no source file of \(who) reads it"
                        + (names.count > 1 ? " (the deploy runs all of them in its containers)." : "."),
                    fix: "Remove '\(supply.name)' from the deploy of \(Finding.environmentsPlaceholder) (at each place listed), or read it where it is meant to be used.")
            }
        }
    }
}

/// Projects whose processes run in the same containers: declared with the same deploy in one
/// environment (one Kamal config, destination and roles — an image whose supervisor starts an API
/// and a web server — or one Fly app). A variable that deploy supplies is unused only when none
/// of them reads it.
struct SharedContainers {
    private var groups: [String: [EnvContract]] = [:]

    init(_ contracts: [EnvContract]) {
        for contract in contracts { groups[key(of: contract), default: []].append(contract) }
    }

    func key(of contract: EnvContract) -> String {
        let environment = contract.supply.environment
        switch contract.facts.project.deploy[environment] {
        case .kamal(let target)?:
            return [environment, "kamal", target.config, target.destination ?? "", target.roles.sorted().joined(separator: ",")]
                .joined(separator: "\u{1F}")
        case .fly(let target)?:
            return [environment, "fly", target.config ?? "", target.app ?? ""].joined(separator: "\u{1F}")
        case nil:
            return environment + "\u{1F}" + contract.facts.project.name
        }
    }

    /// The projects sharing the contract's containers, or nil when one of them has no sources
    /// (nothing can then be called unused).
    func sharers(of contract: EnvContract) -> [EnvContract]? {
        let group = groups[key(of: contract)] ?? [contract]
        return group.allSatisfy(\.facts.hasSources) ? group : nil
    }

    func isRead(_ name: String, by contract: EnvContract) -> Bool {
        (groups[key(of: contract)] ?? []).contains { other in
            other.facts.project.name != contract.facts.project.name && !other.unread.contains { $0.name == name }
                && other.supply.supply(named: name) != nil
        }
    }
}
