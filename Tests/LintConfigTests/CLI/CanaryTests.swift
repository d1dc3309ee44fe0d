import Foundation
import Testing
@testable import LintConfig
@testable import lint_config

/// Issue 8, "Done when": a distinct canary value in every kind of supply and literal — env
/// example values and broken lines, Kamal clear and secret, `.kamal/secrets`, Fly secrets lists
/// (text and JSON), `fly.toml [env]`, SQL literals and DEFAULTs — and no output of the real
/// binary (`check` in every format, `manifest`, `schema`, `init --stdout`, `baseline write` and
/// `baseline check` in every format) holds any of them. The formats are enumerated from the
/// command line's own format types, so a format added later is checked without editing this test.
/// SQL canaries sit where `Redaction` must act: a secret-named column or a credential-shaped
/// value (an ordinary value such as a status is printed on purpose).
@Suite struct CanaryTests {
    /// Every canary holds this marker, and no name in the workspace does.
    static let marker = "CANARY"

    static let files: [String: String] = [
        "SVC/package.json": "{\"name\": \"svc\"}\n",
        "SVC/src/index.ts": "const a = process.env.API_TOKEN;\nconst b = process.env.DATABASE_URL;\nconst c = process.env.LOG_LEVEL;\n",
        // listen-through-pooler reads the URL of the LISTEN's connection; secret-in-url the values put in URLs.
        "SVC/src/events.ts": """
            import { Client } from "pg";
            const listener = new Client({ connectionString: process.env.EVENTS_URL });
            await listener.query("LISTEN jobs");
            await fetch(`https://api.example.com/v1?api_key=sk_live_CANARYcodeUrl6Hy3Lm&token=${process.env.API_TOKEN}`);

            """,
        "SVC/.env.example": """
            API_TOKEN=sk_live_CANARYenvExample9Qz3w8Rt
            DATABASE_URL=postgres://app:CANARYenvUrl4Kq8@db/app
            EVENTS_URL=postgres://app:CANARYpoolerExample5Rt@aws-0-eu-central-1.pooler.supabase.com:6543/app
            sk_live_CANARYbrokenLine7Xq2m5Np0a
            BROKEN KEY=sk_live_CANARYbrokenSpace5Vv8Lm1
            eyJhbGciOiJIUzI1NiJ9.eyJDQU5BUlkiOiIxIn0.CANARYjwtSig3Tt7Yu9
            LOG_LEVEL='CANARYquoted
            """,
        "SVC/config/deploy.yml": """
            service: svc
            image: acme/svc
            registry:
              username: acme
              password:
                - KAMAL_REGISTRY_PASSWORD
            builder:
              arch: amd64
            servers:
              - 10.0.0.1
            env:
              clear:
                LOG_LEVEL: sk_live_CANARYkamalClear4Mn8Zx2
                API_TOKEN_HINT: CANARYkamalClearPlain
                EVENTS_URL: postgres://app:CANARYpoolerClear7Yu@pgbouncer.internal:6432/app?pgbouncer=true
              secret:
                - API_TOKEN
                - DATABASE_URL=postgres://u:CANARYkamalSecret3Lp9@h/db
                - API_KEY_ALIAS:sk_live_CANARYkamalAlias1Qw

            """,
        "SVC/.kamal/secrets": "API_TOKEN=sk_live_CANARYsecretsFile2Kd6Pp0\nKAMAL_REGISTRY_PASSWORD=CANARYregistry8Gh\nsk_live_CANARYsecretsBroken6Jk1Mm\n",
        "SVC/supabase/migrations/20240101000000_keys.sql": """
            create table api_keys (k text, api_secret text default 'CANARYsqlDefault6Wb2',
              note text default 'sk_live_CANARYsqlDefault2Aa9Qq');
            insert into api_keys (k, api_secret) values ('sk_live_CANARYsqlInsert1Hh5Rr', 'CANARYsqlInsert2');
            update api_keys set api_secret = 'CANARYsqlUpdate9Jj3' where k = 'sk_live_CANARYsqlWhere4Ee1Tt';
            alter table api_keys alter column api_secret set default 'CANARYsqlAltered7Uu';
            create table broken (a text default 'sk_live_CANARYsqlBroken3Ww1Zz' 'trailing');

            """,
        "FLY/package.json": "{\"name\": \"fly\"}\n",
        "FLY/src/index.ts": "const t = process.env.FLY_TOKEN;\n",
        "FLY/fly.toml": "app = \"fly-app\"\n[env]\n  PUBLIC_TOKEN = \"sk_live_CANARYflyToml8Rt4Yy\"\n  BROKEN = sk_live_CANARYflyTomlBare\n",
        "FLY/fly.staging.toml": "app = \"fly-app-stg\"\n[env]\n  PUBLIC_TOKEN = \"sk_live_CANARYflyStaging1Oo3\"\n",
        "FLY/fly-secrets.staging.txt": "NAME\tDIGEST\tCREATED AT\nFLY_TOKEN\tCANARYflyDigest5Ii2\t1m ago\nsk_live_CANARYflyListName2Pp\n",
        "FLY/fly-secrets.production.json": "[{\"Name\": \"FLY_TOKEN\", \"Digest\": \"CANARYflyJsonDigest7\", \"CreatedAt\": \"x\"}, {\"Name\": \"sk_live_CANARYflyJsonName4Aa\"}]\n",
    ]

