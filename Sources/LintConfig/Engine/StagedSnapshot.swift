import Foundation

/// `check --staged`: the workspace as the commit being made would leave it, or the news that the
/// commit touches nothing the linter reads. The repository is the one holding the current
/// directory (where git runs a hook), else the one holding the workspace.
public enum StagedSnapshot {
    public enum Outcome: Sendable {
        /// No staged file can change a finding: `staged` files were staged, none an input.
        case nothingRelevant(staged: Int)
        /// The staged workspace, and the staged workspace paths that made it worth linting.
        case workspace(StagedWorkspaceFiles, relevant: [String])
    }

    public static func prepare(_ disk: DiskWorkspaceFiles, from directory: URL) throws(UsageError) -> Outcome {
        guard let top = GitCommand.topLevel(of: directory) ?? GitCommand.topLevel(of: disk.root) else {
            throw UsageError("--staged needs a git repository: neither \(directory.path) nor the workspace is inside one")
        }
        let placement = try RepositoryPlacement(repositoryTop: top.path, workspace: disk.boundary)
        let staged = try GitIndex.stagedPaths(repository: top).compactMap(placement.workspacePath)
        let relevant = staged.filter(PossibleInput.matters)
        if relevant.isEmpty { return .nothingRelevant(staged: staged.count) }
        let files = try StagedWorkspaceFiles(disk: disk, repository: top, index: GitIndex.read(repository: top))
        return .workspace(files, relevant: relevant)
    }
}
