/// Lint: code puts a secret into a URL — a query parameter or a path segment (`url-parameter`
/// facts) whose value comes from an env variable named like a secret (`SERVICE_SECRET`,
/// `RATES_API_KEY`) or supplied as one (Kamal `env.secret`, a Fly secret), or from a variable
/// named like a long-lived credential (`apiKey`, `clientSecret`). A variable named `token` is
/// not enough: one-time tokens (password reset, invitation, e-mail links) belong in URLs. An
/// env variable that ships to browsers (`NEXT_PUBLIC_`, `VITE_` …) or whose name says public is
/// not a secret. High; medium when the URL goes to a literal third-party host, whose API may
/// accept the key only in the URL.
public struct SecretInURLRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "secret-in-url",
        severity: .high,
        summary: "A secret is placed in a URL's query string or path.",
        rationale: "URLs are written to access logs, proxy and CDN logs, error reports (an HTTP client's error "
            + "carries its URL), browser history and databases of request traces: a secret in one is copied to "
            + "every place that records the request, readable by anyone who reads those.",
        fix: "Change the caller: send the secret in a header (`Authorization: Bearer …` or a named header) "
            + "instead of the URL, change the receiving service to read that header, and rotate the secret — the "
            + "URLs already sent are in logs. For a third-party API that takes keys only in the URL, keep those "
            + "URLs out of logs and error reports.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "await "
                    + "fetch(`${process.env.GH_API_URL}/jobs?token=${↓process.env.SERVICE_SECRET}`);\n",
            ], note: "an env secret in a template URL's query"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/export.ts": "const apiKey = process.env.EXPORT_API_KEY;\n"
                    + "const url = new URL(\"/export\", process.env.API_BASE_URL);\nurl.searchParams.set(\"key\", "
                    + "↓apiKey);\n"
                    + "await fetch(url);\n",
            ], note: "searchParams.set with a constant bound to the env read"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/rates.ts": "import axios from \"axios\";\nconst RATES_KEY = process.env.RATES_API_KEY!;\n"
                    + "export const rates = () => axios.get(\"https://rates.example.com/v1/latest\", "
                    + "{ params: { api_key: ↓RATES_KEY } });\n",
            ], note: "axios params to a third-party host (medium)"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  secret:\n"
                    + "    - DEPLOY_HOOK\n",
                ".kamal/secrets": "DEPLOY_HOOK=$(op read op://ops/deploy/hook)\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/deploy.ts": "await fetch(`${process.env.OPS_URL}/hooks/${↓process.env.DEPLOY_HOOK}`, "
                    + "{ method: \"POST\" });\n",
            ], note: "a Kamal secret in a path segment"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/partner.ts": "import { env } from \"./env\";\n"
                    + "export const feed = () => fetch(`${env.PARTNER_URL}/feed?api_key=${↓env.PARTNER_API_KEY}`);\n",
            ], note: "an env var read through a validated env object (t3-env)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/jobs.ts": "await fetch(`${process.env.GH_API_URL}/jobs`, { headers: { Authorization: "
                    + "`Bearer ${process.env.SERVICE_SECRET}` } });\n",
            ], note: "the secret in a header"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/mail.ts": "export const resetLink = (token: string) => "
                    + "`${process.env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`;\n"
                    + "export const map = `https://maps.example.com/js?key=${process.env.NEXT_PUBLIC_MAPS_KEY}`;\n",
            ], note: "a one-time token in a link; a key that ships to every browser"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/oauth.ts": "await fetch(\"https://auth.example.com/oauth/token\", { method: \"POST\", "
                    + "body: `grant_type=client_credentials&client_secret=${process.env.CLIENT_SECRET}` });\n"
                    + "export const page = (n: number) => "
                    + "fetch(`/api/items?page=${n}&region=${process.env.REGION}`);\n",
            ], note: "a form body is not a URL; ordinary parameters"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/repos.ts": "export const repos = (ownerKey: string) => "
                    + "fetch(`/api/app/repos?org=${encodeURIComponent(ownerKey)}`);\n",
            ], note: "a map key named `ownerKey` is not a credential (mergesignal)"),
        ])

    /// Env variables that front-end builds inline into the bundle: public by construction.
    static let publicPrefixes = ["NEXT_PUBLIC_", "VITE_", "REACT_APP_", "EXPO_PUBLIC_", "PUBLIC_", "NUXT_PUBLIC_",
                                 "GATSBY_", "STORYBOOK_"]

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let secretSupplies = Set(workspace.context.facts.of(.envVar, .produces)
            .filter { $0.attributes["secret"] == "true" }.map(\.name))
        // One finding per file, parameter and source: a workspace package two deployed apps run is
        // one place to fix, whichever projects read it.
        var groups: [String: [(fact: Fact, reason: String, source: String)]] = [:]
        for fact in workspace.context.facts.of(.urlParameter) {
            guard let (reason, source) = Self.secret(fact, secretSupplies: secretSupplies) else { continue }
            groups[[fact.location.path, fact.name, source].joined(separator: "\u{1F}"), default: []]
                .append((fact, reason, source))
        }
        return groups.keys.sorted().compactMap { key in
            guard let group = groups[key]?.sorted(by: { $0.fact.location < $1.fact.location }), let first = group.first
            else { return nil }
            let projects = Array(Set(group.map(\.fact.project))).sorted()
            let more = group.dropFirst().map(\.fact).filter { $0.location != first.fact.location }
            return finding(first.fact, projects: projects, reason: first.reason, source: first.source,
                           more: Array(Set(more.map(\.location))).sorted())
        }
    }

    /// Why the value is a secret, and the name it comes from; nil when it is not one.
    static func secret(_ fact: Fact, secretSupplies: Set<String>) -> (String, String)? {
        // A validated env object (t3-env's `env.X`, `config.env.X`) is an env read by another name.
        var envName = fact.attributes["env"]
        if envName == nil, let value = fact.attributes["value"], value.hasPrefix("env.") || value.contains(".env.") {
            envName = value.split(separator: ".").last.map(String.init)
        }
        if let env = envName {
            let words = NameNearMiss.tokens(env)
            if publicPrefixes.contains(where: env.hasPrefix) || PublicIdentifier.isPublicName(env) { return nil }
            if SecretShape.isSecretName(env) { return ("its value comes from \(env)", env) }
            if secretSupplies.contains(env), !words.contains(where: SecretShape.publicWords.contains) {
                return ("its value comes from \(env), which a deploy supplies as a secret", env)
            }
            return nil
        }
        if let value = fact.attributes["value"] {
            let last = value.split(separator: ".").last.map(String.init) ?? value
            guard isCredentialVariable(last) else { return nil }
            return ("its value is `\(value)`", value)
        }
        return nil
    }

    /// Words before `KEY` that make a variable a credential: `apiKey`, `secretKey`, `serviceKey`.
    /// `ownerKey`, `cacheKey`, `sortKey`, `objectKey` name map keys and objects, not secrets.
    static let credentialKeyWords: Set<String> = [
        "API", "SECRET", "PRIVATE", "ACCESS", "SERVICE", "AUTH", "SIGNING", "CLIENT", "APP", "MASTER", "ADMIN",
        "WEBHOOK", "ENCRYPTION", "LICENSE",
    ]

    /// A code variable named like a long-lived credential. Names ending in `token` are not: a
    /// one-time token (password reset, invitation, a WebSocket's session token) belongs in a URL.
    static func isCredentialVariable(_ name: String) -> Bool {
        let words = NameNearMiss.tokens(name)
        guard let last = words.last, SecretShape.isSecretName(name), last != "TOKEN" else { return false }
        if words.contains(where: ["SECRET", "PASSWORD", "PASSWD", "APIKEY", "CREDENTIALS"].contains) { return true }
        return last == "KEY" && words.count >= 2 && credentialKeyWords.contains(words[words.count - 2])
    }

    func finding(_ fact: Fact, projects: [String], reason: String, source: String, more: [Location]) -> Finding {
        let place = fact.attributes["in"] == "path" ? "a path segment of a URL" : "the query parameter `\(fact.name)`"
        let host = fact.attributes["host"]
        let hostText = host.map { " to \($0)" } ?? ""
        let fix = host.map { host in
            "Send it in a header at \(fact.location) if \(host) accepts one (`Authorization: Bearer …` or its API-key "
                + "header); if it takes the key only in the URL, keep that URL out of logs and error reports "
                + "(an HTTP client's error carries its URL) and restrict the key to that use."
        } ?? "Send it in a header at \(fact.location) (`Authorization: Bearer …` or a named header such as "
            + "`X-Service-Key`), change the receiving side to read that header instead of the URL, and rotate "
            + "\(source): the URLs already sent are in access logs."
        return description.finding(
            "\(source) is sent in \(place)\(hostText)",
            kind: "url-parameter", projects: projects, names: [fact.name, source], at: fact.location,
            related: more.map { RelatedLocation($0, note: "also puts \(source) in a URL") },
            what: "\(NameContractWording.list(projects)) puts a secret in \(place) at \(fact.location) "
                + "(`\(fact.evidence)`): \(reason)."
                + (more.isEmpty ? "" : " \(more.count) more place(s) do the same."),
            fix: fix, severity: host == nil ? .high : .medium)
    }
}
