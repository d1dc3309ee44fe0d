import ArgumentParser
import Foundation
import LintConfig

/// `--workspace DIR`, shared by every command that reads a workspace, with the one check every
/// command needs before reading: the folder can be a workspace. Without it, the workspace is the
/// nearest folder holding `lint-config.yml` from the current directory up (else the current one).
struct WorkspaceOption: ParsableArguments {
    @Option(name: .long, help: "The workspace root (default: the nearest folder with lint-config.yml, from here up; else here).")
    var workspace: String?

    var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    var path: String { workspace ?? WorkspaceRootSearch.root(from: currentDirectory).path }

    var root: URL { URL(fileURLWithPath: path) }

    func files() throws -> DiskWorkspaceFiles {
        do {
            return try DiskWorkspaceFiles.checked(path)
        } catch {
            throw Failure.usage(error)
        }
    }
}
