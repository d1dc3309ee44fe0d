import Testing
@testable import LintConfig

/// `ALTER TABLE` actions, types, domains, indexes and the statements recorded by kind.
@Suite struct SQLAlterAndOtherDDLTests {
    static let actionCases: [(String, String)] = [
        ("1️⃣add column x int", "addColumn"), ("1️⃣add x int", "addColumn"), ("1️⃣add column if not exists x int", "addColumn"),
        ("1️⃣drop column x", "dropColumn"), ("1️⃣drop x cascade", "dropColumn"), ("1️⃣drop column if exists x", "dropColumn"),
        ("1️⃣alter column x set not null", "setNotNull"), ("1️⃣alter x drop not null", "dropNotNull"),
        ("1️⃣alter column x set default 'a'", "setDefault"), ("1️⃣alter column x drop default", "dropDefault"),
        ("1️⃣alter column x type bigint", "setType"), ("1️⃣alter column x set data type text using x::text", "setType"),
        ("1️⃣alter column x add generated always as identity", "addIdentity"), ("1️⃣alter column x drop identity if exists", "dropIdentity"),
        ("1️⃣add constraint c check (x > 0)", "addConstraint"), ("1️⃣add primary key (x)", "addConstraint"),
        ("1️⃣add unique (x)", "addConstraint"), ("1️⃣add foreign key (x) references o (id)", "addConstraint"),
        ("1️⃣drop constraint c", "dropConstraint"), ("1️⃣drop constraint if exists c", "dropConstraint"),
        ("1️⃣rename column x to y", "renameColumn"), ("1️⃣rename x to y", "renameColumn"), ("1️⃣rename to u", "renameTable"),
        ("1️⃣rename constraint c to d", "renameConstraint"), ("1️⃣set schema archive", "setSchema"),
        ("1️⃣enable row level security", "rls"), ("1️⃣disable row level security", "rls"), ("1️⃣force row level security", "forceRls"),
        ("1️⃣owner to postgres", "other"), ("1️⃣alter column x set statistics 100", "other"),
    ]

    static func name(_ action: AlterTableAction) -> String {
        switch action {
        case .addColumn: "addColumn"
        case .dropColumn: "dropColumn"
        case .setType: "setType"
        case .setNotNull: "setNotNull"
        case .dropNotNull: "dropNotNull"
        case .setDefault: "setDefault"
        case .dropDefault: "dropDefault"
        case .addIdentity: "addIdentity"
        case .dropIdentity: "dropIdentity"
        case .addConstraint: "addConstraint"
        case .dropConstraint: "dropConstraint"
        case .renameColumn: "renameColumn"
        case .renameConstraint: "renameConstraint"
        case .renameTable: "renameTable"
        case .setSchema: "setSchema"
        case .rowLevelSecurity: "rls"
        case .forceRowLevelSecurity: "forceRls"
        case .other: "other"
        }
    }

    @Test(arguments: actionCases)
    func alterTableActionAndLocation(_ actionCase: (String, String)) throws {
        let (text, statements) = try parseMarked("ALTER TABLE IF EXISTS ONLY public.t\n  \(actionCase.0)")
        guard case .alterTable(let alter) = statements.first?.kind else { Issue.record("not ALTER TABLE: \(statements)"); return }
        #expect(alter.name == QualifiedName(schema: "public", "t"))
        #expect(alter.ifExists && alter.only)
        #expect(alter.actions.count == 1)
        #expect(alter.actions.first.map { Self.name($0.action) } == actionCase.1)
        #expect(alter.actions.first?.location == text[1])
    }

    @Test func commaSeparatedActionsKeepTheirOwnLocations() throws {
        let (text, statements) = try parseMarked("alter table t\n  1️⃣add column a int,\n  2️⃣drop column b,\n  3️⃣alter column c set not null;")
        guard case .alterTable(let alter) = statements.first?.kind else { Issue.record("not ALTER TABLE"); return }
        #expect(alter.actions.map(\.location) == [text[1], text[2], text[3]])
    }

    @Test func setTypeKeepsTheUsingExpression() throws {
        let (_, statements) = try parseMarked("alter table t alter column c type bigint using c::bigint")
        guard case .alterTable(let alter) = statements.first?.kind, case .setType(let column, let type, let using) = alter.actions.first?.action else {
            Issue.record("no setType"); return
        }
        #expect(column == "c" && type.formatted == "bigint" && using?.text == "c::bigint")
    }

    @Test func enumLabelsAreLocated() throws {
        let (text, statements) = try parseMarked("create type s.status as enum (\n  1️⃣'queued',\n  2️⃣'running')")
        guard case .createEnum(let name, let labels) = statements.first?.kind else { Issue.record("no enum"); return }
        #expect(name == QualifiedName(schema: "s", "status"))
        #expect(labels.map(\.value) == ["queued", "running"])
        #expect(labels.map(\.location) == [text[1], text[2]])
    }

