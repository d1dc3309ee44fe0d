/// What a finding is about, in names only: the rule, the kind of contract (`env`, `kamal-secret`,
/// `yaml-key`, …), the projects involved and the contract's names (the variable, the pair of
/// names a rename split). Never the wording, the line, or the environments it holds in — so the
/// fingerprint a baseline stores survives line moves, reformatting and rewritten titles, keeps
/// its identity when a defect is fixed in staging but not yet in production, and changes when
/// the names involved change (a rename is a different contract).
public struct FindingSubject: Hashable, Sendable {
    public var rule: String
    public var kind: String
    /// Sorted, so the order a rule happens to list them in does not matter.
    public var projects: [String]
    /// In the rule's order: for a name pair (read, supplied) the order is part of the meaning.
    public var names: [String]

    public init(rule: String, kind: String, projects: [String], names: [String]) {
        self.rule = rule
        self.kind = kind
        self.projects = projects.sorted()
        // Printed by the JSON reporter: a value that landed where a name goes is redacted.
        self.names = names.map(Redaction.scrub)
    }

    /// 16 hex digits of a stable hash of the subject. Fields are joined with separators that
    /// cannot occur in names, so `["a b"]` and `["a", "b"]` never collide by construction.
    public var fingerprint: String {
        let fields = [rule, kind, projects.joined(separator: "\u{1E}"), names.joined(separator: "\u{1E}")]
        return StableHash.hex(of: fields.joined(separator: "\u{1F}"))
    }
}
