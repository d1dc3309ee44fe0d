import Foundation
import Testing
@testable import LintConfig

/// The workflow's commands as a user types them: the graph, the version, every report format.
@Suite(.serialized) struct WorkflowCommandLineTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples").path

    @Test func graphPrintsMermaidOrDot() throws {
        let mermaid = try runLintConfig(["graph", "--workspace", Self.examples])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n  p0[\"VALET\"]\n"))
        let dot = try runLintConfig(["graph", "--workspace", Self.examples, "--env", "staging", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph contracts {\n"))
        #expect(try runLintConfig(["graph", "--workspace", Self.examples, "--format", "png"]).status == 2)
    }

    @Test func versionIsPrinted() throws {
        let run = try runLintConfig(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == ToolVersion.current + "\n")
    }

    @Test func everyReportFormatExitsOneOnExamples() throws {
        for format in ReportFormat.allCases {
            let run = try runLintConfig(["check", "--workspace", Self.examples, "--format", format.rawValue])
            #expect(run.status == 1, "\(format)")
            #expect(!run.stdout.isEmpty)
        }
    }
}
