import Foundation
import Testing
@testable import LintConfig

@Suite struct DocumentationTests {
    /// The README's rule table is generated from the catalogue (`make docs`); stale docs fail.
    @Test func readmeRuleTableMatchesTheCatalogue() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == RuleDocumentation.markdownTable(), "run `make docs`")
    }

    /// The README's severity policy names every rule under the level it has: a rule whose
    /// severity changes must be placed (and justified) in the policy again.
    @Test func severityPolicyListsEveryRuleAtItsLevel() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for severity in Severity.allCases {
            let begin = try #require(readme.range(of: "<!-- severity:\(severity.rawValue) -->"))
            let end = try #require(readme.range(of: "<!-- /severity -->", range: begin.upperBound..<readme.endIndex))
            let listed = Set(readme[begin.upperBound..<end.lowerBound].split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) })
            let catalogued = Set(RuleCatalogue.all.filter { $0.description.severity == severity }.map(\.description.id))
            #expect(listed == catalogued, "README severity policy for \(severity.rawValue)")
        }
    }

    @Test func everyRuleIsExplained() {
        for rule in RuleCatalogue.all {
            let text = RuleDocumentation.explain(rule.description)
            #expect(text.hasPrefix("\(rule.description.id) (\(rule.description.severity.rawValue))"))
            #expect(text.contains("## Triggers #1"))
            #expect(text.contains("## Does not trigger #1"))
        }
    }
}
