/// What a run produced. Input errors mean the model was incomplete: the CLI exits 2 then.
public struct LintResult: Sendable {
    /// The findings shown, within the run's `FindingBounds`.
    public var findings: [Finding]
    public var errors: [InputError]
    /// `project (environment)` for every deployed project and environment checked.
    public var checked: [String]
    /// What was deliberately not read (links out of the workspace, generated files over the
    /// size limit), once each; printed, but never a reason to fail.
    public var notes: [InputNote] = []
    /// Findings past the bounds: counted (and failing the run), not shown.
    public var omitted: [OmittedFindings] = []
    /// The bounds that produced `omitted`, for the lines that explain it.
    public var bounds: FindingBounds = .default
    /// Set by `check --baseline`: `findings` then holds only the findings the baseline lacks.
    public var baseline: BaselineOutcome? = nil
    /// How many projects discovery found when the workspace has no `lint-config.yml` (nil when it
    /// has one): the CLI suggests `lint-config init` to pin them.
    public var discoveredProjects: Int? = nil

    /// Findings of a severity, shown or not.
    public func count(_ severity: Severity) -> Int {
        findings.filter { $0.severity == severity }.count + omitted.reduce(0) { $0 + $1.bySeverity[severity, default: 0] }
    }

    /// Every finding, shown or not.
    public var total: Int { findings.count + omitted.reduce(0) { $0 + $1.count } }

    /// Findings at or above a severity, shown or not.
    public func failing(_ failOn: Severity) -> Int {
        Severity.allCases.filter { $0 >= failOn }.reduce(0) { $0 + count($1) }
    }

    /// The process exit status: 2 when input could not be read (the result is incomplete),
    /// 1 when a finding is at or above `failOn`, 0 otherwise.
    public func exitCode(failOn: Severity) -> Int32 {
        if !errors.isEmpty { return 2 }
        return failing(failOn) > 0 ? 1 : 0
    }
}
