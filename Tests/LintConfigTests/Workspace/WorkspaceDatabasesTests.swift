import Testing
@testable import LintConfig

@Suite struct WorkspaceDatabasesTests {
    static let files: [String: String] = [
        "VALET/package.json": "{}\n",
        "VALET/drizzle/0000_init.sql": "create table gh_automation_jobs (id uuid primary key, status text not null default 'pending');\n",
        "GH/package.json": "{}\n",
        "GH/migrations/001_add_worker.sql": "alter table gh_automation_jobs add column worker_id text;\n",
        "GH/sql/pickup.sql": "create function pick() returns void language sql as $$ update gh_automation_jobs set status = 'running' where status = 'pending' $$;\n",
    ]

    @Test func aDeclaredSharedDatabaseReplaysSourcesInOrderWithOwners() throws {
        let config = """
            databases:
              - name: supabase
                migrations:
                  - {path: VALET/drizzle, order: drizzle}
                  - {path: GH/migrations, order: numbered}
                  - {path: GH/sql/pickup.sql, project: GH-functions}
            projects:
              - root: VALET
              - root: GH
            """
        let files = InMemoryWorkspaceFiles(Self.files.merging(["lint-config.yml": config]) { $1 })
        let workspace = try #require(try WorkspaceConfigReader.read(files))
        let databases = WorkspaceDatabases.definitions(workspace, files: files)
        #expect(databases.map(\.name) == ["supabase"])
        #expect(databases[0].sources == [
            MigrationSource(project: "VALET", path: "VALET/drizzle", ordering: .drizzle),
            MigrationSource(project: "GH", path: "GH/migrations", ordering: .numbered),
            MigrationSource(project: "GH-functions", path: "GH/sql/pickup.sql", ordering: .auto),
        ])
        let result = SchemaBuilder(files: files).build(databases[0])
        let table = try #require(result.schema.tables.values.first { $0.name.name == "gh_automation_jobs" })
        #expect(table.columns.map(\.name) == ["id", "status", "worker_id"])
    }

    @Test func withoutDeclarationsEachProjectsDiscoveredMigrationsAreADatabase() {
        let files = InMemoryWorkspaceFiles(Self.files)
        let databases = WorkspaceDatabases.definitions(WorkspaceDiscovery.discover(files), files: files)
        #expect(databases.map(\.name).sorted() == ["GH", "VALET"])
    }
}
