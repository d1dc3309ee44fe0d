/// Lint: a config written for Kamal 1 or MRSK (see `KamalOneEvidence`), reported once per
/// config file with what Kamal 2 wants instead. Such a config is not also checked against
/// Kamal 2's schema and secrets files: a dozen findings for one cause hide the cause.
public struct KamalOneConfigRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-1-config",
        severity: .low,
        summary: "The Kamal config is written for Kamal 1 (or MRSK), which Kamal 2 rejects.",
        rationale: "Kamal 2 replaced Traefik with kamal-proxy and .env with .kamal/secrets; the config deploys only with a pinned Kamal 1, and `kamal upgrade` needs these changes first.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": "↓" + ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\ntraefik:\n  options:\n    publish:\n      - 443:443\nhealthcheck:\n  path: /up\n",
            ], note: "traefik and a top-level healthcheck"),
            RuleExample([
                "Gemfile.lock": "GEM\n  specs:\n    kamal (1.9.2)\n      sshkit (~> 1.21)\n",
                "config/deploy.yml": "↓" + ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nhealthcheck:\n  path: /up\nenv:\n  secret:\n    - RAILS_MASTER_KEY\n",
                ".env": "RAILS_MASTER_KEY=x\n",
            ], note: "the lock file pins Kamal 1; secrets come from .env"),
            RuleExample([
                "config/deploy.yml": "↓service: api\nimage: acme/api\nregistry:\n  server: ghcr.io\n  username: acme\n"
                    + "  password:\n    - KAMAL_REGISTRY_PASSWORD\nbuilder:\n  multiarch: false\nservers:\n  - 10.0.0.1\n"
                    + "healthcheck:\n  path: /users/\n  port: 8000\n",
                ".kamal/secrets": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n",
            ], note: "builder.multiarch, with Kamal 1 pinned only in CI (gem install kamal -v '~> 1.9.2')"),
            RuleExample([
                "Gemfile.lock": "GEM\n  specs:\n    mrsk (0.16.0)\n",
                "config/deploy.yml": "↓" + ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
            ], note: "MRSK, Kamal's former name: once per config file, not per destination"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "Gemfile.lock": "GEM\n  specs:\n    kamal (2.4.0)\n",
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nproxy:\n  healthcheck:\n    path: /up\n",
            ], note: "Kamal 2"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nhealthcheck:\n  path: /up\n",
            ], note: "a leftover healthcheck alone is a Kamal 2 config with an invalid key (kamal-config-invalid)"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n    proxy: false\n",
                ".env": "DATABASE_URL=x\n",
            ], note: "a .env beside a Kamal 2 config says nothing alone"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var seen = Set<String>()
        return workspace.kamalDeployments.compactMap { deployment in
            let evidence = deployment.kamalOneEvidence
            guard !evidence.isEmpty, seen.insert(deployment.project.configPath).inserted else { return nil }
            return description.finding(
                "\(deployment.project.configPath) is a Kamal 1 config",
                kind: "kamal-version", projects: [deployment.project.displayName], names: [deployment.project.configPath],
                at: .file(deployment.project.configPath),
                what: "It shows " + evidence.joined(separator: "; ")
                    + ". It is not checked against Kamal 2's keys and secrets files until it is migrated.",
                fix: "To move to Kamal 2: replace `traefik:` with `proxy:` (host, ssl, app_port), move `healthcheck:` under "
                    + "`proxy.healthcheck`, move secrets from .env to .kamal/secrets as `$(…)`/`$VAR` lines, and run `kamal upgrade`.")
        }
    }
}
