import Testing
@testable import LintConfig

/// SQL strings, templates and tagged templates in code read with the DML reader; NOTIFY and
/// LISTEN channels in SQL text and in client calls.
@Suite struct SQLInCodeFactsTests {
    func values(_ facts: [Fact]) -> [String] {
        facts.filter { $0.kind == .columnValue }.map { "\($0.name)=\($0.value ?? "") \($0.attributes["role"] ?? "")" }
    }

    @Test func insertInAStringLiteral() {
        let m = MarkedScript("""
            await db.query("INSERT INTO gh_automation_jobs (1️⃣status, job_type) VALUES (2️⃣'queued', 'apply')");
            """)
        let facts = m.facts()
        #expect(facts.first { $0.kind == .column }?.location == m[1])
        #expect(facts.first { $0.kind == .columnValue }?.location == m[2])
        #expect(values(facts) == ["public.gh_automation_jobs.status=queued initial", "public.gh_automation_jobs.job_type=apply initial"])
    }

    @Test func templateSubstitutionsAreParametersAndLocationsStayExact() {
        let m = MarkedScript("""
            const sql = `
              UPDATE jobs SET status = 1️⃣'running', worker = ${workerId}
              WHERE id = ${id} AND status = 2️⃣'pending'`;
            """)
        let facts = m.facts(.columnValue)
        #expect(values(facts) == ["public.jobs.status=running transition", "public.jobs.status=pending claim"])
        #expect(facts.map(\.location) == [m[1], m[2]])
    }

    @Test func taggedTemplate() {
        let m = MarkedScript("const rows = await sql`select id from public.jobs where status = 1️⃣${'x'} or state = 2️⃣'ready'`;")
        #expect(m.facts(.columnValue).map(\.location) == [m[2]])
        #expect(m.facts(.column).map(\.name).contains("public.jobs.id"))
    }

    @Test func selectFilterValuesAndNegation() {
        let m = MarkedScript("client.query('select * from w where state <> 1️⃣\\'gone\\' and kind in (2️⃣\\'a\\', \\'b\\')')")
        let facts = m.facts(.columnValue)
        #expect(facts.first?.attributes == ["role": "filter", "negated": "true"])
        #expect(facts.count == 3)
    }

    @Test func claimBySubselectOfAnUpdate() {
        let m = MarkedScript("""
            await pool.query(`update jobs set status = 'running' where id = (select id from jobs where status = 1️⃣'pending' for update skip locked)`)
            """)
        let claim = m.facts(.columnValue).first { $0.value == "pending" }
        #expect(claim?.attributes["role"] == "claim" && claim?.location == m[1])
    }

    @Test func deleteAndWith() {
        let m = MarkedScript("""
            q(`delete from sessions where kind = 1️⃣'expired'`);
            q(`with x as (select id from jobs where status = 2️⃣'done') delete from events where job_id in (select id from x)`);
            """)
        #expect(m.facts(.columnValue).map(\.location) == [m[1], m[2]])
    }

    @Test func pgNotifyAndNotifyInSQLText() {
        let m = MarkedScript("""
            await client.query("SELECT pg_notify(1️⃣'job_done', $1)", [id]);
            await client.query(`NOTIFY 2️⃣cache_flush`);
            """)
        #expect(summary(m.facts(.notifyChannel)) == ["job_done produces", "cache_flush produces"])
        #expect(m.facts(.notifyChannel).map(\.location) == [m[1], m[2]])
    }

    @Test func listenCarriesTheClientsEnvVariable() {
        let m = MarkedScript("""
            const listener = new Client({ connectionString: process.env.DATABASE_URL });
            await listener.query("LISTEN 1️⃣gh_job_created");
            """)
        let fact = m.facts(.notifyChannel).first
        #expect(fact?.direction == .consumes && fact?.name == "gh_job_created" && fact?.location == m[1])
        #expect(fact?.attributes["env"] == "DATABASE_URL")
    }

    @Test func postgresJSListenAndNotify() {
        let m = MarkedScript("""
            const sql = postgres(process.env.DIRECT_URL!);
            await sql.listen(1️⃣"events", (x) => handle(x));
            await sql.notify(2️⃣CHANNEL, "payload");
            const CHANNEL = "events";
            """)
        let facts = m.facts(.notifyChannel)
        #expect(summary(facts) == ["events consumes", "events produces"])
        #expect(facts.first?.attributes["env"] == "DIRECT_URL")
    }

    @Test func pgListenSubscriber() {
        let m = MarkedScript("subscriber.listenTo(1️⃣'my-channel'); subscriber.notify(2️⃣'my-channel', { a: 1 })")
        #expect(summary(m.facts(.notifyChannel)) == ["my-channel consumes", "my-channel produces"])
    }

    @Test func upsertOnConflict() {
        let m = MarkedScript("q(\"insert into w (id, status) values ($1, 'idle') on conflict (id) do update set status = 1️⃣'busy'\")")
        #expect(m.facts(.columnValue).last?.location == m[1])
    }

    // Non-triggering.

    @Test func proseThatStartsWithAKeywordIsNotSQL() {
        let m = MarkedScript("""
            toast("Select a file to upload");
            alert('Update available, restart to install');
            const msg = "delete this item?";
            const hint = `insert your card`;
            """)
        #expect(m.facts().isEmpty)
    }

    @Test func sqlInCommentsIsNotRead() {
        let m = MarkedScript("""
            // await db.query("insert into jobs (status) values ('queued')")
            /* select * from jobs where status = 'pending' */
            """)
        #expect(m.facts().isEmpty)
    }

    @Test func serverListenIsAPortNotAChannel() {
        let m = MarkedScript("app.listen(3000); server.listen(PORT); emitter.notify('x')")
        #expect(m.facts(.notifyChannel).isEmpty)
    }

    @Test func parametersAreNotValues() {
        let m = MarkedScript("q(`update jobs set status = ${next} where id = $1`)")
        #expect(m.facts(.columnValue).isEmpty)
        #expect(m.facts(.column).map(\.direction) == [.writes, .reads])
    }

    @Test func unterminatedSQLInATemplateDoesNotStopTheFile() {
        let m = MarkedScript("""
            q(`select * from t where a = 'unclosed`);
            boss.send(1️⃣"still-found", {});
            """)
        #expect(m.facts(.queue).map(\.location) == [m[1]])
    }
}
