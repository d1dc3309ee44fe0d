import Testing
@testable import LintConfig

/// `Examples/` is the demo: every rule fires there. ATM's hand-written `.env.example` holds one
/// slip per dotenv style rule (and the opt-in ones fire when asked for), and STATUS still deploys
/// with a Kamal 1 config; the keys ATM's code reads and the example documents correctly
/// (`GH_DEPLOY_SECRET`, `KAMAL_BIN`, `REGISTRY_HOST` …) raise nothing else.
@Suite struct ExampleHygieneTests {
    static var examples: DiskWorkspaceFiles {
        DiskWorkspaceFiles(root: TestPaths.packageRoot.appendingPathComponent("Examples"))
    }

    @Test func everyRuleFiresInTheExamples() throws {
        let optIn = Set(RuleCatalogue.all.map(\.description).filter { !$0.enabledByDefault }.map(\.id))
        let byDefault = try Linter.run(Self.examples, options: LintOptions())
        let asked = try Linter.run(Self.examples, options: LintOptions(onlyRules: optIn))
        let fired = Set(byDefault.findings.map(\.ruleID)).union(asked.findings.map(\.ruleID))
        let every = Set(RuleCatalogue.all.map(\.description.id))
        #expect(every.subtracting(fired).isEmpty, "no planted defect for \(every.subtracting(fired).sorted())")
        #expect(Set(asked.findings.map(\.ruleID)) == optIn)
    }

    @Test func theEnvExampleSlipsAreFoundOneByOne() throws {
        let result = try Linter.run(Self.examples, options: LintOptions())
        let found = result.findings
            .filter { $0.location.path == "ATM/.env.example" || $0.location.path == "ATM/src/settings.ts" }
            .map { "\($0.ruleID) \($0.location)" }.sorted()
        #expect(found == [
            "dotenv-incorrect-delimiter ATM/.env.example:7:10",
            "dotenv-key-without-value ATM/.env.example:11:1",
            "dotenv-leading-character ATM/.env.example:8:1",
            "dotenv-lowercase-key ATM/.env.example:5:1",
            "dotenv-quote-character ATM/.env.example:4:11",
            "dotenv-space-character ATM/.env.example:3:9",
            "dotenv-substitution-key ATM/.env.example:9:52",
            "dotenv-trailing-whitespace ATM/.env.example:6:38",
            "dotenv-unparsable-line ATM/.env.example:10:1",
            // The two misspelt keys document names no code reads, and leave the names code reads
            // undocumented: each slip is also a stale and a missing entry.
            "env-example-missing ATM/src/settings.ts:5:24",
            "env-example-missing ATM/src/settings.ts:7:31",
            "env-example-stale ATM/.env.example:5:1",
            "env-example-stale ATM/.env.example:7:1",
        ])
    }

    @Test func theOptInStyleRulesFireWhenAskedFor() throws {
        let rules: Set<String> = ["dotenv-extra-blank-line", "dotenv-ending-blank-line"]
        let result = try Linter.run(Self.examples, options: LintOptions(onlyRules: rules))
        #expect(result.findings.map { "\($0.ruleID) \($0.location)" }.sorted() == [
            "dotenv-ending-blank-line ATM/.env.example:16:22",
            "dotenv-extra-blank-line ATM/.env.example:13:1",
        ])
    }

    @Test func theKamalOneConfigIsNotedAndNothingElseAboutIt() throws {
        let result = try Linter.run(Self.examples, options: LintOptions())
        let status = result.findings
            .filter { $0.subject.projects.contains("STATUS") || $0.location.path.hasPrefix("STATUS/") }
        #expect(status.map { "\($0.ruleID) \($0.severity.rawValue) \($0.location.path)" }
                == ["kamal-1-config low STATUS/config/deploy.yml"])
    }
}