    @Test func alterTypeForms() throws {
        let statements = try SQLParser().parse("""
            ALTER TYPE st ADD VALUE IF NOT EXISTS 'x' BEFORE 'y';
            ALTER TYPE st ADD VALUE 'z' AFTER 'x';
            ALTER TYPE st RENAME VALUE 'z' TO 'w';
            ALTER TYPE st RENAME TO status;
            ALTER TYPE st OWNER TO postgres;
            """, path: "m.sql")
        #expect(statements.map(\.kind) == [
            .alterEnum(QualifiedName("st"), .addValue("x", before: "y", after: nil, ifNotExists: true)),
            .alterEnum(QualifiedName("st"), .addValue("z", before: nil, after: "x", ifNotExists: false)),
            .alterEnum(QualifiedName("st"), .renameValue(from: "z", to: "w")),
            .alterEnum(QualifiedName("st"), .renameType(to: "status")),
            .recorded,
        ])
        #expect(statements.map(\.location.line) == [1, 2, 3, 4, 5])
    }

    @Test func domainIndexViewSchema() throws {
        let statements = try SQLParser().parse("""
            CREATE DOMAIN email AS text NOT NULL DEFAULT '' CHECK (VALUE ~ '@');
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS jobs_key ON ONLY public.jobs (a, (lower(b)));
            CREATE OR REPLACE VIEW v AS SELECT 1;
            CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1;
            CREATE SCHEMA IF NOT EXISTS billing;
            """, path: "m.sql")
        guard case .createDomain(let name, let type, let notNull, let value, let checks) = statements[0].kind else { Issue.record("no domain"); return }
        #expect(name.name == "email" && type.formatted == "text" && notNull && value?.literal == .string("") && checks.count == 1)
        #expect(statements[1].kind == .createIndex(name: "jobs_key", table: QualifiedName(schema: "public", "jobs"), unique: true))
        #expect(statements[2].kind == .createView(QualifiedName("v")))
        #expect(statements[3].kind == .createView(QualifiedName("mv")))
        #expect(statements[4].kind == .createSchema("billing"))
    }

    static let recordedCases: [(String, String)] = [
        ("1️⃣CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE f()", "CREATE TRIGGER"),
        ("1️⃣create policy \"p\" on x for select to authenticated using (auth.uid() = user_id)", "CREATE POLICY"),
        ("1️⃣GRANT SELECT, INSERT ON x TO authenticated", "GRANT"),
        ("1️⃣REVOKE ALL ON x FROM anon", "REVOKE"),
        ("1️⃣create extension if not exists pgcrypto with schema extensions", "CREATE EXTENSION"),
        ("1️⃣COMMENT ON TABLE x IS 'a; b'", "COMMENT ON"),
        ("1️⃣CREATE SEQUENCE s START 10", "CREATE SEQUENCE"),
        ("1️⃣ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO service_role", "ALTER DEFAULT PRIVILEGES"),
        ("1️⃣BEGIN", "BEGIN"), ("1️⃣COMMIT", "COMMIT"), ("1️⃣SET search_path = public", "SET"),
        ("1️⃣DROP INDEX IF EXISTS i", "DROP INDEX"), ("1️⃣DROP TRIGGER t", "DROP TRIGGER"),
    ]

    @Test(arguments: recordedCases)
    func statementsRecordedByKind(_ recordedCase: (String, String)) throws {
        let (text, statements) = try parseMarked("select 1;\n  " + recordedCase.0 + ";")
        #expect(statements.count == 2)
        #expect(statements.last?.keyword == recordedCase.1)
        #expect(statements.last?.kind == .recorded)
        #expect(statements.last?.location == text[1])
    }

    static let unmodelledCases: [(String, String)] = [
        ("1️⃣CREATE FOREIGN TABLE f (a int) SERVER s", "CREATE FOREIGN TABLE"),
        ("1️⃣CREATE TABLE t AS SELECT 1", "CREATE TABLE"),
        ("1️⃣CREATE TABLE t OF some_type", "CREATE TABLE"),
        ("1️⃣SECURITY LABEL ON TABLE t IS 'x'", "SECURITY"),
        ("1️⃣CREATE TABLE broken (a int default)", "CREATE TABLE"),
        ("1️⃣ALTER TABLE t ADD COLUMN", "ALTER TABLE"),
        ("1️⃣IMPORT FOREIGN SCHEMA s FROM SERVER x INTO y", "IMPORT"),
    ]

    @Test(arguments: unmodelledCases)
    func unmodelledStatementsAreSkippedWithTheirKind(_ unmodelledCase: (String, String)) throws {
        let (text, statements) = try parseMarked("select 1;\n" + unmodelledCase.0 + ";\nselect 2")
        #expect(statements.count == 3)
        #expect(statements[1].keyword == unmodelledCase.1)
        #expect(statements[1].isSkipped)
        #expect(statements[1].location == text[1])
    }

    @Test func dropTableAndType() throws {
        let statements = try SQLParser().parse("DROP TABLE IF EXISTS a, s.b CASCADE; DROP TYPE st;", path: "m.sql")
        #expect(statements[0].kind == .dropTable([QualifiedName("a"), QualifiedName(schema: "s", "b")], ifExists: true))
        #expect(statements[1].kind == .dropType([QualifiedName("st")], ifExists: false))
    }
}
