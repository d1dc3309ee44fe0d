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
        #expect(stdout.isEmpty)
        #expect(stderr == "svc/migrations/001_a.sql:1:32: error: unterminated quoted string\n")
    }
}
