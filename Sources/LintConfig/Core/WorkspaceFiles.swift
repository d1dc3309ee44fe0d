import Foundation

/// Where the linter reads files from. The disk in real runs; a dictionary in rule examples and
/// tests, so that a rule's documented examples are also executable without touching the disk.
public protocol WorkspaceFiles: Sendable {
    /// Raw bytes of a workspace-relative path, refused past the limit (with the file's real
    /// size); throws an `InputError` located at the file.
    func read(_ path: String, limit: FileSizeLimit) throws(InputError) -> [UInt8]
    /// `.file` for anything that is not a folder (a FIFO or a dangling link too: reading it
    /// says why it cannot be read); `.missing` for what is not there or not followed.
    func kind(of path: String) -> WorkspaceFileKind
    /// Names (not paths) directly inside a workspace-relative directory, sorted.
    func list(_ directory: String) -> [String]
    /// The size of a readable file without reading it; nil when it is not one.
    func size(of path: String) -> Int?
    /// What the file access chose not to follow, once per path (links out of the workspace).
    var notes: [InputNote] { get }
}

public enum WorkspaceFileKind: Sendable {
    case missing, file, directory
}

extension WorkspaceFiles {
    public func exists(_ path: String) -> Bool { kind(of: path) == .file }

    public var notes: [InputNote] { [] }

    /// Raw bytes with the config-file limit.
    public func read(_ path: String) throws(InputError) -> [UInt8] { try read(path, limit: .config) }

    /// Reads and checks text (size, NUL bytes, UTF-8) in one step.
    public func text(_ path: String, limit: FileSizeLimit = .config) throws(InputError) -> String {
        try SourceText.decode(read(path, limit: limit), path: path, limit: limit)
    }
}

/// Joins workspace-relative path components without doubling or leading slashes.
public func joinPath(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty && $0 != "." }.joined(separator: "/")
}

/// A workspace held in memory: path → text.
public struct InMemoryWorkspaceFiles: WorkspaceFiles {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { self.files = bytes }

    public func read(_ path: String, limit: FileSizeLimit) throws(InputError) -> [UInt8] {
        if let bytes = files[path] {
            if bytes.count > limit.maxBytes { throw limit.tooLarge(bytes.count, path: path) }
            return bytes
        }
        if kind(of: path) == .directory { throw InputError("is a directory, not a file", at: .file(path)) }
        throw InputError("no such file", at: .file(path))
    }

    public func size(of path: String) -> Int? { files[path]?.count }

    public func kind(of path: String) -> WorkspaceFileKind {
        if files[path] != nil { return .file }
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    public func list(_ directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        var names = Set<String>()
        for path in files.keys where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            if let name = rest.split(separator: "/").first { names.insert(String(name)) }
        }
        return names.sorted()
    }
}
