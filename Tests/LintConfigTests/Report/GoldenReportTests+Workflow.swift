import Foundation
import Testing
@testable import LintConfig

/// Golden files of the formats the workflow added (`make golden` rewrites them with the others).
extension GoldenReportTests {
    func run(env: String? = nil) throws -> LintRun {
        try Linter.analyse(DiskWorkspaceFiles(root: Self.examples), options: LintOptions(environment: env))
    }

    func rendered(_ format: ReportFormat, env: String? = nil) throws -> String {
        let run = try run(env: env)
        return format.render(run, shown: Linter.bounded(run.result, by: .default), failOn: .medium)
    }

    @Test func sarifReport() throws { try compare(try rendered(.sarif), golden: "examples.sarif") }

    @Test func markdownReport() throws { try compare(try rendered(.markdown), golden: "examples.md") }

    @Test func gitlabReport() throws { try compare(try rendered(.gitlab), golden: "examples.gitlab.json") }

    @Test func mermaidGraph() throws {
        let run = try run()
        try compare(GraphRenderer.mermaid(ContractGraph.of(run.model, findings: run.result.findings)), golden: "examples.mmd")
    }

    @Test func dotGraphForStaging() throws {
        let run = try run(env: "staging")
        try compare(GraphRenderer.dot(ContractGraph.of(run.model, findings: run.result.findings)), golden: "examples-staging.dot")
    }
}
