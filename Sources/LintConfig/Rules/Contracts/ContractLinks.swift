/// Which projects of the workspace talk to each other, and through what: a queue one sends to
/// and the other works, a NOTIFY channel, an HTTP header or route one sends or calls and the
/// other reads or serves (each matched by `NameContract`, as the name rules match them), or a
/// table both read or write. Rules that judge two projects together (`env-name-split`) ask
/// whether a pair is linked, and say by what.
struct ContractLinks {
    /// Unordered project pair (`A\u{1F}B`, A < B) → the first contract found between them.
    private(set) var links: [String: String] = [:]

    init(_ facts: FactSet) {
        let named: [(FactKind, String)] = [(.queue, "queue"), (.notifyChannel, "channel"), (.httpHeader, "header"),
                                           (.route, "route")]
        for (kind, word) in named {
            let ofKind = facts.of(kind).filter { $0.attributes["pubsub"] == nil }
            let contract = NameContract(kind: kind, producers: ofKind.filter { $0.direction == .produces },
                                        consumers: ofKind.filter { $0.direction == .consumes })
            for (producers, consumers) in contract.matched {
                for a in producers.projects {
                    for b in consumers.projects where a != b { add(a, b, "\(word) '\(consumers.name)'") }
                }
            }
        }
        var tables: [String: Set<String>] = [:]
        for fact in facts.facts where (fact.kind == .column || fact.kind == .columnValue)
            && (fact.direction == .writes || fact.direction == .reads) {
            let parts = fact.name.split(separator: ".")
            guard parts.count >= 2 else { continue }
            tables[parts.dropLast().joined(separator: "."), default: []].insert(fact.project)
        }
        for table in tables.keys.sorted() {
            let projects = (tables[table] ?? []).sorted()
            for (i, a) in projects.enumerated() {
                for b in projects[(i + 1)...] { add(a, b, "table '\(table)'") }
            }
        }
    }

    private mutating func add(_ a: String, _ b: String, _ what: String) {
        let key = Self.key(a, b)
        if links[key] == nil { links[key] = what }
    }

    static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{1F}" + b : b + "\u{1F}" + a }

    /// The contract that links two projects (`queue 'gh-apply-job'`), or nil.
    func link(_ a: String, _ b: String) -> String? { links[Self.key(a, b)] }
}
