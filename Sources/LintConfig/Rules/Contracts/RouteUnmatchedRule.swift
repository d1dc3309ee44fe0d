/// Lint: code calls an HTTP route of the workspace that no project serves — with the route it
/// most likely meant: the same path served under another method (`DELETE` called, only `POST`
/// served: 405), or a near-identical path (`/job_status/{}` called, `/job-status/{}` served: 404).
/// Paths compare with parameters folded (`:id` = `{id}` = `${id}`, see `RoutePath`) and mount
/// prefixes applied. Calls to another host (`https://api.anthropic.com/…`) are not the
/// workspace's routes; a call with no near route served is not reported (the server may be
/// outside the workspace, or build its routes at run time).
public struct RouteUnmatchedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "route-unmatched",
        severity: .high,
        summary: "Code calls a route that the workspace serves only under another method or a near-identical path.",
        rationale: "The call gets a 404 or 405 on every request; the caller usually treats it as a transient failure "
            + "and retries, so the feature is silently dead.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "const base = process.env.API_URL;\nexport const status = (id: string) => "
                    + "fetch(↓`${base}/api/job_status/${id}`);\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.get(\"/api/job-status/:id\", handler);\n",
            ], note: "snake_case called, kebab-case served"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "export const cancel = (id: string) => axios.delete(↓`/api/jobs/${id}`);\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.post(\"/api/jobs/:jobId\", cancelHandler);\napp.get(\"/api/jobs/:jobId\", "
                    + "show);\n",
            ], note: "the path is served, but not for DELETE"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/sync.ts": "await fetch(↓\"/api/v1/syncs/run\", { method: \"POST\" });\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "const v1 = express.Router();\nv1.post(\"/sync/run\", run);\n"
                    + "app.use(\"/api/v1\", v1);\n",
            ], note: "a plural the mounted router does not use"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "const base = process.env.API_URL;\nexport const status = (id: string) => "
                    + "fetch(`${base}/api/job-status/${id}`);\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.get(\"/api/job-status/:jobId\", handler);\n",
            ], note: "parameters differ only in name"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/ai.ts": "await fetch(\"https://api.example.com/v1/message\", { method: \"POST\" });\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.post(\"/v1/messages\", handler);\n",
            ], note: "a call to another host"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/a.ts": "await fetch(\"/api/reports/export\", { method: \"POST\" });\n",
                "api/package.json": "{}\n",
                "api/src/server.ts": "app.get(\"/api/users\", list);\n",
            ], note: "no near route served: the server may live elsewhere"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/src/r2.ts": "const endpoint = process.env.R2_ENDPOINT;\n"
                    + "await fetch(`${endpoint}/${bucket}/${key}`, { method: \"PUT\", body });\n",
                "app/src/server.ts": "app.post(\"/oauth/register\", register);\n",
            ], note: "every segment filled in at run time: the call names no route (here, an object store's)"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.route)
        let served = facts.filter { $0.direction == .produces }
        // A call whose every segment is filled in at run time (`${endpoint}/${bucket}/${key}`)
        // names no route: it matches any path of its length, usually on another host.
        let called = facts.filter {
            $0.direction == .consumes && $0.attributes["host"] == nil
                && Self.hasLiteralSegment(Self.split($0.name).path)
        }
        let contract = NameContract(kind: .route, producers: served, consumers: called)
        var findings: [Finding] = []
        for unmatched in contract.unmatchedConsumers {
            let call = unmatched.side
            let (method, path) = Self.split(call.name)
            let otherMethods = served.filter {
                NameContract.matches("* " + Self.split($0.name).path, "* " + path, kind: .route)
            }
            if !otherMethods.isEmpty {
                let methods = Array(Set(otherMethods.map { Self.split($0.name).method })).sorted()
                    .joined(separator: ", ")
                findings.append(description.finding(
                    "\(method) \(path) is called, but served only as \(methods)",
                    kind: "route", projects: call.projects + otherMethods.map(\.project), names: [call.name, methods],
                    at: call.firstLocation, related: otherMethods.map { RelatedLocation($0.location, note: "served as "
                        + "\(Self.split($0.name).method) here") },
                    what: "\(call.projectList) calls `\(call.name)` at \(call.place); "
                        + "\(NameContractWording.list(Array(Set(otherMethods.map(\.project))).sorted())) serves that "
                        + "path only as \(methods).",
                    fix: "Call it with \(methods) in \(call.projectList) (\(call.firstLocation)), or register a "
                        + "\(method) handler for it "
                        + "where it is served (\(otherMethods[0].location))."))
            } else if let near = unmatched.nearest {
                findings.append(description.finding(
                    "\(call.name) is called, but \(near.name) is served",
                    kind: "route", projects: call.projects + near.projects, names: [call.name, near.name],
                    at: call.firstLocation, related: near.related("served here as `\(near.name)`"),
                    what: "\(call.projectList) calls `\(call.name)` at \(call.place); no project serves it. "
                        + "\(near.projectList) serves `\(near.name)` at \(near.place).",
                    fix: "Call `\(near.name)` in \(call.projectList) (\(call.firstLocation)), or serve `\(call.name)` "
                        + "in \(near.projectList)."))
            }
        }
        return findings
    }

    static func hasLiteralSegment(_ path: String) -> Bool {
        path.split(separator: "/").contains { !$0.hasPrefix("{") }
    }

    static func split(_ name: String) -> (method: String, path: String) {
        let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : ("*", name)
    }
}
