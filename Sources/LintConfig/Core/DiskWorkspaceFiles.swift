import Foundation
import Synchronization

/// The workspace on disk, rooted at a directory. Only regular files inside the root are read:
/// a FIFO is refused before it can block, a symbolic link that resolves outside the root is
/// not followed (noted once), and `/proc`-like trees are never entered — a workspace is a
/// folder of repositories, and the linter must not read `/etc` or walk the whole machine
/// because one link says so.
public struct DiskWorkspaceFiles: WorkspaceFiles {
    public let root: URL
    /// The root with every link resolved: the boundary every path must stay within.
    let boundary: String
    private let noteLog = NoteLog()
    /// Folders already resolved, shared by every copy of this value.
    private let folders = FolderCache()

    public init(root: URL) {
        self.root = root
        self.boundary = FileSystemEntry.realPath(root.path) ?? root.standardizedFileURL.path
    }

    /// The workspace a user named, refused when it cannot be one: not a folder, the file-system
    /// root (a walk of the whole machine), or a kernel tree such as `/proc/self`.
    public static func checked(_ path: String) throws(UsageError) -> DiskWorkspaceFiles {
        guard FileSystemEntry.kind(path) == .directory, let real = FileSystemEntry.realPath(path) else {
            throw UsageError("workspace '\(path)' is not a directory")
        }
        if real == "/" {
            throw UsageError("workspace '\(path)' is the file-system root; point --workspace at the folder holding the repositories")
        }
        if FileSystemEntry.isPseudoFileSystem(real) {
            throw UsageError("workspace '\(path)' is a system tree (\(real)), not a folder of repositories")
        }
        return DiskWorkspaceFiles(root: URL(fileURLWithPath: path))
    }

    public var notes: [InputNote] { noteLog.all }

    /// Where a workspace-relative path leads.
    enum Resolution: Sendable {
        case inside(String, FileSystemEntry.Kind)
        case missing
        /// A link (the path itself or a folder on the way) whose target does not exist.
        case dangling
        /// Through a link, out of the workspace; the link's workspace-relative path.
        case outside(link: String)
        /// A kernel tree (`/proc`, `/sys`) reached through a mount inside the workspace.
        case systemTree
    }

    /// Each folder is resolved once per run (walks ask about every entry of it); a file costs
    /// one `lstat`, and `realpath` only when it is a link.
    func resolve(_ path: String) -> Resolution {
        if path.isEmpty { return .inside(boundary, .directory) }
        let name = WorkspacePath.fileName(of: path)
        if name.isEmpty || name == "." || name == ".." || path.hasPrefix("/") { return resolveFully(path) }
        switch folder(WorkspacePath.directory(of: path)) {
        case .inside(let parent, .directory):
            let candidate = parent == "/" ? "/" + name : parent + "/" + name
            var info = stat()
            guard lstat(candidate, &info) == 0 else { return .missing }
            if (info.st_mode & S_IFMT) == S_IFLNK { return resolveLink(candidate, path: path) }
            let kind = FileSystemEntry.kind(mode: info.st_mode, size: Int(info.st_size))
            if kind == .directory, FileSystemEntry.isPseudoFileSystem(candidate) { return .systemTree }
            return .inside(candidate, kind)
        case .inside: return .missing
        case .missing: return .missing
        case .dangling: return .dangling
        case .outside(let link): return .outside(link: link)
        case .systemTree: return .systemTree
        }
    }

    private func folder(_ path: String) -> Resolution {
        if path.isEmpty { return .inside(boundary, .directory) }
        if let known = folders.withLock({ $0[path] }) { return known }
        let resolution = resolve(path)
        folders.withLock { $0[path] = resolution }
        return resolution
    }

    /// A link found at `candidate` (the resolved folder plus the link's name).
    private func resolveLink(_ candidate: String, path: String) -> Resolution {
        guard let real = FileSystemEntry.realPath(candidate) else { return .dangling }
        guard isInside(real) else { return .outside(link: path) }
        guard let kind = FileSystemEntry.kind(real) else { return .missing }
        if kind == .directory, real != boundary, FileSystemEntry.isPseudoFileSystem(real) { return .systemTree }
        return .inside(real, kind)
    }

