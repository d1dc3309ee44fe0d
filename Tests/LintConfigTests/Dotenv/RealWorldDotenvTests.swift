import Foundation
import Testing
@testable import LintConfig

/// Env example files shaped like the ones real services commit (sections, inline comments,
/// `export`, a PEM key, CRLF line ends): read exactly as python-dotenv 1.2.2 reads them (the
/// expected values come from it), and silent under every rule that runs by default.
@Suite struct RealWorldDotenvTests {
    static let directory = TestPaths.fixtures.appendingPathComponent("Dotenv/RealWorld")

    static let expected: [String: [(String, String)]] = [
        "node-service.env.example": [
            ("NODE_ENV", "development"), ("PORT", "3000"), ("LOG_LEVEL", "info"),
            ("DATABASE_URL", "postgresql://postgres:postgres@localhost:54322/postgres"),
            ("SUPABASE_URL", "http://localhost:54321"), ("SUPABASE_SERVICE_ROLE_KEY", ""), ("PGBOSS_SCHEMA", "pgboss"),
            ("JOB_QUEUE_NAME", "gh-apply-job"), ("CALLBACK_BASE_URL", "http://localhost:3000/api/callbacks"),
            ("GH_SERVICE_SECRET", ""),
        ],
        "python-worker.env.example": [
            ("APP_ENV", "local"), ("REDIS_URL", "redis://localhost:6379/0"), ("BROWSER_POOL_SIZE", "4"),
            ("SIGNING_KEY", "-----BEGIN PRIVATE KEY-----\nreplace-me\n-----END PRIVATE KEY-----"),
            ("GREETING", "Hello, it's the worker"), ("USER_AGENT", "Mozilla/5.0 (X11; Linux x86_64) GhostHands/1.0"),
            ("HEADLESS", "true"),
        ],
        "rails-crlf.env.example": [
            ("RAILS_ENV", "development"), ("RAILS_MASTER_KEY", ""),
            ("DATABASE_URL", "postgres://localhost/app_development"), ("WEB_CONCURRENCY", "2"),
        ],
    ]

    func text(_ name: String) throws -> String {
        try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: expected.keys.sorted())
    func valuesMatchPythonDotenv(_ name: String) throws {
        let file = DotenvFile.parse(try text(name), path: name)
        let expected = try #require(Self.expected[name])
        #expect(file.entries.map(\.key) == expected.map(\.0))
        let values = file.values()
        for (key, value) in expected {
            #expect(values[key] == .some(value), "\(name): \(key)")
        }
        #expect(!file.issues.contains { $0.kind == .unparsableLine })
    }

    @Test(arguments: expected.keys.sorted())
    func defaultRulesStaySilent(_ name: String) throws {
        let result = try lint(["service/.env.example": try text(name)])
        #expect(result.errors.isEmpty)
        #expect(result.findings.map { "\($0.ruleID) \($0.location)" } == [])
    }
}
