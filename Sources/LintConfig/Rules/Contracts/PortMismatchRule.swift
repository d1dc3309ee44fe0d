/// Lint: a deploy routes traffic to a port the deployed code does not listen on — Kamal's
/// `proxy.app_port` (80 when not written) or Fly's `internal_port` against the code's
/// `listen(…)` / `serve({ port })` in that environment: a literal, or `process.env.PORT`
/// with the value that environment supplies (Kamal `env.clear`, Fly `[env]`, the image's
/// `ENV PORT`), else its fallback (`?? 3000`); listeners outside the Kamal build context are
/// other images. When no listen call is known, the Dockerfile's `EXPOSE` stands for it, at low
/// (EXPOSE is documentation, and Rails 8's Thruster forwards its EXPOSEd 80 to 3000). A listener
/// whose port is unknown in that environment (`$PORT` with nothing supplying it) keeps the rule
/// silent: any port may be the right one.
public struct PortMismatchRule: Rule {
    public init() {}

    static let flyHeader = "app = \"web\"\nprimary_region = \"iad\"\n"
    static let workspace = "environments: [production]\nprojects:\n  - name: web\n    root: web\n    deploy:\n      "
        + "production:\n        fly: {app: web, config: web/fly.toml}\n"

    public let description = RuleDescription(
        id: "port-mismatch",
        severity: .high,
        summary: "The deploy routes to a port the deployed code does not listen on.",
        rationale: "The proxy (kamal-proxy, Fly's) forwards every request to the configured port; if the app listens "
            + "on another one, health checks fail and the deploy is rolled back, or every request gets a 502.",
        triggeringExamples: [
            RuleExample([
                "lint-config.yml": workspace,
                "web/package.json": "{\"name\": \"web\"}\n",
                "web/fly.toml": flyHeader + "\n[http_service]\n  ↓internal_port = 8080\n",
                "web/src/server.ts": "app.listen(Number(process.env.PORT ?? 3000));\n",
            ], note: "Fly routes to 8080; nothing sets PORT, so the code listens on its fallback 3000"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nproxy:\n  host: "
                    + "app.example.com\n  app_port: ↓3000\nenv:\n  clear:\n    PORT: 4000\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/server.ts": "Bun.serve({ port: Number(process.env.PORT ?? 3000), fetch: handle });\n",
            ], note: "env.clear PORT moves the listener away from app_port"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  ↓web:\n    hosts:\n      - 10.0.0.1\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/server.ts": "app.listen(3000);\n",
            ], note: "no proxy settings: kamal-proxy routes the web role to port 80"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader
                    + "servers:\n  - 10.0.0.1\nproxy:\n  app_port: ↓8080\n",
                "Dockerfile": "FROM ruby:3.3\nEXPOSE 3000\nCMD [\"bin/rails\", \"server\"]\n",
                "Gemfile": "source \"https://rubygems.org\"\n",
            ], note: "no listen call known: the image's EXPOSE stands for it (low)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "lint-config.yml": workspace,
                "web/package.json": "{\"name\": \"web\"}\n",
                "web/fly.toml": flyHeader + "\n[env]\n  PORT = \"8080\"\n\n[http_service]\n  internal_port = 8080\n",
                "web/src/server.ts": "app.listen(Number(process.env.PORT ?? 3000));\n",
            ], note: "fly.toml [env] sets PORT to the routed port"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n  "
                    + "jobs:\n    hosts:\n      - 10.0.0.2\n    cmd: bun run src/jobs.ts\nproxy:\n  app_port: 3000\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "Dockerfile": "FROM oven/bun:1\nENV PORT=3000\nEXPOSE 3000\n",
                "src/server.ts": "Bun.serve({ port: process.env.PORT, fetch: handle });\n",
                "src/jobs.ts": "metrics.listen(9464);\n",
            ], note: "the image's ENV PORT; a second listener of another role does not matter"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nproxy:\n  app_port: 8080\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/server.ts": "app.listen(process.env.PORT);\n",
            ], note: "PORT is supplied by nothing the workspace shows: the port is unknown, not wrong"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nproxy:\n  app_port: 3000\n",
                "Dockerfile": "FROM ruby:3.4-slim\nEXPOSE 80\nCMD [\"./bin/thrust\", \"./bin/rails\", \"server\"]\n",
                "Gemfile": "source \"https://rubygems.org\"\n",
            ], note: "Rails 8: Thruster listens on 80 and forwards to Puma on 3000; routing to 3000 works"),
            RuleExample([
                "config/deploy.yml": "service: api\nimage: acme/api\nregistry:\n  username: acme\n  password: <%= "
                    + "ENV[\"KAMAL_REGISTRY_PASSWORD\"] %>\n"
                    + "builder:\n  arch: amd64\n  context: apps/api\nservers:\n  - 10.0.0.1\nproxy:\n  app_port: "
                    + "3000\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "apps/api/package.json": "{\"name\": \"api\"}\n",
                "apps/api/Gemfile": "source \"https://rubygems.org\"\n",
                "apps/mcp/src/http.ts": "app.listen(Number(process.env.PORT ?? 3001));\n",
            ], note: "a listener outside the build context belongs to another image"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.port)
        var findings: [Finding] = []
        for route in facts where route.direction == .consumes {
            guard let environment = route.environment, let routed = Int(route.name) else { continue }
            let produced = facts.filter { $0.direction == .produces && $0.project == route.project }
            let imagePort = produced.first { $0.evidence == "Dockerfile ENV PORT" }
            let exposed = produced.filter { $0.evidence == "EXPOSE" || $0.evidence == "Thruster target" }
            let context = route.attributes["context"]
            let listeners = produced.filter { fact in
                !["EXPOSE", "Dockerfile ENV PORT", "Thruster target"].contains(fact.evidence)
                    && (context.map { $0.isEmpty || fact.location.path.hasPrefix($0 + "/") } ?? true)
            }
            let resolved = listeners.map { listener in
                (listener, port(of: listener, environment: environment, imagePort: imagePort, workspace))
            }
            let via = route.attributes["deploy"] == "fly" ? "Fly" : "kamal-proxy"
            let setting = route.attributes["deploy"] == "fly" ? "internal_port" : "proxy.app_port"
            if !resolved.isEmpty {
                guard resolved.allSatisfy({ $0.1 != nil }), !resolved.contains(where: { $0.1?.port == routed }) else {
                    continue
                }
                let ports = Array(Set(resolved.compactMap { $0.1?.port })).sorted()
                let portList = ports.map(String.init).joined(separator: ", ")
                var related = resolved.map { RelatedLocation($0.0.location, note: "listens on \($0.1?.port ?? 0) "
                    + "(\($0.1?.why ?? ""))") }
                related += resolved.compactMap { $0.1?.supply }.map { RelatedLocation($0, note: "sets PORT") }
                findings.append(description.finding(
                    "\(via) routes \(route.project) to port \(routed); its code listens on \(portList) "
                        + "(\(Finding.environmentsPlaceholder))",
                    kind: "port", projects: [route.project], names: [route.location.path, String(routed), portList],
                    environments: [environment], at: route.location, related: related,
                    what: "\(route.location.path) sends \(route.project)'s traffic to port \(routed) "
                        + "(\(route.evidence)) in "
                        + "\(Finding.environmentsPlaceholder), but the server listens on \(portList) — "
                        + resolved.map { "\($0.0.location): \($0.1?.why ?? "")" }.joined(separator: "; ") + ".",
                    fix: "Either set \(setting) to \(ports.first ?? routed) in \(route.location.path), or make the "
                        + "code listen on "
                        + "\(routed)" + (resolved.contains { $0.0.attributes["env"] != nil }
                            ? " by supplying "
                                + "\(resolved.first { $0.0.attributes["env"] != nil }?.0.attributes["env"] ?? "PORT")"
                                + "=\(routed) in that deploy's env."
                            : " (change the listen call).")))
            } else if !exposed.isEmpty, !exposed.contains(where: { Int($0.name) == routed }) {
                let portList = Array(Set(exposed.map(\.name))).sorted().joined(separator: ", ")
                findings.append(description.finding(
                    "\(via) routes \(route.project) to port \(routed); its image EXPOSEs \(portList) "
                        + "(\(Finding.environmentsPlaceholder))",
                    kind: "port", projects: [route.project], names: [route.location.path, String(routed), portList],
                    environments: [environment], at: route.location,
                    related: exposed.map { RelatedLocation($0.location, note: "EXPOSE \($0.name)") },
                    what: "\(route.location.path) sends traffic to port \(routed) (\(route.evidence)), but the "
                        + "Dockerfile says the app "
                        + "listens on \(portList); no listen call of \(route.project) was found to say otherwise.",
                    fix: "Set \(setting) to \(exposed.first?.name ?? "") in \(route.location.path), or correct the "
                        + "Dockerfile's EXPOSE.",
                    severity: .low))
            }
        }
        return findings
    }

    struct ListenPort {
        var port: Int
        var why: String
        var supply: Location?
    }

    /// The port a listener uses in `environment`: its literal, or its env variable's value there
    /// (the deploy's clear value, else the image's `ENV PORT`), else its fallback; nil if unknown.
    func port(of listener: Fact, environment: String, imagePort: Fact?, _ workspace: WorkspaceModel) -> ListenPort? {
        guard let variable = listener.attributes["env"] else {
            return Int(listener.name).map { ListenPort(port: $0, why: "a literal \($0)") }
        }
        let supplies = workspace.envFacts.first { $0.project.name == listener.project }?
            .environments.first { $0.environment == environment }?.supplies ?? []
        if let supply = supplies.first(where: { $0.name == variable && $0.clearValue != nil }),
           let value = supply.clearValue.flatMap({ Int($0.filter { $0 != " " }) }) {
            return ListenPort(port: value, why: "\(variable)=\(value) from \(supply.source.rawValue)",
                              supply: supply.location)
        }
        if variable == "PORT", let imagePort, let value = Int(imagePort.name) {
            return ListenPort(port: value, why: "PORT=\(value) from the Dockerfile's ENV", supply: imagePort.location)
        }
        if let fallback = Int(listener.name) {
            return ListenPort(port: fallback, why: "\(variable) is unset there, so it falls back to \(fallback)")
        }
        return nil
    }
}
