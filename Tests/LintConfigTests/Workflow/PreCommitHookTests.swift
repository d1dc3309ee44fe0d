import Foundation
import Testing
@testable import LintConfig

/// `lint-config install-hook` in real repositories: the hook git runs blocks a commit that adds a
/// defect and lets a clean one through; it installs once, chains what was there, follows
/// `core.hooksPath`, and `--uninstall` leaves the hooks folder as it found it.
@Suite(.serialized) struct PreCommitHookTests {
    func commit(_ sandbox: GitSandbox, _ message: String, in folder: String = "") throws -> BinaryRun {
        try sandbox.git(["commit", "-q", "-m", message], in: folder)
    }

    func head(_ sandbox: GitSandbox) throws -> String { try sandbox.git(["rev-parse", "HEAD"]).stdout }

    @Test func theHookBlocksADefectAndLetsACleanCommitThrough() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        let install = try sandbox.lintConfig(["install-hook"])
        #expect(install.status == 0, "\(install.stderr)")

        try sandbox.write("src/port.ts", "export const port = 3000;\n")
        try sandbox.git(["add", "src/port.ts"])
        let clean = try commit(sandbox, "clean change")
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        let before = try head(sandbox)
        try sandbox.write(".kamal/secrets", HookWorkspace.brokenSecrets)
        try sandbox.git(["add", ".kamal/secrets"])
        let blocked = try commit(sandbox, "drops a secret")
        #expect(blocked.status != 0)
        // git shows a pre-commit hook's output on stderr.
        #expect((blocked.stdout + blocked.stderr).contains("[kamal-secret-undefined]"))
        #expect(try head(sandbox) == before, "the commit was refused")
    }

    @Test func installingTwiceIsInstallingOnce() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        #expect(try sandbox.lintConfig(["install-hook"]).stdout.hasPrefix("installed "))
        let first = try sandbox.read(".git/hooks/pre-commit")
        let again = try sandbox.lintConfig(["install-hook"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already lint-config's hook"))
        #expect(try sandbox.read(".git/hooks/pre-commit") == first)
        let hooks = try FileManager.default.contentsOfDirectory(atPath: sandbox.url(".git/hooks").path)
        #expect(hooks.filter { $0.hasPrefix("pre-commit") } == ["pre-commit"])
        #expect(first.components(separatedBy: "check --staged").count == 2, "one lint-config call")
    }

    @Test func anExistingHookIsKeptChainedAndRestored() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        let own = "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/own-hook-ran\"\n[ ! -f block-me ]\n"
        try sandbox.write(".git/hooks/pre-commit", own)
        chmod(sandbox.url(".git/hooks/pre-commit").path, 0o755)

        let install = try sandbox.lintConfig(["install-hook"])
        #expect(install.stdout.contains("the hook that was there runs first"))
        #expect(try sandbox.read(".git/hooks/pre-commit.lint-config-previous") == own)

        try sandbox.write("src/port.ts", "export const port = 3000;\n")
        try sandbox.git(["add", "src/port.ts"])
        #expect(try commit(sandbox, "clean").status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.url(".git/own-hook-ran").path), "the kept hook ran")

        // The kept hook can still refuse a commit on its own.
        try sandbox.write("block-me", "x\n")
        try sandbox.write("src/port.ts", "export const port = 3001;\n")
        try sandbox.git(["add", "src/port.ts"])
        #expect(try commit(sandbox, "blocked by the kept hook").status != 0)

        let uninstall = try sandbox.lintConfig(["install-hook", "--uninstall"])
        #expect(uninstall.status == 0)
        #expect(try sandbox.read(".git/hooks/pre-commit") == own)
        #expect(!FileManager.default.fileExists(atPath: sandbox.url(".git/hooks/pre-commit.lint-config-previous").path))
        #expect(try sandbox.lintConfig(["install-hook", "--uninstall"]).stdout.contains("not lint-config's hook; nothing removed"))
    }

    @Test func uninstallWithoutAPreviousHookLeavesNone() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        _ = try sandbox.lintConfig(["install-hook"])
        #expect(try sandbox.lintConfig(["install-hook", "--uninstall"]).stdout.hasPrefix("removed "))
        #expect(!FileManager.default.fileExists(atPath: sandbox.url(".git/hooks/pre-commit").path))
    }

    @Test func coreHooksPathIsHonoured() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        try sandbox.git(["config", "core.hooksPath", ".githooks"])
        #expect(try sandbox.lintConfig(["install-hook"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.url(".githooks/pre-commit").path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.url(".git/hooks/pre-commit").path))

        try sandbox.write(".kamal/secrets", HookWorkspace.brokenSecrets)
        try sandbox.git(["add", ".kamal/secrets"])
        #expect(try commit(sandbox, "drops a secret").status != 0, "git ran the hook from core.hooksPath")
    }

    @Test func aWorkspaceInsideTheRepositoryIsNamedInTheHook() throws {
        let sandbox = try GitSandbox(HookWorkspace.files.reduce(into: [String: String]()) { $0["demo/" + $1.key] = $1.value })
        try sandbox.write("demo/lint-config.yml", """
            projects:
              - name: worker
                root: .
                deploy:
                  default:
                    kamal: {config: config/deploy.yml}
            environments: [default]

            """)
        try sandbox.repository()
        #expect(try sandbox.lintConfig(["install-hook", "--workspace", "demo"]).status == 0)
        #expect(try sandbox.read(".git/hooks/pre-commit").contains("check --staged --workspace demo\n"))
        try sandbox.write("demo/.kamal/secrets", HookWorkspace.brokenSecrets)
        try sandbox.git(["add", "demo/.kamal/secrets"])
        let blocked = try commit(sandbox, "drops a secret")
        #expect(blocked.status != 0, "\(blocked.stdout)\(blocked.stderr)")
    }

    /// The README's three commands on a copy of this repository's Examples/ and Baselines/: the
    /// planted defects are accepted, so the hook is green, and a new defect still stops a commit.
    @Test func theReadmeThreeCommandsGiveAGreenHookOnExamples() throws {
        let sandbox = try GitSandbox()
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Examples"), to: sandbox.url("Examples"))
        try sandbox.repository()
        #expect(try sandbox.lintConfig(["check", "--workspace", "Examples"]).status == 1, "Examples/ has findings")

        #expect(try sandbox.lintConfig(["baseline", "write", "--workspace", "Examples"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.url("Baselines/staging/findings.json").path), "baselines: ../Baselines")
        #expect(try sandbox.lintConfig(["install-hook", "--workspace", "Examples", "--baseline"]).status == 0)
        #expect(try sandbox.read(".git/hooks/pre-commit").contains("check --staged --baseline --workspace Examples\n"))
        try sandbox.git(["add", "-A"])
        #expect(try commit(sandbox, "accept the planted defects").status == 0)

        try sandbox.write("Examples/GHOST-HANDS/src/banner.ts", "export const banner = 'ghost-hands';\n")
        try sandbox.git(["add", "-A"])
        let clean = try commit(sandbox, "a clean change in a workspace with accepted findings")
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        try sandbox.write("Examples/GHOST-HANDS/src/region.ts", "export const region = process.env.GH_BRAND_NEW_REGION!;\n")
        try sandbox.git(["add", "-A"])
        let blocked = try commit(sandbox, "a new required variable nobody supplies")
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("GH_BRAND_NEW_REGION"))
    }
}
