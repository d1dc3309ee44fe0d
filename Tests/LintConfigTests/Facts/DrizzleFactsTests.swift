import Testing
@testable import LintConfig

/// drizzle `pgTable` declarations and query-builder calls, properties resolved to columns.
@Suite struct DrizzleFactsTests {
    static let schema = """
        import { pgTable, text, uuid } from "drizzle-orm/pg-core";
        export const jobs = pgTable("gh_automation_jobs", {
          id: uuid("id").primaryKey(),
          jobStatus: text("status").notNull().default("pending"),
          workerId: text("worker_id"),
          note: text(),
        });
        """

    func described(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.direction.rawValue) \($0.name)" + ($0.value.map { "=\($0)" } ?? "") + ($0.attributes["role"].map { " \($0)" } ?? "") }
    }

    @Test func declarationGivesColumnsAndDefaults() {
        let m = MarkedScript("""
            export const jobs = pgTable("gh_automation_jobs", {
              1️⃣id: uuid("id").primaryKey(),
              2️⃣jobStatus: text("status").notNull().default(3️⃣"pending"),
              4️⃣note: text(),
            });
            """)
        let columns = m.facts(.column)
        #expect(columns.map(\.name) == ["public.gh_automation_jobs.id", "public.gh_automation_jobs.status", "public.gh_automation_jobs.note"])
        #expect(columns.map(\.location) == [m[1], m[2], m[4]])
        #expect(columns[1].attributes == ["type": "text", "notNull": "true", "default": "value"])
        #expect(described(m.facts(.columnValue)) == ["writes public.gh_automation_jobs.status=pending initial"])
        #expect(m.facts(.columnValue).first?.location == m[3])
    }

    @Test func callbackFormOfTheColumns() {
        let m = MarkedScript("export const t = pgTable('w', (c) => ({ 1️⃣state: c.text('state').default('idle') }));")
        #expect(m.facts(.column).first?.location == m[1])
        #expect(m.facts(.columnValue).first?.value == "idle")
    }

    @Test func insertValuesThroughAnImportedTable() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            await db.insert(jobs).values({ 1️⃣jobStatus: 2️⃣"queued", workerId: null });
            """, others: ["schema.ts": Self.schema])
        let values = m.facts(.columnValue).filter { $0.location.path == "m.ts" }
        #expect(described(values) == ["writes public.gh_automation_jobs.status=queued initial"])
        #expect(values.first?.location == m[2])
        #expect(m.facts(.column).contains { $0.location == m[1] && $0.name == "public.gh_automation_jobs.status" })
    }

    @Test func updateSetAndWhereClaim() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            await db.update(jobs).set({ jobStatus: 1️⃣"running" }).where(and(eq(jobs.jobStatus, 2️⃣"pending"), eq(jobs.id, id)));
            """, others: ["schema.ts": Self.schema])
        let values = m.facts(.columnValue).filter { $0.location.path == "m.ts" }
        #expect(described(values) == ["writes public.gh_automation_jobs.status=running transition",
                                      "reads public.gh_automation_jobs.status=pending claim"])
        #expect(values.map(\.location) == [m[1], m[2]])
    }

    @Test func selectFromWhereInArrayAndNegations() {
        let m = MarkedScript("""
            import * as schema from "./schema";
            const rows = await db.select().from(schema.jobs).where(or(inArray(schema.jobs.jobStatus, [1️⃣"a", 2️⃣"b"]), ne(schema.jobs.workerId, 3️⃣"x")));
            """, others: ["schema.ts": Self.schema])
        let values = m.facts(.columnValue).filter { $0.location.path == "m.ts" }
        #expect(values.map(\.location) == [m[1], m[2], m[3]])
        #expect(values.map { $0.attributes["role"] } == ["filter", "filter", "filter"])
        #expect(values.last?.attributes["negated"] == "true")
    }

    @Test func simpleInArrayAndNotInArray() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            db.select().from(jobs).where(notInArray(jobs.jobStatus, [1️⃣"done"]));
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts(.columnValue).first { $0.location.path == "m.ts" }?.attributes["negated"] == "true")
    }

    @Test func deleteWhereClaims() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            await db.delete(jobs).where(eq(jobs.jobStatus, 1️⃣"failed"));
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts(.columnValue).first { $0.location == m[1] }?.attributes["role"] == "claim")
    }

    @Test func upsertSet() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            db.insert(jobs).values({ id }).onConflictDoUpdate({ target: jobs.id, set: { jobStatus: 1️⃣"requeued" } });
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts(.columnValue).first { $0.location == m[1] }?.attributes["role"] == "transition")
    }

    @Test func multiRowInsert() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            db.insert(jobs).values([{ jobStatus: 1️⃣"a" }, { jobStatus: 2️⃣"b" }]);
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts(.columnValue).filter { $0.location.path == "m.ts" }.map(\.location) == [m[1], m[2]])
    }

    @Test func sameFileTableAndEnumValue() {
        let m = MarkedScript("""
            enum S { Done = "completed" }
            const t = pgTable("w", { state: text("state") });
            db.update(t).set({ state: 1️⃣S.Done });
            """)
        #expect(m.facts(.columnValue).map(\.value) == ["completed"])
    }

    // Non-triggering.

    @Test func unknownPropertyOrTableIsLeftOut() {
        let m = MarkedScript("db.insert(other).values({ status: 'x' }); db.update(jobs).set({ nope: 'y' })")
        #expect(m.facts().isEmpty)
    }

    @Test func mapDeleteAndHashUpdateAreNotQueries() {
        let m = MarkedScript("""
            cache.delete(key); hash.update(data).digest("hex"); set.insert(x);
            arr.from(y).where;
            """)
        #expect(m.facts().isEmpty)
    }

    @Test func computedValuesHaveNoValueFacts() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            db.insert(jobs).values({ jobStatus: nextStatus() });
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts(.columnValue).filter { $0.location.path == "m.ts" }.isEmpty)
        #expect(m.facts(.column).filter { $0.location.path == "m.ts" }.count == 1)
    }

    @Test func commentedDeclarationIsNothing() {
        let m = MarkedScript("// export const jobs = pgTable('x', { a: text('a').default('z') })")
        #expect(m.facts().isEmpty)
    }

    @Test func selectWithoutWhereHasNoValues() {
        let m = MarkedScript("""
            import { jobs } from "./schema";
            db.select().from(jobs);
            """, others: ["schema.ts": Self.schema])
        #expect(m.facts().allSatisfy { $0.location.path == "schema.ts" })
    }
}
