// `make bench`: lexing and parse+replay throughput of the SQL front end on a generated
// migration corpus, and the same files through squawk (a Rust migration linter) and pglast
// (PostgreSQL's own parser, from Python), printed as MB/s and ratios; then the other front
// ends' throughput and whole-run times (FrontEndBench.swift). Medians of several runs.
import Foundation
import LintConfig

struct Options {
    var corpus = ".build-bench-corpus"
    var megabytes = 20
    /// `--megabytes` as given, for the facts benchmark (whose own default is 50 MB).
    var megabytesGiven: Int?
    var runs = 5
    var skipPeers = false
    /// Only the TS/JS facts benchmark (`make bench-facts`).
    var factsOnly = false
    /// `--facts-corpus mix|dense`: only one of the two generated corpora (for profiling).
    var factsCorpus: String?
    /// Run the fact extractors over a real checkout instead (`--facts-dir DIR`, repeatable).
    var factsDirectories: [String] = []
    /// Only the pre-commit workflow's whole-process times (`make bench-workflow`).
    var workflowOnly = false
    var binary = ".build/release/lint-config"

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--corpus": corpus = arguments[i + 1]; i += 1
            case "--megabytes":
                megabytes = Int(arguments[i + 1]) ?? megabytes
                megabytesGiven = Int(arguments[i + 1])
                i += 1
            case "--runs": runs = Int(arguments[i + 1]) ?? runs; i += 1
            case "--skip-peers": skipPeers = true
            case "--facts-only": factsOnly = true
            case "--facts-corpus": factsCorpus = arguments[i + 1]; i += 1
            case "--facts-dir": factsDirectories.append(arguments[i + 1]); i += 1
            case "--workflow-only": workflowOnly = true
            case "--binary": binary = arguments[i + 1]; i += 1
            default: break
            }
            i += 1
        }
    }
}

/// One migration "unit": a table, an index, column changes, RLS, a policy, a PL/pgSQL
/// function with a `$$` body, a comment and a seed row — the mix real migration folders hold.
func unit(_ i: Int) -> String {
    """
    -- Migration unit \(i): a jobs table and the worker function that picks from it.
    CREATE TABLE IF NOT EXISTS public.jobs_\(i) (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'running', 'done', 'failed')),
      priority integer NOT NULL DEFAULT 0,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      attempts smallint DEFAULT 0,
      note character varying(200),
      created_at timestamp with time zone NOT NULL DEFAULT now(),
      updated_at timestamptz
    );
    CREATE INDEX jobs_\(i)_status_idx ON public.jobs_\(i) (status, created_at);
    ALTER TABLE public.jobs_\(i) ADD COLUMN worker_id text, ADD COLUMN heartbeat_at timestamptz, ALTER COLUMN note SET NOT NULL;
    ALTER TABLE public.jobs_\(i) RENAME COLUMN worker_id TO worker;
    ALTER TABLE public.jobs_\(i) ENABLE ROW LEVEL SECURITY;
    CREATE POLICY "owner reads \(i)" ON public.jobs_\(i) FOR SELECT USING (user_id = current_setting('app.user')::uuid);
    CREATE OR REPLACE FUNCTION public.pick_\(i)(p_worker text) RETURNS SETOF public.jobs_\(i) LANGUAGE plpgsql AS $$
    BEGIN
      RETURN QUERY UPDATE public.jobs_\(i) SET status = 'running', worker = p_worker
       WHERE id = (SELECT id FROM public.jobs_\(i) WHERE status = 'pending' ORDER BY priority DESC LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *;
      PERFORM pg_notify('jobs_\(i)', p_worker);
    END;
    $$;
    COMMENT ON TABLE public.jobs_\(i) IS 'unit \(i); generated';
    INSERT INTO public.jobs_\(i) (user_id, status, note) VALUES ('00000000-0000-0000-0000-000000000000', 'queued', 'seed');

    """
}

func generateCorpus(_ options: Options) throws -> [URL] {
    let directory = URL(fileURLWithPath: options.corpus)
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let target = options.megabytes * 1024 * 1024
    var written = 0, fileIndex = 0, unitIndex = 0
    var files: [URL] = []
    while written < target {
        var text = ""
        for _ in 0..<100 { text += unit(unitIndex); unitIndex += 1 }
        let url = directory.appendingPathComponent(String(format: "%04d_unit.sql", fileIndex))
        try Data(text.utf8).write(to: url)
        files.append(url)
        written += text.utf8.count
        fileIndex += 1
    }
    return files
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a command; returns wall seconds and whether it could run at all.
func timeProcess(_ executable: String, _ arguments: [String]) -> (seconds: Double, status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).out")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    guard let handle = try? FileHandle(forWritingTo: output) else { return nil }
    process.standardOutput = handle
    process.standardError = handle
    let start = DispatchTime.now().uptimeNanoseconds
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    return (elapsed, process.terminationStatus, text)
}

