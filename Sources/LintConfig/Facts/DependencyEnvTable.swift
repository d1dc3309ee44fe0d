/// Variables a framework or SDK reads by itself when a project declares it, so project code
/// never mentions them: Rails reads `SECRET_KEY_BASE`, the AWS SDKs `AWS_ACCESS_KEY_ID`, Auth.js
/// `AUTH_SECRET`. A variable of this table that the project supplies or documents is a read by
/// that dependency — optional, "read by <dependency>" — so it is never `env-supplied-unused` nor
/// `env-example-stale`, and never `env-example-missing` either (nobody must document an SDK's
/// knobs). Sources: each project's documentation of its environment variables.
public enum DependencyEnvTable {
    public enum Ecosystem: String, Sendable {
        case npm, gem, pypi, go
    }

    /// One dependency (or family, by prefix) and what it reads.
    public struct Entry: Sendable {
        public var ecosystem: Ecosystem
        /// Package names; one ending in `*` is a prefix (`@aws-sdk/*`).
        public var packages: [String]
        public var names: Set<String>
        /// Name prefixes it reads (Auth.js v5: `AUTH_GITHUB_ID`, `AUTH_GITHUB_SECRET`, …).
        public var prefixes: [String] = []

        public func declares(_ package: String, in ecosystem: Ecosystem) -> Bool {
            guard ecosystem == self.ecosystem else { return false }
            return packages.contains { $0.hasSuffix("*") ? package.hasPrefix($0.dropLast()) : package == $0 }
        }

        public func reads(_ name: String) -> Bool {
            names.contains(name) || prefixes.contains { name.hasPrefix($0) }
        }
    }

    static let aws: Set<String> = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION",
                                   "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_PROFILE"]
    static let libpq: Set<String> = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSSLMODE",
                                     "PGAPPNAME", "PGCONNECT_TIMEOUT"]
    static let sentry: Set<String> = ["SENTRY_DSN", "SENTRY_ENVIRONMENT", "SENTRY_RELEASE"]

    public static let entries: [Entry] = [
        // Rails: credentials, secret_key_base, ActiveRecord's DATABASE_URL merge, the environment,
        // the settings its generated config and Puma read.
        Entry(ecosystem: .gem, packages: ["rails", "railties"],
              names: ["RAILS_MASTER_KEY", "SECRET_KEY_BASE", "DATABASE_URL", "RAILS_ENV", "RACK_ENV", "RAILS_LOG_LEVEL",
                      "RAILS_LOG_TO_STDOUT", "RAILS_SERVE_STATIC_FILES", "RAILS_MAX_THREADS", "RAILS_RELATIVE_URL_ROOT",
                      "WEB_CONCURRENCY", "JOB_CONCURRENCY", "PORT"]),
        Entry(ecosystem: .gem, packages: ["puma"], names: ["PORT", "WEB_CONCURRENCY", "RAILS_MAX_THREADS", "PIDFILE"]),
        Entry(ecosystem: .gem, packages: ["redis", "sidekiq"], names: ["REDIS_URL"]),
        Entry(ecosystem: .gem, packages: ["aws-sdk", "aws-sdk-*"], names: aws, prefixes: ["AWS_ENDPOINT_URL_"]),
        Entry(ecosystem: .gem, packages: ["sentry-ruby", "sentry-rails"], names: sentry),
        Entry(ecosystem: .gem, packages: ["pg"], names: libpq),
        // Auth.js / NextAuth: AUTH_SECRET, AUTH_URL, AUTH_<PROVIDER>_ID|SECRET; NEXTAUTH_* in v4.
        Entry(ecosystem: .npm, packages: ["next-auth", "@auth/*"], names: ["AUTH_SECRET", "AUTH_URL", "AUTH_TRUST_HOST"],
              prefixes: ["AUTH_", "NEXTAUTH_"]),
        Entry(ecosystem: .npm, packages: ["better-auth"], names: ["BETTER_AUTH_SECRET", "BETTER_AUTH_URL"],
              prefixes: ["BETTER_AUTH_"]),
        Entry(ecosystem: .npm, packages: ["@aws-sdk/*", "aws-sdk"], names: aws, prefixes: ["AWS_ENDPOINT_URL_"]),
        Entry(ecosystem: .npm, packages: ["pg", "postgres"], names: libpq),
        Entry(ecosystem: .npm, packages: ["@sentry/*"], names: sentry),
        Entry(ecosystem: .npm, packages: ["openai"], names: ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"]),
        Entry(ecosystem: .npm, packages: ["@anthropic-ai/sdk"], names: ["ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"]),
        Entry(ecosystem: .pypi, packages: ["boto3", "botocore", "aioboto3"], names: aws, prefixes: ["AWS_ENDPOINT_URL_"]),
        Entry(ecosystem: .pypi, packages: ["django"], names: ["DJANGO_SETTINGS_MODULE"]),
        Entry(ecosystem: .pypi, packages: ["psycopg", "psycopg2", "psycopg2-binary", "asyncpg"], names: libpq),
        Entry(ecosystem: .pypi, packages: ["sentry-sdk"], names: sentry),
        Entry(ecosystem: .pypi, packages: ["openai"], names: ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"]),
        Entry(ecosystem: .pypi, packages: ["anthropic"], names: ["ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"]),
        Entry(ecosystem: .go, packages: ["github.com/aws/aws-sdk-go", "github.com/aws/aws-sdk-go-v2*"], names: aws,
              prefixes: ["AWS_ENDPOINT_URL_"]),
        Entry(ecosystem: .go, packages: ["github.com/jackc/pgx*", "github.com/lib/pq"], names: libpq),
    ]
}
