import Foundation
import LintConfig

/// TS/JS fact extraction throughput: lexing plus one pass of every extractor plus name
/// resolution, over ≥ 50 MB of generated TypeScript shaped like service code (queues,
/// supabase and drizzle queries, SQL strings, fetch calls with headers, routes, storage,
/// ports, and plain code around them). The issue's target is 60 MB/s on one core.
enum FactsBench {
    static func run(runs: Int, megabytes: Int = 50) {
        let files = generated(targetBytes: megabytes * 1024 * 1024)
        let bytes = files.reduce(0) { $0 + $1.text.utf8.count }
        var factCount = 0
        let lexRate = FrontEndBench.rate(bytes: bytes, runs: runs) {
            for file in files { _ = FactsBuilder.lex(file.text, path: file.path) }
        }
        let factRate = FrontEndBench.rate(bytes: bytes, runs: runs) {
            let scanned = files.map { JSFactScan.scan(FactsBuilder.lex($0.text, path: $0.path).0) }
            factCount = JSFactScan.facts(scanned, project: "bench").count
        }
        print("")
        print(String(format: "TS/JS facts on %d generated files, %.1f MB (%d facts):", files.count,
                     Double(bytes) / (1024 * 1024), factCount))
        print("| stage | median |")
        print("|---|---:|")
        print(String(format: "| lex only | %.1f MB/s |", lexRate))
        print(String(format: "| lex + all extractors + resolution | %.1f MB/s |", factRate))
        print(String(format: "target: facts ≥ 60 MB/s → %@", factRate >= 60 ? "met" : "not met"))
    }

    static func generated(targetBytes: Int) -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        var total = 0
        var n = 0
        while total < targetBytes {
            var text = "import { QUEUE_\(n % 50) } from \"./queues\";\nimport { jobs } from \"./schema\";\n"
            for i in 0..<40 {
                text += unit(n, i)
            }
            files.append(("src/module\(n).ts", text))
            total += text.utf8.count
            n += 1
        }
        var queues = ""
        for q in 0..<50 { queues += "export const QUEUE_\(q) = \"jobs-\(q)\";\n" }
        files.append(("src/queues.ts", queues))
        files.append(("src/schema.ts", """
            export const jobs = pgTable("jobs", { id: uuid("id").primaryKey(), status: text("status").notNull().default("pending") });

            """))
        return files
    }

    static func unit(_ n: Int, _ i: Int) -> String {
        """
        // Handler \(i) of module \(n): the mix of calls a service holds, and code around them.
        const LIMIT_\(i) = \(i * 10);
        export async function handle\(i)(req: Request, boss: PgBoss, supabase: SupabaseClient, db: Db) {
          const token = req.headers.get("x-service-key");
          if (token !== process.env.SERVICE_KEY) { return new Response("no", { status: 401 }); }
          const items = [1, 2, 3].map((x) => x * \(i)).filter((x) => x % 2 === 0);
          const ratio = items.length / 2 / (LIMIT_\(i) || 1);
          const { data } = await supabase.from("events").select("id, kind, payload").eq("kind", "created").limit(LIMIT_\(i));
          await boss.send(QUEUE_\(n % 50), { id: data?.[0]?.id, ratio });
          await db.update(jobs).set({ status: "running" }).where(eq(jobs.status, "pending"));
          const rows = await client.query(`select id from jobs where status = 'queued' and owner = ${'$'}{req.url}`);
          const res = await fetch(`${'$'}{process.env.API_BASE}/v1/items/${'$'}{rows.length}`, {
            method: "POST", headers: { "Content-Type": "application/json", "X-Trace": String(ratio) },
          });
          sessionStorage.setItem("last-\(i)", JSON.stringify({ at: Date.now(), re: /^a+b?$/.test("aab") }));
          return res.ok ? new Response(`done ${'$'}{items.join(",")}`) : null;
        }

        """
    }
}
