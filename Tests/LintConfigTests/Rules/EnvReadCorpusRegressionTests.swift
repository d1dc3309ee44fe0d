import Testing
@testable import LintConfig

/// The false `env-unsupplied` findings of the repository corpus (/work/corpus, issue 7), each
/// reduced to its shape in the corpus's Fly or Kamal skeleton: none may fire again. Ids are the
/// corpus's (false-positives-repos.md); "seen in" names the real place.
@Suite struct EnvReadCorpusRegressionTests {
    static let fly: [String: String] = [
        "lint-config.yml": "environments: [production]\nprojects:\n  - name: api\n    root: api\n    deploy:\n      production:\n"
            + "        fly: {app: shape-api, config: api/fly.toml, secrets: api/fly-secrets.txt}\n",
        "api/fly.toml": "app = \"shape-api\"\n",
        "api/fly-secrets.txt": "NAME  DIGEST  STATUS\n",
        "api/package.json": "{\"name\":\"api\",\"private\":true}\n",
    ]

    static let kamal: [String: String] = [
        "lint-config.yml": "environments: [production]\nprojects:\n  - name: app\n    root: app\n    deploy:\n      production:\n"
            + "        kamal: {config: app/config/deploy.yml}\n",
        "app/config/deploy.yml": "service: shape\nimage: shape/app\nservers:\n  web:\n    - 192.0.2.1\nregistry:\n  username: shape\n"
            + "  password:\n    - KAMAL_REGISTRY_PASSWORD\nbuilder:\n  arch: amd64\nenv:\n  secret:\n    - SECRET_KEY_BASE\n",
        "app/.kamal/secrets": "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\nSECRET_KEY_BASE=$SECRET_KEY_BASE\n",
        "app/Gemfile": "source 'https://rubygems.org'\n",
    ]

    static let typescript: [(id: String, path: String, code: String)] = [
        ("A1 mergesignal rateLimit.test.ts", "src/rate.test.ts",
         "it(\"limits\", () => { const limit = Number(process.env.RATE_LIMIT); expect(limit).toBe(1); });\n"),
        ("A2 mergesignal internalEngineInfo.ts", "src/route.ts",
         "export function handler() {\n  const expected = process.env.INTERNAL_KEY?.trim();\n  if (!expected) return 503;\n  return 200;\n}\n"),
        ("A3 mergesignal api sentry.ts", "src/sentry.ts", "export function init(): void {\n  if (done || !process.env.SENTRY_DSN) return;\n}\n"),
        ("A4 mergesignal worker sentry.ts", "src/sentry.ts",
         "export function init(): void {\n  const dsn = process.env.SENTRY_DSN;\n  if (!dsn) return;\n}\n"),
        ("A5 mergesignal tier.ts", "src/tier.ts",
         "function clampInt(v: string | undefined, fallback: number) { return v ? Number(v) : fallback; }\n"
            + "export const maxBytes = clampInt(process.env.MAX_BYTES, 1000);\n"),
        ("A6 mergesignal page.tsx", "src/page.ts", "export const allowDebug = process.env.ALLOW_DEBUG === \"1\";\n"),
        ("A7 mergesignal instrumentation.ts", "src/instrumentation.ts",
         "export function register() {\n  if (process.env.RUNTIME_KIND !== \"nodejs\") return;\n}\n"),
        ("A8 mergesignal auth.ts", "src/auth.ts", "export const clientId = process.env.AUTH_GITHUB_ID ?? process.env.GITHUB_ID;\n"),
        ("A9 mergesignal auth.ts", "src/auth.ts",
         "export const apiKey = process.env.API_KEY ?? (process.env.APP_ENV !== \"production\" ? process.env.DEV_API_KEY : undefined);\n"),
        ("A10 mergesignal dev-auth.ts", "src/dev-auth.ts",
         "export const bypass = process.env.APP_ENV === \"development\" && process.env.DEV_AUTH_BYPASS === \"1\";\n"),
        ("A11 mergesignal siteOrigin.ts", "src/site.ts",
         "export function origin() {\n  const raw = process.env.SITE_URL?.trim().replace(/\\/$/, \"\");\n  if (!raw) return undefined;\n"
            + "  return new URL(raw);\n}\n"),
        ("A12 mergesignal instrumentation.ts", "src/instrumentation.ts", "export const isNode = process.env.NEXT_RUNTIME === \"nodejs\";\n"),
        ("A13 xqueue db.ts", "src/db.ts", "export const log = process.env.NODE_ENV === \"development\" ? [\"error\", \"warn\"] : [\"error\"];\n"),
        ("A14 xqueue email.ts", "src/email.ts",
         "export const client = process.env.MAIL_API_KEY ? new Client(process.env.MAIL_API_KEY) : null;\n"),
        ("A15 echo-web-mono index.ts", "src/index.ts", "const PORT = process.env.API_PORT ? Number(process.env.API_PORT) : 8000;\n"),
        ("N4/devfaq getConfig with per-name cases", "src/config.ts",
         "export function getConfig(name: string): string {\n  const val = process.env[name];\n  switch (name) {\n"
            + "    case \"VERSION\":\n      return getConfig(\"ENV\") + \":\" + val;\n    case \"ENV\":\n      return val || \"development\";\n  }\n"
            + "  if (!val) {\n    throw new Error(name);\n  }\n  return val;\n}\nexport const info = { version: getConfig(\"VERSION\") };\n"),
    ]

