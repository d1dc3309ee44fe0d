import Testing
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
        let sources = marked.keys.sorted().map { path in FactsBuilder.lex(marked[path]!.text, path: path).0 }
        let found = JSFactScan.facts(sources.map { JSFactScan.scan($0) }, project: "P", external: external)
        // Every fact test also holds the scan's trigger-word filter to the unfiltered scan: a name an
        // extractor starts a fact at but its `triggerWords` lacks would be missed only in the filter.
        let unfiltered = sources.map { JSFactScan.scan($0, extractors: JSFactScan.extractors) }
        #expect(found == JSFactScan.facts(unfiltered, project: "P", external: external),
                "the trigger-word filter of JSFactScan.scan drops a fact the extractors find")
        return found.filter { kind == nil || $0.kind == kind }.sorted { $0.location < $1.location }
    }
}

/// `name direction` pairs of facts, for compact expectations.
func summary(_ facts: [Fact]) -> [String] {
    facts.map { "\($0.name) \($0.direction.rawValue)" }
}
