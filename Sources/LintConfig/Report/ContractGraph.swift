/// The workspace as a picture: projects as nodes, the contracts between them as edges — names
/// one project produces and another consumes (queues, NOTIFY channels, headers, routes, storage
/// keys), tables two projects both use, secrets two projects are both given, and the deploys one
/// project's config makes of another — plus, drawn red, every finding about two projects (a
/// queue sent under one name and worked under another has no healthy edge to colour: the broken
/// contract is its own edge). Built from facts and findings only.
public struct ContractGraph: Sendable, Equatable {
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var label: String
        /// Producer → consumer; false for a relation without a side (a shared table or secret).
        public var directed: Bool
        public var broken: Bool
    }

    public var projects: [String]
    public var edges: [Edge]

    /// Kinds whose facts are produced by one side and consumed by the other.
    static let nameKinds: [FactKind] = [.queue, .notifyChannel, .httpHeader, .route, .storageKey]
    /// The most names an aggregated edge lists before counting the rest.
    static let namesPerEdge = 4

    public static func of(_ model: WorkspaceModel, findings: [Finding]) -> ContractGraph {
        let projects = model.config.projects.map(\.name)
        var healthy: [EdgeKey: Set<String>] = [:]
        for kind in nameKinds {
            var producers: [String: Set<String>] = [:]
            var consumers: [String: Set<String>] = [:]
            for fact in model.context.facts.of(kind) {
                let name = kind == .httpHeader ? fact.name.lowercased() : fact.name
                if fact.direction == .produces { producers[name, default: []].insert(fact.project) }
                if fact.direction == .consumes { consumers[name, default: []].insert(fact.project) }
            }
            for (name, from) in producers {
                for source in from {
                    for target in consumers[name] ?? [] where target != source {
                        healthy[EdgeKey(from: source, to: target, kind: kind.rawValue, directed: true), default: []]
                            .insert(name)
                    }
                }
            }
        }
        var tables: [String: Set<String>] = [:]
        for fact in model.context.facts.of(.column) + model.context.facts.of(.columnValue) {
            let parts = fact.name.split(separator: ".")
            guard parts.count >= 2 else { continue }
            let table = parts.dropLast().filter { $0 != "public" }.joined(separator: ".")
            tables[table, default: []].insert(fact.project)
        }
        shared(tables, kind: "table", into: &healthy)
        var secrets: [String: Set<String>] = [:]
        for facts in model.envFacts {
            for supply in facts.environments where model.environments.contains(supply.environment) {
                for fact in supply.supplies where fact.isSecret {
                    secrets[fact.name, default: []].insert(facts.project.name)
                }
            }
        }
        shared(secrets, kind: "secret", into: &healthy)
        for project in model.config.projects {
            for environment in model.environments {
                guard case .kamal(let target)? = project.deploy[environment],
                      let owner = model.config.projects.first(where: { owns($0, path: target.config) }),
                      owner.name != project.name
                else { continue }
                healthy[EdgeKey(from: owner.name, to: project.name, kind: "deploys", directed: true), default: []]
                    .insert(environment)
            }
        }
        var edges = healthy.keys.sorted().map { key in
            Edge(from: key.from, to: key.to, label: label(key.kind, healthy[key] ?? []), directed: key.directed,
                 broken: false)
        }
        var seen = Set<Edge>()
        for finding in findings {
            let involved = projects.filter(finding.subject.projects.contains)
            guard involved.count >= 2 else { continue }
            let names = finding.subject.names.map { $0.hasPrefix("public.") ? String($0.dropFirst(7)) : $0 }
            let edge = Edge(from: involved[0], to: involved[1],
                            label: "\(finding.ruleID): \(names.joined(separator: " / "))",
                            directed: false, broken: true)
            if seen.insert(edge).inserted { edges.append(edge) }
        }
        return ContractGraph(projects: projects, edges: edges)
    }

    /// One undirected edge per pair of projects sharing a name, listing the names they share.
    private static func shared(_ users: [String: Set<String>], kind: String, into edges: inout [EdgeKey: Set<String>]) {
        for (name, projects) in users where projects.count >= 2 {
            let sorted = projects.sorted()
            for (index, first) in sorted.enumerated() {
                for second in sorted[(index + 1)...] {
                    edges[EdgeKey(from: first, to: second, kind: kind, directed: false), default: []].insert(name)
                }
            }
        }
    }

    private static func owns(_ project: ProjectConfig, path: String) -> Bool {
        project.root.isEmpty || path.hasPrefix(project.root + "/")
    }

    private static func label(_ kind: String, _ names: Set<String>) -> String {
        // Names come from the workspace; a value where a name goes is redacted as in every report.
        let sorted = names.map(Redaction.scrub).sorted()
        var shown = sorted.prefix(namesPerEdge).joined(separator: ", ")
        if sorted.count > namesPerEdge { shown += " +\(sorted.count - namesPerEdge) more" }
        return "\(kind): \(shown)"
    }

    private struct EdgeKey: Hashable, Comparable {
        var from: String
        var to: String
        var kind: String
        var directed: Bool

        static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
            (lhs.from, lhs.to, lhs.kind) < (rhs.from, rhs.to, rhs.kind)
        }
    }
}
