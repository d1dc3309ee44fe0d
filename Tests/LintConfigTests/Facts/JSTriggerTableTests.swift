import Foundation
import Testing
@testable import LintConfig

/// `JSFactScan.scan` hands a name only to the extractors whose trigger words could match it;
/// these tests hold that filter to what every extractor sees when handed every token.
@Suite struct JSTriggerTableTests {
    @Test func everyTriggerWordReachesItsExtractor() {
        let lists = [JSQueueFacts.triggerWords, JSSQLFacts.triggerWords, JSSupabaseFacts.triggerWords,
                     JSDrizzleFacts.triggerWords, JSHeaderFacts.triggerWords, JSRouteFacts.triggerWords,
                     JSStorageAndPortFacts.triggerWords, JSURLParameterFacts.triggerWords, JSPrismaFacts.triggerWords]
        for (index, words) in lists.enumerated() {
            for word in words {
                let first = word.withUTF8Buffer { $0[0] }
                let mask = JSFactScan.triggers.mask(length: word.utf8CodeUnitCount, first: first)
                #expect(mask & (1 << UInt16(index)) != 0, "\(word) reaches extractor \(index)")
            }
        }
        for keyword in ["const", "let", "var", "enum", "import", "export"] {
            let mask = JSFactScan.triggers.mask(length: keyword.utf8.count, first: keyword.utf8.first ?? 0)
            #expect(mask & JSTriggerTable.declaration != 0, "\(keyword) starts a declaration")
        }
        #expect(JSFactScan.triggers.mask(length: 4, first: UInt8(ascii: "d")) == 0, "`data` concerns no extractor")
        #expect(JSFactScan.triggers.mask(length: 400, first: UInt8(ascii: "s")) == 0)
    }

    /// The filtered scan finds exactly what handing every token to every extractor finds, over
    /// the TypeScript of `Examples/` and a file holding every kind of fact.
    @Test func filteredScanFindsWhatTheFullScanFinds() throws {
        var texts: [(String, String)] = [("src/every-kind.ts", Self.everyKind)]
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["ts", "js", "tsx", "mjs"].contains(url.pathExtension) else { continue }
            texts.append((url.path, try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(texts.count > 10)
        let sources = texts.map { FactsBuilder.lex($0.1, path: $0.0).0 }
        let filtered = JSFactScan.facts(sources.map { JSFactScan.scan($0) }, project: "P")
        let full = JSFactScan.facts(sources.map { JSFactScan.scan($0, extractors: JSFactScan.extractors) }, project: "P")
        #expect(!filtered.isEmpty)
        #expect(filtered == full)
    }

    static let everyKind = """
        import { Queue, Worker } from "bullmq";
        import PgBoss from "pg-boss";
        import { Client } from "pg";
        export const QUEUE = "jobs";
        export enum Names { Apply = "apply" }
        const boss = new PgBoss(process.env.DATABASE_URL);
        const client = new Client({ connectionString: process.env.DATABASE_URL });
        const q = new Queue("mail", { connection });
        new Worker("mail", async (job) => job.data, { concurrency: 2 });
        await q.add("welcome", { to }, { attempts: 3 });
        await boss.createQueue(QUEUE, { retryLimit: 2 });
        await boss.send(`${QUEUE}/${id}`, { id }, { expireInSeconds: 60 });
        await boss.work(Names.Apply, handler);
        await client.query("LISTEN job_done");
        await client.query(`insert into jobs (status, owner) values ('queued', ${owner})`);
        await client.query("select pg_notify('job_done', id::text) from jobs where status = 'done'");
        const { data } = await supabase.from("events").select("id, kind, worker:worker_id").eq("kind", "created");
        await supabase.from("jobs").update({ status: "running" }).in("status", ["pending", "queued"]);
        export const jobs = pgTable("jobs", { status: text("status").notNull().default("pending") });
        await db.update(jobs).set({ status: "done" }).where(and(eq(jobs.status, "running"), ne(jobs.id, 3)));
        await db.insert(jobs).values({ status: "pending" });
        await fetch(`${process.env.API_BASE}/v1/jobs/${id}`, { method: "POST", headers: { "X-Key": process.env.KEY } });
        await axios.post("/v1/items", body, { headers: { "x-trace": trace } });
        app.get("/v1/jobs/:id", async (req, res) => {
          if (req.headers["x-key"] !== process.env.KEY) { return res.status(401).send("no"); }
          res.json({ ok: true });
        });
        router.post("/callback", (req, res) => req.header("x-signature") === sign(process.env.SECRET));
        app.use("/api", router);
        export async function POST(request: Request) { return request.headers.get("x-token"); }
        const headers = new Headers({ "X-A": "1" });
        headers.set("X-B", process.env.B);
        sessionStorage.setItem("last", "1");
        localStorage.getItem(KEY);
        localStorage.removeItem("gone");
        app.listen(process.env.PORT ?? 3000);
        Bun.serve({ port: 8080, fetch: handler });
        await fetch(`${process.env.API_BASE}/hooks/${process.env.HOOK_SECRET}?token=${process.env.SERVICE_SECRET}`);
        url.searchParams.set("api_key", process.env.API_KEY);
        await axios.get("/v1/search", { params: { key: apiKey } });
        @Processor("mail") class MailConsumer {}
        """
}
