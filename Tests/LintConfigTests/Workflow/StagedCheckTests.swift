import Foundation
import Testing
@testable import LintConfig

/// `check --staged` in real git repositories: it lints what the index holds, not the editor's
/// files, and returns at once when the commit touches nothing the linter reads.
@Suite(.serialized) struct StagedCheckTests {
    @Test func aDefectOnlyInTheIndexIsFound() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        try sandbox.write(".kamal/secrets", HookWorkspace.brokenSecrets)
        try sandbox.git(["add", ".kamal/secrets"])
        try sandbox.write(".kamal/secrets", HookWorkspace.secrets)

        let staged = try sandbox.lintConfig(["check", "--staged"])
        #expect(staged.status == 1, "\(staged.stdout)\(staged.stderr)")
        #expect(staged.stdout.contains("[kamal-secret-undefined]"))
        #expect(staged.stdout.contains("Secret 'DATABASE_URL' is not defined"))
        let disk = try sandbox.lintConfig(["check"])
        #expect(disk.status == 0, "the working tree is clean: \(disk.stdout)")
    }

    @Test func aDefectOnlyInTheWorkingTreeIsNotFound() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        // A relevant file is staged (so the lint runs) while the defect stays unstaged.
        try sandbox.write("src/other.ts", "export const port = 3000;\n")
        try sandbox.git(["add", "src/other.ts"])
        try sandbox.write(".kamal/secrets", HookWorkspace.brokenSecrets)
        // An untracked file exists only on disk: invisible to the staged view.
        try sandbox.write("src/untracked.ts", "const q = process.env.QUEUE_URL!;\n")

        let staged = try sandbox.lintConfig(["check", "--staged"])
        #expect(staged.status == 0, "\(staged.stdout)\(staged.stderr)")
        #expect(staged.stdout.hasPrefix("lint-config: 0 findings"))
        let disk = try sandbox.lintConfig(["check"])
        #expect(disk.status == 1)
        #expect(disk.stdout.contains("[kamal-secret-undefined]"))
    }

    @Test func aFileDeletedFromTheIndexIsGoneThoughStillOnDisk() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        try sandbox.repository()
        try sandbox.git(["rm", "-q", "--cached", ".kamal/secrets"])
        let staged = try sandbox.lintConfig(["check", "--staged"])
        #expect(staged.stdout.contains(".kamal/secrets is not in the repository"), "\(staged.stdout)\(staged.stderr)")
        #expect(!(try sandbox.lintConfig(["check"]).stdout.contains("is not in the repository")))
    }

    @Test func nothingRelevantStagedReturnsAtOnce() throws {
        let sandbox = try GitSandbox(HookWorkspace.files.merging(["README.md": "# worker\n"]) { $1 })
        try sandbox.repository()
        // The working tree is broken, but the commit only touches documentation.
        try sandbox.write(".kamal/secrets", HookWorkspace.brokenSecrets)
        try sandbox.write("README.md", "# worker\n\nNow documented.\n")
        try sandbox.write("docs/logo.png", "not really a png\n")
        try sandbox.git(["add", "README.md", "docs/logo.png"])
        let staged = try sandbox.lintConfig(["check", "--staged"])
        #expect(staged.status == 0)
        #expect(staged.stdout == "lint-config: 2 staged files, none an input of any rule; nothing to check\n")

        let nothing = try GitSandbox(HookWorkspace.files)
        try nothing.repository()
        #expect(try nothing.lintConfig(["check", "--staged"]).stdout.hasPrefix("lint-config: 0 staged files"))
    }

    @Test func theFirstCommitOfARepositoryIsLinted() throws {
        let sandbox = try GitSandbox(HookWorkspace.files.merging([".kamal/secrets": HookWorkspace.brokenSecrets]) { $1 })
        try sandbox.git(["init", "-q", "-b", "main"])
        try sandbox.git(["add", "-A"])
        let staged = try sandbox.lintConfig(["check", "--staged"])
        #expect(staged.status == 1)
        #expect(staged.stdout.contains("[kamal-secret-undefined]"))
    }

    @Test func outsideARepositoryItIsAUsageError() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        let run = try sandbox.lintConfig(["check", "--staged"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--staged needs a git repository"))
    }

    /// Three repositories side by side under a `lint-config.yml` that is in none of them: run from
    /// inside one, without `--workspace`, the whole workspace is linted — that repository as
    /// staged, its siblings as they are on disk.
    @Test func inAMultiRepoWorkspaceSiblingsAreReadFromDisk() throws {
        let sandbox = try GitSandbox([
            "lint-config.yml": """
                environments: [staging]
                projects:
                  - name: worker
                    root: worker
                    deploy:
                      staging:
                        kamal: {config: ops/config/deploy.yml, destination: staging}
                  - name: ops
                    root: ops

                """,
            "worker/package.json": "{}\n",
            "worker/src/main.ts": "const db = process.env.DATABASE_URL!;\n",
            "ops/package.json": "{}\n",
            "ops/config/deploy.yml": HookWorkspace.deploy,
            "ops/config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
            "ops/.kamal/secrets-common": HookWorkspace.secrets,
        ])
        try sandbox.repository("worker")
        try sandbox.repository("ops")
        #expect(try sandbox.lintConfig(["check"], in: "worker/src").status == 0, "upward discovery finds the workspace")

        // Staged in worker, not on its disk: a new required variable nobody supplies.
        try sandbox.write("worker/src/main.ts", "const db = process.env.DATABASE_URL!;\nconst q = process.env.QUEUE_URL!;\n")
        try sandbox.git(["add", "src/main.ts"], in: "worker")
        try sandbox.write("worker/src/main.ts", "const db = process.env.DATABASE_URL!;\n")
        let missing = try sandbox.lintConfig(["check", "--staged"], in: "worker")
        #expect(missing.status == 1, "\(missing.stdout)\(missing.stderr)")
        #expect(missing.stdout.contains("QUEUE_URL"))

        // The sibling supplies it on disk, uncommitted: that is the state the commit meets.
        try sandbox.write("ops/config/deploy.yml", HookWorkspace.deploy + "    - QUEUE_URL\n")
        try sandbox.write("ops/.kamal/secrets-common", HookWorkspace.secrets + "QUEUE_URL=$(op read q)\n")
        let supplied = try sandbox.lintConfig(["check", "--staged"], in: "worker")
        #expect(supplied.status == 0, "\(supplied.stdout)\(supplied.stderr)")
    }

    @Test func withoutAConfigTheHintSaysWhatWasDiscovered() throws {
        let sandbox = try GitSandbox(HookWorkspace.files)
        let run = try sandbox.lintConfig(["check"])
        #expect(run.stderr == "lint-config: no lint-config.yml; discovered 1 project; `lint-config init` to pin them\n")
    }
}
