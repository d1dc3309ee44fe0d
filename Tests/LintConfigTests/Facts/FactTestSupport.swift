@testable import LintConfig

/// Facts of marked TypeScript files (one project), for extractor tests: markers (1️⃣ 2️⃣ …) stand
/// where a fact's location must land. The first file is `m.ts`; others are given by path.
struct MarkedScript {
    let marked: [String: MarkedText]

    init(_ text: String, others: [String: String] = [:]) {
        var marked = ["m.ts": MarkedText(text, path: "m.ts")]
        for (path, other) in others { marked[path] = MarkedText(other, path: path) }
        self.marked = marked
    }

    subscript(_ marker: Int) -> Location {
        marked.values.compactMap { $0.markers[marker] }.first!
    }

    func facts(_ kind: FactKind? = nil, external: [String: JSValue] = [:]) -> [Fact] {
        let files = marked.keys.sorted().map { path in
            JSFactScan.scan(FactsBuilder.lex(marked[path]!.text, path: path).0)
        }
        return JSFactScan.facts(files, project: "P", external: external).filter { kind == nil || $0.kind == kind }.sorted { $0.location < $1.location }
    }
}

/// `name direction` pairs of facts, for compact expectations.
func summary(_ facts: [Fact]) -> [String] {
    facts.map { "\($0.name) \($0.direction.rawValue)" }
}
