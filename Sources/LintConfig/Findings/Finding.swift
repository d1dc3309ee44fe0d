/// One defect a rule found, in the shape of the seed audit's report: where, what, impact, fix.
///
/// The words (title, what, impact, fix) are kept as the rule wrote them and redacted when read:
/// every reporter reads them through these properties, so nothing unredacted is printed, and
/// only the findings a report shows pay for redaction — a run of 380,000 findings that the
/// bounds cut to a few hundred redacts a few hundred (issue 8, item 7).
public struct Finding: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity
    public var title: String {
        get { Redaction.scrub(rawTitle) }
        set { rawTitle = newValue }
    }
    /// The place a user must look first.
    public var location: Location
    /// Other places that take part in the same defect (the second key of a duplicate, the
    /// secrets file that lacks a name).
    public var related: [RelatedLocation]
    public var what: String {
        get { Redaction.scrub(rawWhat) }
        set { rawWhat = newValue }
    }
    public var impact: String {
        get { Redaction.scrub(rawImpact) }
        set { rawImpact = newValue }
    }
    public var fix: String {
        get { Redaction.scrub(rawFix) }
        set { rawFix = newValue }
    }
    /// The names the finding is about; its fingerprint hashes this and nothing else.
    public var subject: FindingSubject
    /// The environments the defect holds in, in the workspace's order; empty for a defect of a
    /// file that no environment owns (a duplicate key, an env example line). One finding per
    /// defect: the same subject found in staging and production is one finding listing both.
    public var environments: [String]
    /// The words as written, unredacted: for merging and ordering, never for printing.
    var rawTitle: String
    var rawWhat: String
    var rawImpact: String
    var rawFix: String

    public init(
        ruleID: String, severity: Severity, title: String, location: Location,
        related: [RelatedLocation] = [], what: String, impact: String, fix: String,
        subject: FindingSubject, environments: [String] = []
    ) {
        self.subject = subject
        self.environments = environments
        self.ruleID = ruleID
        self.severity = severity
        self.rawTitle = title
        self.location = location
        self.related = related
        self.rawWhat = what
        self.rawImpact = impact
        self.rawFix = fix
    }

    /// Identifies the defect across line moves, rewording and environments: a hash of the
    /// subject (see `FindingSubject`). Baselines store this.
    public var fingerprint: String { subject.fingerprint }
}

/// A secondary place that belongs to a finding, with a note saying what it is.
/// Its note is redacted when read, as a finding's words are.
public struct RelatedLocation: Hashable, Sendable {
    public var location: Location
    public var note: String {
        get { Redaction.scrub(rawNote) }
        set { rawNote = newValue }
    }
    var rawNote: String

    public init(_ location: Location, note: String) {
        self.location = location
        self.rawNote = note
    }
}

extension Finding: Comparable {
    /// Most severe first, then by place, so output is stable from run to run.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.rawTitle < rhs.rawTitle
    }
}
