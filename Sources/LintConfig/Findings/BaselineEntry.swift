/// An accepted finding as a baseline stores it: the fingerprint that identifies it, and the rule
/// and title a reviewer reads in the diff (the title is informative only; matching uses the
/// fingerprint, so rewording a rule's titles does not invalidate a baseline).
public struct BaselineEntry: Hashable, Sendable, Comparable {
    public var fingerprint: String
    public var rule: String
    public var title: String

    public init(fingerprint: String, rule: String, title: String) {
        self.fingerprint = fingerprint
        self.rule = rule
        self.title = title
    }

    public init(_ finding: Finding) {
        self.init(fingerprint: finding.fingerprint, rule: finding.ruleID, title: finding.title)
    }

    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.rule, lhs.fingerprint) < (rhs.rule, rhs.fingerprint)
    }
}

/// What `check --baseline` did with a run's findings: how many the baseline accepted (they are
/// left out of `findings`), and which accepted entries no longer occur — the baseline can shrink
/// by those (`baseline write --prune`).
public struct BaselineOutcome: Sendable {
    public struct Gone: Hashable, Sendable {
        public var environment: String
        public var entry: BaselineEntry

        public init(environment: String, entry: BaselineEntry) {
            self.environment = environment
            self.entry = entry
        }
    }

    public var accepted: Int
    public var gone: [Gone]

    public init(accepted: Int, gone: [Gone]) {
        self.accepted = accepted
        self.gone = gone
    }
}
