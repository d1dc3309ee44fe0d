import Foundation
import Testing
@testable import LintConfig

/// `lint-config schema` as a user runs it: the real binary on a fixture workspace.
@Suite struct SchemaCommandTests {
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try runLintConfig(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func printsTheReplayedSchemaOfAProject() throws {
        let workspace = TestPaths.fixtures.appendingPathComponent("SQL/oracle/01_supabase_jobs").path
        let (status, stdout, stderr) = try run(["schema", "--workspace", workspace, "--project", "app", "--env", "production"])
        #expect(status == 0, "\(stderr)")
        #expect(stdout.hasPrefix("{\n  \"databases\": {\n    \"app\": {"))
        #expect(stdout.contains("\"public.gh_automation_jobs\": {"))
        #expect(stdout.contains("\"from\": \"ec2_instance_id\""))
        #expect(stdout.contains("\"channel\": \"gh_job_started\""))
    }

    @Test func anInputErrorIsLocatedOnStderrWithStatusTwo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("svc/migrations"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("create table t (a text default 'oops);\n".utf8).write(to: directory.appendingPathComponent("svc/migrations/001_a.sql"))
        let (status, stdout, stderr) = try run(["schema", "--workspace", directory.path])
        #expect(status == 2)
        #expect(stdout.hasPrefix("{\n  \"databases\": {"), "what could be read is still printed")
        #expect(stderr == "svc/migrations/001_a.sql:1:32: error: unterminated quoted string\n")
    }

    /// Issue 8, item 18: a migration with a NUL byte or invalid UTF-8 was skipped by `check` in
    /// silence, and `schema` printed no JSON at all. Both now name the byte; `schema` still prints
    /// the tables of the migrations it could read, and both exit 2.
    @Test func anUnreadableMigrationIsAnErrorInCheckAndSchemaPrintsTheRest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("svc/migrations"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{}".utf8).write(to: directory.appendingPathComponent("svc/package.json"))
        try Data("create table readable (a int);\n".utf8).write(to: directory.appendingPathComponent("svc/migrations/001_a.sql"))
        try Data([UInt8]("create table t (a int);\nselect '".utf8) + [0x00] + [UInt8]("';\n".utf8))
            .write(to: directory.appendingPathComponent("svc/migrations/002_nul.sql"))
        try Data([UInt8]("select '".utf8) + [0xFF, 0xFE] + [UInt8]("';\n".utf8))
            .write(to: directory.appendingPathComponent("svc/migrations/003_utf8.sql"))

        let check = try run(["check", "--workspace", directory.path])
        #expect(check.status == 2, "\(check.stdout)")
        #expect(check.stderr.contains("svc/migrations/002_nul.sql:2:9: error:"), "\(check.stderr)")
        #expect(check.stderr.contains("svc/migrations/003_utf8.sql:1:9: error:"), "\(check.stderr)")

        let schema = try run(["schema", "--workspace", directory.path])
        #expect(schema.status == 2)
        #expect(schema.stdout.contains("\"public.readable\": {"), "the readable migration is still replayed")
        #expect(schema.stderr.contains("svc/migrations/002_nul.sql:2:9: error:"))
        #expect(schema.stderr.contains("svc/migrations/003_utf8.sql:1:9: error:"))
    }
}
