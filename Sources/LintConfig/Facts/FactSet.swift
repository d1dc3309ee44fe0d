/// All facts of a workspace, with the lookups rules make: by kind and direction, by project.
public struct FactSet: Sendable {
    public private(set) var facts: [Fact]

    public init(_ facts: [Fact] = []) {
        let keyed = facts.map { (key: $0.identity.sortKey, fact: $0) }
        self.facts = keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key { return lhs.key.lexicographicallyPrecedes(rhs.key) }
            return lhs.fact.location < rhs.fact.location
        }.map(\.fact)
    }

    public func of(_ kind: FactKind, _ direction: FactDirection? = nil) -> [Fact] {
        facts.filter { $0.kind == kind && (direction == nil || $0.direction == direction) }
    }

    public func of(project: String) -> [Fact] { facts.filter { $0.project == project } }

    /// Facts that say the same thing grouped, each group with every place that says it.
    public static func canonical(_ facts: [Fact]) -> [(identity: FactIdentity, locations: [Location])] {
        var groups: [FactIdentity: [Location]] = [:]
        for fact in facts { groups[fact.identity, default: []].append(fact.location) }
        return groups.keys.sorted().map { ($0, Array(Set(groups[$0] ?? [])).sorted()) }
    }
}
