import Testing
@testable import LintConfig

/// supabase-js query chains.
@Suite struct SupabaseFactsTests {
    func described(_ facts: [Fact]) -> [String] {
        facts.map { fact in
            "\(fact.direction.rawValue) \(fact.name)" + (fact.value.map { "=\($0)" } ?? "") + (fact.attributes["role"].map { " \($0)" } ?? "")
        }
    }

    @Test func insertWritesColumnsAndInitialValues() {
        let m = MarkedScript("""
            await supabase.from("gh_automation_jobs").insert({ 1️⃣status: 2️⃣"queued", user_id: userId });
            """)
        #expect(described(m.facts()) == ["writes public.gh_automation_jobs.status", "writes public.gh_automation_jobs.status=queued initial",
                                         "writes public.gh_automation_jobs.user_id"])
        #expect(m.facts(.column).first?.location == m[1])
        #expect(m.facts(.columnValue).first?.location == m[2])
    }

    /// A conditional's value is one of its branches, never its condition's operand (blunari's
    /// `let failed = 0; … failed > 0 ? "failed" : "completed"` was read as the value '0').
    @Test func aConditionalWritesABranchNotItsCondition() {
        let m = MarkedScript("""
            let failed = 0;
            const finalStatus = failed > 0 ? "failed" : "completed";
            await sb.from("executions").update({ status: finalStatus }).eq("id", id);
            await sb.from("executions").update({ status: ok ? "done" : "retry" }).eq("id", id);
            """)
        let values = m.facts(.columnValue).compactMap(\.value)
        #expect(!values.contains("0"))
        #expect(values.contains("done"))
        #expect(values.contains("failed"))
    }

    @Test func insertOfAnArrayAndUpsert() {
        let m = MarkedScript("""
            supabase.from('t').insert([{ state: 1️⃣'a' }, { state: 2️⃣'b' }]);
            supabase.from('t').upsert({ state: 3️⃣'c' }, { onConflict: 'id' });
            """)
        #expect(m.facts(.columnValue).map(\.location) == [m[1], m[2], m[3]])
    }

    @Test func updateWithEqIsATransitionAndAClaim() {
        let m = MarkedScript("""
            await this.supabase.from("jobs").update({ status: 1️⃣"running" }).eq("status", 2️⃣"pending").eq("id", id);
            """)
        #expect(described(m.facts(.columnValue)) == ["writes public.jobs.status=running transition", "reads public.jobs.status=pending claim"])
        #expect(m.facts(.columnValue).map(\.location) == [m[1], m[2]])
    }

    @Test func selectColumnsAndFilters() {
        let m = MarkedScript("""
            const { data } = await db.from("sandboxes").select(1️⃣"id, health, owner:owner_id, events(*), meta->name")
              .in("health", [2️⃣"up", 3️⃣"degraded"]).neq("region", 4️⃣"eu");
            """)
        let columns = m.facts(.column).filter { $0.location == m[1] }.map(\.name).sorted()
        #expect(columns == ["public.sandboxes.health", "public.sandboxes.id", "public.sandboxes.meta", "public.sandboxes.owner_id"])
        let values = m.facts(.columnValue)
        #expect(values.map(\.location) == [m[2], m[3], m[4]])
        #expect(values.last?.attributes == ["role": "filter", "negated": "true"])
    }

    @Test func tableAndValuesThroughConstants() {
        let m = MarkedScript("""
            import { TABLES, Status } from "./db";
            supabase.from(TABLES.jobs).update({ status: 1️⃣Status.Done }).eq("id", id);
            """, others: ["db.ts": """
            export const TABLES = { jobs: "gh_automation_jobs" };
            export enum Status { Done = "completed" }
            """])
        #expect(described(m.facts(.columnValue)) == ["writes public.gh_automation_jobs.status=completed transition"])
    }

    @Test func matchAndIs() {
        let m = MarkedScript("supabase.from('w').select('*').match({ 1️⃣kind: 'x' }).is('deleted_at', null)")
        #expect(m.facts(.column).contains { $0.name == "public.w.kind" && $0.location == m[1] })
        #expect(m.facts(.columnValue).map(\.value) == ["x"])
    }

    @Test func deleteWithFilterClaims() {
        let m = MarkedScript("supabase.from('sessions').delete().eq('state', 1️⃣'expired')")
        #expect(m.facts(.columnValue).first?.attributes["role"] == "claim")
    }

    @Test func notEqualsIsNegated() {
        let m = MarkedScript("supabase.from('j').select('id').not('status', 'eq', 1️⃣'failed')")
        #expect(m.facts(.columnValue).first?.attributes == ["role": "filter", "negated": "true"])
    }

    @Test func orderReadsAColumn() {
        let m = MarkedScript("supabase.from('j').select('id').order(1️⃣'created_at', { ascending: false })")
        #expect(m.facts(.column).contains { $0.name == "public.j.created_at" && $0.location == m[1] })
    }

    @Test func multilineChainWithAwaitAndOptionalCalls() {
        let m = MarkedScript("""
            const res = await supabase
              .from("gh_worker_registry")
              .update({ state: 1️⃣"idle" })
              .eq("worker_id", workerId);
            """)
        #expect(m.facts(.columnValue).map(\.location) == [m[1]])
    }

    @Test func aJSONPathFiltersOnItsBaseColumnWithoutAValue() {
        let m = MarkedScript("""
            supabase.from('i').select('id').contains(1️⃣'analysis->transcript', { id }).eq(2️⃣'meta->>state', 'done')
              .match({ 3️⃣"payload->kind": "x" }).order(4️⃣'meta->at');
            """)
        #expect(described(m.facts(.column)) == ["reads public.i.id", "reads public.i.analysis", "reads public.i.meta",
                                                "reads public.i.payload", "reads public.i.meta"])
        #expect(m.facts(.column).dropFirst().map(\.location) == [m[1], m[2], m[3], m[4]])
        #expect(m.facts(.columnValue).isEmpty)
    }

    // Non-triggering.

    @Test func aColumnOfAnEmbeddedTableIsNoColumnOfTheQueriedOne() {
        let m = MarkedScript("""
            supabase.from('evidence_people').select('evidence(created_at)').order('evidence(created_at)')
              .eq('evidence.kind', 'x').order('created_at', { referencedTable: 'evidence' }).eq(1️⃣'person_id', 2️⃣'p');
            """)
        #expect(described(m.facts()) == ["reads public.evidence_people.person_id",
                                          "reads public.evidence_people.person_id=p filter"])
        #expect(m.facts().map(\.location) == [m[1], m[2]])
    }

    @Test func arrayAndBufferFromAreNotQueries() {
        let m = MarkedScript("""
            Array.from("abc").select; Buffer.from("x", "base64").toString();
            rx.from("t").select("a");
            """)
        #expect(m.facts().allSatisfy { $0.location.line == 2 })
    }

    @Test func fromWithoutAQueryMethodIsNothing() {
        let m = MarkedScript("builder.from('t'); importer.from('file.csv').pipe(out)")
        #expect(m.facts().isEmpty)
    }

    @Test func computedValuesAreColumnsWithoutValues() {
        let m = MarkedScript("supabase.from('t').insert({ status: next(), at: new Date() })")
        #expect(m.facts(.columnValue).isEmpty)
        #expect(m.facts(.column).count == 2)
    }

    @Test func computedTableIsLeftOut() {
        let m = MarkedScript("supabase.from(tableFor(kind)).insert({ status: 'x' })")
        #expect(m.facts().isEmpty)
    }

    @Test func commentedChainIsNotRead() {
        let m = MarkedScript("// supabase.from('t').insert({ status: 'queued' })\nconst s = \"supabase.from('t').update({})\"")
        #expect(m.facts().isEmpty)
    }
}
