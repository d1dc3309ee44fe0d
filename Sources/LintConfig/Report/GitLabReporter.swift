/// `--format gitlab`: GitLab's code-quality report (an array of issues: `description`,
/// `check_name`, `fingerprint`, `severity`, `location.path` and `location.lines.begin`), which a
/// merge request shows as a widget when a CI job saves it as `artifacts:reports:codequality`.
/// The fingerprint is the finding's own, so GitLab tracks a defect across commits as a baseline
/// does. Every text was redacted when the finding was made; JSON escapes control characters.
public enum GitLabReporter {
    public static func render(_ result: LintResult, maxOutputBytes: Int = OutputLimit.maxBytes) -> String {
        var issues: [JSONValue] = []
        var budget = maxOutputBytes
        for finding in result.findings {
            let issue = json(finding)
            budget -= issue.rendered().utf8.count
            if budget < 0 { break }
            issues.append(issue)
        }
        return JSONValue.array(issues).rendered()
    }

    static func json(_ finding: Finding) -> JSONValue {
        .object([
            "description": .string("[\(finding.severity.label)] \(finding.title): \(finding.what)"),
            "check_name": .string(finding.ruleID),
            "fingerprint": .string(finding.fingerprint),
            "severity": .string(severity(finding.severity)),
            "location": .object([
                "path": .string(finding.location.path),
                "lines": .object(["begin": .integer(max(1, finding.location.line))]),
            ]),
            "categories": .array([.string("Bug Risk")]),
            "type": .string("issue"),
        ])
    }

    /// GitLab's five levels, ours four: a critical finding breaks a deploy, which GitLab calls a
    /// blocker.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "blocker"
        case .high: "critical"
        case .medium: "major"
        case .low: "minor"
        }
    }
}
