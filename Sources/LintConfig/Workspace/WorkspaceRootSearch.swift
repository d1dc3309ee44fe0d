import Foundation

/// Where a workspace starts when `--workspace` is not given, found as git and eslint find theirs:
/// the nearest folder holding `lint-config.yml`, from the current directory upwards. A hook or
/// a shell inside one repository of a multi-repo workspace then lints the whole workspace — its
/// contracts with the sibling repositories included — instead of that repository alone. Without
/// a `lint-config.yml` anywhere above, the current directory is the workspace (discovery).
public enum WorkspaceRootSearch {
    public static func root(from directory: URL) -> URL {
        nearestConfigFolder(from: directory) ?? directory
    }

    /// The folder holding the nearest `lint-config.yml` (a regular file), or nil.
    public static func nearestConfigFolder(from directory: URL) -> URL? {
        var folder = directory.standardizedFileURL
        while true {
            if case .regular? = FileSystemEntry.kind(folder.appendingPathComponent(WorkspaceConfigReader.fileName).path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
