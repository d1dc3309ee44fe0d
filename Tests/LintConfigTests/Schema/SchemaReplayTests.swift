import Foundation
import Testing
@testable import LintConfig

/// The replay's history, provenance across projects, problems, and the JSON it prints.
@Suite struct SchemaReplayTests {
    static let sharedDatabase: [String: String] = [
        "core/drizzle/meta/_journal.json": #"{"entries": [{"idx": 0, "tag": "0000_jobs"}]}"#,
        "core/drizzle/0000_jobs.sql": """
            CREATE TABLE "gh_automation_jobs" (
            \t"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
            \t"status" varchar(20) DEFAULT 'queued' NOT NULL,
            \t"worker" text
            );
            """,
        "worker/migrations/001_cols.sql": "ALTER TABLE gh_automation_jobs RENAME COLUMN worker TO worker_id;\nALTER TABLE gh_automation_jobs ALTER COLUMN status TYPE text;\n",
        "worker/migrations/002_pickup.sql": """
            CREATE FUNCTION pickup() RETURNS void LANGUAGE sql AS $$
              UPDATE gh_automation_jobs SET status = 'running' WHERE status = 'pending';
            $$;
            """,
        "ops/sql/drop.sql": "ALTER TABLE gh_automation_jobs DROP COLUMN worker_id;\nALTER TABLE missing ADD COLUMN x int;\nCREATE FOREIGN TABLE f (a int) SERVER s;\n",
    ]

    static let database = DatabaseDefinition(name: "shared", sources: [
        MigrationSource(project: "core", path: "core/drizzle"),
        MigrationSource(project: "worker", path: "worker/migrations", ordering: .numbered),
        MigrationSource(project: "ops", path: "ops/sql/drop.sql"),
    ])

    func build() throws -> SchemaBuilder.Result {
        SchemaBuilder(files: InMemoryWorkspaceFiles(Self.sharedDatabase)).build(Self.database)
    }

    @Test func historyAcrossProjects() throws {
        let schema = try build().schema
        let table = try #require(schema.table("gh_automation_jobs"))
        #expect(table.columns.map(\.name) == ["id", "status"])
        let status = try #require(table.column("status"))
        #expect(status.type == "text")
        #expect(status.history.map(\.kind) == [.added, .typeChanged(from: "character varying(20)", to: "text")])
        #expect(status.history.map(\.provenance) == [
            SchemaProvenance(project: "core", location: Location(path: "core/drizzle/0000_jobs.sql", line: 3, column: 2)),
            SchemaProvenance(project: "worker", location: Location(path: "worker/migrations/001_cols.sql", line: 2, column: 32)),
        ])
        let dropped = try #require(table.droppedColumns.first)
        #expect(dropped.name == "worker_id")
        #expect(dropped.history.map(\.kind) == [.added, .renamed(from: "worker"), .dropped])
        #expect(dropped.history.map(\.provenance.project) == ["core", "worker", "ops"])
        #expect(dropped.history.last?.provenance.location == Location(path: "ops/sql/drop.sql", line: 1, column: 32))
    }

    @Test func routinesKeepTheirEffects() throws {
        let schema = try build().schema
        let pickup = try #require(schema.routines.first { $0.name?.name == "pickup" })
        #expect(pickup.provenance.project == "worker")
        #expect(pickup.body.effects.first?.valuesFiltered.map(\.value) == [.string("pending")])
        #expect(pickup.body.effects.first?.valuesFiltered.first?.location == Location(path: "worker/migrations/002_pickup.sql", line: 2, column: 67))
    }

    @Test func problemsAreLocatedAndTheReplayGoesOn() throws {
        let schema = try build().schema
        #expect(schema.problems.map { "\($0.provenance.location): \($0.message)" } == [
            "ops/sql/drop.sql:2:21: ALTER TABLE of unknown table public.missing",
            "ops/sql/drop.sql:3:1: CREATE FOREIGN TABLE skipped: not modelled",
        ])
    }

    @Test func constraintNamesFollowPostgreSQL() throws {
        var replay = SchemaReplay()
        replay.apply(try SQLParser().parse("""
            create table t (a int check (a > 0) check (a < 9), b int references t2, unique (a, b), primary key (a));
            alter table t add check (b > a);
            """, path: "m.sql"), project: "p")
        #expect(replay.schema.table("t")?.constraints.map(\.name) == ["t_a_check", "t_a_check1", "t_b_fkey", "t_a_b_key", "t_pkey", "t_b_check"])
    }

    @Test func serialAndEnumDefaults() throws {
        var replay = SchemaReplay()
        replay.apply(try SQLParser().parse("""
            create schema s;
            create type s.state as enum ('a', 'b');
            create table s.t (id serial, st s.state default 'a', n numeric(5,2) default 0, c char(2) default 'x');
            """, path: "m.sql"), project: "p")
        let table = try #require(replay.schema.table("t", schema: "s"))
        #expect(table.columns.map(\.defaultValue) == ["nextval('s.t_id_seq'::regclass)", "'a'::s.state", "0", "'x'::bpchar"])
        #expect(table.columns.map(\.type) == ["integer", "s.state", "numeric(5,2)", "character(2)"])
    }

    @Test func schemaJSONIsCanonical() throws {
        let report = SchemaReport.render(files: InMemoryWorkspaceFiles(Self.sharedDatabase), databases: [Self.database])
        #expect(report.errors.isEmpty)
        let text = report.json.rendered()
        #expect(text == SchemaReport.render(files: InMemoryWorkspaceFiles(Self.sharedDatabase), databases: [Self.database]).json.rendered())
        #expect(text.contains(#""public.gh_automation_jobs": {"#))
        #expect(text.contains(#""change": "renamed","#))
    }
}
