import ArgumentParser
import Foundation
import LintConfig

extension GraphRenderer.Format: ExpressibleByArgument {}

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the projects and the contracts between them (queues, channels, headers, routes, tables, secrets, deploys); broken ones red.")

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: "Only this environment's supplies and findings; every one when omitted.")
    var env: String?

    @Option(name: .long, help: "mermaid or dot.")
    var format: GraphRenderer.Format = .mermaid

    func run() throws {
        let files = try workspace.files()
        let run: LintRun
        do {
            run = try Linter.analyse(files, options: LintOptions(environment: env))
        } catch {
            throw Failure.usage(error)
        }
        print(GraphRenderer.render(ContractGraph.of(run.model, findings: run.result.findings), format: format), terminator: "")
        printDiagnostics(errors: run.result.errors, notes: run.result.notes)
        // A graph of a workspace that could not be read completely is drawn, but not as a success.
        if !run.result.errors.isEmpty { throw ExitCode(2) }
    }
}
