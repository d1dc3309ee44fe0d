/// `--format json`: one object, `{"findings": [...], "summary": {...}}`, in the shape of
/// `Schemas/findings.schema.json`, keys sorted so the output is stable byte for byte.
public enum JSONReporter {
    public static func render(_ result: LintResult, failOn: Severity) -> String {
        let findings = result.findings.map { finding -> JSONValue in
            .object([
                "rule": .string(finding.ruleID),
                "severity": .string(finding.severity.rawValue),
                "title": .string(finding.title),
                "location": location(finding.location),
                "related": .array(finding.related.map { related in
                    var object = locationMembers(related.location)
                    object["note"] = .string(related.note)
                    return .object(object)
                }),
                "what": .string(finding.what),
                "impact": .string(finding.impact),
                "fix": .string(finding.fix),
                "fingerprint": .string(finding.fingerprint),
                "subject": subject(finding.subject),
                "environments": .array(finding.environments.map(JSONValue.string)),
            ])
        }
        var bySeverity: [String: JSONValue] = [:]
        for severity in Severity.allCases {
            bySeverity[severity.rawValue] = .integer(result.findings.filter { $0.severity == severity }.count)
        }
        let summary: JSONValue = .object([
            "total": .integer(result.findings.count),
            "bySeverity": .object(bySeverity),
            "failOn": .string(failOn.rawValue),
            "failing": .integer(result.findings.filter { $0.severity >= failOn }.count),
            "checked": .array(result.checked.map(JSONValue.string)),
        ])
        return JSONValue.object(["findings": .array(findings), "summary": summary]).rendered()
    }

    static func subject(_ subject: FindingSubject) -> JSONValue {
        .object([
            "rule": .string(subject.rule),
            "kind": .string(subject.kind),
            "projects": .array(subject.projects.map(JSONValue.string)),
            "names": .array(subject.names.map(JSONValue.string)),
        ])
    }

    static func locationMembers(_ location: Location) -> [String: JSONValue] {
        ["path": .string(location.path), "line": .integer(location.line), "column": .integer(location.column)]
    }

    static func location(_ location: Location) -> JSONValue { .object(locationMembers(location)) }
}