    /// The slow, general way, for paths with `.`/`..` components.
    private func resolveFully(_ path: String) -> Resolution {
        let absolute = boundary + "/" + path
        guard let real = FileSystemEntry.realPath(absolute) else {
            return firstLink(in: path) != nil ? .dangling : .missing
        }
        guard isInside(real) else { return .outside(link: firstLink(in: path) ?? path) }
        guard let kind = FileSystemEntry.kind(real) else { return .missing }
        if kind == .directory, real != boundary, FileSystemEntry.isPseudoFileSystem(real) { return .systemTree }
        return .inside(real, kind)
    }

    private func isInside(_ real: String) -> Bool {
        boundary == "/" || real == boundary || real.hasPrefix(boundary + "/")
    }

    /// The first component of the path that is a symbolic link (the one to report).
    private func firstLink(in path: String) -> String? {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix = joinPath(prefix, String(component))
            if FileSystemEntry.isSymbolicLink(boundary + "/" + prefix) { return prefix }
        }
        return nil
    }

    private func noteOutside(_ link: String) {
        noteLog.record(InputNote("symbolic link leads outside the workspace; not followed (only files inside the workspace are read)",
                                 at: .file(link)))
    }

    public func read(_ path: String, limit: FileSizeLimit) throws(InputError) -> [UInt8] {
        let real: String
        switch resolve(path) {
        case .missing: throw InputError("no such file", at: .file(path))
        case .dangling: throw InputError("is a symbolic link to a file that does not exist", at: .file(path))
        case .outside(let link):
            noteOutside(link)
            throw InputError("leads outside the workspace through the symbolic link '\(link)'; files outside it are never read",
                             at: .file(path))
        case .systemTree: throw InputError("is a system tree (such as /proc), not a workspace file", at: .file(path))
        case .inside(_, .directory): throw InputError("is a directory, not a file", at: .file(path))
        case .inside(_, .special(let what)):
            throw InputError("is \(what), not a regular file; only regular files are read", at: .file(path))
        case .inside(_, .regular(let size)) where size > limit.maxBytes: throw limit.tooLarge(size, path: path)
        case .inside(let resolved, .regular): real = resolved
        }
        do {
            return try FileSystemEntry.readRegularFile(real, maxBytes: limit.maxBytes)
        } catch {
            switch error {
            case .tooLarge(let size): throw limit.tooLarge(size, path: path)
            case .notRegular(let what): throw InputError("is \(what), not a regular file; only regular files are read", at: .file(path))
            case .cannotOpen(let code):
                throw InputError("cannot open file for reading: \(FileSystemEntry.errorText(code))", at: .file(path))
            case .cannotRead(let code): throw InputError("cannot read file: \(FileSystemEntry.errorText(code))", at: .file(path))
            }
        }
    }

    public func kind(of path: String) -> WorkspaceFileKind {
        switch resolve(path) {
        case .missing, .systemTree: return .missing
        case .outside(let link):
            noteOutside(link)
            return .missing
        case .dangling, .inside(_, .regular), .inside(_, .special): return .file
        case .inside(_, .directory): return .directory
        }
    }

    public func size(of path: String) -> Int? {
        if case .inside(_, .regular(let size)) = resolve(path) { return size }
        return nil
    }

    public func list(_ directory: String) -> [String] {
        guard case .inside(let real, .directory) = resolve(directory) else {
            if case .outside(let link) = resolve(directory) { noteOutside(link) }
            return []
        }
        return ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
    }
}

/// Resolved folders of one disk workspace; guarded, since copies of the value may be used from
/// several threads.
final class FolderCache: Sendable {
    private let entries = Mutex<[String: DiskWorkspaceFiles.Resolution]>([:])

    func withLock<R>(_ body: (inout [String: DiskWorkspaceFiles.Resolution]) -> R) -> R {
        entries.withLock { body(&$0) }
    }
}
