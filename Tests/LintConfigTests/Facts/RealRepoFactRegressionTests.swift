import Testing
@testable import LintConfig

/// Facts that were wrong or missing when the extractors ran over openstatus and midday (the
/// dumps in the issue 9 note), each reduced to the shape that fooled them.
@Suite struct RealRepoFactRegressionTests {
    /// openstatus: Hono's `c.get("workspace")` reads a context variable set by a middleware,
    /// not a request header (61 false `workspace` header reads). `c.req.header()` is the read.
    @Test func honoContextVariableIsNotAHeader() {
        let m = MarkedScript("""
            app.get("/v1/monitor", async (c) => {
              const workspace = c.get("workspace");
              const requestId = c.var.requestId ?? c.get("requestId");
              const key = c.req.header(1️⃣"x-openstatus-key");
              const id = req.get(2️⃣"x-request-id");
            });
            """)
        #expect(summary(m.facts(.httpHeader)) == ["x-openstatus-key consumes", "x-request-id consumes"])
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2]])
    }

    /// openstatus: `label: "Notify subscribers"` (a UI string) was a NOTIFY of channel
    /// `subscribers`. A NOTIFY or LISTEN in code is written as SQL: the keyword in one case
    /// throughout, then a channel name, an optional payload, and nothing else.
    @Test func proseStartingWithNotifyIsNotSQL() {
        let m = MarkedScript("""
            const flags = [{ id: "notify", label: "Notify subscribers" }];
            const title = `Notify ${count} subscribers`;
            const hint = "listen to the podcast";
            const help = 'Notify me when it is back';
            await client.query(`NOTIFY 1️⃣cache_flush, 'x'`);
            await client.query("LISTEN 2️⃣jobs;");
            await db.execute(sql`notify 3️⃣job_events`);
            """)
        #expect(summary(m.facts(.notifyChannel)) == ["cache_flush produces", "jobs consumes", "job_events produces"])
        #expect(m.facts(.notifyChannel).map(\.location) == [m[1], m[2], m[3]])
    }

    /// openstatus: recorded responses in test files and `mock.ts` (`headers: { server, date,
    /// x-vercel-id … }`) were counted as headers sent. Tests and mocks are not runtime code —
    /// the same split the env scanner makes — so their code facts are left out.
    @Test func factsOfTestsAndMocksAreNotRuntimeFacts() throws {
        let files = InMemoryWorkspaceFiles([
            "p/package.json": "{}",
            "p/src/client.ts": "fetch(url, { headers: { 'x-api-key': process.env.API_KEY } });",
            "p/src/lib/checker/mock.ts": "export const data = [{ headers: { server: 'Vercel', 'x-vercel-id': 'fra1' } }];",
            "p/src/probe.test.ts": "const res = { headers: { date: 'Mon' } }; boss.send('test-only', {});",
            "p/test/helpers.ts": "fetch(u, { headers: { 'x-test': '1' } });",
        ])
        let load = try WorkspaceLoader.load(files, environment: nil)
        #expect(load.model.context.facts.of(.httpHeader).map(\.name) == ["x-api-key"])
        #expect(load.model.context.facts.of(.queue).isEmpty)
    }

    /// openstatus: `packages/db/src/seed/*.ts` and a Prisma-style `prisma/seed.ts` fill a
    /// developer's database; no deploy runs them, so what they insert is no contract.
    @Test func seedsAreNotRuntimeFacts() throws {
        let files = InMemoryWorkspaceFiles([
            "p/package.json": "{}",
            "p/src/jobs.ts": "await sql`insert into jobs (status) values ('queued')`;",
            "p/src/seed/limits.ts": "await sql`insert into jobs (status) values ('seeded')`;",
            "p/prisma/seed.ts": "await sql`insert into jobs (status) values ('demo')`;",
            "p/db/seeds/plans.ts": "boss.send('seed-only', {});",
        ])
        let load = try WorkspaceLoader.load(files, environment: nil)
        #expect(load.model.context.facts.of(.columnValue).compactMap(\.value) == ["queued"])
        #expect(load.model.context.facts.of(.queue).isEmpty)
        #expect(RuntimeCode.defaultReason("prisma/seed.ts") == "test data")
        #expect(RuntimeCode.defaultReason("src/seeders/users.ts") != nil)
        #expect(RuntimeCode.defaultReason("src/seedling.ts") == nil)
    }

    /// midday: `` fetch(`${COMPOSIO_API_BASE}${path}`) `` with `…/api/v3` was `GET /api/v3{}`:
    /// a run-time path appended to a base is one or more further segments, a family `/api/v3/*`.
    @Test func pathAppendedToABaseKeepsTheSlash() {
        let m = MarkedScript("""
            const COMPOSIO_API_BASE = "https://backend.composio.dev/api/v3";
            export async function composioFetch(path: string) {
              return fetch(1️⃣`${COMPOSIO_API_BASE}${path}`);
            }
            export const get = (endpoint: string) => fetch(2️⃣`/api/v1/${endpoint}`);
            fetch(3️⃣`/files/v${version}.json`);
            """)
        let routes = m.facts(.route)
        #expect(routes.map(\.name) == ["GET /api/v3/*", "GET /api/v1/*", "GET /files/v{}.json"])
        #expect(routes.first?.attributes["host"] == "backend.composio.dev")
        #expect(routes.map(\.location) == [m[1], m[2], m[3]])
    }

    /// BullMQ with a job type: `new Worker<JobData>(name, …)` / `new Queue<JobData>(name)` were
    /// missed, since the type arguments stand between the class and its `(`.
    @Test func bullMQWithTypeArguments() {
        let m = MarkedScript("""
            import { Queue, Worker } from "bullmq";
            export const emails = new Queue<EmailJob>(1️⃣"emails", { connection });
            const worker = new Worker<EmailJob, Result<Map<string, number>>>(2️⃣"emails", async (job) => send(job), { connection });
            await emails.3️⃣add("welcome", { to });
            """)
        #expect(summary(m.facts(.queue)) == ["emails declares", "emails consumes", "emails produces"])
        #expect(m.facts(.queue).map(\.location) == [m[1], m[2], m[3]])
    }

    /// pg-boss `schedule(name, cron, data, options)` makes the scheduler a producer of the
    /// queue: every tick sends a job to it (the worker of `name` is its consumer).
    @Test func pgBossScheduleProduces() {
        let m = MarkedScript("""
            await boss.schedule(1️⃣"nightly-report", "0 3 * * *", { kind: "full" }, { tz: "UTC", retryLimit: 2 });
            await boss.work(2️⃣"nightly-report", handler);
            await boss.unschedule("nightly-report");
            """)
        let facts = m.facts(.queue)
        #expect(summary(facts) == ["nightly-report produces", "nightly-report consumes"])
        #expect(facts.first?.evidence == "boss.schedule")
        #expect(facts.first?.attributes["cron"] == "0 3 * * *")
        #expect(facts.first?.attributes["retryLimit"] == "2")
        #expect(facts.map(\.location) == [m[1], m[2]])
    }
}
