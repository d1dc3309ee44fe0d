import Testing
@testable import LintConfig

/// Kamal's ERB rendered without Ruby: output tags become same-width placeholders, control and
/// comment tags become blanks, every newline stays — so YAML marks are the user's lines and
/// columns — while `ENV` reads and conditional branches are recorded.
@Suite struct ERBTemplateTests {
    func render(_ text: String) throws(InputError) -> ERBTemplate {
        try ERBTemplate.render(text, path: "config/deploy.yml")
    }

    func at(_ line: Int, _ column: Int) -> Location { Location(path: "config/deploy.yml", line: line, column: column) }

    /// The rendered text parsed the way the Kamal front end does.
    func yaml(_ template: ERBTemplate) throws -> YAMLNode {
        try #require(YAMLParser(isTemplated: ERBTemplate.isTemplated).parse(template.rendered, path: "config/deploy.yml").root)
    }

    func renderError(_ text: String) -> InputError? {
        do {
            let t = try render(text)
            Issue.record("expected an InputError, rendered \(String(reflecting: t.rendered))")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Output tags

    @Test func outputTagBecomesASameWidthPlaceholder() throws {
        let t = try render("a: <%= x %> # c\nb: 1\n")
        #expect(t.rendered == "a: __erb0__ # c\nb: 1\n")
        #expect(t.outputTags == [ERBOutputTag(code: "x", placeholder: "__erb0__", location: at(1, 4))])
        #expect(!t.hasControlFlow)
    }

    @Test func placeholdersAreNumberedAndKeepColumnsAfterThem() throws {
        let text = "image: app:<%= v %>\nports: [<%= p %>, 80]\n"
        let t = try render(text)
        #expect(t.outputTags.map(\.placeholder) == ["__erb0__", "__erb1__"])
        #expect(t.outputTags.map(\.location) == [at(1, 12), at(2, 9)])
        #expect(t.rendered.utf8.count == text.utf8.count)
        let doc = try yaml(t)
        #expect(doc["image"]?.scalar?.isTemplated == true)
        #expect(doc["image"]?.string == "app:__erb0__")
        let ports = try #require(doc["ports"]?.sequence)
        #expect(ports[0].scalar?.isTemplated == true)
        #expect(ports[1].start == at(2, 19), "the 80 is where the user wrote it")
        #expect(ports[1].scalar?.isTemplated == false)
        #expect(ports[1].scalar?.value == .integer(80))
    }

    @Test func aTagAsNarrowAsThePlaceholderStillKeepsColumns() throws {
        let t = try render("a: <%=x%> b\nc: <%= \"é\" %> z\n")
        #expect(t.rendered == "a: __erb0 b\nc: __erb1____ z\n")
        #expect(t.outputTags.map(\.code) == ["x", "\"é\""])
    }

    @Test func multiLineOutputTagKeepsLinesAndTheColumnsAfterIt() throws {
        let text = "a: <%= foo(\n  1) %> # x\nb: <%= [1,\n  2].join %>-suffix\nc: 1\n"
        let t = try render(text)
        #expect(t.rendered == "a: __erb0__\n        # x\nb: __erb1_\n            -suffix\nc: 1\n")
        #expect(t.rendered.split(separator: "\n", omittingEmptySubsequences: false).count
            == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(t.outputTags.first?.code == "foo(\n  1)")
        let doc = try yaml(t)
        #expect(doc["a"]?.scalar?.isTemplated == true)
        #expect(doc["b"]?.scalar?.isTemplated == true, "text glued to the tag stays in the same scalar")
        #expect(doc["b"]?.string == "__erb1_ -suffix")
        #expect(doc.mapping?.entry(forKey: "c")?.key.start == at(5, 1))
    }

    @Test func textWithoutTagsIsUntouched() throws {
        let text = "service: web\nimage: a # 100% <= 200%\n"
        let t = try render(text)
        #expect(t.rendered == text)
        #expect(t.outputTags.isEmpty && t.envReads.isEmpty && !t.hasControlFlow)
        #expect(!t.areExclusive(line: 1, line: 2))
    }

    // MARK: - Comments, literal `<%%`, trim marks

    @Test func commentTagsBecomeBlanksAndReadNothing() throws {
        let t = try render("a: <%# ENV[\"SECRET\"] %> 1\n<%# two\n    lines %>\nb: 2\n")
        #expect(t.rendered == "a:" + String(repeating: " ", count: 22) + "1\n" + String(repeating: " ", count: 7) + "\n"
                + String(repeating: " ", count: 12) + "\nb: 2\n")
        #expect(t.envReads.isEmpty)
        #expect(t.outputTags.isEmpty)
        #expect(!t.hasControlFlow)
        let doc = try yaml(t)
        #expect(doc["a"]?.start == at(1, 25), "the 1 is where the user wrote it")
        #expect(doc.mapping?.entry(forKey: "b")?.key.start == at(4, 1))
    }

    @Test func doublePercentIsALiteralOpeningTag() throws {
        let t = try render("a: <%%= ENV[\"X\"] %>\nb: 1\n")
        #expect(t.rendered == "a: <%= ENV[\"X\"] %>\nb: 1\n")
        #expect(t.outputTags.isEmpty)
        #expect(t.envReads.isEmpty, "it is text, not code")
        #expect(!t.hasControlFlow)
    }

    @Test func trimMarksAreNotPartOfTheCode() throws {
        let text = "  <%- if ENV[\"A\"] -%>\nx: <%= y -%>\n  <%- end -%>\nz: 1\n"
        let t = try render(text)
        #expect(t.rendered == String(repeating: " ", count: 21) + "\nx: __erb0___\n" + String(repeating: " ", count: 13) + "\nz: 1\n",
                "indentation and newlines stay: YAML keeps the user's lines")
        #expect(t.outputTags.map(\.code) == ["y"])
        #expect(t.hasControlFlow)
        #expect(t.envReads == [ERBEnvRead(name: "A", hasDefault: false, location: at(1, 10))])
        #expect(t.branchPath(line: 2) == [ERBBranch(conditional: 0, branch: 0)], "`if … -%>` still opens a branch")
        #expect(t.branchPath(line: 4) == [], "and `<%- end -%>` closes it")
    }

