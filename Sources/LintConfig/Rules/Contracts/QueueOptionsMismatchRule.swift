/// Lint: the code that sends to a queue and the code that declares it (`boss.createQueue`,
/// BullMQ `new Queue`) — or two projects that send to it — set one option to different values
/// (`expireInSeconds` 600 on send, 60 on `createQueue`). Per-job options override the queue's,
/// so the worker's author tested one policy and runs another. Expiry is compared in seconds
/// whichever unit each side wrote; options whose value is not a literal are not compared.
public struct QueueOptionsMismatchRule: Rule {
    public init() {}

    static let boss = "import PgBoss from \"pg-boss\";\nconst boss = new PgBoss(process.env.DATABASE_URL ?? \"\");\n"

    public let description = RuleDescription(
        id: "queue-options-mismatch",
        severity: .medium,
        summary: "The sender and the declaration of a queue (or two senders) set one option to different values.",
        rationale: "Per-job options override the queue's: retries, expiry and priority are not what the worker's side declared "
            + "and tested, and the two services disagree silently about how long a job may run or how often it is retried.",
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
