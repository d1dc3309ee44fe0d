import Foundation

/// Live mode: asks flyctl for an app's secrets instead of reading a saved listing. Runs
/// `fly secrets list -a APP --json` (or `flyctl …`, whichever is first found on PATH) and reads
/// its output with the same parser as a saved file, so live and saved runs cannot disagree.
///
/// The child's environment is passed in rather than read from this process's globals, so that
/// tests can put a stand-in `fly` first on PATH without changing anything for other tests.
public enum FlyLiveSecrets {
    /// The executables tried, in order: `fly` is the name flyctl's installer links today.
    static let executableNames = ["fly", "flyctl"]

    public static func fetch(app: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(InputError) -> [FlySecret] {
        let source = pseudoPath(app: app)
        guard let executable = findExecutable(in: environment) else {
            throw InputError("flyctl is not on PATH: install it or save `fly secrets list -a \(app) --json` to a file", at: .file(source))
        }
        let output = try run(executable, arguments: ["secrets", "list", "-a", app, "--json"], environment: environment, source: source)
        guard output.status == 0 else {
            let firstLine = output.stderr.split(whereSeparator: \.isNewline).first.map(String.init) ?? "no error output"
            throw InputError("`\(executable.lastPathComponent) secrets list -a \(app) --json` failed with exit status \(output.status): \(firstLine)",
                             at: .file(source))
        }
        return try FlySecretsList.parse(String(decoding: output.stdout, as: UTF8.self), path: source)
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

    /// Runs the command with stdout and stderr going to temporary files: reading two pipes in
    /// turn can deadlock when the child fills the other one.
    static func run(_ executable: URL, arguments: [String], environment: [String: String],
                    source: String) throws(InputError) -> (status: Int32, stdout: [UInt8], stderr: String) {
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
            try process.run()
            process.waitUntilExit()
            try? out.close()
            try? err.close()
            let stdout = [UInt8](try Data(contentsOf: outURL))
            let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
            return (process.terminationStatus, stdout, stderr)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot run \(executable.path): \(error.localizedDescription)", at: .file(source))
        }
    }
}
