import Foundation

/// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and most security dashboards)
/// ingests. One run; `tool.driver.rules` describes every rule of the catalogue (summary,
/// rationale, how to see its examples, a documentation link), so a result's `ruleIndex` points
/// at its rule; a result carries the finding's primary location, its related locations, and
/// `partialFingerprints` from the finding's own fingerprint — code scanning then recognises the
/// same defect across commits and line moves, as a baseline does. Texts were redacted when the
/// finding was made; JSON escapes control characters.
public enum SARIFReporter {
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key code scanning matches fingerprints under: the tool's own, versioned.
    public static let fingerprintKey = "lintConfigFingerprint/v1"

    /// What a rule says about itself, passed in: the reporter knows the catalogue only as text.
    public struct RuleInfo: Sendable {
        public var id: String
        public var severity: Severity
        public var summary: String
        public var rationale: String

        public init(id: String, severity: Severity, summary: String, rationale: String) {
            self.id = id
            self.severity = severity
            self.summary = summary
            self.rationale = rationale
        }
    }

    public static func render(
        _ result: LintResult, rules: [RuleInfo], maxOutputBytes: Int = OutputLimit.maxBytes
    ) -> String {
        var catalogue = rules
        // A finding of a rule the caller did not describe (a test rule) still gets an entry.
        for id in Set(result.findings.map(\.ruleID)) where !catalogue.contains(where: { $0.id == id }) {
            catalogue.append(RuleInfo(id: id, severity: .medium, summary: id, rationale: ""))
        }
        let index = Dictionary(catalogue.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [JSONValue] = []
        var budget = maxOutputBytes
        for finding in result.findings {
            let value = json(finding, ruleIndex: index[finding.ruleID] ?? 0)
            budget -= value.rendered().utf8.count
            if budget < 0 { break }
            results.append(value)
        }
        let driver: JSONValue = .object([
            "name": .string("lint-config"),
            "version": .string(ToolVersion.current),
            "semanticVersion": .string(ToolVersion.current),
            "informationUri": .string(ToolVersion.informationURI),
            "rules": .array(catalogue.map(rule)),
        ])
        var run: [String: JSONValue] = ["tool": .object(["driver": driver]), "results": .array(results)]
        if result.total > results.count {
            run["properties"] = .object(["notShown": .integer(result.total - results.count)])
        }
        return JSONValue.object([
            "$schema": .string(schemaURI),
            "version": .string("2.1.0"),
            "runs": .array([.object(run)]),
        ]).rendered()
    }

    static func rule(_ info: RuleInfo) -> JSONValue {
        let help = "\(info.summary)\n\nWhy: \(info.rationale)\n\n"
            + "`lint-config explain \(info.id)` shows examples that trigger it "
            + "and examples that do not."
        return .object([
            "id": .string(info.id),
            "name": .string(info.id),
            "shortDescription": .object(["text": .string(info.summary)]),
            "fullDescription": .object(["text": .string(info.rationale.isEmpty ? info.summary : info.rationale)]),
            "help": .object(["text": .string(help), "markdown": .string(help)]),
            "helpUri": .string(ToolVersion.informationURI + "#rule-" + info.id),
            "defaultConfiguration": .object(["level": .string(level(info.severity))]),
            "properties": .object(["severity": .string(info.severity.rawValue), "tags": .array([.string("contract")])]),
        ])
    }

    static func json(_ finding: Finding, ruleIndex: Int) -> JSONValue {
        let message = "\(finding.title). \(finding.what) Fix: \(finding.fix)"
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "ruleIndex": .integer(ruleIndex),
            "level": .string(level(finding.severity)),
            "message": .object(["text": .string(message)]),
            "locations": .array([.object(["physicalLocation": physical(finding.location)])]),
            "partialFingerprints": .object([fingerprintKey: .string(finding.fingerprint)]),
            "properties": .object([
                "severity": .string(finding.severity.rawValue),
                "title": .string(finding.title),
                "impact": .string(finding.impact),
                "environments": .array(finding.environments.map(JSONValue.string)),
            ]),
        ]
        if !finding.related.isEmpty {
            result["relatedLocations"] = .array(finding.related.enumerated().map { index, related in
                .object([
                    "id": .integer(index + 1),
                    "physicalLocation": physical(related.location),
                    "message": .object(["text": .string(related.note)]),
                ])
            })
        }
        return .object(result)
    }

    /// A workspace-relative path as a relative URI reference (spaces, `%`, `#`, non-ASCII
    /// percent-encoded), resolved by code scanning against the checkout.
    static func physical(_ location: Location) -> JSONValue {
        let uri = location.path.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? location.path
        return .object([
            "artifactLocation": .object(["uri": .string(uri), "uriBaseId": .string("%SRCROOT%")]),
            "region": .object([
                "startLine": .integer(max(1, location.line)),
                "startColumn": .integer(max(1, location.column)),
            ]),
        ])
    }

    static let uriPathAllowed: CharacterSet = {
        var set = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        set.insert(charactersIn: "-._~/!$&'()*+,;=:@")
        return set
    }()

    /// SARIF's levels: critical and high are errors, medium warnings, low notes.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }
}
