import Foundation

/// Live mode: asks flyctl for an app's secrets instead of reading a saved listing. Runs
/// `fly secrets list -a APP --json` (or `flyctl …`, whichever is first found on PATH) and reads
/// its output with the same parser as a saved file, so live and saved runs cannot disagree.
///
/// flyctl is another program: it may hang (a stalled network, a prompt) and its error output
/// may hold a token. So it runs with a deadline and is stopped past it, and its stderr is
/// summarised (`FlyctlErrorSummary`), never copied into a message.
///
/// The child's environment is passed in rather than read from this process's globals, so that
/// tests can put a stand-in `fly` first on PATH without changing anything for other tests.
public enum FlyLiveSecrets {
    /// The executables tried, in order: `fly` is the name flyctl's installer links today.
    static let executableNames = ["fly", "flyctl"]

    /// How long flyctl may take before it is stopped (documented in the README, "Limits").
    public static let defaultTimeout: Double = 60

    public static func fetch(app: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                             timeout: Double = defaultTimeout) throws(InputError) -> [FlySecret] {
        let source = pseudoPath(app: app)
        guard let executable = findExecutable(in: environment) else {
            throw InputError("flyctl is not on PATH: install it or save `fly secrets list -a \(app) --json` to a file", at: .file(source))
        }
        let command = "`\(executable.lastPathComponent) secrets list -a \(app) --json`"
        let output = try run(executable, arguments: ["secrets", "list", "-a", app, "--json"], environment: environment,
                             timeout: timeout, source: source)
        guard let status = output.status else {
            throw InputError("\(command) did not finish within \(Int(timeout.rounded(.up))) s and was stopped "
                             + "(save its output to a file to check without flyctl)", at: .file(source))
        }
        guard status == 0 else {
            throw InputError("\(command) failed with exit status \(status): \(FlyctlErrorSummary.summary(of: output.stderr))",
                             at: .file(source))
        }
        return try FlySecretsList.parseJSON(String(decoding: output.stdout, as: UTF8.self), path: source)
    }

    /// The path findings and errors name for a live listing (there is no file).
    public static func pseudoPath(app: String) -> String { "fly secrets list -a \(app)" }

    /// The first `fly` or `flyctl` that is an executable file in one of PATH's directories.
    static func findExecutable(in environment: [String: String]) -> URL? {
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in executableNames {
            for directory in directories {
                let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
            }
        }
        return nil
    }

    /// Runs the command with stdout and stderr going to temporary files (reading two pipes in
    /// turn can deadlock when the child fills the other one). `status` is nil when the command
    /// outlived `timeout`: it is sent SIGTERM, then SIGKILL two seconds later.
    static func run(_ executable: URL, arguments: [String], environment: [String: String], timeout: Double,
                    source: String) throws(InputError) -> (status: Int32?, stdout: [UInt8], stderr: [UInt8]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-fly-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let outURL = directory.appendingPathComponent("stdout")
            let errURL = directory.appendingPathComponent("stderr")
            guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
                  FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
                throw InputError("cannot create temporary files in \(directory.path)", at: .file(source))
            }
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = out
            process.standardError = err
            let finished = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
            var timedOut = false
            if finished.wait(timeout: .now() + timeout) == .timedOut {
                timedOut = true
                process.terminate()
                if finished.wait(timeout: .now() + 2) == .timedOut {
                    kill(process.processIdentifier, SIGKILL)
                    finished.wait()
                }
            }
            try? out.close()
            try? err.close()
            let limit = FileSizeLimit.config.maxBytes
            let stdout = try readPrefix(outURL, limit: limit)
            let stderr = try readPrefix(errURL, limit: 64 * 1024)
            if !timedOut, stdout.count > limit { throw FileSizeLimit.config.tooLarge(stdout.count, path: source) }
            return (timedOut ? nil : process.terminationStatus, stdout, stderr)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot run \(executable.path): \(error.localizedDescription)", at: .file(source))
        }
    }

    /// At most `limit + 1` bytes: enough to refuse an endless listing without loading it.
    private static func readPrefix(_ url: URL, limit: Int) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: limit + 1) ?? Data())
    }
}
