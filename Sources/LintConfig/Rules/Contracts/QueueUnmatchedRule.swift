/// Lint: a job queue that code sends to while no code of the workspace works it, or that is
/// worked while nothing sends to it — with the near-identical name on the other side when there
/// is one (`gh_apply_job` sent, `gh-apply-job` worked). A near-miss is certain breakage
/// (critical); a send with no worker at all is medium when the workspace works other queues
/// (the worker may build its name at run time) and low when no project of the workspace works
/// any queue (the worker lives in a repository outside it); a worker nothing sends to is low.
public struct QueueUnmatchedRule: Rule {
    public init() {}

    static let sender = """
        import PgBoss from "pg-boss";
        const boss = new PgBoss(process.env.DATABASE_URL ?? "");

        """

    public let description = RuleDescription(
        id: "queue-unmatched",
        severity: .critical,
        summary: "Code sends jobs to a queue that no code of the workspace works, or works a queue nothing sends to.",
        rationale: "Jobs sent under one name and worked under another wait forever: the sender reports success, the worker idles, and nothing fails loudly.",
        triggeringExamples: [
            RuleExample([
                "VALET/package.json": "{}\n",
                "VALET/src/enqueue.ts": sender + "await boss.send(↓\"gh_apply_job\", { id: 1 });\n",
                "GH/package.json": "{}\n",
                "GH/src/worker.ts": sender + "await boss.work(\"gh-apply-job\", async () => {});\n",
            ], note: "underscores on one side, dashes on the other"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/queues.ts": "export const QUEUES = { render: \"render-invoice\" };\n",
                "api/src/enqueue.ts": "import { QUEUES } from \"./queues\";\n" + sender
                    + "await boss.send(↓QUEUES.render, {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": sender + "await boss.work(\"render-invoices\", async () => {});\n",
            ], note: "a constant resolved across files, a plural on the other side"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/mail.ts": "import { Queue } from \"bullmq\";\nconst mail = new Queue(\"mail\");\n"
                    + "await mail.add(\"welcome\", {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": "import { Worker } from \"bullmq\";\nnew Worker(↓\"email\", async () => {});\n"
                    + "new Worker(\"mail\", async () => {});\n",
            ], note: "BullMQ: a worker on a queue nothing adds to is low (it does not break a send)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "VALET/package.json": "{}\n",
                "VALET/src/enqueue.ts": sender + "await boss.send(\"gh-apply-job\", { id: 1 });\n",
                "GH/package.json": "{}\n",
                "GH/src/worker.ts": sender + "await boss.work(\"gh-apply-job\", async () => {});\n",
            ], note: "the same name on both sides"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/enqueue.ts": sender + "const Q = \"reports\";\nawait boss.send(`${Q}/${id}`, {});\n",
                "worker/package.json": "{}\n",
                "worker/src/main.ts": sender + "await boss.work(\"reports/*\", async () => {});\n",
            ], note: "a family of queues built at run time"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/app.ts": "import express from \"express\";\nconst res = express();\nres.send(\"hello\");\n"
                    + sender + "await boss.send(\"digest\", {});\nawait boss.work(\"digest\", async () => {});\n",
            ], note: "`res.send` is not a queue; a queue sent and worked in one project"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.queue)
        let producers = facts.filter { $0.direction == .produces && $0.attributes["pubsub"] == nil }
            + facts.compactMap(Self.subscribedQueue)
        let consumers = facts.filter { $0.direction == .consumes && $0.attributes["pubsub"] == nil }
        let declared = Set(facts.filter { $0.direction == .declares }.map(\.name))
        let contract = NameContract(kind: .queue, producers: producers, consumers: consumers)
        var findings: [Finding] = []
        let (sentToNobody, workedUnsent) = contract.unmatched(leading: .producers)
        for unmatched in sentToNobody {
            let sent = unmatched.side
            if let worked = unmatched.nearest {
                findings.append(nearMiss(sent, worked))
            } else {
                findings.append(unworked(sent, anyWorker: !consumers.isEmpty))
            }
        }
        for unmatched in workedUnsent {
            let worked = unmatched.side
            // A queue the project declares (BullMQ `new Queue`, pg-boss `createQueue`) is sent to
            // through it, often by code this matcher cannot follow.
            guard !declared.contains(worked.name) || unmatched.nearest != nil else { continue }
            findings.append(unsent(worked, nearest: unmatched.nearest))
        }
        return findings
    }

    /// pg-boss `subscribe(event, queue)` copies each published event into `queue`: a send to it.
    static func subscribedQueue(_ fact: Fact) -> Fact? {
        guard fact.direction == .consumes, let queue = fact.attributes["queue"] else { return nil }
        var producer = fact
        producer.name = queue
        producer.direction = .produces
        producer.attributes = [:]
        return producer
    }

    func nearMiss(_ sent: NameContract.Side, _ worked: NameContract.Side) -> Finding {
        description.finding(
            "Queue '\(sent.name)' is sent to but worked as '\(worked.name)'",
            kind: "queue", projects: sent.projects + worked.projects, names: [sent.name, worked.name],
            at: sent.firstLocation,
            related: sent.related("also sends to '\(sent.name)'").dropFirst()
                + worked.related("\(worked.projectList) works '\(worked.name)' here"),
            what: "\(sent.projectList) sends jobs to '\(sent.name)' at \(sent.place); no code in the workspace works "
                + "that queue. \(worked.projectList) works '\(worked.name)' at \(worked.place) — did you mean '\(worked.name)'?",
            fix: "Use one name on both sides: send to '\(worked.name)' at \(sent.firstLocation), or work '\(sent.name)' at "
                + "\(worked.firstLocation); better, export the name from one shared constant both projects import.")
    }

    func unworked(_ sent: NameContract.Side, anyWorker: Bool) -> Finding {
        let severity: Severity = anyWorker ? .medium : .low
        let whereWorker = anyWorker
            ? "no worker in the workspace works it (a worker that builds its queue name at run time is not seen)"
            : "no project of the workspace works any queue, so its worker lives outside the workspace"
        return description.finding(
            "Queue '\(sent.name)' is sent to but no code of the workspace works it",
            kind: "queue", projects: sent.projects, names: [sent.name], at: sent.firstLocation,
            related: Array(sent.related("also sends to '\(sent.name)'").dropFirst()),
            what: "\(sent.projectList) sends jobs to '\(sent.name)' at \(sent.place); \(whereWorker).",
            fix: "Add the repository that works '\(sent.name)' to the workspace, or work the queue "
                + "(`boss.work('\(sent.name)', …)`), or stop sending to it.", severity: severity)
    }

    func unsent(_ worked: NameContract.Side, nearest: NameContract.Side?) -> Finding {
        let hint = nearest.map { " \($0.projectList) sends to '\($0.name)' at \($0.place) — did you mean '\($0.name)'?" } ?? ""
        return description.finding(
            "Queue '\(worked.name)' is worked but nothing in the workspace sends to it",
            kind: "queue", projects: worked.projects, names: [worked.name], at: worked.firstLocation,
            related: Array(worked.related("also works '\(worked.name)'").dropFirst()) + (nearest?.related("sends here") ?? []),
            what: "\(worked.projectList) works '\(worked.name)' at \(worked.place); no code of the workspace sends to it.\(hint)",
            impact: "The worker waits on a queue that only a sender outside the workspace (or none) fills.",
            fix: "Check which service sends these jobs and under which name; remove the worker if none does.",
            severity: .low)
    }
}
