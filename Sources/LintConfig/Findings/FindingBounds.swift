/// Bounds on how many findings a run reports, so that one hostile or generated file cannot turn
/// a run into hundreds of megabytes of output (an 8 MB `.ts` of 380,000 distinct env reads once
/// printed 596 MB). Past a bound, findings are counted, not shown: each capped group becomes one
/// summary line, and the exit status and severity counts still see every finding. The numbers
/// are in the README ("Limits").
public struct FindingBounds: Sendable, Hashable {
    /// Findings of one rule in one file.
    public var perRuleAndFile: Int
    /// Findings of one rule in the whole run.
    public var perRule: Int

    public init(perRuleAndFile: Int, perRule: Int) {
        self.perRuleAndFile = perRuleAndFile
        self.perRule = perRule
    }

    public static let `default` = FindingBounds(perRuleAndFile: 50, perRule: 500)
    public static let unbounded = FindingBounds(perRuleAndFile: .max, perRule: .max)

    /// Keeps findings in their order until a bound is reached; the rest are counted per rule
    /// and file (or per rule, when the run-wide bound stopped them).
    public func apply(_ findings: [Finding]) -> (shown: [Finding], omitted: [OmittedFindings]) {
        var shown: [Finding] = []
        var perFile: [String: Int] = [:]
        var perRuleCount: [String: Int] = [:]
        var omitted: [OmittedFindings.Group: [Severity: Int]] = [:]
        for finding in findings {
            let fileKey = finding.ruleID + "\u{1F}" + finding.location.path
            let inRule = perRuleCount[finding.ruleID, default: 0]
            let inFile = perFile[fileKey, default: 0]
            if inFile >= perRuleAndFile {
                omitted[.init(ruleID: finding.ruleID, path: finding.location.path), default: [:]][finding.severity, default: 0] += 1
            } else if inRule >= perRule {
                omitted[.init(ruleID: finding.ruleID, path: nil), default: [:]][finding.severity, default: 0] += 1
            } else {
                shown.append(finding)
                perRuleCount[finding.ruleID] = inRule + 1
                perFile[fileKey] = inFile + 1
            }
        }
        let groups = omitted.map { OmittedFindings(group: $0.key, bySeverity: $0.value) }
        return (shown, groups.sorted { ($0.group.ruleID, $0.group.path ?? "") < ($1.group.ruleID, $1.group.path ?? "") })
    }
}

/// Findings counted but not shown: every finding of one rule past a bound, in one file or (when
/// `path` is nil) across the run.
public struct OmittedFindings: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        public var ruleID: String
        public var path: String?
    }

    public var group: Group
    public var bySeverity: [Severity: Int]

    public var count: Int { bySeverity.values.reduce(0, +) }

    /// The one line that stands for the group in a report.
    public func summary(_ bounds: FindingBounds) -> String {
        let more = "\(count) more \(group.ruleID) finding\(count == 1 ? "" : "s")"
        if let path = group.path {
            return "\(more) in \(path) not shown (at most \(bounds.perRuleAndFile) per rule and file)"
        }
        return "\(more) not shown (at most \(bounds.perRule) per rule)"
    }
}
