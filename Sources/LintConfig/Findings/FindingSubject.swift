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
    /// Redacted when read (the JSON reporter prints them, and a value may have landed where a
    /// name goes), like a finding's words: only what is printed or fingerprinted pays for it.
    public var names: [String] {
        get { rawNames.map(Redaction.scrub) }
        set { rawNames = newValue }
    }
    /// As the rule gave them. Equal raw names mean equal redacted names, so subjects compare
    /// and hash on these (merging groups findings by subject without redacting them).
    var rawNames: [String]

    public init(rule: String, kind: String, projects: [String], names: [String]) {
        self.rule = rule
        self.kind = kind
        self.projects = projects.sorted()
        self.rawNames = names
    }

    /// 16 hex digits of a stable hash of the subject. Fields are joined with separators that
    /// cannot occur in names, so `["a b"]` and `["a", "b"]` never collide by construction. The
    /// names are hashed redacted, as they always were, so baselines keep their fingerprints.
    public var fingerprint: String {
        let fields = [rule, kind, projects.joined(separator: "\u{1E}"), names.joined(separator: "\u{1E}")]
        return StableHash.hex(of: fields.joined(separator: "\u{1F}"))
    }
}
