#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one absolute path is on disk, found with `realpath`, `lstat` and `stat` rather than
/// `FileManager`, which follows links anywhere and calls a FIFO a file. The disk workspace
/// uses it to decide what may be read: regular files inside the workspace root, nothing else.
enum FileSystemEntry {
    enum Kind: Equatable, Sendable {
        case regular(size: Int)
        case directory
        /// A FIFO, socket or device: opening or reading it can block forever.
        case special(String)
    }

    /// `realpath(3)`: every link and `..` resolved; nil when the path or a link target is missing.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The kind of what a path finally names (links followed); nil when nothing is there.
    static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return kind(mode: info.st_mode, size: Int(info.st_size))
    }

    static func kind(mode: mode_t, size: Int) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .regular(size: size)
        case S_IFDIR: return .directory
        case S_IFIFO: return .special("a FIFO (named pipe)")
        case S_IFSOCK: return .special("a socket")
        case S_IFCHR, S_IFBLK: return .special("a device")
        default: return .special("not a regular file")
        }
    }

    /// True when the path itself (not what it points at) is a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Kernel views of processes, devices and kernel state (`/proc`, `/sys`, `/dev`): endless or
    /// self-referential trees, never a workspace. Found by path, and by device for the same
    /// file systems mounted elsewhere (every path of one mount shares its device number).
    static func isPseudoFileSystem(_ path: String) -> Bool {
        for prefix in systemTrees where path == prefix || path.hasPrefix(prefix + "/") { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return systemTreeDevices.contains(UInt64(info.st_dev))
    }

    static let systemTrees = ["/proc", "/sys", "/dev"]

    /// The devices of those trees — unless one is not a mount of its own (a chroot's plain
    /// `/dev` folder shares the root's device, and the root is not a system tree).
    static let systemTreeDevices: Set<UInt64> = {
        func device(_ path: String) -> UInt64? {
            var info = stat()
            return stat(path, &info) == 0 ? UInt64(info.st_dev) : nil
        }
        let root = device("/")
        return Set(systemTrees.compactMap(device).filter { $0 != root })
    }()

    /// Reads a regular file without ever blocking: opened non-blocking (a FIFO swapped in after
    /// the check cannot hang the open), checked again on the open descriptor, and read to at
    /// most `maxBytes + 1` bytes. Throws a message for the caller to locate.
    static func readRegularFile(_ path: String, maxBytes: Int) throws(FileReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .cannotOpen(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .cannotRead(errno) }
        switch kind(mode: info.st_mode, size: Int(info.st_size)) {
        case .regular(let size) where size > maxBytes: throw .tooLarge(size)
        case .regular: break
        case .directory: throw .notRegular("a directory")
        case .special(let what): throw .notRegular(what)
        }
        // One read into an uninitialised buffer of the size fstat gave (+1 to see growth): a
        // zeroed 64 KB chunk per file cost more than reading `Examples/` itself.
        let capacity = min(Int(info.st_size), maxBytes) + 1
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < capacity {
                let count = read(descriptor, base + initialized, capacity - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { break }
                initialized += count
            }
        }
        if let failure { throw .cannotRead(failure) }
        // The file grew after fstat: read on in chunks, up to one byte past the limit.
        if bytes.count == capacity, bytes.count <= maxBytes {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= maxBytes {
                let wanted = min(chunk.count, maxBytes + 1 - bytes.count)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw .cannotRead(errno)
                }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        // The file grew after fstat: its size is at least what was read.
        if bytes.count > maxBytes { throw .tooLarge(max(bytes.count, Int(info.st_size))) }
        return bytes
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}

enum FileReadFailure: Error {
    case cannotOpen(Int32)
    case cannotRead(Int32)
    case tooLarge(Int)
    case notRegular(String)
}
