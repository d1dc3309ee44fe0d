/// One defect a rule found, in the shape of the seed audit's report: where, what, impact, fix.
public struct Finding: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity
    public var title: String
    /// The place a user must look first.
    public var location: Location
    /// Other places that take part in the same defect (the second key of a duplicate, the
    /// secrets file that lacks a name).
    public var related: [RelatedLocation]
    public var what: String
    public var impact: String
    public var fix: String
    /// The names the finding is about; its fingerprint hashes this and nothing else.
    public var subject: FindingSubject
    /// The environments the defect holds in, in the workspace's order; empty for a defect of a
    /// file that no environment owns (a duplicate key, an env example line). One finding per
    /// defect: the same subject found in staging and production is one finding listing both.
    public var environments: [String]

    public init(
        ruleID: String, severity: Severity, title: String, location: Location,
        related: [RelatedLocation] = [], what: String, impact: String, fix: String,
        subject: FindingSubject, environments: [String] = []
    ) {
        self.subject = subject
        self.environments = environments
        // Every reporter prints these words; `Redaction` keeps credential-shaped ones out.
        self.ruleID = ruleID
        self.severity = severity
        self.title = Redaction.scrub(title)
        self.location = location
        self.related = related
        self.what = Redaction.scrub(what)
        self.impact = Redaction.scrub(impact)
        self.fix = Redaction.scrub(fix)
    }

    /// Identifies the defect across line moves, rewording and environments: a hash of the
    /// subject (see `FindingSubject`). Baselines store this.
    public var fingerprint: String { subject.fingerprint }
}

/// A secondary place that belongs to a finding, with a note saying what it is.
public struct RelatedLocation: Hashable, Sendable {
    public var location: Location
    public var note: String

    public init(_ location: Location, note: String) {
        self.location = location
        self.note = Redaction.scrub(note)
    }
}

extension Finding: Comparable {
    /// Most severe first, then by place, so output is stable from run to run.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.title < rhs.title
    }
}
