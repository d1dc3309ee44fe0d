import Testing
@testable import LintConfig

/// `secret-in-clear` reports a value only when it looks real. Every row of issue 7's table of
/// false findings is a case here, with the real shapes beside them that must stay reported.
@Suite struct SecretEvidenceTests {
    @Test(arguments: ["GH_SERVICE_SECRET", "STRIPE_API_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "JWT_SIGNING_KEY", "AWS_SECRET_ACCESS_KEY"])
    func secretNames(name: String) {
        #expect(SecretShape.isSecretName(name))
    }

    @Test(arguments: ["PUBLIC_KEY", "STRIPE_PUBLISHABLE_KEY", "KEY_ID", "PORT", "LOG_LEVEL", "TOKEN_URL", "API_KEY_HEADER",
                      "DATABASE_URL"])
    func nonSecretNames(name: String) {
        #expect(!SecretShape.isSecretName(name))
    }

    /// Lookup keys name rows, objects and templates; their values must stay readable (Insights'
    /// `template_key` values were printed as digests). Credential keys beside them stay secret.
    @Test(arguments: ["template_key", "idempotency_key", "sort_key", "lookup_key", "s3_object_key", "CACHE_KEY"])
    func lookupKeysAreNoSecretNames(name: String) {
        #expect(!SecretShape.isSecretName(name))
        #expect(Redaction.literal("qa-summary", column: name) == "qa-summary")
    }

    @Test(arguments: ["AZURE_PRIMARY_KEY", "api_key", "encryption_key", "TEMPLATE_SECRET", "OBJECT_STORAGE_SECRET_KEY"])
    func credentialKeysStaySecretNames(name: String) {
        #expect(SecretShape.isSecretName(name))
    }

    @Test(arguments: ["RABBITMQ_ROUTING_KEY", "SUPABASE_ANON_KEY", "TREASURY_CONTRACT", "SUPPORT_EMAIL", "OAUTH_CLIENT_ID"])
    func publicNames(name: String) {
        #expect(PublicIdentifier.isPublicName(name))
    }

    @Test(arguments: ["WALLET_PRIVATE_KEY", "DEPLOYER_SECRET_ID", "STRIPE_SECRET_KEY"])
    func namesThatStayPrivate(name: String) {
        #expect(!PublicIdentifier.isPublicName(name))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var value: String
        var testDescription: String { "\(name)=\(value)" }
        init(_ name: String, _ value: String) { self.name = name; self.value = value }
    }

    /// Real shapes: provider formats with random bodies, signed JWTs, PEM blocks, URLs with real
    /// passwords, random strings.
    @Test(arguments: [
        Case("STRIPE_SECRET_KEY", "sk_live_51H8aB3cD4eF5gH6iJ7kL8mN9oP"),
        Case("GITHUB_TOKEN", "ghp_R7xK2mQ9vL4tB8nZ1wY6cH3jD5sF0gA2pE9u"),
        Case("AWS_ACCESS_KEY_ID", "AKIA4Z7QX2M9RT5WB3KD"),
        Case("SLACK_BOT_TOKEN", "xoxb-2048156789-3072981234567-Xq8ZbT3nLwP9vR2kM5yH7dJc"),
        Case("STRIPE_WEBHOOK_SECRET", "whsec_8fK2pQ9xLm4Rt7Vb1Nz6Yc3Hd5Wg0Sa"),
        Case("SUPABASE_SERVICE_ROLE_KEY", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlX2J5dGVz"),
        Case("PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----"),
        Case("DATABASE_URL", "postgres://app:9f8e7d6c5b4a@db.internal:5432/app"),
        Case("SESSION_SECRET", "q8Zr2LmN4vX9tB6yK1wP3sD7"),
        Case("SECRET_KEY_BASE", "8c1f3a9e7b2d4f6a0c5e8b1d3f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d"),
        Case("ANTHROPIC_API_KEY", "sk-ant-api03-Xk9pL2mQ7vR4tB8nZ1wY6cH3jD5sF0gA-9kLmN2pQ"),
    ])
    func reported(_ c: Case) {
        #expect(SecretEvidence.credentialReason(name: c.name, value: c.value) != nil)
    }

    /// Issue 7's false findings, reduced to their shapes, and their kin.
    @Test(arguments: [
        // placeholder text
        Case("DATABASE_URL", "postgresql://postgres.[project-ref]:[password]@aws-0-us-east-1.pooler.supabase.com:6543/postgres"),
        Case("LLM_API_KEY", "sk-your-llm-key"),
        Case("STRIPE_WEBHOOK_SECRET", "whsec_your_signing_secret"),
        Case("SERVICE_KEY", "sb_secret_..."),
        Case("SERVICE_KEY", "sb_secret_\u{2026}"),
        Case("MAIL_API_KEY", "re_your_api_key"),
        Case("SSH_KEY", "~/.ssh/deploy.pem"),
        Case("GOOGLE_APPLICATION_CREDENTIALS", "./secrets/service-account.json"),
        Case("AMQP_URL", "amqps://user:password@host.cloudamqp.com/vhost"),
        Case("DATABASE_URL", "postgres://postgres:postgres@localhost:54322/postgres"),
        Case("REDIS_URL", "redis://default:[password]@fly-redis.upstash.io:6379"),
        Case("STRIPE_SECRET_KEY", "sk_test_your_key_here"),
        Case("JWT_SECRET", "changeme"),
        Case("JWT_SECRET", "change-me-in-production"),
        Case("API_TOKEN", ""),
        Case("API_TOKEN", "<your token>"),
        Case("API_TOKEN", "[token]"),
        Case("API_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxx"),
        Case("API_TOKEN", "XXXX-XXXX-XXXX"),
        Case("OPENAI_API_KEY", "sk-..."),
        Case("SECRET_KEY", "your_secret_key_here"),
        Case("SECRET_KEY", "dummy-secret-for-ci"),
        Case("SECRET_KEY", "test"),
        Case("SECRET_KEY", "placeholder"),
        Case("AUTH_SECRET", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        Case("AUTH_SECRET", "1234567890abcdef"),
        Case("AUTH_SECRET", "super-secret-jwt-key"),
        Case("AUTH_SECRET", "${AUTH_SECRET}"),
        Case("AUTH_SECRET", "$(op read op://vault/auth/secret)"),
        // public identifiers
        Case("TREASURY_CONTRACT", "0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        Case("USDC_MINT_ADDRESS", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
        Case("SUPPORT_EMAIL", "ops@acme-payments.io"),
        Case("SENDGRID_FROM", "\"Acme\" <noreply@acme.io>"),
        Case("ORDERS_ROUTING_KEY", "orders.created.v1"),
        Case("WEBHOOK_PATH", "/api/webhooks/stripe"),
        Case("DISCORD_WEBHOOK_ID", "1098765432109876543"),
        Case("SENTRY_DSN", "https://4f9a1c2e8b7d6a5f3e2d1c0b9a8f7e6d@o123456.ingest.sentry.io/4504"),
        Case("SES_ROLE_ARN", "arn:aws:iam::123456789012:role/ses-sender"),
        Case("SECURITY_GROUP", "sg-0a1b2c3d4e5f67890"),
        Case("STRIPE_KEY", "pk_live_51H8aB3cD4eF5gH6iJ7kL8mN9oP"),
        Case("TENANT_UUID", "3f2b8c1e-9d4a-4e7b-a1c2-5e6f7a8b9c0d"),
        // Supabase's published local demo keys (iss: supabase-demo) and an anon key
        Case("SUPABASE_SERVICE_ROLE_KEY",
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU"),
        Case("SUPABASE_KEY",
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3AiLCJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlX2J5dGVzX2hlcmVfb2s"),
        // ordinary values
        Case("LOG_LEVEL", "debug"), Case("PORT", "3000"), Case("API_URL", "https://api.example.com/v1"),
        Case("REDIS_URL", "redis://redis:6379/0"), Case("DATABASE_HOST", "ledgerly-mysql-primary"),
    ])
    func notReported(_ c: Case) {
        #expect(SecretEvidence.credentialReason(name: c.name, value: c.value) == nil)
    }

    /// Prose a person wrote where the secret goes, in any language (corpus: an instruction in
    /// xqueue's `.env.example`, a Spanish "change this for 32 random chars here"): never a secret,
    /// without a word list per language.
    @Test(arguments: [
        Case("AUTH_SECRET", "generate-with-openssl-rand-base64-32"),
        Case("PHONE_ENCRYPTION_KEY", "cambia_esto_por_32_chars_aleatorios_aqui"),
        Case("SESSION_KEY", "ersetze_dies_durch_zufallswerte_mit_32_zeichen"),
        Case("JWT_SECRET", "remplacez-par-une-longue-chaine-aleatoire"),
        Case("WEBHOOK_SECRET", "NOT_FOR_PROD_USE"),
        Case("SIGNING_KEY", "run openssl rand hex 32 and paste"),
    ])
    func proseIsNotASecret(_ c: Case) {
        #expect(SecretPlaceholder.isProse(c.value))
        #expect(SecretEvidence.credentialReason(name: c.name, value: c.value) == nil)
    }

    /// Random values that happen to contain separators stay reported.
    @Test(arguments: [
        Case("SESSION_SECRET", "q8Zr2_LmN4v_X9tB6_yK1wP3"),
        Case("API_TOKEN", "xkcdqz-brtvwp-mnbvcx-lkjhgf-7Rq2"),
        Case("APP_SECRET", "Kq7rTz-Vb2mWx-Pn8sLd-Fh4jYc"),
    ])
    func randomPartsAreNotProse(_ c: Case) {
        #expect(!SecretPlaceholder.isProse(c.value))
        #expect(SecretEvidence.credentialReason(name: c.name, value: c.value) != nil)
    }
}
