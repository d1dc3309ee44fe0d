import Testing
@testable import LintConfig

/// A function's body is judged as the migrations leave it: `DROP FUNCTION` removes it (with or
/// without `IF EXISTS`, quoted names, argument lists, several names), and `CREATE OR REPLACE`
/// replaces the old body, so neither a dropped function nor a replaced version is checked
/// against columns later migrations dropped (Insights' `set_primary_persona_once`).
@Suite struct RoutineLifetimeTests {
    static func schema(_ migrations: [String: String]) -> DatabaseSchema {
        let database = DatabaseDefinition(name: "db", sources: [
            MigrationSource(project: "db", path: "db/migrations", ordering: .numbered),
        ])
        return SchemaBuilder(files: InMemoryWorkspaceFiles(migrations)).build(database).schema
    }

    static let create = """
        CREATE TABLE people (id uuid PRIMARY KEY, primary_persona_id uuid, name text);
        CREATE FUNCTION public.set_primary_persona_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE public.people SET primary_persona_id = NEW.persona_id WHERE id = NEW.person_id;
          RETURN NULL;
        END;
        $$;
        CREATE FUNCTION touch(a int, b text) RETURNS void LANGUAGE sql AS $$ UPDATE people SET name = 'x' $$;
        """

    @Test(arguments: [
        #"DROP FUNCTION IF EXISTS "public"."set_primary_persona_once"();"#,
        "drop function public.set_primary_persona_once();",
        "DROP FUNCTION set_primary_persona_once CASCADE;",
        "DROP FUNCTION IF EXISTS touch(int, text), set_primary_persona_once();",
        "DROP PROCEDURE set_primary_persona_once;",
    ])
    func aDroppedFunctionIsGone(drop: String) {
        let schema = Self.schema(["db/migrations/001_init.sql": Self.create, "db/migrations/002_drop.sql": drop])
        #expect(!schema.routines.contains { $0.name?.name == "set_primary_persona_once" })
        #expect(schema.routines.contains { $0.name?.name == "touch" } == !drop.contains("touch"))
    }

    @Test func aReplacedFunctionKeepsOnlyItsNewBody() throws {
        let schema = Self.schema([
            "db/migrations/001_init.sql": Self.create,
            "db/migrations/002_replace.sql": """
                ALTER TABLE people DROP COLUMN primary_persona_id;
                CREATE OR REPLACE FUNCTION public.set_primary_persona_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE public.people SET name = 'set' WHERE id = NEW.person_id;
                  RETURN NULL;
                END;
                $$;
                """,
        ])
        let versions = schema.routines.filter { $0.name?.name == "set_primary_persona_once" }
        #expect(versions.count == 1)
        let written = versions.flatMap(\.body.effects).flatMap { $0.valuesWritten.map(\.column) }
        #expect(written == ["name"])
    }

    @Test func theBodyOfADroppedFunctionRaisesNoColumnFinding() throws {
        let files = InMemoryWorkspaceFiles([
            "lint-config.yml": """
                projects:
                  - {name: db, root: db}
                databases:
                  - name: main
                    migrations:
                      - {project: db, path: db/migrations, order: numbered}
                """,
            "db/package.json": #"{"name": "db"}"#,
            "db/migrations/001_init.sql": "CREATE TABLE people (id uuid PRIMARY KEY, name text);\n"
                + Self.create.replacingOccurrences(of: "CREATE TABLE people (id uuid PRIMARY KEY, primary_persona_id uuid, name text);\n", with: ""),
            "db/migrations/002_drop.sql": #"drop function if exists "public"."set_primary_persona_once"();"#,
        ])
        let kept = try Linter.run(files, options: LintOptions(onlyRules: ["column-missing"]))
        #expect(kept.findings.isEmpty)
    }
}
