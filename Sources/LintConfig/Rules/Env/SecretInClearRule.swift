/// Lint: a value that looks like a real credential — a provider format with a random body, a
/// signed JWT, a PEM private key, a URL with a real password, or a high-entropy string (see
/// `SecretShape`) — written in Kamal `env.clear` (any level, roles, tags, accessories),
/// `fly.toml [env]`, or a committed env example. Placeholders, file paths, local-default URLs,
/// public identifiers and published demo keys are not reported. The value is never printed.
public struct SecretInClearRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "secret-in-clear",
        severity: .high,
        summary: "A secret is written in the clear in a committed config or env example.",
        rationale: "Anyone with the repository has the credential, it lands in docker inspect and logs, and rotating it means a commit.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    ↓STRIPE_SECRET_KEY: sk_live_51H8aB3cD4eF5gH6iJ7kL8mN9oP\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\naccessories:\n  db:\n    image: postgres:16\n    host: 10.0.0.2\n    env:\n      clear:\n        ↓POSTGRES_PASSWORD: Tr0ub4dor-and-3x7Q\n",
            ], note: "accessories too"),
            RuleExample([
                "package.json": "{}\n",
                "fly.toml": "app = 'web'\n[env]\n  ↓DATABASE_URL = 'postgres://app:9f8e7d6c5b4a@db.internal:5432/app'\n",
            ], note: "a URL with a password in it"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "↓SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlX2J5dGVz\n",
            ], note: "a real-looking JWT in a committed example"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "↓AWS_ACCESS_KEY_ID=AKIA4Z7QX2M9RT5WB3KD\n↓STRIPE_WEBHOOK_SECRET=whsec_8fK2pQ9xLm4Rt7Vb1Nz6Yc3Hd5Wg0Sa\n",
            ], note: "provider formats with random bodies"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PUBLIC_KEY_ID: key_123\n    PORT: 3000\n  secret:\n    - STRIPE_SECRET_KEY\n",
                ".kamal/secrets": "STRIPE_SECRET_KEY=$(op read x)\n",
            ], note: "secrets under env.secret; public-looking names"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "STRIPE_SECRET_KEY=sk_test_your_key_here\nAPI_TOKEN=\nJWT_SECRET=changeme\n"
                    + "STRIPE_WEBHOOK_SECRET=whsec_your_signing_secret\nSERVICE_KEY=sb_secret_...\nSSH_KEY=~/.ssh/deploy.pem\n"
                    + "AMQP_URL=amqps://user:password@host.cloudamqp.com/vhost\nSECRET_KEY=<generate one>\n",
            ], note: "placeholders, a file path, a URL whose credentials are placeholders"),
            RuleExample([
                "package.json": "{}\n",
                ".env.example": "TREASURY_CONTRACT=0x5FbDB2315678afecb367f032d93F642f64180aa3\nSUPPORT_EMAIL=ops@acme-payments.io\n"
                    + "SENTRY_DSN=https://4f9a1c2e8b7d6a5f3e2d1c0b9a8f7e6d@o123456.ingest.sentry.io/4504\n",
            ], note: "public identifiers: a contract address, an e-mail address, a Sentry DSN"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    API_TOKEN: <%= ENV[\"API_TOKEN\"] %>\n",
            ], note: "a value rendered at deploy time is not in the file"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<Location>()
        func report(_ name: String, _ location: Location, _ value: String, place: String, project: String) {
            guard let reason = SecretEvidence.credentialReason(name: name, value: value), seen.insert(location).inserted else { return }
            findings.append(description.finding(
                "'\(name)' looks like a secret but is written in the clear (\(place))",
                kind: "secret", projects: [project], names: [name, location.path], at: location,
                what: "'\(name)' has a literal value in \(place); \(reason). The value is not shown here.",
                fix: place.hasPrefix("Kamal")
                    ? "Move it to env.secret and define it in .kamal/secrets with a `$(…)` line; rotate the exposed value."
                    : place.hasSuffix("[env]")
                        ? "Remove it from [env], set it with `fly secrets set`, and rotate the exposed value."
                        : "Replace the value with a placeholder, and rotate it if it was ever real."))
        }
        for deployment in workspace.kamalDeployments {
            for env in deployment.writtenEnvBlocks {
                for variable in env.clear {
                    guard let scalar = variable.value.scalar, !scalar.isTemplated, case .string(let text) = scalar.value else { continue }
                    report(variable.name.value, variable.name.location, text, place: "Kamal \(env.context)/clear",
                           project: deployment.project.displayName)
                }
            }
        }
        for facts in workspace.envFacts {
            for environment in facts.environments {
                for supply in environment.supplies where supply.source == .flyEnv {
                    if let value = supply.clearValue { report(supply.name, supply.location, value, place: "\(supply.location.path) [env]",
                                                                          project: facts.project.name) }
                }
            }
            for key in facts.documented {
                if let value = key.value { report(key.name, key.location, value, place: "the env example \(key.location.path)",
                                                   project: facts.project.name) }
            }
        }
        return findings
    }
}
