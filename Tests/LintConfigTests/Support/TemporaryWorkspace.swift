import Foundation
@testable import LintConfig

/// A real directory for tests of what only a disk has: FIFOs, symbolic links, sparse files.
/// Removed when the value is released.
final class TemporaryWorkspace {
    let root: URL
    /// A sibling directory outside the workspace, for links that lead out of it.
    let outside: URL

    init(_ files: [String: String] = [:], copying source: URL? = nil) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-disk-\(UUID().uuidString)")
        root = base.appendingPathComponent("workspace")
        outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        if let source {
            try FileManager.default.copyItem(at: source, to: root)
        } else {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    var files: DiskWorkspaceFiles { DiskWorkspaceFiles(root: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String, in directory: URL? = nil) throws {
        let url = (directory ?? root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Replaces whatever is at `path` with a FIFO that nobody writes to.
    func fifo(_ path: String) throws {
        try? FileManager.default.removeItem(at: url(path))
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        guard mkfifo(url(path).path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A symbolic link at `path` (replacing what is there) pointing at `target`, as written.
    func link(_ path: String, to target: String) throws {
        try? FileManager.default.removeItem(at: url(path))
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url(path).path, withDestinationPath: target)
    }

    /// An executable shell script in `outside` (put it first on a child's PATH), written through
    /// a close-on-exec descriptor so that no process spawned meanwhile keeps it busy.
    func script(_ name: String, _ body: String) throws {
        let path = outside.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A sparse file of `size` bytes: as large as asked, without writing them.
    func sparse(_ path: String, size: UInt64, startingWith text: String = "") throws {
        try write(path, text)
        let handle = try FileHandle(forWritingTo: url(path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }
}
