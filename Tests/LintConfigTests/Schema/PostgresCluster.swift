import Foundation

/// A throwaway PostgreSQL cluster for the oracle tests: `initdb` into a temporary directory,
/// `pg_ctl start` listening on a unix socket in that directory only (no TCP port), one
/// database per migration set, and `stop()` that stops the server and removes the directory.
/// PostgreSQL refuses to run as root, so under root every command runs as the `postgres`
/// user via `runuser`, in a directory that user owns.
final class PostgresCluster {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let binDirectory: String
    let directory: URL
    private let asRoot: Bool
    private var running = false

    /// `initdb` on PATH, else in `/usr/lib/postgresql/<version>/bin` (Debian's layout).
    static func findBinaries() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) {
            let candidate = directory + "/initdb"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                // Debian links /usr/bin tools through pg_wrapper; use the real directory.
                let resolved = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().deletingLastPathComponent().path
                if FileManager.default.isExecutableFile(atPath: resolved + "/pg_ctl") { return resolved }
            }
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        return nil
    }

    init(binDirectory: String) throws {
        self.binDirectory = binDirectory
        self.asRoot = getuid() == 0
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("lint-config-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if asRoot {
            try run(["/bin/chown", "postgres", directory.path], asPostgres: false)
        }
        do {
            try run([binDirectory + "/initdb", "-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
            try run([binDirectory + "/pg_ctl", "-D", dataDirectory, "-l", directory.path + "/server.log", "-w", "-t", "30",
                     "-o", "-c listen_addresses='' -k \(directory.path) -c fsync=off -c full_page_writes=off -c synchronous_commit=off", "start"])
            running = true
        } catch {
            stop()
            throw error
        }
    }

    var dataDirectory: String { directory.path + "/data" }

    /// Stops the server (if started) and removes the directory; safe to call twice.
    func stop() {
        if running {
            _ = try? run([binDirectory + "/pg_ctl", "-D", dataDirectory, "-m", "immediate", "-w", "stop"])
            running = false
        }
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    /// Runs SQL text through psql (`ON_ERROR_STOP`), fed on stdin so the postgres user needs
    /// no access to the test's files. Returns psql's stdout.
    @discardableResult
    func psql(_ sql: String, database: String = "postgres", tuplesOnly: Bool = false) throws -> String {
        var arguments = [binDirectory + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", directory.path, "-U", "postgres", "-d", database]
        if tuplesOnly { arguments += ["-At", "-F", "\u{1F}", "-R", "\u{1E}"] }
        arguments += ["-f", "-"]
        return try run(arguments, input: sql)
    }

    /// Runs a command with `posix_spawn` and `waitpid`, stdin/stdout/stderr in temporary
    /// files. Not Foundation's `Process`: it watches a descriptor that the server started by
    /// `pg_ctl start` inherits and keeps open, so waiting for `pg_ctl` would never end.
    @discardableResult
    private func run(_ arguments: [String], input: String? = nil, asPostgres: Bool = true) throws -> String {
        let command = asRoot && asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments
        // Start in the cluster's directory: the postgres user may not be able to enter ours.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path] + command
        let base = NSTemporaryDirectory() + "lint-config-pg-io-\(UUID().uuidString)"
        let inPath = base + ".in", outPath = base + ".out", errPath = base + ".err"
        _ = FileManager.default.createFile(atPath: inPath, contents: Data((input ?? "").utf8))
        defer { for path in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(argv[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // WIFEXITED && WEXITSTATUS == 0
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "\(arguments.first ?? "") failed (status \(status)): \(errors)\(output)")
        }
        return output
    }
}
