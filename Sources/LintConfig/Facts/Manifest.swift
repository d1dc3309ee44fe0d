/// The canonical manifest: every project's facts per environment, sorted, deduplicated and
/// without line numbers, so that the same contracts always print the same bytes (what
/// `lint-config manifest` prints and what baselines store). Env variables are facts like every
/// other kind (`env-var`); secret values never appear, and clear values are left out too, since
/// a manifest records names, not configuration.
public enum Manifest {
    /// `projects` gives the projects (and their deploys and example files); every fact, env
    /// facts included, comes from `facts`. Supplies of environments outside `environments` are
    /// left out.
    public static func json(_ projects: [ProjectEnvFacts], environments: [String], project: String? = nil,
                            facts: FactSet = FactSet(), locations: Bool = false) -> JSONValue {
        let shown = projects.filter { project == nil || $0.project.name == project }.map { env -> JSONValue in
            let own = facts.of(project: env.project.name).filter { $0.environment.map(environments.contains) ?? true }
            var deploys: [String: JSONValue] = [:]
            for deploy in env.environments where environments.contains(deploy.environment) {
                deploys[deploy.environment] = .object([
                    "deploy": .string(deploy.deployDescription),
                    "verifiable": .bool(deploy.unverifiable == nil),
                ])
            }
            return .object([
                "name": .string(env.project.name),
                "root": .string(env.project.root.isEmpty ? "." : env.project.root),
                "facts": ManifestFacts.json(Self.condensingEnvReads(own), locations: locations),
                "deploys": .object(deploys),
                "exampleFiles": .array(env.exampleFiles.sorted().map(JSONValue.string)),
            ])
        }
        return .object([
            "environments": .array(environments.map(JSONValue.string)),
            "projects": .array(shown),
        ])
    }

    /// Env reads as the manifest states them: per name, the read that decides — runtime code
    /// before the rest, then the strongest use — at every place the name is read, so a manifest
    /// changes when a contract changes, not when one more call site appears. Names shaped like a
    /// credential are printed as their digest.
    static func condensingEnvReads(_ facts: [Fact]) -> [Fact] {
        var deciding: [String: Fact] = [:]
        for fact in facts where fact.kind == .envVar && fact.direction == .consumes {
            guard let read = EnvReadFact(fact) else { continue }
            guard let kept = deciding[fact.name].flatMap(EnvReadFact.init) else { deciding[fact.name] = fact; continue }
            let rank = (read.isRuntime ? 0 : 1, read.use.rank), keptRank = (kept.isRuntime ? 0 : 1, kept.use.rank)
            if rank < keptRank || (rank == keptRank && fact.identity < (deciding[fact.name]?.identity ?? fact.identity)) {
                deciding[fact.name] = fact
            }
        }
        return facts.map { fact in
            guard fact.kind == .envVar else { return fact }
            var shown = fact.direction == .consumes ? deciding[fact.name] ?? fact : fact
            shown.location = fact.location
            shown.name = Redaction.scrub(fact.name)
            return shown
        }
    }
}
