import Foundation
@testable import LintConfig

/// Paths of files the tests read from disk, found from this source file so that tests need no
/// resource bundle.
enum TestPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
}

/// Parses YAML text the way the Kamal front end does (no ERB).
func parseYAML(_ text: String, path: String = "test.yml", limits: YAMLLimits = .default) throws(InputError) -> YAMLStream {
    try YAMLParser(limits: limits).parse(text, path: path)
}

/// Runs the linter on an in-memory workspace.
func lint(_ files: [String: String], env: String? = nil, rules: Set<String> = []) throws -> LintResult {
    try Linter.run(InMemoryWorkspaceFiles(files), options: LintOptions(environment: env, onlyRules: rules))
}

/// What the real `lint-config` binary did.
struct BinaryRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The executable `swift test` builds beside the test bundle.
let lintConfigBinary: URL = {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("lint-config")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    return TestPaths.packageRoot.appendingPathComponent(".build/debug/lint-config")
}()

/// Runs the real binary with extra environment variables, capturing both streams.
func runLintConfig(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRun {
    try runProcess(lintConfigBinary, arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
}

/// Runs a program to its end, capturing both streams. stderr is drained on its own thread, so a
/// child that fills one pipe while the other is being read cannot stall the test.
func runProcess(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                environment: [String: String]) throws -> BinaryRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let errData = LockedData()
    let drained = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        errData.set(err.fileHandleForReading.readDataToEndOfFile())
        drained.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    return BinaryRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData.get(), as: UTF8.self))
}

/// The bytes a background reader hands back (Swift 6 wants the handover synchronised).
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
