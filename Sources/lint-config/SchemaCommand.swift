import ArgumentParser
import Foundation
import LintConfig

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the schema replayed from the workspace's migrations, with each column's history, as JSON.")

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: "Only the databases built from this project's migrations.")
    var project: String?

    @Option(name: .long, help: "The environment (accepted; the schema does not depend on it yet).")
    var env: String?

    func run() throws {
        let files = try workspace.files()
        do {
            let config = try WorkspaceConfigReader.read(files) ?? WorkspaceDiscovery.discover(files)
            if let project, !config.projects.contains(where: { $0.name == project }) {
                throw Failure.usage(UsageError("unknown project '\(project)' (projects: \(config.projects.map(\.name).joined(separator: ", ")))"))
            }
            let databases = WorkspaceDatabases.definitions(config, files: files)
            // What could be read is printed; what could not is reported, and the exit code says
            // the schema is incomplete.
            let report = SchemaReport.render(files: files, project: project, databases: databases)
            print(report.json.rendered(), terminator: "")
            printDiagnostics(errors: report.errors, notes: files.notes)
            if !report.errors.isEmpty { throw ExitCode(2) }
        } catch let error as InputError {
            printDiagnostics(errors: [error], notes: files.notes)
            throw ExitCode(2)
        }
    }
}
