import Foundation

/// Where the linter reads files from. The disk in real runs; a dictionary in rule examples and
/// tests, so that a rule's documented examples are also executable without touching the disk.
public protocol WorkspaceFiles: Sendable {
    /// Raw bytes of a workspace-relative path; throws an `InputError` located at the file.
    func read(_ path: String) throws(InputError) -> [UInt8]
    func kind(of path: String) -> WorkspaceFileKind
    /// Names (not paths) directly inside a workspace-relative directory, sorted.
    func list(_ directory: String) -> [String]
}

public enum WorkspaceFileKind: Sendable {
    case missing, file, directory
}

extension WorkspaceFiles {
    public func exists(_ path: String) -> Bool { kind(of: path) == .file }

    /// Reads and checks text (size, NUL bytes, UTF-8) in one step.
    public func text(_ path: String) throws(InputError) -> String {
        try SourceText.decode(read(path), path: path)
    }
}

/// Joins workspace-relative path components without doubling or leading slashes.
public func joinPath(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty && $0 != "." }.joined(separator: "/")
}

/// The workspace on disk, rooted at a directory.
public struct DiskWorkspaceFiles: WorkspaceFiles {
    public let root: URL

    public init(root: URL) { self.root = root }

    private func url(_ path: String) -> URL { path.isEmpty ? root : root.appendingPathComponent(path) }

    public func read(_ path: String) throws(InputError) -> [UInt8] {
        switch kind(of: path) {
        case .missing: throw InputError("no such file", at: .file(path))
        case .directory: throw InputError("is a directory, not a file", at: .file(path))
        case .file: break
        }
        guard let handle = FileHandle(forReadingAtPath: url(path).path) else {
            throw InputError("cannot open file for reading (permission denied?)", at: .file(path))
        }
        defer { try? handle.close() }
        // Read at most one byte past the text limit: enough to refuse a huge file without
        // loading all of it.
        do {
            let data = try handle.read(upToCount: SourceText.defaultMaxBytes + 1) ?? Data()
            return [UInt8](data)
        } catch {
            throw InputError("cannot read file: \(error.localizedDescription)", at: .file(path))
        }
    }

    public func kind(of path: String) -> WorkspaceFileKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    public func list(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(directory).path)) ?? []).sorted()
    }
}

/// A workspace held in memory: path → text.
public struct InMemoryWorkspaceFiles: WorkspaceFiles {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { self.files = bytes }

    public func read(_ path: String) throws(InputError) -> [UInt8] {
        if let bytes = files[path] { return bytes }
        if kind(of: path) == .directory { throw InputError("is a directory, not a file", at: .file(path)) }
        throw InputError("no such file", at: .file(path))
    }

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
