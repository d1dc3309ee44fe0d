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

    @Test func everyRuleIsExplained() {
        for rule in RuleCatalogue.all {
            let text = RuleDocumentation.explain(rule.description)
            #expect(text.hasPrefix("\(rule.description.id) (\(rule.description.severity.rawValue))"))
            #expect(text.contains("## Triggers #1"))
            #expect(text.contains("## Does not trigger #1"))
        }
    }
}
