/// Lint: a plain `NAME: value` key written in an `env` block beside `clear`, `secret` or `tags`.
/// Kamal reads clear variables only from `clear` once one of those keys is present
/// (`configuration/env.rb`); Kamal 2's env validator then rejects the key as unknown, Kamal 1
/// (and MRSK) dropped it without a word. Either way the container never sees it.
public struct KamalEnvPlainKeysRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-env-plain-keys",
        severity: .high,
        summary: "An env block mixes plain keys with clear/secret/tags; the plain keys never reach the container.",
        rationale: "Once an env block has clear, secret or tags, Kamal takes clear values only from `clear`: a plain "
            + "key beside them is dropped (Kamal 1) or refused as an unknown key (Kamal 2), so the variable the author "
            + "meant to set is never in the container.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n  ↓LOG_LEVEL: debug\n",
                ".kamal/secrets": "DATABASE_URL=$DATABASE_URL\n",
            ], note: "a plain key beside secret"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  workers:\n    hosts:\n      - 10.0.0.2\n"
                    + "    env:\n      clear:\n        QUEUE: default\n      ↓CONCURRENCY: 4\n",
            ], note: "in a role's env block"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    PORT: 3000\n",
                "config/deploy.staging.yml": "env:\n  tags:\n    gpu:\n      CUDA: \"1\"\n"
                    + "  ↓RAILS_LOG_TO_STDOUT: \"1\"\n",
            ], environment: "staging", note: "written in the overlay, beside tags the merge keeps"),
            RuleExample([
                "config/deploy.yml": "service: worker\nimage: acme/worker\ntraefik:\n  args:\n    accesslog: true\n"
                    + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n  ↓NODE_ENV: production\n",
            ], note: "a Kamal 1 config: dropped silently there"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  LOG_LEVEL: debug\n"
                    + "  PORT: 3000\n",
            ], note: "the simple form: every key is a clear variable"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    LOG_LEVEL: debug\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets": "DATABASE_URL=$DATABASE_URL\n",
            ], note: "clear and secret only"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "x-env: &env\n  LOG_LEVEL: debug\nservers:\n"
                    + "  - 10.0.0.1\nenv:\n  clear:\n    <<: *env\n    PORT: 3000\n  tags:\n    gpu:\n"
                    + "      CUDA: \"1\"\n",
            ], note: "a merge key inside clear, and a tag's own env in the simple form"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for deployment in workspace.kamalDeployments where deployment.isVerifiable {
            let kamalOne = !deployment.kamalOneEvidence.isEmpty
            for env in deployment.writtenEnvBlocks {
                let structure = env.structuredKeys
                for key in env.droppedPlainKeys {
                    findings.append(description.finding(
                        "'\(key.value)' in \(env.context) never reaches the container "
                            + "(\(Finding.environmentsPlaceholder))",
                        kind: "kamal-env", projects: [deployment.project.displayName],
                        names: [key.location.path, env.context, key.value],
                        environments: workspace.environments(of: deployment), at: key.location,
                        what: "`\(env.context)` has \(structure.map { "`\($0)`" }.joined(separator: "/")), so Kamal "
                            + "reads clear variables only from `clear`; "
                            + (kamalOne ? "Kamal 1 drops the plain key '\(key.value)' without a word."
                                        : "Kamal 2 stops the deploy with `\(env.context): unknown key: \(key.value)`, "
                                            + "and never passes it on."),
                        fix: "Move '\(key.value)' under `\(env.context)/clear` (or, if it is a secret, its name under "
                            + "`\(env.context)/secret`)."))
                }
            }
        }
        return findings
    }
}
