/// Lint: a key Kamal does not know, or a value of the wrong type, in the merged config of a
/// destination — checked against `Schemas/kamal-deploy.schema.json` — and Kamal's own required
/// settings. (Plain env keys beside `clear`/`secret`/`tags` are `kamal-env-plain-keys`.) A file
/// ERB generates whole cannot be checked: one low note instead.
public struct KamalConfigInvalidRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-config-invalid",
        severity: .critical,
        summary: "The Kamal config has an unknown key or a value of the wrong type.",
        rationale: "Kamal validates its config before doing anything and stops with a ConfigurationError: no deploy, "
            + "no rollback, no console for that destination.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    ↓host: 10.0.0.1\n",
            ], note: "servers/web: unknown key: host (it is `hosts`)"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nproxy:\n"
                    + "  app_port: ↓[3000]\n",
            ], note: "proxy/app_port: should be an integer"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - ↓DATABASE_URL=postgres://app@db/app\n",
            ], note: "an env.secret entry is a name, not NAME=value (the entry is not shown: it may hold a value)"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n↓healthcheck:\n  path: /up\n",
            ], environment: "staging", note: "Kamal 1's healthcheck key is gone in Kamal 2"),
            RuleExample([
                "config/deploy.yml": "↓service: worker\nimage: acme/worker\nbuilder:\n  arch: arm64\nservers:\n"
                    + "  - 10.0.0.1\n",
            ], note: "Missing required configuration for registry (Kamal's own check after the schema)"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.beta1.yml": "<% ENV[\"BETA_NUMBER\"] = \"1\" %>\n"
                    + "↓<%= ERB.new(File.read(\"config/deploy.beta.yml\")).result %>\n",
            ], environment: "beta1", note: "a document ERB generates whole cannot be checked: one low note, never an "
                + "input error"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    PORT: 3000\n    FEATURES:\n      ↓- search\n",
            ], note: "env/clear/FEATURES: should be a string… — the structured branch the value was meant for, not "
                + "'should be null'"),
            RuleExample([
                "config/deploy.yml": "service: ↓<your-service-name>\nimage: <your-image-name>\nregistry:\n"
                    + "  username: acme\n"
                    + "  password: <%= ENV[\"KAMAL_REGISTRY_PASSWORD\"] %>\nbuilder:\n  arch: amd64\nservers:\n"
                    + "  - 10.0.0.1\n",
            ], note: "a tutorial's blank `<your-service-name>`: one low 'template' note, not a critical schema error"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "x-common-env: &common\n  LOG_LEVEL: info\n"
                    + "allow_empty_roles: true\nservers:\n  web:\n    - 10.0.0.1\n  jobs:\n    hosts: []\n"
                    + "    proxy: false\n    options:\n      publish:\n        - \"8080:80\"\nenv:\n  clear:\n"
                    + "    <<: *common\n    PORT: 3000\n",
            ], note: "x- extension keys with anchors, an empty role, proxy: false, free-form options"),
            RuleExample([
                "config/deploy.yml": "service: <%= ENV[\"SERVICE\"] %>\nimage: acme/worker\nregistry:\n"
                    + "  server: localhost:5555\nbuilder:\n  arch: <%= ENV.fetch(\"ARCH\", \"amd64\") %>\nservers:\n"
                    + "  - <%= ENV[\"HOST\"] %>\nproxy:\n  app_port: <%= ENV.fetch(\"PORT\", 3000) %>\n",
            ], note: "ERB output is opaque: it may render into any type"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  PORT: 3000\n"
                    + "  DEBUG: false\n",
            ], note: "numbers and booleans are accepted where Kamal expects strings"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.template.yml": "#@ load(\"@ytt:data\", \"data\")\nservice: #@ data.values.service\n"
                    + "servers: []\nhosts: 1\n",
                "config/deploy.ci.yml": "servers:\n  - {{ .Host }}\nbogus: {{ .Value }}\n",
            ], note: "templates (by name, ytt `#@`, `{{ }}`) are not destinations"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.imgproxy.yml": "service: imgproxy\nimage: darthsim/imgproxy\nregistry:\n"
                    + "  server: ghcr.io\n  username: acme\n  password:\n    - KAMAL_REGISTRY_PASSWORD\nbuilder:\n"
                    + "  arch: amd64\nservers:\n  - 10.0.0.3\n",
                ".kamal/secrets": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n",
            ], note: "a config with its own service is deployed with -c, not merged over deploy.yml"),
            RuleExample([
                "config/deploy.yml": "service: worker\nimage: acme/worker\nregistry:\n  server: ghcr.io\n"
                    + "  username: acme\n  password:\n    - KAMAL_REGISTRY_PASSWORD\n",
                "config/deploy.staging.yml": "builder:\n  arch: amd64\nservers:\n  - 10.0.1.1\n",
                "config/deploy.production.yml": "builder:\n  arch: arm64\nservers:\n  - 10.0.2.1\n",
                ".kamal/secrets": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n",
            ], note: "a base incomplete alone that every overlay completes is a base, not a target"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    RAILS_ENV: production\n    WEB_CONCURRENCY: 2\n  secret:\n    - KAMAL_REGISTRY_PASSWORD\n",
                ".kamal/secrets": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n",
            ], note: "an env.clear map is valid"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for (deployment, violations) in zip(workspace.kamalDeployments, workspace.kamalViolations) {
            if let generated = deployment.generatedByERB.first {
                findings.append(notVerifiable(
                    deployment, generated: generated, environments: workspace.environments(of: deployment)))
            }
            if let service = deployment.service, KamalConfigLayout.isFillInPlaceholder(service.value) {
                findings.append(fillInTemplate(
                    deployment, service: service, environments: workspace.environments(of: deployment)))
            }
            for violation in violations {
                findings.append(description.finding(
                    "Invalid Kamal config: \(violation.message)",
                    kind: "kamal-config", projects: [deployment.project.displayName],
                    names: [violation.location.path, violation.context, violation.problem],
                    environments: workspace.environments(of: deployment), at: violation.location,
                    what: "Kamal would stop with: \(violation.message) (\(deployment.project.configPath), in "
                        + "\(Finding.environmentsPlaceholder)).",
                    fix: "Correct or remove the key; see Kamal's documented keys in Schemas/kamal-deploy.schema.json."))
            }
        }
        return findings
    }

    /// One low note for a tutorial template (`service: <your-service-name>`): a blank to fill
    /// in, not a service name Kamal rejects; the rest of the config is still checked.
    private func fillInTemplate(
        _ deployment: KamalDeployment, service: Located<String>, environments: [String]
    ) -> Finding {
        description.finding(
            "Kamal config \(deployment.project.configPath) is a template: its service is the blank \(service.value)",
            kind: "kamal-co"
                + "nfig", projects: [deployment.project.displayName], names: [deployment.project.configPath, "fill-in-t"
                + "emplate"],
            environments: environments, at: service.location,
            what: "`service: \(service.value)` is a blank for the reader to fill in; Kamal would refuse it as a name "
                + "(letters, digits, - and _ only), so the file is a template, not a deployable config.",
            impact: "Deploying it as it stands stops at Kamal's config validation.",
            fix: "Nothing to do for a template; when it becomes a real config, put the service's name there.",
            severity: .low)
    }

    /// One low note for a deployment that merges a document ERB generates whole: Kamal renders
    /// it (often `ERB.new(File.read(…)).result`, another file included), we cannot.
    private func notVerifiable(_ deployment: KamalDeployment, generated: Location, environments: [String]) -> Finding {
        description.finding(
            "Kamal config \(generated.path) is generated by ERB and cannot be checked",
            kind: "kamal-config", projects: [deployment.project.displayName], names: [generated.path, "generated-by"
                + "-erb"],
            environments: environments, at: generated,
            what: "The whole document is one ERB output tag, rendered only when Kamal runs; its keys, env and secret "
                + "names "
                + "are unknown here, so \(Finding.environmentsPlaceholder) is not checked.",
            impact: "Mistakes in the rendered config are found only at deploy time.",
            fix: "Nothing to do if the include is intended; to have it checked, write the overlay as YAML (ERB inside "
                + "values is fine).",
            severity: .low)
    }
}
