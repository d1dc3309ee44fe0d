/// What a run produced. Input errors mean the model was incomplete: the CLI exits 2 then.
public struct LintResult: Sendable {
    public var findings: [Finding]
    public var errors: [InputError]
    /// `project (environment)` for every deployed project and environment checked.
    public var checked: [String]

    /// The process exit status: 2 when input could not be read (the result is incomplete),
    /// 1 when a finding is at or above `failOn`, 0 otherwise.
    public func exitCode(failOn: Severity) -> Int32 {
        if !errors.isEmpty { return 2 }
        return findings.contains { $0.severity >= failOn } ? 1 : 0
    }
}
