import Foundation
import Synchronization

/// Reads blobs from a repository's object store through one long-lived `git cat-file --batch`:
/// a staged workspace reads dozens of files, and one process per file would cost more than the
/// lint. Requests are serialised (one writer, one reader, in lockstep), so the pipes never hold
/// more than one answer.
public final class GitBlobReader: Sendable {
    private let repository: URL
    private let state = Mutex<Connection?>(nil)
    /// Blobs already read: a staged file's size is asked before it is read.
    private let cache = Mutex<[String: [UInt8]]>([:])

    /// The running batch process and what it has sent but no one has consumed yet.
    private final class Connection {
        let child: Subprocess.Conversation
        var output: Int32 { child.output }
        var buffer: [UInt8] = []

        init(_ child: Subprocess.Conversation) { self.child = child }
    }

    public init(repository: URL) { self.repository = repository }

    deinit {
        state.withLock { connection in
            guard let open = connection else { return }
            close(open.child.input)
            close(open.child.output)
            var status: Int32 = 0
            while waitpid(open.child.pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// The blob's bytes; refused past `limit`, with its real size.
    public func read(_ blob: String, path: String, limit: FileSizeLimit) throws(InputError) -> [UInt8] {
        let bytes = try read(blob, path: path)
        if bytes.count > limit.maxBytes { throw limit.tooLarge(bytes.count, path: path) }
        return bytes
    }

    /// The blob's size in bytes.
    public func size(_ blob: String, path: String) throws(InputError) -> Int { try read(blob, path: path).count }

    private func read(_ blob: String, path: String) throws(InputError) -> [UInt8] {
        if let known = cache.withLock({ $0[blob] }) { return known }
        let result: Result<[UInt8], InputError> = state.withLock { connection in
            do throws(InputError) {
                let open: Connection
                if let running = connection { open = running } else { open = try start(path: path) }
                connection = open
                return .success(try request(blob, from: open, path: path))
            } catch {
                return .failure(error)
            }
        }
        let bytes = try result.get()
        cache.withLock { $0[blob] = bytes }
        return bytes
    }

    private func start(path: String) throws(InputError) -> Connection {
        guard let child = Subprocess.start("git", ["-C", repository.path, "cat-file", "--batch"]) else {
            throw InputError("cannot run git cat-file: git is not on PATH", at: .file(path))
        }
        return Connection(child)
    }

    /// One request: `<blob>\n` out; `<blob> blob <size>\n<bytes>\n` (or `<blob> missing\n`) back.
    private func request(_ blob: String, from connection: Connection, path: String) throws(InputError) -> [UInt8] {
        guard Subprocess.write(Array((blob + "\n").utf8), to: connection.child.input) else {
            throw InputError("cannot read the staged file from git: \(String(cString: strerror(errno)))", at: .file(path))
        }
        let header = String(decoding: try line(connection, path: path), as: UTF8.self).split(separator: " ")
        guard header.count == 3, header[1] == "blob", let size = Int(header[2]) else {
            throw InputError("the git index names a blob git cannot read (\(blob))", at: .file(path))
        }
        return Array(try take(size + 1, from: connection, path: path).dropLast())
    }

    private func line(_ connection: Connection, path: String) throws(InputError) -> [UInt8] {
        while true {
            if let newline = connection.buffer.firstIndex(of: 0x0A) {
                let line = Array(connection.buffer[..<newline])
                connection.buffer.removeSubrange(...newline)
                return line
            }
            try fill(connection, path: path)
        }
    }

    private func take(_ count: Int, from connection: Connection, path: String) throws(InputError) -> [UInt8] {
        while connection.buffer.count < count { try fill(connection, path: path) }
        let bytes = Array(connection.buffer[..<count])
        connection.buffer.removeSubrange(..<count)
        return bytes
    }

    private func fill(_ connection: Connection, path: String) throws(InputError) {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(connection.output, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { return }
        guard count > 0 else { throw InputError("git cat-file stopped before the staged file was read", at: .file(path)) }
        connection.buffer.append(contentsOf: chunk[..<count])
    }
}
