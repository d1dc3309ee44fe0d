import Foundation
import LintConfig

/// TS/JS fact extraction throughput: lexing plus one pass of every extractor plus name
/// resolution, over ≥ 50 MB of generated TypeScript, twice: the service-code mix of
/// `ServiceCodeCorpus` (plain code with one fact-stating handler per 32 blocks, ten times as
/// dense in facts as the densest real checkout measured), which the issue's 60 MB/s target is
/// held to, and the worst case below, where nearly every line states a fact.
enum FactsBench {
    /// `only`: "mix" or "dense" measures that corpus alone (to profile one).
    static func run(runs: Int, megabytes: Int = 50, only: String? = nil) {
        let target = megabytes * 1024 * 1024
        let mixFiles = only == "dense" ? [] : ServiceCodeCorpus.generated(targetBytes: target)
        let denseFiles = only == "mix" ? [] : generated(targetBytes: target)
        let mix = mixFiles.isEmpty ? nil : measure(mixFiles, runs: runs)
        let dense = denseFiles.isEmpty ? nil : measure(denseFiles, runs: runs)
        print("")
        print("TS/JS facts, medians of \(runs) runs (CPU time of the thread: one core's work):")
        print("| corpus | files | MB | facts | facts/MB | lex only, wall / CPU "
              + "| lex + extractors + resolution, wall / CPU |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        let rows = [("service-code mix (the target's corpus)", mix), ("worst case: a fact on every line", dense)]
        for (name, m) in rows.compactMap({ row in row.1.map { (row.0, $0) } }) {
            print(String(format: "| %@ | %d | %.1f | %d | %.0f | %.1f / %.1f MB/s | %.1f / %.1f MB/s |", name, m.files,
                         m.megabytes, m.facts.count, Double(m.facts.count) / m.megabytes, m.lex.wall, m.lex.cpu,
                         m.all.wall, m.all.cpu))
        }
        if let mix {
            print(String(format: "target: ≥ 60 MB/s on one core for the service-code mix → %.1f MB/s CPU: %@",
                         mix.all.cpu, mix.all.cpu >= 60 ? "met" : "not met"))
        }
        let environment = ProcessInfo.processInfo.environment
        if let out = environment["FACTS_DUMP"], let dense { FactsCorpus.dump(dense.facts, to: out) }
        if let out = environment["FACTS_DUMP_MIX"], let mix { FactsCorpus.dump(mix.facts, to: out) }
        TokenDump.write(denseFiles, to: "TOKENS_DUMP")
        TokenDump.write(mixFiles, to: "TOKENS_DUMP_MIX")
    }

    struct Measured {
        var files: Int
        var megabytes: Double
        var facts: [Fact]
        var lex: (wall: Double, cpu: Double)
        var all: (wall: Double, cpu: Double)
    }

    static func measure(_ files: [(path: String, text: String)], runs: Int) -> Measured {
        let bytes = files.reduce(0) { $0 + $1.text.utf8.count }
        var facts: [Fact] = []
        let lex = rates(bytes: bytes, runs: runs) {
            for file in files { _ = FactsBuilder.lex(file.text, path: file.path) }
        }
        let all = rates(bytes: bytes, runs: runs) {
            let scanned = files.map { JSFactScan.scan(FactsBuilder.lex($0.text, path: $0.path).0) }
            facts = JSFactScan.facts(scanned, project: "bench")
        }
        return Measured(files: files.count, megabytes: Double(bytes) / (1024 * 1024), facts: facts, lex: lex, all: all)
    }

    /// MB/s by the wall clock and by the thread's CPU time (one core's work, which on a machine
    /// shared with other jobs is the steadier of the two), medians of `runs`.
    static func rates(bytes: Int, runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<runs {
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = threadCPUNanoseconds()
            body()
            cpus.append(Double(threadCPUNanoseconds() - cpu) / 1e9)
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9)
        }
        let megabytes = Double(bytes) / (1024 * 1024)
        return (megabytes / FrontEndBench.median(walls), megabytes / FrontEndBench.median(cpus))
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func generated(targetBytes: Int) -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        var total = 0
        var n = 0
        while total < targetBytes {
            var text = imports(n)
            for i in 0..<40 {
                text += unit(n, i)
            }
            files.append(("src/module\(n).ts", text))
            total += text.utf8.count
            n += 1
        }
        return files + declarations()
    }

    /// The imports each generated module starts with: a queue name and the drizzle table.
    static func imports(_ n: Int) -> String {
        "import { QUEUE_\(n % 50) } from \"./queues\";\nimport { jobs } from \"./schema\";\n"
    }

    /// The files every generated corpus imports from: the queue names and the drizzle table.
    static func declarations() -> [(path: String, text: String)] {
        var queues = ""
        for q in 0..<50 { queues += "export const QUEUE_\(q) = \"jobs-\(q)\";\n" }
        let schema = "export const jobs = pgTable(\"jobs\", { id: uuid(\"id\").primaryKey(), "
            + "status: text(\"status\").notNull().default(\"pending\") });\n"
        return [("src/queues.ts", queues), ("src/schema.ts", schema)]
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
