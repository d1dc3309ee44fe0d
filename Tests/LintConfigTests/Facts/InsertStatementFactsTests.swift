import Testing
@testable import LintConfig

/// Inserts whose column list is known whole carry `statement` and `columns` on each column
/// written, so `InsertStatement.all` gathers them; inserts whose columns are not all known do not.
@Suite struct InsertStatementFactsTests {
    func inserts(_ m: MarkedScript) -> [String] {
        InsertStatement.all(m.facts(.column)).map { insert in
            insert.table + " " + insert.columns.compactMap { $0.name.split(separator: ".").last }.joined(separator: ",")
        }
    }

    @Test func supabaseRowsWrittenOutWhole() {
        let m = MarkedScript("""
            await supabase.from("jobs").insert({ 1️⃣user_id: id, status: "queued" });
            await supabase.from("jobs").upsert([{ 2️⃣user_id: a }, { user_id: b, note }]);
            await supabase.from("jobs").update({ status: "done" }).eq("id", id);
            """)
        #expect(inserts(m) == ["public.jobs user_id,status", "public.jobs user_id", "public.jobs user_id,note"])
        #expect(InsertStatement.all(m.facts(.column)).map(\.location) == [m[1], m[2], m.facts(.column)[3].location])
    }

    @Test func spreadsComputedKeysAndVariablesAreNotWhole() {
        let m = MarkedScript("""
            await supabase.from("jobs").insert({ ...row, status: "queued" });
            await supabase.from("jobs").insert({ [key]: 1, status: "queued" });
            await supabase.from("jobs").insert(row);
            """)
        #expect(inserts(m).isEmpty)
        #expect(m.facts(.column).count == 2, "the known columns are still written")
    }

    @Test func sqlNeedsAPlainClosedList() {
        let m = MarkedScript("""
            await db.query("insert into jobs (user_id, status) values ($1, 'queued')");
            await db.query("insert into jobs (user_id) select id from users");
            await db.query("insert into jobs select * from staged");
            await db.query("insert into jobs (" + columns + ") values (1)");
            await db.query(`insert into jobs (${columns}) values (1)`);
            await db.query("insert into jobs default values");
            """)
        #expect(inserts(m) == ["public.jobs user_id,status", "public.jobs user_id"])
    }

    @Test func upsertSetIsNotPartOfTheList() {
        let m = MarkedScript("""
            await db.query("insert into jobs (id, status) values ($1, 'queued') \
            on conflict (id) do update set note = 'x'");
            """)
        #expect(inserts(m) == ["public.jobs id,status"])
    }

    @Test func drizzleRowsResolveThroughTheTable() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            await db.insert(jobs).values({ userId: id, jobStatus: "queued" });
            await db.insert(jobs).values({ userId: id, unknownProperty: 1 });
            await db.insert(jobs).values({ ...base });
            """, others: ["schema.ts": """
            export const jobs = pgTable("jobs", {
              userId: uuid("user_id").notNull(),
              jobStatus: text("status").default("pending"),
              token: text("token").$defaultFn(() => "x"),
              createdAt: timestamp("created_at", { withTimezone: true }).defaultNow(),
              id: integer("id").generatedAlwaysAsIdentity(),
              kind: text("kind").$type<"a" | "b">().notNull(),
            });
            """])
        #expect(inserts(m) == ["public.jobs user_id,status"], "a property the table lacks leaves the row not whole")
        let declared = Dictionary(uniqueKeysWithValues: m.facts(.column).filter { $0.direction == .declares }
            .map { ($0.name, $0.attributes) })
        #expect(declared["public.jobs.token"]?["clientDefault"] == "true")
        #expect(declared["public.jobs.created_at"] == ["type": "timestamp", "withTimezone": "true", "default": "sql"])
        #expect(declared["public.jobs.id"]?["identity"] == "true")
        #expect(declared["public.jobs.status"]?["default"] == "value")
        #expect(declared["public.jobs.kind"]?["notNull"] == "true", "`.$type<…>()` does not end the chain")
    }

    @Test func triggerFunctionsRecordTheColumnsTheySet() throws {
        let sql = """
            create function stamp() returns trigger language plpgsql as $$
            begin
              new.created_by := auth.uid();
              if new.kind is null then new.kind = 'log'; end if;
              perform new.ignored = 1;
              return new;
            end;
            $$;
            """
        let statements = try SQLParser().parse(sql, path: "m.sql")
        guard case .createRoutine(_, let body)? = statements.first?.kind else {
            Issue.record("not a routine")
            return
        }
        #expect(body?.newRowAssignments == ["created_by", "kind"])
    }
}