let options = Options(CommandLine.arguments)
let examplesPath = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Examples").path
if options.workflowOnly {
    try WorkflowBench.run(runs: max(options.runs, 21), binary: options.binary, examples: examplesPath)
    exit(0)
}
if !options.factsDirectories.isEmpty {
    for directory in options.factsDirectories { try FactsCorpus.run(directory) }
    exit(0)
}
if options.factsOnly {
    FactsBench.run(runs: options.runs, megabytes: options.megabytesGiven ?? 50, only: options.factsCorpus)
    exit(0)
}
let files = try generateCorpus(options)
let contents = try files.map { [UInt8](try Data(contentsOf: $0)) }
let totalBytes = contents.reduce(0) { $0 + $1.count }
let megabytes = Double(totalBytes) / (1024 * 1024)
print(String(format: "corpus: %d files, %.1f MB in %@", files.count, megabytes, options.corpus))

var lexTimes: [Double] = []
var tokenCount = 0
for _ in 0..<options.runs {
    lexTimes.append(try seconds {
        tokenCount = 0
        for (index, bytes) in contents.enumerated() {
            tokenCount += try SQLLexer(path: files[index].lastPathComponent).tokenize(bytes).count
        }
    })
}
var replayTimes: [Double] = []
var tables = 0
for _ in 0..<options.runs {
    replayTimes.append(try seconds {
        var replay = SchemaReplay()
        let parser = SQLParser()
        for (index, bytes) in contents.enumerated() {
            let source = try SQLSource.lex(bytes, path: files[index].lastPathComponent)
            replay.apply(parser.parse(source), project: "bench")
        }
        tables = replay.schema.tables.count
    })
}
let lexRate = megabytes / median(lexTimes)
let replayRate = megabytes / median(replayTimes)
print(String(format: "tokens: %d, tables replayed: %d", tokenCount, tables))

var rows: [(String, Double?)] = [
    ("lint-config lex", lexRate),
    ("lint-config parse+replay", replayRate),
]

// squawk: the whole process on all files (it parses and lints; startup is amortised over 20 MB).
var squawkRate: Double?
if options.skipPeers {
    print("peers skipped (--skip-peers)")
} else if let probe = timeProcess("squawk", ["--version"]), probe.status == 0 {
    var times: [Double] = []
    for _ in 0..<3 {
        // The plainest reporter, so that squawk's time is parsing and linting, not rendering.
        if let run = timeProcess("squawk", ["--reporter", "gcc"] + files.map(\.path)) { times.append(run.seconds) }
    }
    if !times.isEmpty { squawkRate = megabytes / median(times) }
} else {
    print("squawk: not installed (pip install squawk-cli); its numbers are missing")
}
rows.append(("squawk --reporter gcc (parse+lint, whole process)", squawkRate))

// pglast: parse_sql over all files, timed inside Python so interpreter start-up is excluded.
var pglastRate: Double?
let pglastScript = """
import sys, time
from pglast import parser
paths = sys.argv[1:]
texts = [open(p, encoding='utf-8').read() for p in paths]
runs = []
for _ in range(3):
    t = time.perf_counter()
    for text in texts:
        parser.parse_sql(text)
    runs.append(time.perf_counter() - t)
runs.sort()
print('SECONDS', runs[1])
"""
if options.skipPeers {
} else if let run = timeProcess("python3", ["-c", pglastScript] + files.map(\.path)), run.status == 0,
   let line = run.output.split(separator: "\n").first(where: { $0.hasPrefix("SECONDS ") }), let value = Double(line.dropFirst(8)) {
    pglastRate = megabytes / value
} else {
    print("pglast: not importable (pip install pglast); its numbers are missing")
}
rows.append(("pglast parse_sql (libpg_query)", pglastRate))

print("")
print("| measurement | MB/s (median) | lint-config parse+replay ÷ this |")
print("|---|---:|---:|")
for (name, rate) in rows {
    let rateText = rate.map { String(format: "%.1f", $0) } ?? "n/a"
    let ratio = rate.map { String(format: "%.2f×", replayRate / $0) } ?? "n/a"
    print("| \(name) | \(rateText) | \(ratio) |")
}
print("")
print(String(format: "target: lexing ≥ 100 MB/s → %@ (%.1f); parse+replay faster than squawk and pglast → %@",
             lexRate >= 100 ? "met" : "not met", lexRate,
             [squawkRate, pglastRate].allSatisfy { $0.map { replayRate > $0 } ?? false } ? "met" : "not met (or a peer is missing)"))

try FrontEndBench.run(runs: options.runs)
FactsBench.run(runs: min(options.runs, 3))
try WorkflowBench.run(runs: max(options.runs, 21), binary: options.binary, examples: examplesPath)