    // MARK: - ENV reads

    @Test func envReadsWithLocationsAndDefaults() throws {
        let t = try render("""
            a: <%= ENV["A"] %>
            b: <%= ENV.fetch('B', 'd') %>
            c: <%= ENV.fetch("C") { "x" } %>
            d: <%= ENV['D'] || 'x' %>
            e: <%= ENV.fetch("E") %>
            f: <%= ENV.fetch( "F" ) do "x" end %>
            g: <%= ENV.fetch("G") || "x" %>
            """)
        #expect(t.envReads == [
            ERBEnvRead(name: "A", hasDefault: false, location: at(1, 8)),
            ERBEnvRead(name: "B", hasDefault: true, location: at(2, 8)),
            ERBEnvRead(name: "C", hasDefault: true, location: at(3, 8)),
            ERBEnvRead(name: "D", hasDefault: true, location: at(4, 8)),
            ERBEnvRead(name: "E", hasDefault: false, location: at(5, 8)),
            ERBEnvRead(name: "F", hasDefault: true, location: at(6, 8)),
            ERBEnvRead(name: "G", hasDefault: false, location: at(7, 8)),
        ])
    }

    @Test func severalReadsInOneTagAcrossLinesAndInControlTags() throws {
        let t = try render("""
            <% if ENV["STAGE"] == "prod" %>
            hosts: <%= [
              ENV["H1"],
              ENV.fetch("H2", nil)
            ].join(",") %>
            <% end %>
            """)
        #expect(t.envReads == [
            ERBEnvRead(name: "STAGE", hasDefault: false, location: at(1, 7)),
            ERBEnvRead(name: "H1", hasDefault: false, location: at(3, 3)),
            ERBEnvRead(name: "H2", hasDefault: true, location: at(4, 3)),
        ])
    }

    @Test func onlyTheENVConstantCounts() throws {
        let t = try render("a: <%= MY_ENV[\"A\"] %>\nb: <%= ENVX[\"B\"] %>\nc: é<%= ENV[\"C\"] %>\n")
        #expect(t.envReads == [ERBEnvRead(name: "C", hasDefault: false, location: at(3, 9))])
    }

    // MARK: - Control flow

    @Test func ifElseBranchesAreExclusive() throws {
        let t = try render("<% if a %>\nx: 1\n<% else %>\nx: 2\n<% end %>\ny: 3\n")
        #expect(t.rendered == "          \nx: 1\n          \nx: 2\n         \ny: 3\n")
        #expect(t.hasControlFlow)
        #expect(t.areExclusive(line: 2, line: 4))
        #expect(t.areExclusive(line: 4, line: 2))
        #expect(!t.areExclusive(line: 2, line: 6), "a line after `end` is in no branch")
        #expect(!t.areExclusive(line: 2, line: 2))
        #expect(!t.areExclusive(line: 0, line: 4) && !t.areExclusive(line: 2, line: 99), "lines out of range")
    }

    @Test func elsifCaseAndUnlessBranches() throws {
        let t = try render("""
            <% if a %>
            x: 1
            <% elsif b %>
            x: 2
            <% else %>
            x: 3
            <% end %>
            <% case role %>
            <% when "web" %>
            y: 1
            <% when "job" %>
            y: 2
            <% end %>
            <% unless c %>
            z: 1
            <% else %>
            z: 2
            <% end %>
            """)
        #expect(t.areExclusive(line: 2, line: 4) && t.areExclusive(line: 4, line: 6) && t.areExclusive(line: 2, line: 6))
        #expect(t.areExclusive(line: 10, line: 12))
        #expect(t.areExclusive(line: 15, line: 17))
        #expect(!t.areExclusive(line: 2, line: 10), "branches of different conditionals can both survive")
        #expect(!t.areExclusive(line: 12, line: 15))
    }

    @Test func nestedConditionals() throws {
        let t = try render("""
            <% if a %>
            x: 1
            <% if b %>
            y: 1
            <% else %>
            y: 2
            <% end %>
            <% else %>
            x: 2
            <% end %>
            """)
        #expect(t.areExclusive(line: 4, line: 6))
        #expect(t.areExclusive(line: 4, line: 9))
        #expect(t.areExclusive(line: 2, line: 9))
        #expect(!t.areExclusive(line: 2, line: 4), "the inner if sits inside the outer if's first branch")
        #expect(t.branchPath(line: 4) == [ERBBranch(conditional: 0, branch: 0), ERBBranch(conditional: 1, branch: 0)])
    }

    @Test func aLoopsEndDoesNotCloseTheEnclosingConditional() throws {
        let t = try render("""
            <% if a %>
            <% hosts.each do |h| %>
            x: 1
            <% end %>
            y: 1
            <% else %>
            y: 2
            <% end %>
            """)
        #expect(t.areExclusive(line: 5, line: 7))
        #expect(t.areExclusive(line: 3, line: 7))
        #expect(t.branchPath(line: 3) == [ERBBranch(conditional: 0, branch: 0)], "a loop is no conditional")
    }

    @Test func inlineConditionsInOutputTagsAreNotBranches() throws {
        let t = try render("a: <%= 1 if x %>\nb: <%= y ? 1 : 2 %>\n")
        #expect(!t.hasControlFlow)
        #expect((1...t.branches.lineCount).allSatisfy { t.branchPath(line: $0).isEmpty })
    }

    // MARK: - Errors

    @Test func unterminatedTagIsAnErrorAtItsOpening() throws {
        let e = try #require(renderError("a: 1\nb: <%= ENV[\"X\"]\nc: 2\n"))
        #expect(e.message == "unterminated ERB tag: '<%' has no closing '%>'")
        #expect(e.location == at(2, 4))
        #expect(e.description == "config/deploy.yml:2:4: error: unterminated ERB tag: '<%' has no closing '%>'")
    }

    @Test func unterminatedTagAfterAClosedOne() throws {
        let e = try #require(renderError("a: <%= x %> <%# note\n"))
        #expect(e.message == "unterminated ERB tag: '<%' has no closing '%>'")
        #expect(e.location == at(1, 13))
        let bare = try #require(renderError("é<%"))
        #expect(bare.location == at(1, 2))
    }

    // MARK: - Hostile nesting (issue 8, item 1)

    /// Nested conditionals once stored each line's whole enclosing path (lines × depth: 20,000
    /// levels took gigabytes). The branch tree stores one node per branch and one per line, so the
    /// stored entries grow with the text, not with its square.
    @Test func nestedConditionalsAreStoredLinearly() throws {
        let depth = ERBRenderer.maxNesting - 1
        let text = String(repeating: "<% if true %>\n", count: depth) + "x-z: 1\n" + String(repeating: "<% end %>\n", count: depth)
        let t = try render(text)
        let lines = t.branches.lineCount
        #expect(lines == 2 * depth + 2)
        #expect(t.branches.storedEntries <= 2 * lines, "one node per branch plus one per line, not lines × depth")
        #expect(t.branchPath(line: depth + 1).count == depth)
        #expect(!t.areExclusive(line: depth + 1, line: 1))
    }

    @Test func nestingPastTheBoundIsAnErrorAtTheTagThatOpensOneTooMany() throws {
        let depth = ERBRenderer.maxNesting + 1
        let text = String(repeating: "<% if true %>\n", count: depth) + "x-z: 1\n" + String(repeating: "<% end %>\n", count: depth)
        let e = try #require(renderError(text))
        #expect(e.message == "ERB blocks nest deeper than 1000 levels")
        #expect(e.location == at(ERBRenderer.maxNesting + 1, 1))
        let loops = String(repeating: "<% items.each do |i| %>\n", count: depth)
        #expect(renderError(loops)?.location == at(ERBRenderer.maxNesting + 1, 1), "loops count too")
    }

    @Test func siblingBranchesDeepInsideStayExclusive() throws {
        let t = try render("<% if a %>\n<% if b %>\nx: 1\n<% elsif c %>\nx: 2\n<% else %>\nx: 3\n<% end %>\n<% end %>\n")
        #expect(t.areExclusive(line: 3, line: 5) && t.areExclusive(line: 5, line: 7) && t.areExclusive(line: 3, line: 7))
        #expect(t.branchPath(line: 7) == [ERBBranch(conditional: 0, branch: 0), ERBBranch(conditional: 1, branch: 2)])
    }
}
