/// The `facts` list of a project in the manifest: each fact once per identity (kind, name,
/// direction, value, attributes, evidence, environment), sorted, without line numbers unless
/// asked for — then each entry lists every `path:line:col` that states it.
public enum ManifestFacts {
    public static func json(_ facts: [Fact], locations: Bool) -> JSONValue {
        .array(FactSet.canonical(facts).map { group in
            let fact = group.identity
            var entry: [String: JSONValue] = [
                "kind": .string(fact.kind.rawValue),
                "name": .string(fact.name),
                "direction": .string(fact.direction.rawValue),
                "evidence": .string(fact.evidence),
            ]
            if let value = fact.value { entry["value"] = .string(value) }  // redacted by `Fact` when secret
            if let environment = fact.environment { entry["environment"] = .string(environment) }
            if !fact.attributes.isEmpty { entry["attributes"] = .object(fact.attributes.mapValues(JSONValue.string)) }
            if locations { entry["locations"] = .array(group.locations.map { .string($0.description) }) }
            return .object(entry)
        })
    }
}
