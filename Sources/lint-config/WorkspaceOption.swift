import ArgumentParser
import Foundation
import LintConfig

/// `--workspace DIR`, shared by every command that reads a workspace, with the one check every
/// command needs before reading: the folder exists.
struct WorkspaceOption: ParsableArguments {
    @Option(name: .long, help: "The workspace root.")
    var workspace: String = "."

    var root: URL { URL(fileURLWithPath: workspace) }

    func files() throws -> DiskWorkspaceFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.usage(UsageError("workspace '\(workspace)' is not a directory"))
        }
        return DiskWorkspaceFiles(root: root)
    }
}
