/// `--format json`: one object, `{"findings": [...], "summary": {...}}`, in the shape of
/// `Schemas/findings.schema.json`, keys sorted so the output is stable byte for byte.
public enum JSONReporter {
    public static func render(_ result: LintResult, failOn: Severity, maxOutputBytes: Int = OutputLimit.maxBytes) -> String {
        var findings: [JSONValue] = []
        var budget = maxOutputBytes
        for finding in result.findings {
            let value = json(finding)
            // Rendered alone to be measured: the report stays within the limit, whatever a
            // finding holds (control characters grow sixfold when escaped).
            budget -= value.rendered().utf8.count
            if budget < 0 { break }
            findings.append(value)
        }
        var bySeverity: [String: JSONValue] = [:]
        for severity in Severity.allCases {
            bySeverity[severity.rawValue] = .integer(result.count(severity))
        }
        var summary: [String: JSONValue] = [
            "total": .integer(result.total),
            "bySeverity": .object(bySeverity),
            "failOn": .string(failOn.rawValue),
            "failing": .integer(result.failing(failOn)),
            "checked": .array(result.checked.map(JSONValue.string)),
        ]
        if result.total > findings.count { summary["notShown"] = .integer(result.total - findings.count) }
        if let baseline = result.baseline {
            summary["baseline"] = .object([
                "accepted": .integer(baseline.accepted),
                "gone": .array(baseline.gone.map { gone in
                    .object([
                        "environment": .string(gone.environment), "fingerprint": .string(gone.entry.fingerprint),
                        "rule": .string(gone.entry.rule), "title": .string(gone.entry.title),
                    ])
                }),
            ])
        }
        var members: [String: JSONValue] = ["findings": .array(findings), "summary": .object(summary)]
        if !result.omitted.isEmpty {
            members["omitted"] = .array(result.omitted.map { group in
                var object: [String: JSONValue] = [
                    "rule": .string(group.group.ruleID), "count": .integer(group.count),
                    "message": .string(group.summary(result.bounds)),
                ]
                if let path = group.group.path { object["path"] = .string(path) }
                return .object(object)
            })
        }
        if !result.notes.isEmpty {
            members["notes"] = .array(result.notes.map { note in
                var object = locationMembers(note.location)
                object["message"] = .string(note.message)
                return .object(object)
            })
        }
        return JSONValue.object(members).rendered()
    }

    static func json(_ finding: Finding) -> JSONValue {
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
