/// How a git repository and a workspace overlap, for mapping the repository's paths (relative to
/// its top folder) to workspace paths. Either the repository holds the workspace (a single
/// repository, or `Examples/` inside this one) or the workspace holds the repository (one of
/// several checked out side by side); anything else cannot be linted from that repository.
public struct RepositoryPlacement: Sendable {
    /// Workspace-relative folder of the repository; "" when the repository holds the workspace.
    public let region: String
    /// Repository-relative folder of the workspace; "" when the workspace holds the repository.
    public let inner: String

    /// Both paths real (links resolved), absolute.
    public init(repositoryTop top: String, workspace: String) throws(UsageError) {
        if top == workspace || workspace.hasPrefix(top + "/") {
            region = ""
            inner = top == workspace ? "" : String(workspace.dropFirst(top.count + 1))
        } else if top.hasPrefix(workspace + "/") {
            region = String(top.dropFirst(workspace.count + 1))
            inner = ""
        } else {
            throw UsageError("the git repository \(top) is neither inside the workspace \(workspace) nor holds it")
        }
    }

    /// The workspace path of a repository path; nil when it lies outside the workspace.
    public func workspacePath(_ repositoryPath: String) -> String? {
        if !region.isEmpty { return region + "/" + repositoryPath }
        if inner.isEmpty { return repositoryPath }
        return repositoryPath.hasPrefix(inner + "/") ? String(repositoryPath.dropFirst(inner.count + 1)) : nil
    }
}
