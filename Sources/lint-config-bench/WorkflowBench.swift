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
        let sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("lint-config-bench-git-\(UUID().uuidString)")
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

        // A run that cannot start would time nothing: the statuses must be the linter's (0 or 1).
        for arguments in [["check", "--staged"], ["check", "--workspace", examples]] {
            let status = spawn(binary, arguments, in: sandbox)
            guard status == 0 || status == 1 else {
                print("workflow bench: \(binary) \(arguments.joined(separator: " ")) exited with \(status)")
                return
            }
        }
        let staged = measure(runs: runs) { spawn(binary, ["check", "--staged"], in: sandbox) }
        let full = measure(runs: runs) { spawn(binary, ["check", "--workspace", examples], in: sandbox) }
        print("")
        print("| whole process (release, median of \(runs)) | ms | target |")
        print("|---|---:|---|")
        func verdict(_ met: Bool) -> String { met ? "met" : "not met" }
        print(String(format: "| `check --staged`, only README.md staged | %.1f | < 20 ms: %@ |",
                     staged, verdict(staged < 20)))
        print(String(format: "| `check` of Examples/ (every rule, all environments) | %.1f | < 30 ms: %@ |",
                     full, verdict(full < 30)))
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
    /// Started with `posix_spawn`, as a shell's git hook starts it: Foundation's `Process` adds
    /// ~50 ms per child on Linux (it closes every descriptor and runs a monitor thread), which
    /// measured the bench, not the linter.
    static func spawn(_ executable: String, _ arguments: [String], in directory: URL) -> Int32 {
        for (key, value) in ["GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
                             "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com"] {
            setenv(key, value, 1)
        }
        let previous = FileManager.default.currentDirectoryPath
        let executable = URL(fileURLWithPath: executable).standardizedFileURL.path  // before the chdir
        guard FileManager.default.changeCurrentDirectoryPath(directory.path) else { return -1 }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