    @Test func noOutputHoldsACanary() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-canary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in Self.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let formats = ReportFormat.allCases.map(\.rawValue)
        #expect(Set(["text", "json", "github", "sarif", "markdown", "gitlab"]).isSubset(of: formats))
        var runs = formats.map { ["check", "--workspace", root.path, "--format", $0] }
        runs += [["check", "--workspace", root.path, "--env", "staging"], ["manifest", "--workspace", root.path],
                 ["manifest", "--workspace", root.path, "--locations"], ["schema", "--workspace", root.path],
                 ["init", "--stdout", "--workspace", root.path]]
        var checked = 0
        for arguments in runs {
            let run = try runLintConfig(arguments)
            for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] where text.contains(Self.marker) {
                let line = text.split(separator: "\n").first { $0.contains(Self.marker) } ?? ""
                Issue.record("\(arguments.joined(separator: " ")) printed a canary on \(stream): \(line)")
            }
            checked += run.stdout.count
        }
        #expect(checked > 1_000, "the commands printed their reports")
        let json = try runLintConfig(["check", "--workspace", root.path, "--format", "json"]).stdout
        for rule in ["listen-through-pooler", "secret-in-url", "secret-in-clear"] {
            #expect(json.contains("\"\(rule)\""), "\(rule) read the canaries' files and reported (names only)")
        }
        try checkBaselines(root)
    }

    /// `baseline write` stores manifests and findings in files; `baseline check` prints drift
    /// (here: a supply added and a value changed since) in each of its formats. A baseline is
    /// only written for a workspace without input errors, so the unparsable TOML line goes first.
    private func checkBaselines(_ root: URL) throws {
        let baselines = root.appendingPathComponent("Baselines")
        let toml = root.appendingPathComponent("FLY/fly.toml")
        try Data(try String(contentsOf: toml, encoding: .utf8).split(separator: "\n")
            .filter { !$0.contains("BROKEN") }.joined(separator: "\n").utf8).write(to: toml)
        let write = try runLintConfig(["baseline", "write", "--workspace", root.path])
        #expect(write.status == 0, "baseline write: \(write.stderr)")
        let stored = FileManager.default.enumerator(at: baselines, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
        #expect(!stored.isEmpty, "baseline write stored manifests")
        for file in stored where try String(contentsOf: file, encoding: .utf8).contains(Self.marker) {
            Issue.record("baseline write stored a canary in \(file.lastPathComponent)")
        }
        let example = root.appendingPathComponent("SVC/.env.example")
        try Data((try String(contentsOf: example, encoding: .utf8)
            + "\nNEW_SECRET=sk_live_CANARYdriftAdded8Nn3\nLOG_LEVEL=CANARYdriftChanged\n").utf8).write(to: example)
        for format in DriftFormat.allCases.map(\.rawValue) {
            let run = try runLintConfig(["baseline", "check", "--workspace", root.path, "--format", format])
            #expect(run.status == 1 && run.stdout.contains("NEW_SECRET"), "baseline check --format \(format) shows the drift")
            for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] where text.contains(Self.marker) {
                let line = text.split(separator: "\n").first { $0.contains(Self.marker) } ?? ""
                Issue.record("baseline check --format \(format) printed a canary on \(stream): \(line)")
            }
        }
    }
}
