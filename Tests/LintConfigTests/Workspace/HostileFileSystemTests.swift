import Foundation
import Testing
@testable import LintConfig

/// Issue 8's file-system reproducers, on a real copy of `Examples/`: FIFOs, links out of the
/// workspace, system trees, files larger than their limit, dangling links. Each must end in a
/// located error or a note — never a hang, never a read outside the workspace.
@Suite struct HostileFileSystemTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples")

    func examples() throws -> TemporaryWorkspace { try TemporaryWorkspace(copying: Self.examples) }

    func check(_ workspace: TemporaryWorkspace) throws -> LintResult { try Linter.run(workspace.files) }

    static func fifoError(_ path: String) -> String {
        "\(path):1:1: error: is a FIFO (named pipe), not a regular file; only regular files are read"
    }

    // Item 2: a FIFO anywhere a file is read blocked the run forever.
    @Test(arguments: [
        "VALET/.env.example", "ATM/config/deploy.yml", "ATM/config/deploy.staging.yml", "VALET/fly.staging.toml",
        "VALET/fly-secrets.staging.txt", "ATM/.kamal/secrets.staging", "VALET/src/lib/config.ts", "lint-config.yml",
    ])
    func fifoIsRefusedNotWaitedOn(path: String) throws {
        let workspace = try examples()
        try workspace.fifo(path)
        let result = try check(workspace)
        #expect(result.errors.map(\.description).contains(Self.fifoError(path)))
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test(arguments: ["VALET/drizzle/0000_automation_jobs.sql", "VALET/drizzle/meta/_journal.json"])
    func fifoInMigrationsIsRefused(path: String) throws {
        let workspace = try examples()
        try workspace.fifo(path)
        let files = workspace.files
        let config = try #require(try WorkspaceConfigReader.read(files))
        // The schema is built from the migrations that can be read; the FIFO is reported beside it.
        let errors = SchemaReport.render(files: files, databases: WorkspaceDatabases.definitions(config, files: files)).errors
        #expect(errors.map(\.description) == [Self.fifoError(path)])
    }

    // Item 3: `ln -s / SLASH` walked (and linted) the whole machine.
    @Test func linkToTheFileSystemRootIsNotFollowedAndNotedOnce() throws {
        let workspace = try examples()
        try workspace.link("SLASH", to: "/")
        try workspace.link("VALET/src/proc", to: "/proc")
        let result = try check(workspace)
        #expect(result.errors.isEmpty)
        #expect(result.notes.map(\.description) == [
            "SLASH:1:1: note: symbolic link leads outside the workspace; not followed (only files inside the workspace are read)",
            "VALET/src/proc:1:1: note: symbolic link leads outside the workspace; not followed (only files inside the workspace are read)",
        ])
        #expect(workspace.files.kind(of: "SLASH") == .missing)
        #expect(workspace.files.list("SLASH").isEmpty)
    }

    @Test func filesBehindALinkOutOfTheWorkspaceAreNeverRead() throws {
        let workspace = try examples()
        try workspace.write(".env.example", "OUTSIDE_ONLY_KEY=1\n", in: workspace.outside)
        try workspace.write("leak.ts", "export const x = process.env.OUTSIDE_ONLY_READ\n", in: workspace.outside)
        try workspace.link("VALET/src/elsewhere", to: workspace.outside.path)
        try workspace.link("GHOST-HANDS/src/relative", to: "../../../outside")
        let result = try check(workspace)
        let everything = result.findings.map { "\($0.title) \($0.what) \($0.location)" }.joined(separator: "\n")
        #expect(!everything.contains("OUTSIDE_ONLY"))
        #expect(result.notes.map(\.location.path) == ["GHOST-HANDS/src/relative", "VALET/src/elsewhere"])
        let error = #expect(throws: InputError.self) { try workspace.files.read("VALET/src/elsewhere/leak.ts") }
        #expect(error?.message == "leads outside the workspace through the symbolic link 'VALET/src/elsewhere'; "
                + "files outside it are never read")
    }

    @Test func linksInsideTheWorkspaceAreFollowed() throws {
        let workspace = try examples()
        try workspace.link("VALET/lib-alias", to: "src/lib")
        #expect(workspace.files.kind(of: "VALET/lib-alias") == .directory)
        #expect(workspace.files.list("VALET/lib-alias") == ["config.ts"])
        #expect(try workspace.files.text("VALET/lib-alias/config.ts").contains("process.env"))
        #expect(workspace.files.notes.isEmpty)
    }

    @Test(arguments: ["/", "/proc/self", "/proc", "/sys"])
    func systemTreesAreNotWorkspaces(path: String) throws {
        #expect(throws: UsageError.self) { try DiskWorkspaceFiles.checked(path) }
    }

    @Test func aFolderIsAWorkspaceAndAFileIsNot() throws {
        let workspace = try examples()
        #expect(try DiskWorkspaceFiles.checked(workspace.root.path).root.path == workspace.root.path)
        let error = #expect(throws: UsageError.self) { try DiskWorkspaceFiles.checked(workspace.url("lint-config.yml").path) }
        #expect(error?.message.hasSuffix("is not a directory") == true)
    }

    // Item 15: the real size, not the bytes read before stopping ("8.0 MB" for a 50 MB file).
    @Test func anOversizedConfigIsRefusedWithItsRealSize() throws {
        let workspace = try examples()
        try workspace.sparse("ATM/config/deploy.staging.yml", size: 50 * 1024 * 1024)
        let result = try check(workspace)
        #expect(result.errors.map(\.description)
                == ["ATM/config/deploy.staging.yml:1:1: error: file is too large to be a config (50.0 MB; the limit is 8.0 MB)"])
    }

    // Item 15: one minified bundle over the limit in `src/` failed the whole run with exit 2.
    @Test func anOversizedSourceFileIsSkippedWithANote() throws {
        let workspace = try examples()
        try workspace.sparse("VALET/src/generated.js", size: 9 * 1024 * 1024, startingWith: "process.env.X;")
        let result = try check(workspace)
        #expect(result.errors.isEmpty)
        #expect(result.exitCode(failOn: .critical) != 2)
        #expect(result.notes.map(\.description) == [
            "VALET/src/generated.js:1:1: note: not scanned: 9.0 MB is over the 8.0 MB limit for source files, "
                + "so it is taken to be generated, minified or vendored",
        ])
    }

    // Item 19: a dangling link in place of lint-config.yml fell back to discovery.
    @Test func aDanglingLinkToTheWorkspaceConfigIsAnError() throws {
        let workspace = try examples()
        try workspace.link("lint-config.yml", to: "gone.yml")
        let result = try check(workspace)
        #expect(result.errors.map(\.description) == ["lint-config.yml:1:1: error: is a symbolic link to a file that does not exist"])
        #expect(result.exitCode(failOn: .medium) == 2)
    }
}
