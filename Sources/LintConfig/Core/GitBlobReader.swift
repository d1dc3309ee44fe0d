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
        let process: Process
        let input: FileHandle
        let output: Int32
        var buffer: [UInt8] = []

        init(process: Process, input: FileHandle, output: Int32) {
            self.process = process
            self.input = input
            self.output = output
        }
    }

    public init(repository: URL) { self.repository = repository }

    deinit {
        state.withLock { connection in
            guard let open = connection else { return }
            try? open.input.close()
            open.process.waitUntilExit()
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository.path, "cat-file", "--batch"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw InputError("cannot run git cat-file: \(error.localizedDescription)", at: .file(path))
        }
        return Connection(process: process, input: input.fileHandleForWriting, output: output.fileHandleForReading.fileDescriptor)
    }

    /// One request: `<blob>\n` out; `<blob> blob <size>\n<bytes>\n` (or `<blob> missing\n`) back.
    private func request(_ blob: String, from connection: Connection, path: String) throws(InputError) -> [UInt8] {
        do {
            try connection.input.write(contentsOf: Data((blob + "\n").utf8))
        } catch {
            throw InputError("cannot read the staged file from git: \(error.localizedDescription)", at: .file(path))
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
