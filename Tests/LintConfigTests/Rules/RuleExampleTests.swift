import Testing
@testable import LintConfig

/// Every rule's documented examples are its tests: a triggering example must produce findings of
/// that rule exactly at its `↓` markers, a non-triggering one none at all.
@Suite struct RuleExampleTests {
    static let rules = RuleCatalogue.all.map { $0.description.id }

    @Test(arguments: rules)
    func triggeringExamplesFireAtTheirMarkers(ruleID: String) throws {
        let rule = try #require(RuleCatalogue.rule(id: ruleID))
        #expect(rule.description.triggeringExamples.count >= 3, "a rule needs at least 3 triggering examples")
        for (index, example) in rule.description.triggeringExamples.enumerated() {
            let (files, markers) = example.resolved()
            #expect(!markers.isEmpty, "example \(index + 1) of \(ruleID) has no ↓ marker")
            let result = try lint(files, env: example.environment, rules: [ruleID])
            #expect(result.errors.isEmpty, "example \(index + 1) of \(ruleID) did not read cleanly: \(result.errors)")
            let found = result.findings.map(\.location).sorted()
            #expect(found == markers, "example \(index + 1) of \(ruleID): findings at \(found), markers at \(markers)")
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesStaySilent(ruleID: String) throws {
        let rule = try #require(RuleCatalogue.rule(id: ruleID))
        #expect(rule.description.nonTriggeringExamples.count >= 3, "a rule needs at least 3 non-triggering examples")
        for (index, example) in rule.description.nonTriggeringExamples.enumerated() {
            let (files, markers) = example.resolved()
            #expect(markers.isEmpty)
            let result = try lint(files, env: example.environment, rules: [ruleID])
            #expect(result.errors.isEmpty, "example \(index + 1) of \(ruleID) did not read cleanly: \(result.errors)")
            #expect(result.findings.isEmpty, "example \(index + 1) of \(ruleID) fired: \(result.findings.map(\.title))")
        }
    }

    @Test func ruleIDsAreUniqueKebabCase() {
        let ids = Self.rules
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id) is not kebab-case")
        }
    }
}
