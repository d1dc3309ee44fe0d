import Foundation
import Testing
@testable import LintConfig

/// Live mode against stand-in `fly`/`flyctl` scripts in a temporary directory that the child
/// process sees first on its PATH; the test process's own environment is never changed.
@Suite struct FlyLiveSecretsTests {
    /// A temporary directory holding stand-in executables.
    final class StandIns {
        let directory: URL

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("fly-standins-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        /// Written through a close-on-exec descriptor: a process another test spawns meanwhile
        /// must not inherit it open for writing, or running the script fails with "text file busy".
        func script(_ name: String, _ body: String, executable: Bool = true) throws {
            let url = directory.appendingPathComponent(name)
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0o755 : 0o644)
            guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
            let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        }

        /// PATH with the stand-ins first, then the system directories `sh` needs.
        var environment: [String: String] { ["PATH": "\(directory.path):/usr/bin:/bin"] }
    }

    static let json = #"[{"name":"DATABASE_URL","digest":"a1b2","status":"Deployed"},{"name":"GH_SERVICE_KEY","digest":"c3d4"}]"#

    @Test func readsJSONFromFlyOnPath() throws {
        let s = try StandIns()
        try s.script("fly", "printf '%s\\n' '\(Self.json)'")
        let secrets = try FlyLiveSecrets.fetch(app: "valet", environment: s.environment)
        #expect(secrets.map(\.name) == ["DATABASE_URL", "GH_SERVICE_KEY"])
        #expect(secrets.map(\.digest) == ["a1b2", "c3d4"])
        #expect(secrets[0].location == Location(path: "fly secrets list -a valet", line: 1, column: 11))
    }

    @Test func passesTheExpectedArguments() throws {
        let s = try StandIns()
        let log = s.directory.appendingPathComponent("args.txt")
        try s.script("fly", "echo \"$@\" > '\(log.path)'\necho '[]'")
        #expect(try FlyLiveSecrets.fetch(app: "ghost-hands", environment: s.environment).isEmpty)
        #expect(try String(contentsOf: log, encoding: .utf8) == "secrets list -a ghost-hands --json\n")
    }

    @Test func fallsBackToFlyctl() throws {
        let s = try StandIns()
        try s.script("flyctl", #"echo '[{"name":"FROM_FLYCTL","digest":"d"}]'"#)
        #expect(try FlyLiveSecrets.fetch(app: "a", environment: s.environment).map(\.name) == ["FROM_FLYCTL"])
    }

    @Test func prefersFlyOverFlyctl() throws {
        let s = try StandIns()
        try s.script("fly", #"echo '[{"name":"FROM_FLY","digest":"d"}]'"#)
        try s.script("flyctl", #"echo '[{"name":"FROM_FLYCTL","digest":"d"}]'"#)
        #expect(try FlyLiveSecrets.fetch(app: "a", environment: s.environment).map(\.name) == ["FROM_FLY"])
    }

    @Test func nonExecutableFileIsNotFlyctl() throws {
        let s = try StandIns()
        try s.script("fly", "echo '[]'", executable: false)
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "a", environment: s.environment) }
        #expect(error?.message.hasPrefix("flyctl is not on PATH") == true)
    }

    @Test func missingFlyctlIsAClearError() throws {
        let s = try StandIns()
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "valet", environment: s.environment) }
        #expect(error?.message == "flyctl is not on PATH: install it or save `fly secrets list -a valet --json` to a file")
        #expect(error?.location == .file("fly secrets list -a valet"))
    }

    @Test func emptyPathIsMissingFlyctl() throws {
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "x", environment: [:]) }
        #expect(error?.message.hasPrefix("flyctl is not on PATH") == true)
    }

    // Item 11: flyctl's stderr was copied into the message, and it may hold a token.
    @Test func failingCommandIsSummarisedNeverCopied() throws {
        let s = try StandIns()
        try s.script("fly", "echo 'Error: Could not find App \"nope\" (token fm2_CANARY_TOKEN_1)' >&2\necho 'second line' >&2\nexit 3")
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "nope", environment: s.environment) }
        #expect(error?.message == "`fly secrets list -a nope --json` failed with exit status 3: flyctl cannot find the app "
                + "(flyctl's error output is not shown: it may hold a token)")
        #expect(error?.message.contains("CANARY") == false)
    }

    @Test func unknownErrorOutputIsDescribedByItsSizeOnly() throws {
        let s = try StandIns()
        try s.script("fly", "echo 'debug: Authorization: Bearer fm2_CANARY_TOKEN_2' >&2\necho 'boom' >&2\nexit 1")
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "a", environment: s.environment) }
        #expect(error?.message == "`fly secrets list -a a --json` failed with exit status 1: "
                + "flyctl wrote 2 lines of error output (not shown: it may hold a token)")
    }

    @Test func notLoggedInIsNamed() throws {
        let s = try StandIns()
        try s.script("fly", "echo 'Error: No access token available. Please login with flyctl auth login' >&2\nexit 1")
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "a", environment: s.environment) }
        #expect(error?.message.hasSuffix("flyctl is not logged in (run `fly auth login` or set FLY_API_TOKEN) "
                + "(flyctl's error output is not shown: it may hold a token)") == true)
    }

    // Item 4: a stuck `fly` was waited on forever. The deadline is short here; the assertion is
    // about the outcome (stopped, and said so), not about how long anything took.
    @Test func stuckFlyIsStoppedAtTheDeadline() throws {
        let s = try StandIns()
        try s.script("fly", "exec sleep 600")
        let error = #expect(throws: InputError.self) {
            try FlyLiveSecrets.fetch(app: "stuck", environment: s.environment, timeout: 0.2)
        }
        #expect(error?.message == "`fly secrets list -a stuck --json` did not finish within 1 s and was stopped "
                + "(save its output to a file to check without flyctl)")
        #expect(error?.location == .file("fly secrets list -a stuck"))
    }

    @Test func outputThatIsNotAListingIsAnInputError() throws {
        let s = try StandIns()
        try s.script("fly", "echo 'please log in'")
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "a", environment: s.environment) }
        #expect(error?.location == Location(path: "fly secrets list -a a", line: 1, column: 1))
        #expect(error?.message == "expected a JSON array of secrets (the output of `fly secrets list --json`)")
    }

    @Test func emptyOutputIsAnEmptyListingError() throws {
        let s = try StandIns()
        try s.script("fly", "true")
        let error = #expect(throws: InputError.self) { try FlyLiveSecrets.fetch(app: "a", environment: s.environment) }
        #expect(error?.message.hasPrefix("is empty: expected the JSON array") == true)
    }
}
