import ArgumentParser
import Foundation
import LintConfig

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the schema replayed from the workspace's migrations, with each column's history, as JSON.")

    @Option(name: .long, help: "The workspace root.")
    var workspace: String = "."

    @Option(name: .long, help: "Only the databases built from this project's migrations.")
    var project: String?

    @Option(name: .long, help: "The environment (accepted; the schema does not depend on it yet).")
    var env: String?

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.usage(UsageError("workspace '\(workspace)' is not a directory"))
        }
        let files = DiskWorkspaceFiles(root: URL(fileURLWithPath: workspace))
        do {
            let config = try WorkspaceConfigReader.read(files) ?? WorkspaceDiscovery.discover(files)
            if let project, !config.projects.contains(where: { $0.name == project }) {
                throw Failure.usage(UsageError("unknown project '\(project)' (projects: \(config.projects.map(\.name).joined(separator: ", ")))"))
            }
            let databases = WorkspaceDatabases.definitions(config, files: files)
            print(try SchemaReport.render(files: files, project: project, databases: databases).rendered(), terminator: "")
        } catch let error as InputError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
