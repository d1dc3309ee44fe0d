import Testing
@testable import LintConfig

/// Inline suppressions, `--disable` and `--min-severity`: what each comment form covers, that a
/// suppression must name its rule, and that a `--rule` run does not call other rules'
/// suppressions unused.
@Suite struct SuppressionTests {
    @Test(arguments: [
        ("A=1  # lint-config: disable=dotenv-duplicated-key\n", "1:6 → 1 [dotenv-duplicated-key]"),
        ("# lint-config: disable=a-rule,b-rule\n# another comment\n\nKEY: 1\n", "1:1 → 4 [a-rule, b-rule]"),
        ("-- lint-config: disable=column-missing\nselect 1;\n", "1:1 → 2 [column-missing]"),
        ("  // lint-config-disable-next-line env-unsupplied route-unmatched -- why\nconst x = 1;\n",
         "1:3 → 2 [env-unsupplied, route-unmatched]"),
        ("x: 1 # lint-config: disable\n", "1:6 → 1 []"),
        ("# lint-config: disable-next-line=secret-in-clear\nKEY=v\n", "1:1 → 2 [secret-in-clear]"),
        ("# lint-config: disable=x-rule\n", "1:1 → 0 [x-rule]"),
    ])
    func commentForms(text: String, expected: String) {
        let found = InlineSuppression.scan(text, path: "f").map {
            "\($0.location.line):\($0.location.column) → \($0.coveredLine) [\($0.rules.joined(separator: ", "))]"
        }
        #expect(found == [expected])
    }

    @Test func textThatIsNotACommentIsNoSuppression() {
        #expect(InlineSuppression.scan("url: https://x/lint-config:disable=a\nname: \"lint-config: disable=b\"\n", path: "f").isEmpty)
    }

    static let duplicated = [".env.example": "API_URL=a\n# lint-config: disable=dotenv-duplicated-key\nAPI_URL=b\nTOKEN=c\nTOKEN=d\n"]

    @Test func aSuppressionSilencesOnlyItsLineAndRule() throws {
        let result = try lint(Self.duplicated)
        let duplicates = result.findings.filter { $0.ruleID == "dotenv-duplicated-key" }.map(\.location.line)
        #expect(duplicates == [5], "line 3 is suppressed, line 5 is not")
        #expect(!result.findings.contains { $0.ruleID == "unused-suppression" })
    }

    @Test func aRunOfOtherRulesDoesNotCallItUnused() throws {
        let result = try lint(Self.duplicated, rules: ["unused-suppression"])
        #expect(result.findings.isEmpty)
    }

    @Test func aDisabledRuleDoesNotRunAndItsSuppressionsAreNotJudged() throws {
        let result = try Linter.run(InMemoryWorkspaceFiles(Self.duplicated),
                                    options: LintOptions(disabledRules: ["dotenv-duplicated-key"]))
        #expect(!result.findings.contains { $0.ruleID == "dotenv-duplicated-key" || $0.ruleID == "unused-suppression" })
    }

    @Test func unknownDisabledRuleIsAUsageError() {
        #expect(throws: UsageError.self) {
            try Linter.run(InMemoryWorkspaceFiles(Self.duplicated), options: LintOptions(disabledRules: ["no-such-rule"]))
        }
    }

    @Test func minSeverityDropsLowerFindings() throws {
        let files = [".env.example": "API_URL=a\nAPI_URL=b\nlower_key=c\n"]
        let all = try lint(files)
        #expect(all.findings.contains { $0.severity == .low })
        let medium = try Linter.run(InMemoryWorkspaceFiles(files), options: LintOptions(minSeverity: .medium))
        #expect(!medium.findings.isEmpty && medium.findings.allSatisfy { $0.severity >= .medium })
    }

    @Test func examplesHoldOneStaleSuppression() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root), options: LintOptions(onlyRules: ["unused-suppression"]))
        #expect(result.findings.map(\.location.description) == ["VALET/fly.staging.toml:9:25"])
    }
}
