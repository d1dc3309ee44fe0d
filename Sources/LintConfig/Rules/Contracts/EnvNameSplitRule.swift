/// Lint: two projects linked by a contract (a queue, channel, header or route one produces and
/// the other consumes, or a table both use) each compare an env variable with the same literal,
/// under two names that end in the same word (`SYNC_MODE === "stream"` in one,
/// `FEED_MODE === "stream"` in the other): one setting, configured under two names, so a deploy
/// that sets one leaves the other project on its default.
///
/// Precise on purpose: the literal must be the same and not a word every flag is compared with
/// (`true`, `1`, `production` …); the names must share their last word and differ before it;
/// neither project may read both names (then they are two settings it knows apart); built-in
/// variables (`NODE_ENV`) do not count. Once per pair of names. High when, in some checked
/// environment, one name is not supplied to its project (or nothing is deployed); medium when
/// both are supplied wherever they are deployed (they may just hold one value twice).
public struct EnvNameSplitRule: Rule {
    public init() {}

    static let boss = "import PgBoss from \"pg-boss\";\nconst boss = new PgBoss(process.env.DATABASE_URL ?? \"\");\n"

    public let description = RuleDescription(
        id: "env-name-split",
        severity: .high,
        summary: "Two linked projects compare differently named env variables with the same value for one setting.",
        rationale: "The two services switch on one setting read under two names: the deploy sets the name one of "
            + "them reads, and the other silently runs with its default — a sender that streams to a worker that "
            + "polls, or a feature on in one half of the flow only.",
        fix: "Change the project whose name is the odd one out (the one its deploy does not supply) to read "
            + "the other project's name, then supply that one name to both deploys; a shared config package "
            + "both import keeps them from drifting again.",
        triggeringExamples: [
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/send.ts": boss + "if (process.env.↓SYNC_MODE === \"stream\") await boss.send(\"sync\", {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "const mode = process.env.FEED_MODE;\n"
                    + "if (mode === \"stream\") await boss.work(\"sync\", async () => {});\n",
            ], note: "linked by the queue 'sync'; one setting, two names"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/client.ts": "const region = process.env.APP_STORAGE_REGION;\n"
                    + "export const eu = region === \"eu-west\";\nawait fetch(`${process.env.API_URL}/upload`, "
                    + "{ method: \"POST\" });\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.post(\"/upload\", (req, res) => res.json({ eu: "
                    + "process.env.↓BUCKET_REGION === \"eu-west\" }));\n",
            ], note: "linked by the route POST /upload"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "import { db } from \"./db\";\nexport const legacy = process.env.JOB_DISPATCH "
                    + "=== \"legacy\";\nawait db.query(\"insert into jobs (id) values (1)\");\n",
                "gh/package.json": "{}\n",
                "gh/src/worker.ts": "import { db } from \"./db\";\nif (process.env.↓WORKER_DISPATCH === \"legacy\") "
                    + "await db.query(\"select id from jobs where id = 1\");\n",
            ], note: "linked by the table both use"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/send.ts": boss + "if (process.env.SYNC_MODE === \"stream\") await boss.send(\"sync\", {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "if (process.env.SYNC_MODE === \"stream\") await boss.work(\"sync\", "
                    + "async () => {});\n",
            ], note: "one name on both sides"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/send.ts": boss + "if (process.env.CACHE_ENABLED === \"true\") await boss.send(\"sync\", "
                    + "{});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "if (process.env.TRACING_ENABLED === \"true\") await boss.work(\"sync\", "
                    + "async () => {});\n",
            ], note: "a flag word every switch is compared with"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/send.ts": boss + "const verbose = process.env.LOG_LEVEL === \"debug\";\n"
                    + "await boss.send(\"sync\", {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "const sqlLog = process.env.DB_LOG_LEVEL === \"debug\";\n"
                    + "await boss.work(\"sync\", async () => {});\n",
            ], note: "two log levels compared with a standard level: two settings, not one"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/send.ts": "if (process.env.SYNC_MODE === \"stream\") start();\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": "if (process.env.FEED_MODE === \"stream\") start();\n",
            ], note: "no contract links the two projects"),
        ])

    /// Literals every flag or environment switch is compared with: equal values say nothing.
    static let commonLiterals: Set<String> = [
        "true", "false", "1", "0", "yes", "no", "on", "off", "y", "n", "enabled", "disabled", "production", "prod",
        "development", "dev", "test", "staging", "local", "ci", "preview", "debug", "info", "warn", "warning",
        "error", "trace", "verbose", "silent", "none", "all", "auto", "default", "json",
    ]

    struct Read {
        var fact: Fact
        var literal: String
        var tokens: [String]
    }

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let envReads = workspace.context.facts.of(.envVar, .consumes)
        let namesByProject = Dictionary(grouping: envReads, by: \.project).mapValues { Set($0.map(\.name)) }
        var reads: [Read] = []
        for fact in envReads where fact.attributes["builtIn"] != "true" {
            guard let literal = Self.comparedLiteral(fact.attributes["why"]),
                  !Self.commonLiterals.contains(literal.lowercased()) else { continue }
            let tokens = NameNearMiss.tokens(fact.name)
            guard tokens.count >= 2 else { continue }
            reads.append(Read(fact: fact, literal: literal, tokens: tokens))
        }
        guard reads.count >= 2 else { return [] }
        let links = ContractLinks(workspace.context.facts)
        var reported = Set<String>()
        var findings: [Finding] = []
        let sorted = reads.sorted { $0.fact.location < $1.fact.location }
        for (i, a) in sorted.enumerated() {
            for b in sorted[(i + 1)...] {
                guard a.fact.project != b.fact.project, a.fact.name != b.fact.name, a.literal == b.literal,
                      a.tokens.last == b.tokens.last,
                      !(namesByProject[a.fact.project]?.contains(b.fact.name) ?? false),
                      !(namesByProject[b.fact.project]?.contains(a.fact.name) ?? false),
                      let link = links.link(a.fact.project, b.fact.project) else { continue }
                let pair = [a.fact.project + ":" + a.fact.name, b.fact.project + ":" + b.fact.name].sorted()
                guard reported.insert(pair.joined(separator: "\u{1F}")).inserted else { continue }
                findings.append(split(a, b, link: link, workspace))
            }
        }
        return findings
    }

    /// `compared with 'stream'` (the env read's `why`) → `stream`.
    static func comparedLiteral(_ why: String?) -> String? {
        let prefix = "compared with '"
        guard let why, why.hasPrefix(prefix), why.hasSuffix("'"), why.count > prefix.count + 1 else { return nil }
        return String(why.dropFirst(prefix.count).dropLast())
    }

    func split(_ a: Read, _ b: Read, link: String, _ workspace: WorkspaceModel) -> Finding {
        var lines: [String] = []
        var environments: [String] = []
        var unsupplied = false
        for environment in workspace.environments {
            let aHas = workspace.supplies(a.fact.name, to: a.fact.project, in: environment)
            let bHas = workspace.supplies(b.fact.name, to: b.fact.project, in: environment)
            guard aHas != nil || bHas != nil else { continue }
            environments.append(environment)
            if aHas == false || bHas == false { unsupplied = true }
            lines.append("\(environment): \(a.fact.name) \(SupplyWord.text(aHas)) to \(a.fact.project), \(b.fact.name) "
                         + "\(SupplyWord.text(bHas)) to \(b.fact.project)")
        }
        let supplyText = lines.isEmpty
            ? "No checked environment deploys either project." : lines.joined(separator: "; ") + "."
        let bothEverywhere = !lines.isEmpty && !unsupplied
        return description.finding(
            "\(a.fact.project) reads \(a.fact.name), \(b.fact.project) reads \(b.fact.name) for one setting "
                + "('\(a.literal)')",
            kind: "env-var", projects: [a.fact.project, b.fact.project], names: [a.fact.name, b.fact.name].sorted(),
            environments: environments, at: a.fact.location,
            related: [RelatedLocation(b.fact.location, note: "\(b.fact.project) compares \(b.fact.name) with "
                + "'\(b.literal)'")],
            what: "\(a.fact.project) compares \(a.fact.name) with '\(a.literal)' at \(a.fact.location); "
                + "\(b.fact.project), linked to it by the \(link), compares \(b.fact.name) with the same value at "
                + "\(b.fact.location). "
                + supplyText,
            fix: "Read one name on both sides: change \(b.fact.project)'s read at \(b.fact.location) to "
                + "\(a.fact.name), "
                + "or \(a.fact.project)'s at \(a.fact.location) to \(b.fact.name), and supply that name to both "
                + "deploys.",
            severity: bothEverywhere ? .medium : .high)
    }
}
