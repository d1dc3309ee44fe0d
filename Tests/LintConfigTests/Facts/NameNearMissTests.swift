import Testing
@testable import LintConfig

@Suite struct NameNearMissTests {
    @Test(arguments: [
        ("GH_SERVICE_SECRET", "GH_SERVICE_KEY", true), ("SUPABASE_URL", "SUPABSE_URL", true), ("DATABASE_URL", "DATABASEURL", true),
        ("DATABASE_URL", "database-url", true), ("API_TOKEN", "API_SECRET", true), ("REDIS_URI", "REDIS_URL", true),
        ("apiBaseUrl", "API_BASE_URL", true), ("DB_PASSWORD", "DB_PASS", true),
        ("DATABASE_URL", "REDIS_URL", false), ("PORT", "HOST", false), ("API_URL", "APP_URL", false), ("A", "B", false),
        ("LOG_LEVEL", "LOG_FORMAT", false), ("STRIPE_KEY", "STRIPE_WEBHOOK_KEY", false),
    ])
    func nearMisses(a: String, b: String, near: Bool) {
        #expect((NameNearMiss.distance(a, b) != nil) == near, "\(a) ~ \(b)")
    }

    @Test func tokensSplitSeparatorsAndCamelCase() {
        #expect(NameNearMiss.tokens("ghServiceKey") == ["GH", "SERVICE", "KEY"])
        #expect(NameNearMiss.tokens("X-GH-Service-Key") == ["X", "GH", "SERVICE", "KEY"])
        #expect(NameNearMiss.tokens("a.b_c") == ["A", "B", "C"])
    }

    /// Issue 8, item 6: the edit distance is length × length, so two 100,000-character names
    /// took seconds. Past the cap only equality counts; at the cap a typo is still found.
    @Test func namesPastTheLengthCapHaveNoSimilarity() {
        func name(_ length: Int, typo: Bool) -> String {
            let word = String(repeating: "A", count: length - 4)
            return "X_" + (typo ? "B" : "C") + word.dropFirst() + "_Y"
        }
        let atCap = NameNearMiss.maxComparedLength - 1
        #expect(NameNearMiss.distance(name(atCap, typo: false), name(atCap, typo: true)) == 3)
        #expect(NameNearMiss.distance(name(5_000, typo: false), name(5_000, typo: true)) == nil)
        #expect(NameNearMiss.distance(name(5_000, typo: false), name(5_000, typo: false)) == 0, "equal names stay equal")
        #expect(NameNearMiss.nearest(to: name(100_000, typo: false), among: [name(100_000, typo: true)]) == nil)
    }

    @Test func nearestPrefersTheClosest() {
        let nearest = NameNearMiss.nearest(to: "GH_SERVICE_SECRET", among: ["GH_SERVICE_KEY", "GH_SERVICE_SECRETS", "OTHER"])
        #expect(nearest?.name == "GH_SERVICE_KEY" || nearest?.name == "GH_SERVICE_SECRETS")
        #expect(NameNearMiss.nearest(to: "DATABASE_URL", among: ["DATABASE_URL"]) == nil, "the same name is not a near-miss")
    }
}

@Suite struct SecretShapeTests {
    @Test(arguments: ["GH_SERVICE_SECRET", "STRIPE_API_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "JWT_SIGNING_KEY", "SENTRY_DSN", "AWS_SECRET_ACCESS_KEY"])
    func secretNames(name: String) {
        #expect(SecretShape.isSecretName(name))
    }

    @Test(arguments: ["PUBLIC_KEY", "STRIPE_PUBLISHABLE_KEY", "KEY_ID", "PORT", "LOG_LEVEL", "TOKEN_URL", "API_KEY_HEADER", "DATABASE_URL"])
    func nonSecretNames(name: String) {
        #expect(!SecretShape.isSecretName(name))
    }

    @Test(arguments: [
        "sk_live_51H8abcdefghijklmnopqrstu", "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlX2J5dGVz",
        "postgres://app:9f8e7d6c5b4a@db.internal:5432/app", "AKIAIOSFODNN7EXAMPLX1", "q8Zr2LmN4vX9tB6yK1wP3sD7",
    ])
    func secretValues(value: String) {
        #expect(SecretShape.looksLikeSecretValue(value))
    }

    @Test(arguments: [
        "changeme", "your-api-key-here", "sk_test_your_key_here", "<secret>", "postgres://localhost/dev", "https://api.example.com/v1",
        "production", "info", "", "postgres://user:password@localhost/db", "xxxxxxxxxxxxxxxxxxxxxxxx",
    ])
    func nonSecretValues(value: String) {
        #expect(!SecretShape.looksLikeSecretValue(value))
    }
}
