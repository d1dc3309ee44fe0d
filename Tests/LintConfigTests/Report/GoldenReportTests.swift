import Foundation
import Testing
@testable import LintConfig

/// Every reporter's output on `Examples/` is pinned in a golden file. A change in output must be
/// looked at: regenerate on purpose with `make golden` (LINT_CONFIG_UPDATE_GOLDEN=1), never
/// silently.
@Suite struct GoldenReportTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples")
    static let golden = TestPaths.fixtures.appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["LINT_CONFIG_UPDATE_GOLDEN"] == "1"

    func result(env: String? = nil) throws -> LintResult {
        try Linter.run(DiskWorkspaceFiles(root: Self.examples), options: LintOptions(environment: env))
    }

    func compare(_ output: String, golden name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if Self.updating {
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(name) differs from its golden file; run `make golden` if the change is intended")
    }

    @Test func textReport() throws {
        try compare(TextReporter(useColor: false).render(try result(), failOn: .medium), golden: "examples.txt")
    }

    @Test func textReportForStaging() throws {
        try compare(TextReporter(useColor: false).render(try result(env: "staging"), failOn: .medium), golden: "examples-staging.txt")
    }

    @Test func jsonReport() throws {
        try compare(JSONReporter.render(try result(), failOn: .medium), golden: "examples.json")
    }

    @Test func jsonReportMatchesTheFindingsSchema() throws {
        let json = JSONReporter.render(try result(), failOn: .medium)
        let schemaText = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/findings.schema.json"), encoding: .utf8)
        let schema = try StructureSchema.parse(json: schemaText, path: "Schemas/findings.schema.json")
        let document = try #require(try parseYAML(json, path: "out.json").root)
        #expect(StructureValidator(schema: schema).validate(document).isEmpty)
        let findings = try #require(document["findings"]?.sequence)
        #expect(!findings.isEmpty)
        for finding in findings {
            for key in ["rule", "severity", "title", "location", "related", "what", "impact", "fix", "fingerprint", "subject", "environments"] {
                #expect(finding[key] != nil, "finding lacks \(key)")
            }
        }
    }

    @Test func colorIsOnlyAddedWhenAsked() throws {
        let plain = TextReporter(useColor: false).render(try result(), failOn: .medium)
        let colored = TextReporter(useColor: true).render(try result(), failOn: .medium)
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[1;31m[CRITICAL]\u{1B}[0m"))
    }

    @Test func secretValuesNeverReachAnyOutput() throws {
        // Every value the example secrets files hold, and every clear value that looks secret.
        let secretsDir = Self.examples.appendingPathComponent("ATM/.kamal")
        var values: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: secretsDir.path) where name.hasPrefix("secrets") {
            let text = try String(contentsOf: secretsDir.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if let eq = line.firstIndex(of: "=") { values.append(String(line[line.index(after: eq)...])) }
            }
        }
        #expect(values.count >= 5)
        let outputs = [TextReporter(useColor: false).render(try result(), failOn: .medium), JSONReporter.render(try result(), failOn: .medium)]
        for output in outputs {
            for value in values where value.count > 3 {
                #expect(!output.contains(value), "a secret value reached the output")
            }
        }
    }
}
