import Testing
@testable import LintConfig

/// A commented-out binding (`# SMTP_TLS_CERT=`) documents a variable (corpus cause N1: 24 of
/// inboxed's 32 medium findings), but sets nothing, is never stale, and its value is never kept.
@Suite struct CommentedBindingTests {
    @Test func commentedBindingsAreNamedWithoutTheirValues() {
        let keys = DotenvCommentedKeys.keys(in: """
            # ── SMTP (optional) ──
            # SMTP_TLS_CERT=
            #SMTP_TLS_KEY=/etc/tls/key.pem
            # Set callback URL to: ${DASHBOARD_URL}/auth
            # Only applies when REGISTRATION_MODE=open.
            # e.g. FOO=bar
            #   open        — anyone can register
            REAL=1 # NOT_A_KEY=x

            """, path: ".env.example")
        #expect(keys.map(\.name) == ["SMTP_TLS_CERT", "SMTP_TLS_KEY"])
        #expect(keys.map(\.location) == [Location(path: ".env.example", line: 2, column: 3), Location(path: ".env.example", line: 3, column: 2)])
    }

    static let workspace: [String: String] = [
        "Gemfile": "source 'https://rubygems.org'\n",
        ".env.example": "INBOXED_DOMAIN=mail.example.com\n# SMTP_TLS_CERT=\n# STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9\n",
        "lib/smtp.rb": "DOMAIN = ENV.fetch(\"INBOXED_DOMAIN\")\nCERT = ENV[\"SMTP_TLS_CERT\"]\n",
    ]

    @Test func documentedButNotStaleNotASecretInTheClear() throws {
        let result = try lint(Self.workspace)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map(\.ruleID) == [], "SMTP_TLS_CERT is documented; STRIPE_KEY is a comment, never stale nor a value")
        let load = try WorkspaceLoader.load(InMemoryWorkspaceFiles(Self.workspace), environment: nil)
        let facts = try #require(load.model.envFacts.first)
        #expect(facts.documented.filter(\.isCommented).map(\.name) == ["SMTP_TLS_CERT", "STRIPE_KEY"])
        #expect(facts.documented.filter(\.isCommented).allSatisfy { $0.value == nil })
        let manifest = Manifest.json(load.model).rendered()
        #expect(!manifest.contains("sk_live"), "a commented value is never echoed")
    }

    @Test func withoutTheCommentTheReadIsStillMissing() throws {
        var files = Self.workspace
        files[".env.example"] = "INBOXED_DOMAIN=mail.example.com\n"
        let result = try lint(files)
        #expect(result.findings.map(\.ruleID) == ["env-example-missing"])
    }
}
