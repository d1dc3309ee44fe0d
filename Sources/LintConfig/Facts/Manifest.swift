/// The canonical manifest: every project's facts per environment, sorted, deduplicated and
/// without line numbers, so that the same contracts always print the same bytes (what
/// `lint-config manifest` prints and what baselines will store). Secret values never appear;
/// clear values are left out too, since a manifest records names, not configuration.
public enum Manifest {
    public static func json(_ envFacts: [ProjectEnvFacts], environments: [String], project: String? = nil,
                            facts: FactSet = FactSet(), locations: Bool = false) -> JSONValue {
        let codeFacts = facts
        let projects = envFacts.filter { project == nil || $0.project.name == project }.map { facts -> JSONValue in
            // Per name, the read that decides: runtime code before the rest, then the strongest use.
            var reads: [String: EnvReadFact] = [:]
            for read in facts.reads {
                guard let kept = reads[read.name] else { reads[read.name] = read; continue }
                if (read.isRuntime ? 0 : 1, read.use.rank) < (kept.isRuntime ? 0 : 1, kept.use.rank) { reads[read.name] = read }
            }
            var supplied: [String: JSONValue] = [:]
            for environment in facts.environments where environments.contains(environment.environment) {
                var variables: [String: JSONValue] = [:]
                for supply in environment.supplies {
                    variables[Redaction.scrub(supply.name)] = .object(["source": .string(supply.source.rawValue), "secret": .bool(supply.isSecret)])
                }
                supplied[environment.environment] = .object([
                    "deploy": .string(environment.deployDescription),
                    "verifiable": .bool(environment.unverifiable == nil),
                    "variables": .array(variables.keys.sorted().map { name in
                        var entry: [String: JSONValue] = ["name": .string(name)]
                        if case .object(let members)? = variables[name] { entry.merge(members) { $1 } }
                        return .object(entry)
                    }),
                ])
            }
            return .object([
                "name": .string(facts.project.name),
                "root": .string(facts.project.root.isEmpty ? "." : facts.project.root),
                "facts": ManifestFacts.json(codeFacts.of(project: facts.project.name).filter { fact in
                    fact.environment.map(environments.contains) ?? true  // a deploy's facts only in its environment
                }, locations: locations),
                "env": .object([
                    "read": .array(reads.keys.sorted().compactMap { reads[$0].map(Self.readEntry) }),
                    "documented": .array(Set(facts.documented.map { Redaction.scrub($0.name) }).sorted().map(JSONValue.string)),
                    "exampleFiles": .array(facts.exampleFiles.sorted().map(JSONValue.string)),
                    "supplied": .object(supplied),
                ]),
            ])
        }
        return .object([
            "environments": .array(environments.map(JSONValue.string)),
            "projects": .array(projects),
        ])
    }

    static func readEntry(_ read: EnvReadFact) -> JSONValue {
        var entry: [String: JSONValue] = [
            "name": .string(Redaction.scrub(read.name)), "required": .bool(read.isRequired), "use": .string(read.use.rawValue),
            "why": .string(read.why), "runtime": .bool(read.isRuntime),
        ]
        if read.isBuildTime { entry["buildTime"] = .bool(true) }
        if read.isBuiltIn { entry["builtIn"] = .bool(true) }
        if let dependency = read.readBy { entry["readBy"] = .string(dependency) }
        return .object(entry)
    }
}
