/// Lint: a name in `env.secret` (top level, role, host tag or accessory; plain or `NAME:SECRET`),
/// `registry.username`/`password` given as a list, or `builder.secrets`, that the secrets files
/// of that destination do not define. Kamal reads `secrets-common` and the destination's file
/// only if they exist, so when the destination's own file is not in the repository the names
/// the committed files define are verified, and one low finding per destination says the rest
/// cannot be. Kamal 1 configs (secrets from `.env`) are left to `kamal-1-config`.
public struct KamalSecretUndefinedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-secret-undefined",
        severity: .critical,
        summary: "A secret the Kamal config needs is not defined in that destination's secrets files.",
        rationale: "Kamal resolves every secret before it deploys and aborts with \"Secret 'X' not found\": the deploy "
            + "of that destination cannot run.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n    - ↓GH_SERVICE_SECRET\n",
                ".kamal/secrets": "DATABASE_URL=$DATABASE_URL\nGH_SERVICE_KEY=$(op read op://ci/gh/key)\n",
            ], note: "the secret is supplied under another name"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - ↓API_TOKEN:STAGING_API_TOKEN\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
                ".kamal/secrets": "API_TOKEN=x\n",
                ".kamal/secrets.staging": "OTHER=1\n",
            ], environment: "staging", note: "an aliased secret looks up the name after the colon"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - ↓DATABASE_URL\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
                ".kamal/secrets": "DATABASE_URL=x\n",
                ".kamal/secrets.production": "OTHER=1\n",
            ], environment: "production", note: "with a destination, the plain .kamal/secrets is not read"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "registry:\n  username: acme\n  password:\n"
                    + "    - ↓KAMAL_REGISTRY_PASSWORD\nservers:\n  jobs:\n    hosts:\n      - 10.0.0.1\n    env:\n"
                    + "      secret:\n        - ↓REDIS_URL\n",
                ".kamal/secrets-common": "DATABASE_URL=$(op read x)\n",
                ".kamal/secrets": "OTHER=1\n",
            ], note: "the registry password and role env are checked too"),
            RuleExample([
                "config/deploy.yml": "↓" + ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n",
            ], note: "no secrets file in the repository: one low finding per destination"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "secrets_path: ↓<%= ENV.fetch(\"SECRETS_DIR\") "
                    + "%>/app\n"
                    + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
            ], note: "secrets_path computed by ERB elsewhere: one low note, the computed path never shown as a path"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n    - API_TOKEN:PROD_API_TOKEN\n",
                ".kamal/secrets": "DATABASE_URL=$DATABASE_URL\nexport PROD_API_TOKEN=\"$(op read op://prod/api)\"\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n    - SENTRY_DSN\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
                ".kamal/secrets-common": "SENTRY_DSN=$SENTRY_DSN\n",
                ".kamal/secrets.staging": "DATABASE_URL=$STAGING_DATABASE_URL\n",
            ], environment: "staging", note: "secrets-common is read before the destination's file"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    PORT: 3000\n",
            ], note: "no secret names: nothing to verify, no file needed"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - EMPTY_ONE\n",
                ".kamal/secrets": "EMPTY_ONE=\n",
            ], note: "an empty value is still defined"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
                ".kamal/secrets-common": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n"
                    + "DATABASE_URL=$DATABASE_URL\n",
            ], environment: "staging", note: "secrets.staging is optional: secrets-common defines every name"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader
                    + "secrets_path: <%= File.join(Gem::Specification.find_by_name(\"app-saas\").gem_dir, "
                    + "\".kamal/secrets\") %>\n"
                    + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
                ".kamal/secrets.production": "DATABASE_URL=$DATABASE_URL\n",
            ], environment: "production", note: "secrets_path computed by ERB from a gem's folder: the project's own "
                + ".kamal/secrets files"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        workspace.kamalDeployments.flatMap { check($0, environments: workspace.environments(of: $0)) }
    }

    private func check(_ deployment: KamalDeployment, environments: [String]) -> [Finding] {
        // A config ERB generates whole names secrets we cannot see (`kamal-config-invalid` says so).
        guard deployment.isVerifiable else { return [] }
        let references = deployment.allSecretReferences
        guard !references.isEmpty else { return [] }
        let lookup = deployment.secrets
        let destination = deployment.destinationLabel
        // Kamal 1 reads secrets from .env: see kamal-1-config
        if deployment.kamalOneEvidence.first != nil { return [] }
        if let computed = lookup.computedPathLocation {
            return [description.finding(
                "Secrets for \(Finding.environmentsPlaceholder) cannot be verified: secrets_path is computed by ERB",
                kind: "kamal-secrets-file", projects: [deployment.project.displayName], names: ["computed-secrets-"
                    + "path"],
                environments: environments, at: computed,
                what: "`secrets_path` is computed when Kamal runs, so which files define the "
                    + "\(Set(references.map(\.secretName)).count) secret name(s) needed for \(destination) is not "
                    + "known here.",
                impact: "Whether the deploy finds every secret is decided only at deploy time.",
                fix: "Nothing to do if the computed path is intended; to have the names checked, write secrets_path as "
                    + "a plain path.",
                severity: .low)]
        }
        guard lookup.destinationFileExists else {
            // Kamal reads only the files that exist (`secrets.<dest>` is optional): names the
            // committed files define are verified; only the rest are unknown.
            let unknown = Set(references.map(\.secretName).filter { lookup.definition(of: $0) == nil })
            guard !unknown.isEmpty else { return [] }
            let others = lookup.files.map(\.path)
            return [description.finding(
                "Secrets for \(Finding.environmentsPlaceholder) cannot be verified from the repository",
                kind: "kamal-secrets-file", projects: [deployment.project.displayName], names: [],
                environments: environments, at: .file(deployment.configFiles.last!),
                what: "\(unknown.count) secret name(s) are needed for \(destination), but "
                    + "\(lookup.destinationFilePath) is not in the repository"
                    + (others.isEmpty ? "." : " and \(others.joined(separator: ", ")) does not define them."),
                impact: "Whether the deploy finds every secret is decided only at deploy time.",
                fix: "If the file is generated at deploy time this is expected; otherwise commit "
                    + "\(lookup.destinationFilePath) with `$(…)` or `$VAR` lines (never plain values).",
                severity: .low)]
        }
        var byName: [String: [KamalSecretReference]] = [:]
        var order: [String] = []
        for reference in references where lookup.definition(of: reference.secretName) == nil {
            if byName[reference.secretName] == nil { order.append(reference.secretName) }
            byName[reference.secretName, default: []].append(reference)
        }
        let filesRead = lookup.files.map(\.path).joined(separator: ", ")
        return order.map { name in
            let uses = byName[name]!
            let first = uses[0]
            var related = uses.dropFirst().map { RelatedLocation($0.location, note: "also needed here "
                + "(\($0.context))") }
            related += lookup.files.map { RelatedLocation(.file($0.path), note: "secrets file read for "
                + "\(destination)") }
            return description.finding(
                "Secret '\(name)' is not defined for \(Finding.environmentsPlaceholder)",
                kind: "kamal-secret", projects: [deployment.project.displayName], names: [name],
                environments: environments, at: first.location, related: related,
                what: "`\(first.context)` needs '\(name)'" + (first.isAliased ? " (as \(first.envName))" : "")
                    + ", but none of the secrets files read for \(destination) (\(filesRead)) defines it.",
                fix: "Add `\(name)=…` to \(lookup.destinationFilePath) (a `$(…)` or `$VAR` line), "
                    + "or correct the name "
                    + "in \(first.location.path):\(first.location.line).")
        }
    }
}