    static let ruby: [(id: String, path: String, code: String)] = [
        ("B1 inboxed puma.rb", "config/puma.rb", "pidfile ENV[\"PIDFILE\"] if ENV[\"PIDFILE\"]\n"),
        ("B2 inboxed environments/test.rb", "config/environments/test.rb",
         "Rails.application.configure do\n  config.eager_load = ENV[\"CI\"].present?\nend\n"),
        ("B3 inboxed smtp_server.rb", "lib/smtp_server.rb",
         "class SmtpServer\n  def initialize\n    super(tls_cert_path: ENV[\"SMTP_TLS_CERT\"])\n  end\nend\n"),
        ("B4 inboxed configuration.rb", "packages/ruby/lib/client/configuration.rb",
         "class Configuration\n  def initialize\n    @api_key = ENV[\"CLIENT_API_KEY\"]\n  end\nend\n"),
        ("B5 stocks-in-the-future puma.rb", "config/puma.rb", "plugin :solid_queue if ENV[\"SOLID_QUEUE_IN_PUMA\"]\n"),
        ("B6 stocks-in-the-future test_helper.rb", "test/test_helper.rb", "if ENV[\"COVERAGE\"] == \"true\"\n  require \"simplecov\"\nend\n"),
        ("B7 stocks-in-the-future test_helper.rb", "test/test_helper.rb",
         "parallelize(workers: ENV[\"PARALLEL_WORKERS\"]&.to_i || :number_of_processors)\n"),
    ]

    @Test(arguments: typescript.indices) func typescriptShapeIsSilent(_ index: Int) throws {
        let shape = Self.typescript[index]
        var files = Self.fly
        files["api/" + shape.path] = shape.code
        let result = try lint(files, rules: ["env-unsupplied", "env-name-mismatch"])
        #expect(result.findings.isEmpty, "\(shape.id): \(result.findings.map(\.title))")
    }

    @Test(arguments: ruby.indices) func rubyShapeIsSilent(_ index: Int) throws {
        let shape = Self.ruby[index]
        var files = Self.kamal
        files["app/" + shape.path] = shape.code
        let result = try lint(files, rules: ["env-unsupplied", "env-name-mismatch"])
        #expect(result.findings.isEmpty, "\(shape.id): \(result.findings.map(\.title))")
    }

    /// The real defect the corpus's first binary missed (next-go-pg `jwt.go`): a Go read that
    /// exits in one function is reported, high, naming it.
    @Test func requiredOnAPathIsHighAndNamesTheFunction() throws {
        var files = Self.kamal
        files["app/go.mod"] = "module shape\n"
        files["app/internal/jwt.go"] = "package m\nimport \"os\"\nfunc NewJWTMiddleware() {\n\tsecret := os.Getenv(\"GO_JWT_SECRET\")\n"
            + "\tif secret == \"\" {\n\t\tlogger.Fatal().Msg(\"GO_JWT_SECRET must be set\")\n\t}\n}\n"
        let result = try lint(files, rules: ["env-unsupplied"])
        #expect(result.findings.map(\.severity) == [.high])
        #expect(result.findings.first?.what.contains("`NewJWTMiddleware()` exits without it") == true)
    }
}
