/// Lint: one variable name given both as a clear value and as a secret for the same containers,
/// after the destination merge and the role/top-level env merge.
public struct KamalEnvClearAndSecretRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-env-clear-and-secret",
        severity: .medium,
        summary: "A variable is set both in env.clear and env.secret for the same containers.",
        rationale: "Kamal passes the clear value with --env and the secret through --env-file; docker lets --env win, so the secret is dead for those containers (rotating it changes nothing) and the config no longer says which value runs.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    DATABASE_URL: postgres://localhost/dev\n  secret:\n    - ↓DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$DATABASE_URL\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n    env:\n      clear:\n        LOG_LEVEL: debug\nenv:\n  secret:\n    - ↓LOG_LEVEL\n",
                ".kamal/secrets": "LOG_LEVEL=info\n",
            ], note: "the role's clear value meets the top-level secret"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - API_URL:STAGING_API_URL\n",
                "config/deploy.staging.yml": "env:\n  clear:\n    API_URL: https://staging.example.com\n  secret:\n    - ↓API_URL:STAGING_API_URL\n",
                ".kamal/secrets.staging": "STAGING_API_URL=x\n",
            ], environment: "staging", note: "the overlay replaces env.secret whole (a list) but keeps clear from itself"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=x\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    DATABASE_URL: postgres://db/app\naccessories:\n  db:\n    image: postgres:16\n    host: 10.0.0.2\n    env:\n      secret:\n        - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=x\n",
            ], note: "an accessory's env is separate from the app's"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    TOKEN_URL: https://auth.example.com\n  secret:\n    - TOKEN:TOKEN_URL\n",
                ".kamal/secrets": "TOKEN_URL=x\n",
            ], note: "an alias is compared by the name the container sees"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for deployment in workspace.kamalDeployments {
            var envs = deployment.roles.map(\.effectiveEnv) + deployment.accessories.map(\.env)
            if deployment.roles.isEmpty { envs.append(deployment.env) }
            envs += envs.flatMap { env in env.tags.map { env.merged(with: $0.env) } }
            for env in envs {
                for secret in env.secrets {
                    guard let clear = env.clear.first(where: { $0.name.value == secret.envName }),
                          seen.insert("\(secret.location) \(deployment.destinationLabel)").inserted else { continue }
                    findings.append(description.finding(
                        "'\(secret.envName)' is both clear and secret in \(deployment.project.displayName) (\(Finding.environmentsPlaceholder))",
                        kind: "kamal-env", projects: [deployment.project.displayName], names: [secret.envName, env.context],
                        environments: workspace.environments(of: deployment), at: secret.location, related: [RelatedLocation(clear.name.location, note: "clear value set here")],
                        what: "After merging, `\(env.context)` gives '\(secret.envName)' a clear value and lists it under secret.",
                        fix: "Keep one: remove '\(secret.envName)' from clear (\(clear.name.location)) or from secret (\(secret.location))."))
                }
            }
        }
        return findings
    }
}
