import Foundation

/// Writes a file so that a reader sees the old content or the new, never half of either: the
/// bytes go to a temporary file beside the target, which is flushed to disk (fsync), renamed over
/// the target (atomic on POSIX file systems), and the directory is flushed so the rename itself
/// survives a power cut. An interrupted write leaves the old file and, at worst, a stray
/// `.<name>.tmp-*` file that the next write of the same target removes.
public enum AtomicFile {
    /// Set only by the crash test: after half the bytes are written and flushed, the writer
    /// creates this marker file and waits to be killed, so the test can kill it mid-way.
    static let pauseMarkerVariable = "LINT_CONFIG_TEST_PAUSE_MID_WRITE"

    public static func write(_ text: String, to url: URL) throws(UsageError) {
        let directory = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw UsageError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        removeStaleTemporaries(of: name, in: directory)
        let temporary = directory.appendingPathComponent(".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw UsageError("cannot write \(temporary.path): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let half = bytes.count / 2
        var ok = DescriptorWrite.all(bytes[0..<half], to: descriptor)
        if ok, let marker = ProcessInfo.processInfo.environment[pauseMarkerVariable] {
            fsync(descriptor)
            FileManager.default.createFile(atPath: marker, contents: Data())
            sleep(30)
        }
        ok = ok && DescriptorWrite.all(bytes[half...], to: descriptor) && fsync(descriptor) == 0
        let failure = errno
        close(descriptor)
        guard ok, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw UsageError("cannot write \(url.path): \(String(cString: strerror(ok ? errno : failure)))")
        }
        let directoryDescriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Temporaries of earlier writers of this target that died before their rename.
    private static func removeStaleTemporaries(of name: String, in directory: URL) {
        let prefix = ".\(name).tmp-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) } ?? 0
            // A live writer's file is left alone (kill 0 probes without signalling).
            if pid > 0, pid != getpid(), kill(pid, 0) == 0 { continue }
            unlink(directory.appendingPathComponent(entry).path)
        }
    }
}
