import Foundation
import Testing
@testable import LintConfig

/// Issue 8's output reproducers: control characters from input reaching the terminal (item 14)
/// and one generated file amplifying into hundreds of megabytes of report (item 7).
@Suite struct HostileOutputTests {
    // Item 14: a file named `evil\n### [CRITICAL] injected.ts` forged a finding.
    @Test func aFileNameCannotForgeAFinding() throws {
        let evil = "WEB/src/evil\n### [CRITICAL] injected.ts"
        let result = try lint(["WEB/package.json": "{}\n", "WEB/.env.example": "DOCUMENTED=1\n",
                               evil: "export const k = process.env.UNDOCUMENTED_KEY\n"])
        #expect(result.findings.contains { $0.location.path == evil })
        let text = TextReporter(useColor: false).render(result, failOn: .medium)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("### [CRITICAL] injected") })
        #expect(text.contains("WEB/src/evil\\n### [CRITICAL] injected.ts:1:"))
    }

    // Item 14: ESC bytes from `process.env["\x1b[2J"]` reached the terminal.
    @Test func escapeSequencesFromInputAreShownNotSent() throws {
        let result = try lint(["WEB/package.json": "{}\n", "WEB/.env.example": "DOCUMENTED=1\n",
                               "WEB/src/a.ts": "export const k = process.env[\"\\x1b[2J\\u202e\"]\n"])
        let text = TextReporter(useColor: false).render(result, failOn: .medium)
        #expect(result.findings.contains { $0.title.contains("\u{1B}[2J") })
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains("\\x1B[2J\\u{202E}"))
    }

    @Test func terminalEscapingCoversControlBidiAndLineBreaks() {
        #expect(TerminalText.escape("plain café ✓") == "plain café ✓")
        #expect(TerminalText.escape("a\nb\r\tc") == "a\\nb\\r\\tc")
        #expect(TerminalText.escape("\u{1B}]0;title\u{07}") == "\\x1B]0;title\\x07")
        #expect(TerminalText.escape("\u{0}\u{7F}\u{9B}") == "\\x00\\x7F\\u{9B}")
        #expect(TerminalText.escape("a\u{202E}b\u{2066}c\u{2028}") == "a\\u{202E}b\\u{2066}c\\u{2028}")
    }

    // Item 7: an 8 MB `.ts` of 380,000 distinct reads printed 596 MB. The same shape, smaller.
    static func manyReads(_ count: Int) throws -> LintResult {
        let reads = (0..<count).map { "process.env.GENERATED_KEY_\($0)" }.joined(separator: ";\n")
        return try lint(["WEB/package.json": "{}\n", "WEB/.env.example": "DOCUMENTED=1\n", "WEB/src/many.ts": reads + "\n"])
    }

    @Test func findingsPerRuleAndFileAreBoundedThenSummarised() throws {
        let result = try Self.manyReads(2_000)
        let shown = result.findings.filter { $0.ruleID == "env-example-missing" }
        #expect(shown.count == FindingBounds.default.perRuleAndFile)
        let omitted = try #require(result.omitted.first { $0.group.ruleID == "env-example-missing" })
        #expect(omitted.count == 2_000 - 50)
        #expect(result.total == result.findings.count + result.omitted.reduce(0) { $0 + $1.count })
        let text = TextReporter(useColor: false).render(result, failOn: .medium)
        #expect(text.contains("1950 more env-example-missing findings in WEB/src/many.ts not shown (at most 50 per rule and file)\n"))
        // The summary counts every finding, shown or not.
        #expect(text.hasSuffix("lint-config: 2001 findings (2000 medium, 1 low); checked no deployed projects; "
                               + "2000 at or above medium\n"))
        #expect(result.exitCode(failOn: .medium) == 1)
    }

    /// Item 7, the work and not only the output: findings are redacted when printed, so a run
    /// whose bounds show 50 findings per rule and file redacts the same number of texts whether
    /// the file holds 200 reads or 2,000 (it redacted every finding's words before the bounds
    /// cut them: 380,000 findings' worth for the 8 MB file). Counted, not timed.
    @Test func redactionWorkFollowsWhatIsShownNotWhatIsFound() throws {
        func scrubsToLintAndPrint(_ reads: Int) throws -> (scrubs: Int, total: Int) {
            let counter = OperationCounter()
            let total = try Redaction.$scrubCalls.withValue(counter) {
                let result = try Self.manyReads(reads)
                _ = TextReporter(useColor: false).render(result, failOn: .medium)
                _ = JSONReporter.render(result, failOn: .medium)
                return result.total
            }
            return (counter.count, total)
        }
        let small = try scrubsToLintAndPrint(200)
        let large = try scrubsToLintAndPrint(2_000)
        #expect(small.total == 201 && large.total == 2_001, "every finding is still counted")
        #expect(large.scrubs == small.scrubs, "\(small.scrubs) texts redacted for 200 reads, \(large.scrubs) for 2,000")
        #expect(large.scrubs < 2_000)
    }

    @Test func boundsCapEachRuleAcrossFiles() {
        func finding(_ path: String, _ line: Int) -> Finding {
            Finding(ruleID: "r", severity: line % 2 == 0 ? .high : .low, title: "t", location: Location(path: path, line: line, column: 1),
                    related: [], what: "w", impact: "i", fix: "f",
                    subject: FindingSubject(rule: "r", kind: "k", projects: [], names: ["\(path)\(line)"]))
        }
        let findings = (1...8).map { finding("a", $0) } + (1...4).map { finding("b", $0) }
        let (shown, omitted) = FindingBounds(perRuleAndFile: 5, perRule: 7).apply(findings)
        #expect(shown.map(\.location.description) == ["a:1:1", "a:2:1", "a:3:1", "a:4:1", "a:5:1", "b:1:1", "b:2:1"])
        #expect(omitted.map(\.group.path) == [nil, "a"])
        #expect(omitted.map(\.count) == [2, 3])
        #expect(omitted[1].bySeverity == [.high: 2, .low: 1])
        #expect(omitted[0].summary(.default) == "2 more r findings not shown (at most 500 per rule)")
    }

    @Test func totalOutputIsBoundedInText() throws {
        let result = try Self.manyReads(300)
        let limit = 20_000
        let text = TextReporter(useColor: false, maxOutputBytes: limit).render(result, failOn: .medium)
        #expect(text.utf8.count < limit + 2_000)
        #expect(text.contains("more findings not shown: the report reached its output limit"))
    }

    @Test func totalOutputIsBoundedInJSONWhichStaysValid() throws {
        let result = try Self.manyReads(300)
        let json = JSONReporter.render(result, failOn: .medium, maxOutputBytes: 20_000)
        #expect(json.utf8.count < 25_000)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        let listed = try #require(object["findings"] as? [Any]).count
        #expect(summary["total"] as? Int == result.total)
        #expect(summary["notShown"] as? Int == result.total - listed)
        #expect((object["omitted"] as? [Any])?.count == 1)
    }
}
