import Foundation
@testable import LintConfig

/// A real git repository (or a folder of several) in a temporary directory, for the pre-commit
/// workflow: git runs with no global or system configuration, so a developer's own hooksPath or
/// templates cannot change what a test sees.
final class GitSandbox {
    let base: URL

    init(_ files: [String: String] = [:]) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    func url(_ path: String) -> URL { path.isEmpty ? base : base.appendingPathComponent(path) }

    /// Through `AtomicFile` (its descriptor is close-on-exec): Foundation's atomic write leaves its
    /// temporary file's descriptor open in any process another test spawns meanwhile, and a hook
    /// written that way and then run fails now and then with "Text file busy".
    func write(_ path: String, _ text: String) throws { try AtomicFile.write(text, to: url(path)) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    static let environment: [String: String] = [
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_TEMPLATE_DIR": "",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com", "NO_COLOR": "1",
    ]

    /// Runs `git` in a folder of the sandbox; returns the whole run (a failing commit is a result).
    @discardableResult
    func git(_ arguments: [String], in folder: String = "") throws -> BinaryRun {
        try Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: url(folder))
    }

    /// Initialises a repository in `folder` and commits everything in it.
    func repository(_ folder: String = "") throws {
        try git(["init", "-q", "-b", "main"], in: folder)
        try git(["add", "-A"], in: folder)
        try git(["commit", "-q", "-m", "initial"], in: folder)
    }

    /// The real `lint-config`, run from a folder of the sandbox.
    func lintConfig(_ arguments: [String], in folder: String = "") throws -> BinaryRun {
        try Self.run(lintConfigBinary, arguments, in: url(folder))
    }

    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> BinaryRun {
        var environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
        for key in ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"] { environment[key] = nil }
        return try runProcess(executable, arguments, in: directory, environment: environment)
    }
}

/// One worker deployed by Kamal: clean as written; a defect is one line away (a secret the code
/// needs and the secrets file does not define).
enum HookWorkspace {
    static let deploy = ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n    - DATABASE_URL\n"
    static let secrets = "KAMAL_REGISTRY_PASSWORD=$(op read r)\nDATABASE_URL=$(op read d)\n"
    /// The secrets file without DATABASE_URL: `kamal-secret-undefined`, critical.
    static let brokenSecrets = "KAMAL_REGISTRY_PASSWORD=$(op read r)\n"

    static let files: [String: String] = [
        "package.json": "{}\n",
        "src/main.ts": "const db = process.env.DATABASE_URL!;\n",
        "config/deploy.yml": deploy,
        ".kamal/secrets": secrets,
    ]
}
