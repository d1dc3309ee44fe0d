/// Lint: a destination overlay writes an `env.secret` list (top level, a role's or an
/// accessory's) that leaves out names the base config's list at the same place had, and the
/// merged config no longer gives those names to the containers by any other route.
///
/// Kamal merges `deploy.yml` and `deploy.<destination>.yml` with ActiveSupport's `deep_merge`
/// (`Kamal::Configuration.create_from`): maps merge key by key, but a list in the overlay
/// replaces the base's list whole. An overlay that adds one secret silently removes the rest.
public struct KamalOverlayReplacesListRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-overlay-replaces-list",
        severity: .medium,
        summary: "A destination overlay's env.secret list replaces the base's whole and drops names the base listed.",
        rationale: "Kamal deep-merges maps but replaces lists: an overlay that lists one extra secret leaves that "
            + "destination without every secret the base listed, and the containers start without them.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n    - REDIS_URL\n",
                "config/deploy.staging.yml": "env:\n  ↓secret:\n    - STAGING_BANNER\n",
                ".kamal/secrets.staging": "STAGING_BANNER=1\n",
            ], environment: "staging", note: "the overlay meant to add one secret"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  workers:\n    hosts:\n      - 10.0.0.2\n"
                    + "    env:\n      secret:\n        - QUEUE_TOKEN\n        - SENTRY_DSN\n",
                "config/deploy.production.yml": "servers:\n  workers:\n    hosts:\n      - 10.1.0.2\n    env:\n"
                    + "      ↓secret:\n        - SENTRY_DSN\n",
                ".kamal/secrets.production": "SENTRY_DSN=x\n",
            ], environment: "production", note: "a role's list, replaced by the overlay's role list"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\naccessories:\n  db:\n"
                    + "    image: postgres:16\n    host: 10.0.0.3\n    env:\n      secret:\n"
                    + "        - POSTGRES_PASSWORD\n        - POSTGRES_USER\n",
                "config/deploy.staging.yml": "accessories:\n  db:\n    env:\n      ↓secret:\n"
                    + "        - POSTGRES_USER\n",
                ".kamal/secrets.staging": "POSTGRES_USER=app\n",
            ], environment: "staging", note: "an accessory's list"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n",
                "config/deploy.staging.yml": "env:\n  secret:\n    - DATABASE_URL\n    - STAGING_BANNER\n",
                ".kamal/secrets.staging": "DATABASE_URL=x\nSTAGING_BANNER=1\n",
            ], environment: "staging", note: "the overlay repeats the base's names"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n",
                "config/deploy.staging.yml": "env:\n  clear:\n    LOG_LEVEL: debug\n",
                ".kamal/secrets.staging": "DATABASE_URL=x\n",
            ], environment: "staging", note: "an overlay that only adds clear values: maps merge, the base's list "
                + "stays"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n"
                    + "    env:\n      secret:\n        - SESSION_KEY\nenv:\n  secret:\n    - DATABASE_URL\n"
                    + "    - SESSION_KEY\n",
                "config/deploy.staging.yml": "env:\n  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets.staging": "DATABASE_URL=x\nSESSION_KEY=y\n",
            ], environment: "staging", note: "the name dropped at the top level still reaches the only role through "
                + "its own list"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DATABASE_URL\n    - SENTRY_DSN\n",
                "config/deploy.production.yml": "env:\n  clear:\n    SENTRY_DSN: https://public@o1.ingest.sentry.io/1\n"
                    + "  secret:\n    - DATABASE_URL\n",
                ".kamal/secrets.production": "DATABASE_URL=x\n",
            ], environment: "production", note: "the overlay moves a public value from secret to clear"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for deployment in workspace.kamalDeployments where deployment.isVerifiable && deployment.layers.count == 2 {
            let base = deployment.layers[0]
            let overlay = deployment.layers[1]
            for place in Self.envPlaces(base.root, overlay.root) {
                guard let baseList = place.base["secret"]?.sequence,
                      let overlayEntry = place.overlay.mapping?.entry(forKey: "secret"),
                      let overlayList = overlayEntry.value.sequence
                else { continue }
                let kept = Set(overlayList.compactMap {
                    KamalSecretReference(node: $0, context: place.context)?.envName
                })
                let stillGiven = Self.secretNames(reaching: place.context, in: deployment)
                let dropped = baseList.compactMap { KamalSecretReference(node: $0, context: place.context) }
                    .filter { !kept.contains($0.envName) && !stillGiven.contains($0.envName) }
                guard !dropped.isEmpty else { continue }
                let names = dropped.map { "'\($0.envName)'" }.joined(separator: ", ")
                findings.append(description.finding(
                    "\(overlay.path) replaces \(place.context)/secret and drops \(names) "
                        + "(\(Finding.environmentsPlaceholder))",
                    kind: "kamal-env", projects: [deployment.project.displayName],
                    names: [overlay.path, place.context] + dropped.map(\.envName),
                    environments: workspace.environments(of: deployment), at: overlayEntry.key.start,
                    related: dropped.map { RelatedLocation($0.location, note: "listed by the base config") },
                    what: "Kamal merges \(overlay.path) over \(base.path) key by key but replaces lists whole: this "
                        + "`\(place.context)/secret` list leaves out \(names), which \(base.path) lists, so the "
                        + "\(deployment.destinationLabel) containers start without "
                        + "\(dropped.count == 1 ? "it" : "them").",
                    fix: "In \(overlay.path), list \(names) again under `\(place.context)/secret` (the overlay's list "
                        + "is the whole list), "
                        + "or remove \(dropped.count == 1 ? "it" : "them") from \(base.path) if "
                        + "\(deployment.destinationLabel) should go without."))
            }
        }
        return findings
    }

    struct EnvPlace {
        var context: String
        var base: YAMLNode
        var overlay: YAMLNode
    }

    /// The env blocks both files write at the same place: `env`, `servers/<role>/env`,
    /// `accessories/<name>/env`.
    static func envPlaces(_ base: YAMLNode, _ overlay: YAMLNode) -> [EnvPlace] {
        var places: [EnvPlace] = []
        if let b = base["env"], let o = overlay["env"] { places.append(EnvPlace(context: "env", base: b, overlay: o)) }
        for section in ["servers", "accessories"] {
            for entry in overlay[section]?.mapping?.entries ?? [] {
                guard let name = entry.key.string, let o = entry.value["env"],
                      let b = base[section]?[name]?["env"] else {
                    continue
                }
                places.append(EnvPlace(context: "\(section)/\(name)/env", base: b, overlay: o))
            }
        }
        return places
    }

    /// Names the merged config still gives the containers a block is for, as a secret or a clear
    /// value (an overlay may move a secret to `clear` on purpose): for the top-level block, names
    /// every role gets; for a role's or accessory's block, its merged env.
    static func secretNames(reaching context: String, in deployment: KamalDeployment) -> Set<String> {
        func names(_ env: KamalEnv) -> Set<String> {
            Set(env.allSecretReferences.map(\.envName)).union(env.clear.map(\.name.value))
        }
        if context == "env" {
            let roleSets = deployment.roles.map { names($0.effectiveEnv) }
            guard let first = roleSets.first else { return names(deployment.env) }
            return roleSets.dropFirst().reduce(first) { $0.intersection($1) }
        }
        if let role = deployment.roles.first(where: { "servers/\($0.name.value)/env" == context }) {
            return names(role.effectiveEnv)
        }
        if let accessory = deployment.accessories.first(where: { "accessories/\($0.name.value)/env" == context }) {
            return Set(accessory.env.clear.map(\.name.value))
        }
        return []
    }
}
