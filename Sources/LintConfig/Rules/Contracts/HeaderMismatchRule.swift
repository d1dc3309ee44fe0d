/// Lint: code sends an HTTP header that no code of the workspace reads, while code reads a
/// near-identical header that nothing sends (`X-Deploy-Token` sent, `x-deploy-secret` read).
/// Headers compare case-insensitively (RFC 9110). Both names must be orphans: a header read by
/// someone, or a read header someone sends, is a contract that holds; a sent header without a
/// near-miss reader is not reported (frameworks, proxies and third-party APIs read headers the
/// workspace never shows).
public struct HeaderMismatchRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "header-mismatch",
        severity: .high,
        summary: "A header is sent under one name and read under a near-identical other name.",
        rationale: "The receiver looks up a header the sender never sets: its check sees an empty value and refuses "
            + "every request (401), or a feature keyed on the header silently never turns on.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/deploy.ts": "await fetch(url, { method: \"POST\", headers: { ↓\"X-Deploy-Token\": "
                    + "process.env.DEPLOY_SECRET! } });\n",
                "ops/package.json": "{}\n",
                "ops/src/server.ts": "app.post(\"/deploy\", (req, res) => {\n  if (req.headers[\"x-deploy-secret\"] "
                    + "!== process.env.DEPLOY_SECRET) return res.status(401).end();\n});\n",
            ], note: "a credential word swapped"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/trace.ts": "const headers = new Headers();\nheaders.set(↓\"x-request_id\", id);\n",
                "api/package.json": "{}\n",
                "api/src/log.ts": "export const requestId = (req: Request) => req.headers.get(\"x-request-id\");\n",
            ], note: "a separator differs"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/src/callback.ts": "await fetch(callbackUrl, { headers: { ↓\"X-GH-Signature\": sign(body) } "
                    + "});\n",
                "app/package.json": "{}\n",
                "app/src/webhook.ts": "export function verify(c) {\n  return c.req.header(\"x-gh-signatures\") === "
                    + "expected;\n}\n",
            ], note: "a letter more in one word"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "app/package.json": "{}\n",
                "app/src/connect.ts": "await fetch(\"/api/authkit/token\", { method: \"POST\", headers: "
                    + "{ \"x-user-id\": userId, \"x-account-id\": accountId } });\n",
                "app/src/token-route.ts":
                    "export const action = ({ request }) => request.headers.get(\"x-user-id\");\n",
                "app/src/agent-server.ts": "agent.use(\"*\", async (c, next) => { c.set(\"a\", "
                    + "c.req.header(\"x-accountid\")); await next(); });\n",
            ], note: "the request goes where the header sent beside it is read, not to the near-miss's reader"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/deploy.ts": "await fetch(url, { headers: { \"X-Deploy-Secret\": process.env.DEPLOY_SECRET! } "
                    + "});\n",
                "ops/package.json": "{}\n",
                "ops/src/server.ts": "const ok = req.headers[\"x-deploy-secret\"] === process.env.DEPLOY_SECRET;\n",
            ], note: "one header, in two cases"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/ai.ts": "await fetch(\"https://api.anthropic.com/v1/messages\", { headers: { \"x-api-key\": "
                    + "key, \"Content-Type\": \"application/json\" } });\n",
                "api/package.json": "{}\n",
                "api/src/auth.ts": "const version = req.headers[\"x-api-version\"];\n",
            ], note: "headers for a third-party API, and an unrelated header read"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/a.ts": "await fetch(u, { headers: { \"X-Deploy-Token\": t, \"X-Deploy-Secret\": s } });\n",
                "ops/package.json": "{}\n",
                "ops/src/server.ts": "const s = req.headers[\"x-deploy-secret\"];\n",
            ], note: "the read header is sent too: the near name is not its only candidate"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.httpHeader).filter(\.isRequestHeader)
        let contract = NameContract(kind: .httpHeader, producers: facts.filter { $0.direction == .produces },
                                    consumers: facts.filter { $0.direction == .consumes })
        let orphanReads = Set(contract.unmatchedConsumers.map(\.side.name))
        var findings: [Finding] = []
        for unmatched in contract.unmatchedProducers {
            guard let read = unmatched.nearest, orphanReads.contains(read.name) else { continue }
            let sent = unmatched.side
            guard !Self.goesElsewhere(sent, nearMiss: read, matched: contract.matched) else { continue }
            let projects = sent.projects + read.projects
            findings.append(description.finding(
                "Header '\(sent.name)' is sent, but '\(read.name)' is read",
                kind: "http-header", projects: projects, names: [sent.name, read.name],
                at: sent.firstLocation, related: read.related("read here as '\(read.name)'"),
                what: "\(sent.projectList) sends `\(sent.name)` at \(sent.place); no code reads it. "
                    + "\(read.projectList) reads `\(read.name)` at \(read.place), and nothing sends that.",
                fix: "Use one name on both sides: rename the header sent in \(sent.projectList) "
                    + "(\(sent.firstLocation)) to "
                    + "`\(read.name)`, or the one read in \(read.projectList) (\(read.firstLocation)) to "
                    + "`\(sent.name)`."))
        }
        return findings
    }

    /// Whether the request that sends `sent` goes to another handler than the one that reads the
    /// near-miss: headers sent beside it (from the same file) are read, but only in files that
    /// do not read the near-miss. Insights sends `x-user-id` and `x-account-id` to its token
    /// route, which reads `x-user-id`; `x-accountid` is read by another server's middleware.
    static func goesElsewhere(_ sent: NameContract.Side, nearMiss: NameContract.Side,
                              matched: [(producers: NameContract.Side, consumers: NameContract.Side)]) -> Bool {
        let files = Set(sent.facts.map(\.location.path))
        let nearMissFiles = Set(nearMiss.facts.map(\.location.path))
        var siblingReaders = Set<String>()
        for pair in matched where pair.producers.facts.contains(where: { files.contains($0.location.path) }) {
            siblingReaders.formUnion(pair.consumers.facts.map(\.location.path))
        }
        return !siblingReaders.isEmpty && siblingReaders.isDisjoint(with: nearMissFiles)
    }
}
