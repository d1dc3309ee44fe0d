import Foundation

/// The two times a user of the pre-commit hook feels, as whole processes of the release binary
/// (start-up, git, reading, rules, output): `check --staged` on a commit that stages nothing the
/// linter reads (target < 20 ms: the hook must not be noticed), and a full `check` of Examples/
/// (target < 30 ms). Medians of `runs` runs after one warm-up, output discarded.
enum WorkflowBench {
    static func run(runs: Int, binary: String, examples: String) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("workflow bench: \(binary) is missing; build it with `swift build -c release --product lint-config`")
            return
        }
        let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-bench-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: examples), to: sandbox)
        for arguments in [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "examples"]] {
            guard spawn("/usr/bin/git", arguments, in: sandbox) == 0 else {
                print("workflow bench: git \(arguments[0]) failed; is git installed?")
                return
            }
        }
        try Data("\nA documentation change.\n".utf8).write(to: sandbox.appendingPathComponent("README.md"))
        _ = spawn("/usr/bin/git", ["add", "README.md"], in: sandbox)

        let staged = measure(runs: runs) { spawn(binary, ["check", "--staged"], in: sandbox) }
        let full = measure(runs: runs) { spawn(binary, ["check", "--workspace", examples], in: sandbox) }
        print("")
        print("| whole process (release, median of \(runs)) | ms | target |")
        print("|---|---:|---|")
        print(String(format: "| `check --staged`, only README.md staged | %.1f | < 20 ms: %@ |", staged, staged < 20 ? "met" : "not met"))
        print(String(format: "| `check` of Examples/ (every rule, all environments) | %.1f | < 30 ms: %@ |", full, full < 30 ? "met" : "not met"))
    }

    /// Median wall milliseconds of `body`, after one untimed warm-up run.
    static func measure(runs: Int, _ body: () -> Int32) -> Double {
        _ = body()
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }

    /// The process with stdout and stderr discarded; its exit status (-1 when it cannot start).
    static func spawn(_ executable: String, _ arguments: [String], in directory: URL) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
            "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com",
        ]) { $1 }
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
