/// Lint: the code that sends to a queue and the code that declares it (`boss.createQueue`,
/// BullMQ `new Queue`) — or two projects that send to it — set one option to different values
/// (`expireInSeconds` 600 on send, 60 on `createQueue`). Per-job options override the queue's,
/// so the worker's author tested one policy and runs another. Expiry is compared in seconds
/// whichever unit each side wrote; options whose value is not a literal are not compared.
///
/// Also: a project on pg-boss 10 or later (the `pgboss-major` attribute, from its package.json)
/// sends to a queue that no code of the workspace creates with `boss.createQueue`. pg-boss 10
/// made queues explicit: a send to a queue that was never created fails, where pg-boss 9
/// created it on the fly — an upgrade that leaves the creation out breaks every send.
public struct QueueOptionsMismatchRule: Rule {
    public init() {}

    static let boss = "import PgBoss from \"pg-boss\";\nconst boss = new PgBoss(process.env.DATABASE_URL ?? \"\");\n"

    public let description = RuleDescription(
        id: "queue-options-mismatch",
        severity: .medium,
        summary: "The sender and the declaration of a queue (or two senders) set one option to different values, or a "
            + "pg-boss 10 sender sends to a queue no code creates.",
        rationale: "Per-job options override the queue's: retries, expiry and priority are not what the worker's side declared "
            + "and tested, and the two services disagree silently about how long a job may run or how often it is retried.",
        fix: "Options: keep them in one place — the worker's `createQueue` — and drop the per-send copies, or "
            + "make both sides write the same value. pg-boss 10: create every queue (`boss.createQueue`) at "
            + "start-up, in the worker's project, before anything sends to it.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(↓\"render\", {}, { expireInSeconds: 600 });\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"render\", { expireInSeconds: 60 });\n"
                    + "await boss.work(\"render\", async () => {});\n",
            ], note: "expiry ten times longer on the send"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(↓\"mail\", {}, { retryLimit: 2, expireInMinutes: 5 });\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"mail\", { retryLimit: 2, expireInSeconds: 60 });\n"
                    + "await boss.work(\"mail\", async () => {});\n",
            ], note: "5 minutes vs 60 seconds, compared in seconds"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(↓\"sync\", {}, { retryLimit: 5 });\n",
                "ops/package.json": "{}\n",
                "ops/src/send.ts": boss + "await boss.send(\"sync\", {}, { retryLimit: 0 });\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "await boss.work(\"sync\", async () => {});\n",
            ], note: "two projects send to one queue with different retry policies"),
            RuleExample([
                "web/package.json": "{\"dependencies\": {\"pg-boss\": \"^10.1.0\"}}\n",
                "web/src/send.ts": boss + "await boss.send(↓\"thumbnails\", { id: 1 });\n",
                "worker/package.json": "{\"dependencies\": {\"pg-boss\": \"^10.1.0\"}}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"thumbnail\");\n"
                    + "await boss.work(\"thumbnails\", async () => {});\n",
            ], note: "pg-boss 10: the queue sent to is never created (only a near name is)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(\"render\", {}, { expireInMinutes: 1 });\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"render\", { expireInSeconds: 60 });\n",
            ], note: "the same expiry in other units"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(\"render\", {}, { priority: 5 });\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"render\", { retryLimit: 3 });\n",
            ], note: "different options, none set on both sides"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/send.ts": boss + "await boss.send(\"a\", {}, { retryLimit: 1 });\nawait boss.send(\"a\", {}, { retryLimit: 4 });\n",
            ], note: "one project may choose per call"),
            RuleExample([
                "web/package.json": "{\"dependencies\": {\"pg-boss\": \"^9.0.3\"}}\n",
                "web/src/send.ts": boss + "await boss.send(\"thumbnails\", { id: 1 });\n",
            ], note: "pg-boss 9 creates a queue on its first send"),
            RuleExample([
                "web/package.json": "{\"dependencies\": {\"pg-boss\": \"10.1.5\"}}\n",
                "web/src/send.ts": boss + "await boss.send(\"thumbnails\", { id: 1 });\n",
                "worker/package.json": "{\"devDependencies\": {\"pg-boss\": \"~10.0.0\"}}\n",
                "worker/src/main.ts": boss + "await boss.createQueue(\"thumbnails\");\n",
            ], note: "pg-boss 10, the queue created by the worker's project"),
            RuleExample([
                "web/package.json": "{\"dependencies\": {\"pg-boss\": \"^10.1.0\"}}\n",
                "web/src/send.ts": boss + "await boss.send(\"thumbnails\", { id: 1 });\n",
                "worker/package.json": "{\"dependencies\": {\"pg-boss\": \"^10.1.0\"}}\n",
                "worker/src/main.ts": boss + "import { QUEUES } from \"./queues\";\n"
                    + "for (const name of QUEUES) await boss.createQueue(name);\n"
                    + "await boss.work(\"thumbnails\", async () => {});\n",
            ], note: "queues created in a loop over computed names (valuerank's shape)"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.queue).filter { $0.attributes["pubsub"] == nil }
        var findings: [Finding] = []
        var reported = Set<String>()
        for name in Set(facts.map(\.name)).sorted() {
            let ofQueue = facts.filter { $0.name == name }
            let declared = ofQueue.filter { $0.direction == .declares }
            let sent = ofQueue.filter { $0.direction == .produces }
            for send in sent {
                let options = Self.options(send)
                // The declaration first; else a send of another project.
                let others = declared + sent.filter { $0.project != send.project && $0.location < send.location }
                for other in others {
                    let theirs = Self.options(other)
                    for key in options.keys.sorted() {
                        guard let mine = options[key], let their = theirs[key], mine.value != their.value,
                              reported.insert([name, send.project, key].joined(separator: "\u{1F}")).inserted else { continue }
                        findings.append(finding(name, key: key, send: send, mine: mine.written, other: other, theirs: their.written))
                    }
                }
            }
        }
        return findings + uncreated(facts)
    }

    /// pg-boss ≥ 10 sends to a queue no `boss.createQueue` of the workspace creates: one finding
    /// per queue and sending project, at its first send. Only queues a worker of the workspace
    /// works: a queue nobody works is `queue-unmatched`'s, and a worker outside the workspace
    /// may be the one that creates it.
    func uncreated(_ facts: [Fact]) -> [Finding] {
        let allCreated = facts.filter { $0.direction == .declares && $0.evidence == "boss.createQueue" }
        // A project that creates queues under computed names may create any of them.
        let createsAny = Set(allCreated.filter { $0.attributes["computed"] == "true" }.map(\.project))
        let created = allCreated.filter { $0.attributes["computed"] != "true" }
        let worked = facts.filter { $0.direction == .consumes }
        var reported = Set<String>()
        var findings: [Finding] = []
        for send in facts.sorted(by: { $0.location < $1.location })
        where send.direction == .produces && send.evidence.hasPrefix("boss.") {
            guard let major = send.attributes[PgBossVersion.attribute].flatMap({ Int($0) }), major >= 10,
                  !created.contains(where: { NameContract.matches($0.name, send.name, kind: .queue) }),
                  case let workers = worked.filter({ NameContract.matches(send.name, $0.name, kind: .queue) }),
                  !workers.isEmpty, !createsAny.contains(send.project),
                  !workers.contains(where: { createsAny.contains($0.project) }),
                  reported.insert(send.project + "\u{1F}" + send.name).inserted else { continue }
            let near = NameNearMiss.nearest(to: send.name, among: created.map(\.name))
            let nearFact = near.flatMap { n in created.first { $0.name == n.name } }
            let hint = nearFact.map {
                " \($0.project) creates '\($0.name)' at \($0.location) — did you mean '\($0.name)'?"
            } ?? ""
            let worker = workers[0]
            findings.append(description.finding(
                "Queue '\(send.name)' is sent to with pg-boss \(major), but no code creates it",
                kind: "queue", projects: [send.project] + workers.map(\.project),
                names: [send.name, "createQueue"], at: send.location,
                related: [RelatedLocation(worker.location, note: "\(worker.project) works '\(worker.name)' here")]
                    + (nearFact.map { [RelatedLocation($0.location, note: "creates '\($0.name)'")] } ?? []),
                what: "\(send.project) runs pg-boss \(major) and sends to '\(send.name)' at \(send.location) "
                    + "(`\(send.evidence)`), and \(worker.project) works it at \(worker.location); no "
                    + "`boss.createQueue('\(send.name)')` in the workspace creates that queue.\(hint)",
                impact: "pg-boss 10 no longer creates queues on the first send: every send to a queue that was never "
                    + "created fails, so no job is ever stored for the worker.",
                fix: "Create the queue before the first send — `await boss.createQueue('\(send.name)', { … })` at "
                    + "start-up in the worker's project (which owns its options), or in \(send.project) before "
                    + "\(send.location)."))
        }
        return findings
    }

    /// Literal options, expiry converted to seconds: key → (comparable value, as written).
    static func options(_ fact: Fact) -> [String: (value: String, written: String)] {
        var options: [String: (value: String, written: String)] = [:]
        let units = ["expireInSeconds": 1, "expireInMinutes": 60, "expireInHours": 3600]
        for (key, text) in fact.attributes where JSQueueFacts.options.contains(key) {
            if let factor = units[key] {
                guard let number = Double(text) else { continue }
                options["expireInSeconds"] = (String(number * Double(factor)), "\(key): \(text)")
            } else if Double(text) != nil || text == "true" || text == "false" {
                options[key] = (text, "\(key): \(text)")
            }
        }
        return options
    }

    func finding(_ name: String, key: String, send: Fact, mine: String, other: Fact, theirs: String) -> Finding {
        let role = other.direction == .declares ? "declares" : "also sends to"
        return description.finding(
            "Queue '\(name)': \(send.project) sends with `\(mine)`, \(other.project) \(role) it with `\(theirs)`",
            kind: "queue", projects: [send.project, other.project], names: [name, key],
            at: send.location,
            related: [RelatedLocation(other.location, note: "\(other.project) \(role) '\(name)' with `\(theirs)` (`\(other.evidence)`)")],
            what: "\(send.project) sends to '\(name)' with `\(mine)` at \(send.location) (`\(send.evidence)`); \(other.project) "
                + "\(role) it with `\(theirs)` at \(other.location).",
            fix: "Agree on one value: set `\(theirs)` at \(send.location) (or drop the option there to inherit the queue's), "
                + "or change the \(other.direction == .declares ? "declaration" : "other send") at \(other.location).")
    }
}
