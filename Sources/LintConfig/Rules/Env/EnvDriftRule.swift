/// Lint: a project gets a variable in one environment and not in another (staging lacks what
/// production has). Environments whose secrets cannot be verified are left out of the comparison.
public struct EnvDriftRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "env-drift",
        severity: .medium,
        summary: "A variable is supplied in one environment and not in another.",
        rationale: "Environments drift apart one hot-fix at a time; the next deploy of the lagging one breaks, or behaves differently from what was tested.",
        triggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\nenv:\n  clear:\n    ↓SENTRY_ENVIRONMENT: production\n",
            ]),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "env:\n  secret:\n    - ↓DEBUG_TOKEN\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
                ".kamal/secrets.staging": "DEBUG_TOKEN=1\n",
            ], environment: "staging", note: "--env staging still reports what staging has and production lacks"),
            RuleExample([
                "package.json": "{}\n",
                "fly.staging.toml": "app = 'web-stg'\n[env]\n  LOG_LEVEL = 'debug'\n",
                "fly.production.toml": "app = 'web'\n[env]\n  LOG_LEVEL = 'info'\n  ↓CDN_URL = 'https://cdn.example.com'\n",
                "fly-secrets.staging.json": "[]\n",
                "fly-secrets.production.json": "[]\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n",
                "config/deploy.imgproxy.yml": "service: imgproxy\nimage: darthsim/imgproxy\nregistry:\n  server: ghcr.io\n  username: acme\n  password:\n    - KAMAL_REGISTRY_PASSWORD\nbuilder:\n  arch: amd64\nservers:\n  - 10.0.0.3\nenv:\n  clear:\n    IMGPROXY_MAX_SRC_RESOLUTION: 50\n",
            ], note: "config/deploy.imgproxy.yml has its own service: deployed with -c, not an environment of deploy.yml"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n",
                "config/deploy.staging.yml": "env:\n  clear:\n    PORT: 4000\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
            ], note: "the same names with different values"),
            RuleExample([
                "package.json": "{}\n",
                "fly.staging.toml": "app = 'web-stg'\n[env]\n  LOG_LEVEL = 'debug'\n",
                "fly.production.toml": "app = 'web'\n[env]\n  LOG_LEVEL = 'info'\n  CDN_URL = 'https://cdn.example.com'\n",
                "fly-secrets.production.json": "[]\n",
            ], note: "staging's secrets are unknown: no comparison"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n",
            ], note: "one environment only"),
            RuleExample([
                "package.json": "{}\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader
                    + "servers:\n  web:\n    options:\n      network: app\nenv:\n  clear:\n    DB_HOST: db\n",
                "config/deploy.staging.yml": "servers:\n  web:\n    hosts:\n      - 10.0.1.1\nenv:\n  clear:\n    RAILS_ENV: staging\n",
                "config/deploy.production.yml": "servers:\n  web:\n    hosts:\n      - 10.0.2.1\nenv:\n  clear:\n    RAILS_ENV: production\n",
                ".kamal/secrets": "A=1\n", ".kamal/secrets.staging": "A=1\n", ".kamal/secrets.production": "A=1\n",
            ], note: "a base whose roles name no host is never deployed alone, even beside a plain .kamal/secrets"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for facts in workspace.envFacts {
            let comparable = facts.environments.filter { $0.unverifiable == nil }
            guard comparable.count >= 2 else { continue }
            // A pair of environments is reported when the run checks either of them.
            for lacking in comparable {
                var reported = Set<String>()
                for having in comparable where having.environment != lacking.environment
                    && (workspace.environments.contains(lacking.environment) || workspace.environments.contains(having.environment)) {
                    for supply in having.supplies where lacking.supply(named: supply.name) == nil && reported.insert(supply.name).inserted {
                        findings.append(description.finding(
                            "'\(supply.name)' is supplied to \(facts.project.name) in \(having.environment) but not in \(Finding.environmentsPlaceholder)",
                            kind: "env", projects: [facts.project.name], names: [supply.name],
                            environments: [lacking.environment], at: supply.location,
                            related: [RelatedLocation(lacking.location, note: "\(lacking.deployDescription) for \(lacking.environment)")],
                            what: "\(supply.source.rawValue) gives '\(supply.name)' to \(facts.project.name) in \(having.environment); \(lacking.deployDescription) does not in \(lacking.environment).",
                            fix: "Supply '\(supply.name)' in \(Finding.environmentsPlaceholder) too, or remove it from \(having.environment) if it is obsolete."))
                    }
                }
            }
        }
        return findings
    }
}
