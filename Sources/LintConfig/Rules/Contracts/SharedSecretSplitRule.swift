/// Lint: one header carries a shared secret, but the sender takes its value from env variable A
/// and the receiver compares it with env variable B (`X-GH-Service-Key` sent from
/// `GH_SERVICE_KEY`, checked against `GH_SERVICE_SECRET`). Two names for one secret are two
/// secrets: they are set, rotated and forgotten separately. High when, in some checked
/// environment, one of the two is not supplied to its project (the check fails there now);
/// medium when both are supplied everywhere (they may hold the same value today).
public struct SharedSecretSplitRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "shared-secret-split",
        severity: .high,
        summary: "A header's value comes from one env variable on the sender and is checked against another on the "
            + "receiver.",
        rationale: "The two sides hold one secret under two names: one is supplied and the other not, or both are and "
            + "drift apart at the next rotation — every request is then refused (401), with both sides' configs "
            + "looking right.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/client.ts": "await fetch(url, { headers: { \"X-Service-Key\": process.env.SERVICE_KEY! } "
                    + "});\n",
                "api/package.json": "{}\n",
                "api/src/auth.ts": "export function ok(req) {\n  return req.headers[↓\"x-service-key\"] === "
                    + "process.env.SERVICE_SECRET;\n}\n",
            ], note: "sent from SERVICE_KEY, compared with SERVICE_SECRET"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/deploy.ts": "const token = process.env.DEPLOY_TOKEN;\nawait fetch(u, { headers: { "
                    + "Authorization: `Bearer ${token}`, \"X-Deploy\": token } });\n",
                "ops/package.json": "{}\n",
                "ops/src/server.ts": "import { timingSafeEqual } from \"node:crypto\";\nexport function check(req) {\n"
                    + "  const got = Buffer.from(req.get(↓\"x-deploy\") ?? \"\");\n  return timingSafeEqual(got, "
                    + "Buffer.from(process.env.OPS_DEPLOY_SECRET ?? \"\"));\n}\n",
            ], note: "a constant bound to the env read; timingSafeEqual on the receiver"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/src/callback.ts": "const headers = new Headers();\nheaders.set(\"x-signature\", "
                    + "process.env.CALLBACK_SIGNING_KEY);\n",
                "app/package.json": "{}\n",
                "app/src/webhook.ts": "export async function POST(request: Request) {\n  if "
                    + "(request.headers.get(↓\"x-signature\") !== process.env.WEBHOOK_SECRET) return new "
                    + "Response(null, { status: 401 });\n}\n",
            ], note: "headers.set on the sender, request.headers.get on the receiver"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/client.ts": "await fetch(url, { headers: { \"X-Service-Key\": process.env.SERVICE_SECRET! } "
                    + "});\n",
                "api/package.json": "{}\n",
                "api/src/auth.ts": "export const ok = (req) => req.headers[\"x-service-key\"] === "
                    + "process.env.SERVICE_SECRET;\n",
            ], note: "one name on both sides"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/client.ts": "await fetch(url, { headers: { \"X-Request-Id\": requestId } });\n",
                "api/package.json": "{}\n",
                "api/src/log.ts": "export const same = (req) => req.headers[\"x-request-id\"] === lastId;\n",
            ], note: "no env variable on either side"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/client.ts": "await fetch(url, { headers: { \"X-Service-Key\": process.env.SERVICE_KEY! } "
                    + "});\n",
                "api/package.json": "{}\n",
                "api/src/auth.ts": "export const key = (req) => req.headers[\"x-service-key\"];\n",
            ], note: "the receiver compares with nothing the workspace shows"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.httpHeader).filter(\.isRequestHeader)
        let contract = NameContract(kind: .httpHeader, producers: facts.filter { $0.direction == .produces },
                                    consumers: facts.filter { $0.direction == .consumes })
        var findings: [Finding] = []
        var seen = Set<String>()
        for (sent, read) in contract.matched {
            for sender in sent.facts {
                guard let senderEnv = sender.attributes["env"] else { continue }
                for receiver in read.facts {
                    guard let receiverEnv = receiver.attributes["env"], receiverEnv != senderEnv,
                          seen.insert([sent.name, sender.project, senderEnv, receiver.project, receiverEnv]
                            .joined(separator: "\u{1F}")).inserted
                    else { continue }
                    findings.append(split(header: read.name, sender: sender, senderEnv: senderEnv,
                                          receiver: receiver, receiverEnv: receiverEnv, workspace))
                }
            }
        }
        return findings
    }

    func split(header: String, sender: Fact, senderEnv: String, receiver: Fact, receiverEnv: String,
               _ workspace: WorkspaceModel) -> Finding {
        var lines: [String] = []
        var environments: [String] = []
        var brokenSomewhere = false
        for environment in workspace.environments {
            let senderHas = workspace.supplies(senderEnv, to: sender.project, in: environment)
            let receiverHas = workspace.supplies(receiverEnv, to: receiver.project, in: environment)
            if senderHas == nil && receiverHas == nil { continue }
            environments.append(environment)
            if senderHas == false || receiverHas == false { brokenSomewhere = true }
            lines.append("\(environment): \(senderEnv) \(SupplyWord.text(senderHas)) to \(sender.project), "
                         + "\(receiverEnv) \(SupplyWord.text(receiverHas)) to \(receiver.project)")
        }
        let supplyText = lines.isEmpty
            ? "No checked environment deploys either project." : lines.joined(separator: "; ") + "."
        return description.finding(
            "Header '\(header)' is sent from \(senderEnv) but checked against \(receiverEnv)",
            kind: "shared-secret", projects: [sender.project, receiver.project],
            names: [header, senderEnv, receiverEnv],
            environments: environments, at: receiver.location,
            related: [RelatedLocation(sender.location, note: "\(sender.project) sends it from \(senderEnv)")],
            what: "\(sender.project) sets `\(header)` from \(senderEnv) (\(sender.location)); \(receiver.project) "
                + "compares it with "
                + "\(receiverEnv) (\(receiver.location)). \(supplyText)",
            fix: "Read one variable on both sides: change \(receiver.project)'s check to \(senderEnv), or "
                + "\(sender.project)'s "
                + "header to \(receiverEnv), and supply that name to both deploys.",
            severity: brokenSomewhere ? .high : .medium)
    }
}
