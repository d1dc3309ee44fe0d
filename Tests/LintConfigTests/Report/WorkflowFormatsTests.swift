import Foundation
import Testing
@testable import LintConfig

/// The contract graph, the markdown report and GitLab's code-quality report: what they draw and
/// list, and that no workspace text can escape its place in them.
@Suite struct WorkflowFormatsTests {
    func examples(env: String? = nil) throws -> LintRun {
        try Linter.analyse(DiskWorkspaceFiles(root: GoldenReportTests.examples), options: LintOptions(environment: env))
    }

    @Test func theGraphDrawsContractsAndBrokenOnesRed() throws {
        let run = try examples()
        let graph = ContractGraph.of(run.model, findings: run.result.findings)
        #expect(graph.projects == ["VALET", "GHOST-HANDS", "ATM", "STATUS"])
        func edge(_ label: String) -> ContractGraph.Edge? { graph.edges.first { $0.label.hasPrefix(label) } }
        let queue = try #require(edge("queue: "))
        #expect(queue.from == "VALET" && queue.to == "GHOST-HANDS" && queue.directed && !queue.broken)
        #expect(queue.label.contains("gh-apply-job"))
        #expect(edge("http-header: x-gh-service-key")?.from == "VALET")
        #expect(edge("route: GET /api/v1/gh/valet/status/{}, POST /api/v1/gh/valet/apply")?.from == "GHOST-HANDS")
        #expect(edge("route: POST /deploy/kamal")?.from == "ATM")
        #expect(edge("table: ")?.directed == false)
        #expect(edge("secret: ")?.label.contains("DATABASE_URL") == true)
        #expect(edge("deploys: ")?.from == "ATM")
        let broken = try #require(edge("queue-unmatched: "))
        #expect(broken.broken && broken.label.contains("gh_retry_job") && broken.label.contains("gh-retry-job"))
        #expect(edge("channel-unmatched: ")?.broken == true)

        let mermaid = GraphRenderer.mermaid(graph)
        let redIndexes = graph.edges.indices.filter { graph.edges[$0].broken }.map(String.init).joined(separator: ",")
        #expect(mermaid.contains("linkStyle \(redIndexes) stroke:#d32f2f"))
        #expect(GraphRenderer.dot(graph).contains("label=\"queue-unmatched: gh_retry_job / gh-retry-job\", dir=none, color=red"))
    }

    @Test func theGraphFollowsTheEnvironment() throws {
        let staging = try examples(env: "staging")
        let graph = ContractGraph.of(staging.model, findings: staging.result.findings)
        #expect(graph.edges.first { $0.label.hasPrefix("deploys: ") }?.label == "deploys: staging")
    }

    @Test func hostileNamesStayInsideTheirLabels() {
        let graph = ContractGraph(projects: ["a\"] --> evil[\"x", "b\nflowchart"], edges: [
            .init(from: "a\"] --> evil[\"x", to: "b\nflowchart", label: "queue: x\"|y<script>#z", directed: true, broken: true),
        ])
        let mermaid = GraphRenderer.mermaid(graph)
        #expect(mermaid == """
            flowchart LR
              p0["a#quot;] --#gt; evil[#quot;x"]
              p1["b\\nflowchart"]
              p0 -->|"queue: x#quot;#124;y#lt;script#gt;#35;z"| p1
              linkStyle 0 stroke:#d32f2f,stroke-width:2px,color:#d32f2f

            """)
        let dot = GraphRenderer.dot(graph)
        #expect(dot.contains("\"a\\\"] --> evil[\\\"x\" -> \"b\\\\nflowchart\""))
        #expect(!dot.contains("\n\"") && dot.split(separator: "\n").count == 7)
    }

    @Test func theMarkdownReportGroupsBySeverityWithGraphAndMatrix() throws {
        let run = try examples()
        let markdown = ReportFormat.markdown.render(run, shown: Linter.bounded(run.result, by: .default), failOn: .medium)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## CRITICAL", "## HIGH", "## MEDIUM", "## LOW", "## Contracts", "## Environment variables"])
        #expect(markdown.contains("| CRITICAL | \(run.result.count(.critical)) |"))
        #expect(markdown.contains("```mermaid\nflowchart LR\n"))
        #expect(markdown.contains("| variable | VALET · staging | VALET · production | GHOST-HANDS · staging | GHOST-HANDS · production |"))
        #expect(markdown.contains("| `GH_CALLBACK_URL` |  |  | **missing** | **missing** |"))
        #expect(markdown.contains("| `DATABASE_URL` | read · supplied | read · supplied | read · supplied | read · supplied |"))
    }

    @Test func markdownEscapesControlCharactersAndMarkup() {
        let finding = Finding(ruleID: "r", severity: .high, title: "Bad\u{1B}[2J name <script>|x", location: Location(path: "a`b|c.ts", line: 2, column: 3),
                              related: [RelatedLocation(Location(path: "d\ne.ts", line: 1, column: 1), note: "note\r\u{202E}")],
                              what: "w\n### [CRITICAL] forged", impact: "i", fix: "f",
                              subject: FindingSubject(rule: "r", kind: "k", projects: [], names: []))
        let markdown = MarkdownReporter().render(LintResult(findings: [finding], errors: [], checked: []), failOn: .medium)
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\r") && !markdown.contains("\u{202E}"))
        #expect(markdown.contains("### Bad\\x1B[2J name &lt;script&gt;\\|x\n"))
        #expect(markdown.contains("- **What:** w\\n### [CRITICAL] forged\n"))
        #expect(markdown.contains("``a`b\\|c.ts:2:3``"))
        #expect(!markdown.contains("\n### [CRITICAL]"))
    }

    @Test func secretValuesAreRedactedInEveryNewFormat() throws {
        let secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
        let finding = Finding(ruleID: "r", severity: .critical, title: "Key \(secret) leaked", location: .file("x.ts"),
                              related: [RelatedLocation(.file("y.ts"), note: "also \(secret)")], what: "value \(secret)",
                              impact: "i \(secret)", fix: "rotate \(secret)",
                              subject: FindingSubject(rule: "r", kind: "k", projects: [], names: [secret]))
        let result = LintResult(findings: [finding], errors: [], checked: [])
        for output in [SARIFReporter.render(result, rules: []), GitLabReporter.render(result), MarkdownReporter().render(result, failOn: .low)] {
            #expect(!output.contains(secret))
            #expect(output.contains(Redaction.digest(secret)))
        }
    }

    @Test func gitlabIssuesHaveTheFieldsCodeQualityReads() throws {
        let run = try examples()
        let issues = try #require(try JSONValue.parse(GitLabReporter.render(run.result), path: "gl.json").items)
        #expect(issues.count == run.result.findings.count)
        for (issue, finding) in zip(issues, run.result.findings) {
            #expect(issue.member("check_name")?.text == finding.ruleID)
            #expect(issue.member("fingerprint")?.text == finding.fingerprint)
            #expect(issue.member("description")?.text?.contains(finding.title) == true)
            #expect(issue.member("location")?.member("path")?.text == finding.location.path)
            #expect(issue.member("location")?.member("lines")?.member("begin")?.number == finding.location.line)
            #expect(["blocker", "critical", "major", "minor", "info"].contains(issue.member("severity")?.text ?? ""))
        }
        #expect(Set(issues.compactMap { $0.member("fingerprint")?.text }).count == issues.count, "fingerprints are unique")
    }
}
