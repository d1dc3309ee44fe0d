import ArgumentParser
import Foundation
import LintConfig

/// `--workspace DIR`, shared by every command that reads a workspace, with the one check every
/// command needs before reading: the folder can be a workspace.
struct WorkspaceOption: ParsableArguments {
    @Option(name: .long, help: "The workspace root.")
    var workspace: String = "."

    var root: URL { URL(fileURLWithPath: workspace) }

    func files() throws -> DiskWorkspaceFiles {
        do {
            return try DiskWorkspaceFiles.checked(workspace)
        } catch {
            throw Failure.usage(error)
        }
    }
}
