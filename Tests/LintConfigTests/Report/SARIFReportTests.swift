import Foundation
import Testing
@testable import LintConfig

/// `--format sarif` against the official SARIF 2.1.0 schema (Fixtures/SARIF), and what code
/// scanning reads from it: rules with help, levels, locations, related locations, fingerprints.
@Suite struct SARIFReportTests {
    static let schema = TestPaths.fixtures.appendingPathComponent("SARIF/sarif-schema-2.1.0.json")

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaJSON: String(contentsOf: Self.schema, encoding: .utf8))
    }

    func examples() throws -> (document: JSONValue, result: LintResult) {
        let result = try Linter.run(DiskWorkspaceFiles(root: GoldenReportTests.examples))
        let text = SARIFReporter.render(result, rules: ReportFormat.ruleInfo)
        return (try JSONValue.parse(text, path: "out.sarif"), result)
    }

    @Test func examplesAreValidSARIF210() throws {
        let (document, result) = try examples()
        #expect(!result.findings.isEmpty)
        #expect(try validator().validate(document) == [])
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let (document, _) = try examples()
        guard case .object(var log) = document, case .array(var runs)? = log["runs"], case .object(var run) = runs[0],
              case .array(var results)? = run["results"], case .object(var first) = results[0] else {
            Issue.record("unexpected SARIF shape")
            return
        }
        first["level"] = .string("fatal")
        first["message"] = nil
        results[0] = .object(first)
        run["results"] = .array(results)
        runs[0] = .object(run)
        log["runs"] = .array(runs)
        log["version"] = .string("2.0.0")
        let errors = try validator().validate(.object(log))
        #expect(errors.contains { $0.hasPrefix("/version") })
        #expect(errors.contains { $0.contains("/runs/0/results/0") })
    }

    @Test func resultsCarryRuleLevelLocationsAndFingerprints() throws {
        let (document, result) = try examples()
        let run = try #require(document.member("runs")?.items?.first)
        let rules = try #require(run.member("tool")?.member("driver")?.member("rules")?.items)
        #expect(rules.count >= RuleCatalogue.all.count)
        for rule in rules {
            #expect(rule.member("help")?.member("text")?.text?.isEmpty == false)
            #expect(rule.member("helpUri")?.text?.hasPrefix("https://") == true)
        }
        let results = try #require(run.member("results")?.items)
        #expect(results.count == result.findings.count)
        for (sarif, finding) in zip(results, result.findings) {
            #expect(sarif.member("ruleId")?.text == finding.ruleID)
            let index = try #require(sarif.member("ruleIndex")?.number)
            #expect(rules[index].member("id")?.text == finding.ruleID)
            #expect(sarif.member("level")?.text == SARIFReporter.level(finding.severity))
            #expect(sarif.member("partialFingerprints")?.member(SARIFReporter.fingerprintKey)?.text == finding.fingerprint)
            let region = sarif.member("locations")?.items?.first?.member("physicalLocation")?.member("region")
            #expect(region?.member("startLine")?.number == finding.location.line)
            #expect(sarif.member("relatedLocations")?.items?.count ?? 0 == finding.related.count)
        }
        #expect(results.contains { ($0.member("relatedLocations")?.items?.count ?? 0) > 0 })
    }

    @Test func pathsArePercentEncodedURIReferences() {
        let location = SARIFReporter.physical(Location(path: "apps/my app/100%#1.ts", line: 0, column: 0))
        #expect(location.member("artifactLocation")?.member("uri")?.text == "apps/my%20app/100%25%231.ts")
        #expect(location.member("region")?.member("startLine")?.number == 1, "SARIF lines start at 1")
    }
}

extension JSONValue {
    var number: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }
}
