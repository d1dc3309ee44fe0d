/// The one matcher every name-contract rule uses: the producers of a kind of name (queues sent
/// to, channels notified, headers sent, routes served) against its consumers, each name
/// normalised the way the kind is compared at run time, and for every name left unmatched the
/// nearest name on the other side (`NameNearMiss`), so a finding can say "did you mean …".
public struct NameContract: Sendable {
    /// All facts of one spelling of a name on one side.
    public struct Side: Sendable {
        public var name: String
        public var facts: [Fact]

        public var projects: [String] { Array(Set(facts.map(\.project))).sorted() }
    }

    /// A name one side uses and the other side never matches, with the nearest name the other
    /// side does use, if one is a near-miss.
    public struct Unmatched: Sendable {
        public var side: Side
        public var nearest: Side?
    }

    public let kind: FactKind
    public private(set) var unmatchedProducers: [Unmatched] = []
    public private(set) var unmatchedConsumers: [Unmatched] = []
    /// Names both sides use, each with both sides' facts.
    public private(set) var matched: [(producers: Side, consumers: Side)] = []

    public init(kind: FactKind, producers: [Fact], consumers: [Fact]) {
        self.kind = kind
        let produced = Self.sides(producers, kind: kind)
        let consumed = Self.sides(consumers, kind: kind)
        for side in produced {
            let partners = consumed.filter { Self.matches(side.name, $0.name, kind: kind) }
            if partners.isEmpty {
                unmatchedProducers.append(Unmatched(side: side, nearest: Self.nearest(to: side.name, in: consumed)))
            } else {
                for partner in partners { matched.append((side, partner)) }
            }
        }
        for side in consumed where !produced.contains(where: { Self.matches($0.name, side.name, kind: kind) }) {
            unmatchedConsumers.append(Unmatched(side: side, nearest: Self.nearest(to: side.name, in: produced)))
        }
    }

    /// Which side's unmatched names a rule reports first, each with its near miss.
    public enum Leading: Sendable { case producers, consumers }

    /// The leading side's unmatched names, then the other side's, less those a leading name was
    /// paired with as its near miss: a misspelling is one defect, reported once from the side
    /// that made it.
    public func unmatched(leading: Leading) -> (leading: [Unmatched], others: [Unmatched]) {
        let (first, second) = leading == .producers
            ? (unmatchedProducers, unmatchedConsumers) : (unmatchedConsumers, unmatchedProducers)
        let paired = Set(first.compactMap(\.nearest?.name))
        return (first, second.filter { !paired.contains($0.side.name) })
    }

    /// The spelling two sides must agree on: headers are case-insensitive (RFC 9110); queues,
    /// channels and storage keys are compared exactly; routes arrive normalised (`RoutePath`).
    public static func key(_ name: String, kind: FactKind) -> String {
        kind == .httpHeader ? name.lowercased() : name
    }

    /// Whether a produced name and a consumed name are one contract: equal keys, a family
    /// (`jobs/*`) and a member of it, or a route whose method is unknown (`*`) on one side.
    public static func matches(_ produced: String, _ consumed: String, kind: FactKind) -> Bool {
        let a = key(produced, kind: kind)
        let b = key(consumed, kind: kind)
        if a == b { return true }
        if kind == .route { return routesMatch(a, b) }
        return familyMatches(a, b) || familyMatches(b, a)
    }

    /// `jobs/*` covers `jobs/42` and `jobs/*/retry`; a bare `*` covers nothing (no prefix known).
    static func familyMatches(_ family: String, _ name: String) -> Bool {
        guard family.hasSuffix("*"), family.count > 1 else { return false }
        return name.hasPrefix(family.dropLast())
    }

    /// `METHOD /a/{}`: methods equal or one unknown, and each segment equal or a parameter.
    static func routesMatch(_ a: String, _ b: String) -> Bool {
        let partsA = a.split(separator: " ", maxSplits: 1).map(String.init)
        let partsB = b.split(separator: " ", maxSplits: 1).map(String.init)
        guard partsA.count == 2, partsB.count == 2 else { return false }
        guard partsA[0] == partsB[0] || partsA[0] == "*" || partsB[0] == "*" else { return false }
        let segmentsA = partsA[1].split(separator: "/")
        let segmentsB = partsB[1].split(separator: "/")
        guard segmentsA.count == segmentsB.count else { return false }
        return zip(segmentsA, segmentsB).allSatisfy { $0 == $1 || $0 == "{}" || $1 == "{}" }
    }

    static func sides(_ facts: [Fact], kind: FactKind) -> [Side] {
        var byName: [String: [Fact]] = [:]
        for fact in facts { byName[key(fact.name, kind: kind), default: []].append(fact) }
        return byName.keys.sorted().map { Side(name: $0, facts: (byName[$0] ?? []).sorted { $0.location < $1.location }) }
    }

    /// The other side's nearest name, by `NameNearMiss` (token-aware: `gh_apply_job` ~
    /// `gh-apply-job`, `X-Deploy-Token` ~ `X-Deploy-Secret`); for routes, only paths compared.
    static func nearest(to name: String, in others: [Side]) -> Side? {
        let candidates = others.map(\.name)
        guard let best = NameNearMiss.nearest(to: comparable(name), among: candidates.map(comparable)) else { return nil }
        return others.first { comparable($0.name) == best.name }
    }

    /// Routes compare by path (`/` splits words like the other separators).
    static func comparable(_ name: String) -> String {
        ByteSearch.replacing("/", with: ".", in: name)
    }
}
