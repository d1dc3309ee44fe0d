import Foundation

/// Lint: code LISTENs on a client created from an env variable (`new Client({ connectionString:
/// process.env.DATABASE_URL })`, `postgres(process.env.X)`) whose value, in the project's env
/// example or in a deploy's clear env (Kamal `env.clear`, `fly.toml [env]`), is a transaction
/// pooler: Supabase's pooler port 6543, `pgbouncer=true` (Prisma's flag for one), a PgBouncer
/// host, or Neon's `-pooler` endpoint. A transaction pooler hands the server connection to
/// another client after each transaction, so the LISTEN is registered on a connection the
/// listener no longer holds. Values kept in secrets cannot be read and are not judged. The URL
/// is never printed: only which sign of a pooler it carries.
public struct ListenThroughPoolerRule: Rule {
    public init() {}

    static let listener = "import { Client } from \"pg\";\n"
        + "const listener = new Client({ connectionString: process.env.DATABASE_URL });\nawait listener.connect();\n"

    public let description = RuleDescription(
        id: "listen-through-pooler",
        severity: .high,
        summary: "Code LISTENs on a connection whose URL is a transaction pooler (Supabase port 6543, pgbouncer=true).",
        rationale: "A transaction pooler gives the server connection to another client after each statement's "
            + "transaction: the LISTEN is registered on a connection the listener no longer holds, and its "
            + "notifications never arrive — the service waits for events that are sent and lost.",
        fix: "Change the listener's project: create the LISTEN client from a direct or session-mode URL (a "
            + "separate variable such as DIRECT_URL, port 5432) and supply it in every deploy; keep the pooler "
            + "URL for ordinary queries.",
        triggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/.env.example": "DATABASE_URL=postgresql://postgres.abcd:[YOUR-PASSWORD]@aws-0-eu-central-1"
                    + ".pooler.supabase.com:6543/postgres\n",
                "worker/src/events.ts": listener + "await listener.query(\"LISTEN ↓job_created\");\n",
            ], note: "Supabase's transaction pooler port in the env example"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    "
                    + "EVENTS_DB_URL: postgres://app@db.internal:5432/app?pgbouncer=true\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/events.ts": "import postgres from \"postgres\";\nconst sql = "
                    + "postgres(process.env.EVENTS_DB_URL!);\n"
                    + "await sql.listen(↓\"orders\", (payload) => handle(payload));\n",
            ], note: "Prisma's pgbouncer flag in a Kamal clear env; postgres.js listen"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/.env.example": "PG_URL=postgres://app:app@ep-cool-river-123456-pooler.us-east-2.aws.neon.tech"
                    + "/app\n",
                "api/src/notify.ts": "import { Pool } from \"pg\";\nconst pool = new Pool({ connectionString: "
                    + "process.env.PG_URL });\nawait pool.query(\"LISTEN ↓cache_invalidated\");\n",
            ], note: "Neon's pooled endpoint"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/.env.example": "DATABASE_URL=postgresql://postgres.abcd:[YOUR-PASSWORD]@aws-0-eu-central-1"
                    + ".pooler.supabase.com:5432/postgres\n",
                "worker/src/events.ts": listener + "await listener.query(\"LISTEN job_created\");\n",
            ], note: "the pooler's session port 5432 keeps one server connection per client"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/.env.example": "DATABASE_URL=postgres://app:app@db.internal:6543/app?pgbouncer=true\n"
                    + "DIRECT_URL=postgres://app:app@db.internal:5432/app\n",
                "worker/src/events.ts": "import { Client } from \"pg\";\nconst listener = new Client({ "
                    + "connectionString: process.env.DIRECT_URL });\nawait listener.query(\"LISTEN job_created\");\n",
            ], note: "queries through the pooler, LISTEN on the direct URL"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/.env.example": "DATABASE_URL=postgres://app:app@db.internal:6543/app\n",
                "worker/src/events.ts": "export async function watch(client) {\n"
                    + "  await client.query(\"LISTEN job_created\");\n}\n",
            ], note: "the client's connection is not known"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let listeners = workspace.context.facts.of(.notifyChannel, .consumes).filter { $0.attributes["env"] != nil }
        let envFacts = workspace.context.facts.of(.envVar)
        var byTarget: [String: [Fact]] = [:]
        for fact in listeners {
            byTarget[fact.project + "\u{1F}" + (fact.attributes["env"] ?? ""), default: []].append(fact)
        }
        var findings: [Finding] = []
        for key in byTarget.keys.sorted() {
            guard let group = byTarget[key]?.sorted(by: { $0.location < $1.location }), let first = group.first,
                  let variable = first.attributes["env"] else { continue }
            // Where the variable's value is a pooler: the env example, and each deploy's clear env.
            var places: [(fact: Fact, reason: String)] = []
            for fact in envFacts where fact.project == first.project && fact.name == variable
                && (fact.direction == .declares || (fact.direction == .produces && fact.environment != nil)) {
                guard let value = fact.unprintedValue, let reason = TransactionPoolerURL.reason(value) else { continue }
                places.append((fact, reason))
            }
            guard !places.isEmpty else { continue }
            findings.append(finding(listeners: group, variable: variable, places: places))
        }
        return findings
    }

    func finding(listeners: [Fact], variable: String, places: [(fact: Fact, reason: String)]) -> Finding {
        let first = listeners[0]
        let channels = Array(Set(listeners.map(\.name))).sorted()
        let environments = Array(Set(places.compactMap(\.fact.environment))).sorted()
        let placeText = places.map { place in
            let whose = place.fact.environment.map { "\($0) deploy (\(place.fact.evidence))" } ?? "env example"
            return "\(place.fact.location) (\(whose): \(place.reason))"
        }.joined(separator: "; ")
        let channelList = channels.map { "'\($0)'" }.joined(separator: ", ")
        let others = listeners.dropFirst().map {
            RelatedLocation($0.location, note: "also listens through \(variable)")
        }
        let supplies = places.map { place in
            RelatedLocation(place.fact.location, note: "\(variable) is a transaction pooler: \(place.reason)")
        }
        return description.finding(
            "LISTEN on \(channelList) runs through a transaction pooler (\(variable))",
            kind: "notify-channel", projects: [first.project], names: [variable] + channels,
            environments: environments, at: first.location,
            related: others + supplies,
            what: "\(first.project) listens on \(channelList) at \(first.location) (`\(first.evidence)`) with a client "
                + "created from \(variable); \(variable) is a transaction pooler at \(placeText).",
            fix: "Give the listener a direct or session-mode connection in \(first.project): create its client from a "
                + "separate variable (e.g. DIRECT_URL: the database host's port 5432, or the pooler's session port "
                + "5432) and supply it in every deploy; keep \(variable) on the pooler for ordinary queries.")
    }
}

/// Whether a PostgreSQL URL goes through a transaction pooler, and which sign says so — never
/// the URL itself, which may carry a password.
enum TransactionPoolerURL {
    static func reason(_ raw: String) -> String? {
        let value = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            .lowercased()
        guard let scheme = value.range(of: "://"),
              value.hasPrefix("postgres") || value.hasPrefix("postgresql") else { return nil }
        let rest = value[scheme.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<end]
        let hostPort = authority.split(separator: "@").last.map(String.init) ?? String(authority)
        let query = rest.firstIndex(of: "?").map { String(rest[$0...]) } ?? ""
        var host = hostPort
        var port: String?
        if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
            host = String(hostPort[..<colon])
            port = String(hostPort[hostPort.index(after: colon)...])
        }
        if query.contains("pgbouncer=true") { return "`pgbouncer=true`, Prisma's flag for a transaction pooler" }
        if port == "6543" { return "port 6543, Supabase's transaction pooler" }
        if host.contains("pgbouncer") { return "a PgBouncer host" }
        if host.contains("-pooler.") { return "a pooled (`-pooler`) endpoint" }
        return nil
    }
}
