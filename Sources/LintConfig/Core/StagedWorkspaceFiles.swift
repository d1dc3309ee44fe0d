import Foundation

/// The workspace as the next commit would leave it: inside the repository being committed to,
/// files are the blobs of its index (what `git add` staged, not what the editor saved); outside
/// it — the sibling repositories of a multi-repo workspace — files are read from disk as they
/// are. A file only in the working tree does not exist here; a file deleted from the index is
/// gone even if still on disk.
public struct StagedWorkspaceFiles: WorkspaceFiles {
    public let disk: DiskWorkspaceFiles
    /// Workspace-relative folder the index covers: "" when the repository holds the whole
    /// workspace, `GHOST-HANDS` when the workspace holds the repository.
    public let region: String
    /// Workspace-relative path → index entry, for every staged path inside the workspace.
    let entries: [String: GitIndex.Entry]
    /// Workspace-relative folder → the names directly inside it, for folders within `region`.
    let folders: [String: [String]]
    let blobs: GitBlobReader

    /// `repository` is the work tree's top folder and `index` its index; the repository holds the
    /// workspace, or the workspace holds the repository, or they are unrelated (a usage error).
    public init(disk: DiskWorkspaceFiles, repository: URL, index: GitIndex) throws(UsageError) {
        self.disk = disk
        let top = FileSystemEntry.realPath(repository.path) ?? repository.path
        let placement = try RepositoryPlacement(repositoryTop: top, workspace: disk.boundary)
        region = placement.region
        var entries: [String: GitIndex.Entry] = [:]
        for (path, entry) in index.entries {
            if let inside = placement.workspacePath(path) { entries[inside] = entry }
        }
        self.entries = entries
        var folders: [String: Set<String>] = [:]
        for path in entries.keys {
            var child = path
            while child != region {
                let parent = WorkspacePath.directory(of: child)
                folders[parent, default: []].insert(WorkspacePath.fileName(of: child))
                child = parent
                if parent.isEmpty { break }
            }
        }
        self.folders = folders.mapValues { $0.sorted() }
        self.blobs = GitBlobReader(repository: URL(fileURLWithPath: top))
    }

    /// Whether the index, not the disk, answers for `path`.
    func isStaged(_ path: String) -> Bool {
        region.isEmpty || path == region || path.hasPrefix(region + "/")
    }

    public var notes: [InputNote] { disk.notes }

    public func read(_ path: String, limit: FileSizeLimit) throws(InputError) -> [UInt8] {
        guard isStaged(path) else { return try disk.read(path, limit: limit) }
        guard let entry = entries[path] else {
            if folders[path] != nil { throw InputError("is a directory, not a file", at: .file(path)) }
            throw InputError("no such file in the git index", at: .file(path))
        }
        // A staged link is followed on disk, with the disk's rules (never out of the workspace).
        if entry.isLink { return try disk.read(path, limit: limit) }
        if entry.isSubmodule { throw InputError("is a submodule, not a file", at: .file(path)) }
        return try blobs.read(entry.blob, path: path, limit: limit)
    }

    public func kind(of path: String) -> WorkspaceFileKind {
        guard isStaged(path) else {
            // The folders leading to the repository exist on disk; everything beside them is disk.
            return disk.kind(of: path)
        }
        if let entry = entries[path] {
            if entry.isLink { return disk.kind(of: path) }
            return entry.isSubmodule ? .missing : .file
        }
        return folders[path] != nil || path == region ? .directory : .missing
    }

    public func list(_ directory: String) -> [String] {
        isStaged(directory) ? folders[directory] ?? [] : disk.list(directory)
    }

    public func size(of path: String) -> Int? {
        guard isStaged(path) else { return disk.size(of: path) }
        guard kind(of: path) == .file else { return nil }
        guard let entry = entries[path], !entry.isLink else { return disk.size(of: path) }
        return try? blobs.size(entry.blob, path: path)
    }
}
