import Foundation
import Testing

/// Issue 8's reproducers through the real binary: what reaches the terminal and the streams a
/// pre-commit hook shows.
@Suite struct HostileCommandLineTests {
    static let webProject: [String: String] = [
        "lint-config.yml": """
            environments: [production]
            projects:
              - name: WEB
                root: WEB
                deploy:
                  production:
                    fly: {app: web, config: WEB/fly.toml}
            """,
        "WEB/package.json": "{}\n",
        "WEB/fly.toml": "app = 'web'\n",
        "WEB/.env.example": "DOCUMENTED=1\n",
    ]

    // Item 14: `--env` with an escape sequence reached the terminal through the usage error.
    @Test func anOptionValueCannotDriveTheTerminal() throws {
        let workspace = try TemporaryWorkspace(Self.webProject)
        let run = try runLintConfig(["check", "--workspace", workspace.root.path, "--env", "\u{1B}[2J\u{1B}]0;owned\u{07}"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown environment '\\x1B[2J\\x1B]0;owned\\x07'"))
        #expect(!run.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // Item 14: a file name with a newline forged a `### [CRITICAL]` heading in the report.
    // The escaping is per line: the argument parser's usage text keeps its real line breaks.
    @Test func usageTextKeepsItsLines() throws {
        let run = try runLintConfig(["check", "--format", "no-such-format"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\nUsage: lint-config check"))
        #expect(!run.stderr.contains("\\n"))
    }

    @Test func aFileNameCannotForgeAHeading() throws {
        let workspace = try TemporaryWorkspace(Self.webProject.merging([
            "WEB/src/evil\n### [CRITICAL] injected.ts": "export const k = process.env.UNDOCUMENTED_KEY\n",
        ]) { $1 })
        let run = try runLintConfig(["check", "--workspace", workspace.root.path])
        #expect(run.stdout.contains("WEB/src/evil\\n### [CRITICAL] injected.ts:1:"))
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("### [CRITICAL] injected") })
    }

    // `init --stdout` printed a folder named with a newline and an ESC as it is: the newline
    // forged a YAML line and the ESC reached the terminal.
    @Test func initStdoutEscapesFolderNames() throws {
        let workspace = try TemporaryWorkspace([
            "evil\n- name: forged\u{1B}[2J/package.json": "{}\n",
            "WEB/package.json": "{}\n",
        ])
        let run = try runLintConfig(["init", "--stdout", "--workspace", workspace.root.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("name: \"evil\\n- name: forged\\x1B[2J\""))
        #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("- name: forged") })
    }

    // Items 4 and 11 through the binary: flyctl's stderr (here holding a token) is summarised.
    @Test func flyLiveNeverCopiesFlyctlErrorOutput() throws {
        let workspace = try TemporaryWorkspace(Self.webProject)
        try workspace.script("fly", "echo 'Error: unauthorized (token FlyV1 fm2_CANARY_TOKEN_3)' >&2\nexit 1")
        let run = try runLintConfig(["check", "--workspace", workspace.root.path, "--fly-live"],
                                    environment: ["PATH": workspace.outside.path + ":/usr/bin:/bin"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("fly secrets list -a web:1:1: error: `fly secrets list -a web --json` failed with exit "
                                    + "status 1: flyctl was refused access to the app (flyctl's error output is not shown"))
        #expect(!run.stderr.contains("CANARY") && !run.stdout.contains("CANARY"))
    }

    // Item 3: `--workspace /proc/self` never finished.
    @Test func aSystemTreeIsNotAWorkspace() throws {
        let run = try runLintConfig(["check", "--workspace", "/proc/self"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: workspace '/proc/self' is a system tree"))
    }

    // Item 3 and 15 together: notes print once on stderr and leave the exit status alone.
    @Test func notesPrintOnStderrWithoutFailingTheRun() throws {
        let workspace = try TemporaryWorkspace(Self.webProject)
        try workspace.link("WEB/src/outside", to: "/")
        let run = try runLintConfig(["check", "--workspace", workspace.root.path, "--fail-on", "critical"])
        #expect(run.status == 0)
        #expect(run.stderr == "WEB/src/outside:1:1: note: symbolic link leads outside the workspace; not followed "
                + "(only files inside the workspace are read)\n")
    }
}
