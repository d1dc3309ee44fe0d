import Testing
@testable import LintConfig

/// The DML subset: columns written and read, literal values written and filtered on, with
/// locations; routine bodies lexed in place; statement splitting.
@Suite struct SQLDMLTests {
    func effects(_ marked: String) throws -> (MarkedText, [DMLEffect]) {
        let text = MarkedText(marked)
        let source = try SQLSource.lex(text.text, path: "m.sql")
        return (text, SQLDMLReader(source: source).read(0..<source.tokens.count))
    }

    @Test func insertColumnsAndValues() throws {
        let (text, found) = try effects("INSERT INTO 1️⃣gh_automation_jobs (2️⃣job_type, 3️⃣status, n)\nVALUES (4️⃣'apply', 5️⃣'queued', now())")
        let insert = try #require(found.first)
        #expect(insert.kind == .insert && insert.table == QualifiedName("gh_automation_jobs") && insert.location == text[1])
        #expect(insert.columnsWritten.map(\.value) == ["job_type", "status", "n"])
        #expect(insert.columnsWritten.prefix(2).map(\.location) == [text[2], text[3]])
        #expect(insert.valuesWritten == [
            ColumnValue(column: "job_type", value: .string("apply"), location: text[4]),
            ColumnValue(column: "status", value: .string("queued"), location: text[5]),
        ])
    }

    @Test func multiRowInsertPairsEveryRow() throws {
        let (text, found) = try effects("insert into t (a, b) values (1️⃣'x', 1), (2️⃣'y', 2)")
        #expect(found.first?.valuesWritten.filter { $0.column == "a" }.map(\.location) == [text[1], text[2]])
    }

    @Test func upsertWritesTheUpdateSet() throws {
        let (text, found) = try effects("insert into w (id, status) values ($1, 'idle') on conflict (id) do update set 1️⃣status = 2️⃣'busy', seen = excluded.seen")
        let insert = try #require(found.first)
        #expect(insert.isUpsert)
        #expect(insert.columnsWritten.map(\.value) == ["id", "status", "status", "seen"])
        #expect(insert.columnsWritten[2].location == text[1])
        #expect(insert.valuesWritten.last == ColumnValue(column: "status", value: .string("busy"), location: text[2]))
        #expect(found.count == 1)
    }

    @Test func updateSetAndWhere() throws {
        let (text, found) = try effects("UPDATE 1️⃣jobs AS j SET 2️⃣status = 3️⃣'running', j.worker = $1\nWHERE j.status = 4️⃣'pending' AND kind IN (5️⃣'a', 6️⃣'b') AND state <> 7️⃣'gone'")
        let update = try #require(found.first)
        #expect(update.kind == .update && update.location == text[1])
        #expect(update.columnsWritten.map(\.value) == ["status", "worker"])
        #expect(update.columnsWritten.first?.location == text[2])
        #expect(update.valuesWritten == [ColumnValue(column: "status", value: .string("running"), location: text[3])])
        #expect(update.valuesFiltered == [
            ColumnValue(column: "status", value: .string("pending"), location: text[4]),
            ColumnValue(column: "kind", value: .string("a"), location: text[5]),
            ColumnValue(column: "kind", value: .string("b"), location: text[6]),
            ColumnValue(column: "state", value: .string("gone"), location: text[7], negated: true),
        ])
    }

    /// Dashboard's hourly roll-up read `EXTRACT(HOUR FROM f.order_created_at)` as a column `hour`
    /// of `fact_orders` (a false critical column-missing).
    @Test func extractAndTrimFieldsAreNotColumns() throws {
        let (_, found) = try effects("""
            SELECT EXTRACT(HOUR FROM f.created_at AT TIME ZONE 'UTC')::integer AS hour, trim(both ' ' from f.name), extract(epoch from f.ended_at)
            FROM fact_orders f
            """)
        let select = try #require(found.first)
        #expect(select.columnsRead.map(\.value).sorted() == ["created_at", "ended_at", "name"])
    }

    /// PL/pgSQL's variables are no columns (blunari's `error_message = SQLERRM` was reported as
    /// a missing column `sqlerrm`).
    @Test func plpgsqlVariablesAreNotColumns() throws {
        let (_, found) = try effects("""
            UPDATE audit SET status = 'failed', error_message = SQLERRM, op = TG_OP,
              error_details = jsonb_build_object('sqlstate', SQLSTATE) WHERE id = p_id AND TG_TABLE_NAME = 'audit'
            """)
        let update = try #require(found.first)
        let columns = Set(update.columnsRead.map(\.value) + update.columnsWritten.map(\.value))
        #expect(columns.isDisjoint(with: ["sqlerrm", "sqlstate", "tg_op", "tg_table_name"]))
        #expect(columns.contains("error_message"))
    }

    @Test func selectWithJoinAttributesColumnsByAlias() throws {
        let (text, found) = try effects("""
            SELECT j.id, e.1️⃣event_type FROM jobs j
            JOIN job_events e ON e.job_id = j.id AND e.event_type = 2️⃣'started'
            WHERE j.status = ANY (ARRAY[3️⃣'pending', 4️⃣'queued']) AND 5️⃣'x' = j.kind
            ORDER BY j.created_at
            """)
        #expect(found.map(\.table.name) == ["jobs", "job_events"])
        let jobs = found[0], events = found[1]
        #expect(events.columnsRead.first == Located("event_type", at: text[1]))
        #expect(events.valuesFiltered == [ColumnValue(column: "event_type", value: .string("started"), location: text[2])])
        #expect(jobs.valuesFiltered == [
            ColumnValue(column: "status", value: .string("pending"), location: text[3]),
            ColumnValue(column: "status", value: .string("queued"), location: text[4]),
            ColumnValue(column: "kind", value: .string("x"), location: text[5]),
        ])
        #expect(jobs.columnsRead.map(\.value).contains("id"))
    }

    @Test func subqueriesAreTheirOwnEffects() throws {
        let (text, found) = try effects("update jobs set status = 'running' where id = (select id from 1️⃣jobs where status = 2️⃣'pending' limit 1 for update skip locked)")
        #expect(found.map(\.kind) == [.update, .select])
        #expect(found[0].valuesFiltered.isEmpty)
        #expect(found[1].location == text[1])
        #expect(found[1].valuesFiltered.map(\.location) == [text[2]])
    }

    @Test func deleteWhere() throws {
        let (text, found) = try effects("DELETE FROM 1️⃣sessions WHERE expires_at < now() OR kind NOT IN (2️⃣'keep')")
        #expect(found.first?.kind == .delete && found.first?.location == text[1])
        #expect(found.first?.valuesFiltered == [ColumnValue(column: "kind", value: .string("keep"), location: text[2], negated: true)])
    }

    @Test func commonTableExpressionsAreNotTables() throws {
        let (_, found) = try effects("WITH picked AS (SELECT id FROM jobs WHERE status = 'pending') UPDATE jobs SET status = 'running' FROM picked WHERE jobs.id = picked.id")
        #expect(found.map(\.table.name).sorted() == ["jobs", "jobs"])
    }

    @Test func castLiteralsAreValues() throws {
        let (text, found) = try effects("update t set s = 1️⃣'queued'::job_status where s = 2️⃣'pending'::job_status")
        #expect(found.first?.valuesWritten.first?.location == text[1])
        #expect(found.first?.valuesFiltered.first?.location == text[2])
    }

    @Test func routineBodiesAreReadInPlace() throws {
        let (text, statements) = try parseMarked("""
            create or replace function pick(p text) returns void language plpgsql as $fn$
            begin
              update 1️⃣jobs set status = 'running' where status = 2️⃣'pending';
              perform pg_notify(3️⃣'job_started', p);
              NOTIFY 4️⃣jobs_changed;
            end $fn$;
            """)
        guard case .createRoutine(let name, let body?) = statements.first?.kind else { Issue.record("no routine"); return }
        #expect(name == QualifiedName("pick") && body.language == "plpgsql")
        #expect(body.effects.first?.location == text[1])
        #expect(body.effects.first?.valuesFiltered.first?.location == text[2])
        #expect(body.notifications == [Located("job_started", at: text[3]), Located("jobs_changed", at: text[4])])
    }

    @Test func sqlStandardBodies() throws {
        let (text, statements) = try parseMarked("create function f() returns int language sql begin atomic select count(*) from 1️⃣jobs where s = 'x'; end;\nselect 1")
        #expect(statements.count == 2)
        guard case .createRoutine(_, let body?) = statements[0].kind else { Issue.record("no routine"); return }
        #expect(body.effects.first?.location == text[1])
    }

    @Test func doBlocksCarryTheirDDL() throws {
        let (text, statements) = try parseMarked("""
            DO $$ BEGIN
             1️⃣ALTER TABLE "posts" ADD CONSTRAINT "fk" FOREIGN KEY ("a") REFERENCES "users"("id");
            EXCEPTION WHEN duplicate_object THEN null;
            END $$;
            """)
        guard case .doBlock(let body) = statements.first?.kind else { Issue.record("no DO"); return }
        #expect(body.statements.map(\.keyword) == ["ALTER TABLE"])
        #expect(body.statements.first?.location == text[1])
    }

    @Test func notifyStatement() throws {
        let (text, statements) = try parseMarked("NOTIFY 1️⃣jobs, 'payload'")
        #expect(statements.first?.kind == .notify(Located("jobs", at: text[1])))
    }

    @Test func topLevelDMLIsAStatement() throws {
        let (text, statements) = try parseMarked("insert into 1️⃣settings (k, v) values ('mode', 'on')")
        guard case .dml(let effect) = statements.first?.kind else { Issue.record("no DML"); return }
        #expect(effect.location == text[1])
    }

    @Test func splitterRespectsStringsCommentsAndBreakpoints() throws {
        let (text, statements) = try parseMarked("""
            1️⃣create table a (s text default ';');
            /* ; */ 2️⃣create table b (x int) --> statement-breakpoint
            3️⃣create table c (y int)
            --> statement-breakpoint
            4️⃣\\set ON_ERROR_STOP on
            5️⃣comment on table a is 'x;y';
            """)
        #expect(statements.map(\.location) == [text[1], text[2], text[3], text[4], text[5]])
        #expect(statements[3].keyword == "psql meta-command")
    }

    @Test func deeplyNestedParenthesesAreSkippedNotRecursed() throws {
        let depth = SQLGroups.maxDepth - 1
        let sql = "select " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " from t where s = 'x';\ncreate table after_it (a int);"
        let statements = try SQLParser().parse(sql, path: "deep.sql")
        #expect(statements.count == 2)
        #expect(statements[1].location.line == 2)
        let unbalanced = "create table t (a int default " + String(repeating: "(", count: depth) + ");\ncreate table u (b int);"
        let parsed = try SQLParser().parse(unbalanced, path: "deep.sql")
        #expect(parsed.first?.isSkipped == true)
    }
}

/// Parameters and PL/pgSQL variables are not columns.
@Suite struct SQLRoutineVariableTests {
    @Test func parametersAndDeclaredVariablesAreNotColumnReads() throws {
        let (text, statements) = try parseMarked("""
            create function pick(p_worker text, OUT picked uuid, int) returns uuid language plpgsql as $$
            declare
              v_limit constant int := 1;
              v_row record;
            begin
              for v_row in select id from jobs loop null; end loop;
              update jobs set worker_id = p_worker, seen = v_limit where 1️⃣status = 'pending';
            end $$;
            """)
        guard case .createRoutine(_, let body?) = statements.first?.kind else { Issue.record("no routine"); return }
        let update = try #require(body.effects.first { $0.kind == .update })
        #expect(update.columnsRead == [Located("status", at: text[1])])
        #expect(update.columnsWritten.map(\.value) == ["worker_id", "seen"])
    }
}
