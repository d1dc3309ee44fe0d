import Testing
@testable import LintConfig

/// How Python, Ruby and Go reads are classified by use (issue 7, item 1): the form's own
/// behaviour, a guard that raises or exits, and the function the read is in. Each form has cases
/// that must be classified as it; the cases of the other forms are its near misses.
@Suite struct EnvReadUseScriptTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var path: String
        var code: String
        var expected: [String]
        var why: String? = nil
        var testDescription: String { "\(path): \(code)" }
    }

    static func check(_ c: Case) throws {
        let reads = try SourceScanner.envReads(text: c.code, path: c.path)
        #expect(reads.map { "\($0.name)=\($0.use.rawValue)" } == c.expected, "\(reads.map(\.why))")
        if let why = c.why { #expect(reads.last?.why == why) }
    }

    static let optional: [Case] = [
        Case(path: "app/settings.py", code: "import os\nDEBUG = os.getenv('DEBUG')\n", expected: ["DEBUG=optional"], why: "None when unset"),
        Case(path: "app/settings.py", code: "import os\nLEVEL = os.environ.get('LOG_LEVEL', 'info')\n", expected: ["LOG_LEVEL=optional"]),
        Case(path: "app/jobs.py", code: "import os\ndef run():\n    url = os.getenv('HOOK_URL')\n    if not url:\n        return\n    post(url)\n",
             expected: ["HOOK_URL=optional"], why: "guarded by an early `return`"),
        Case(path: "config/puma.rb", code: "pidfile ENV[\"PIDFILE\"] if ENV[\"PIDFILE\"]\n", expected: ["PIDFILE=optional", "PIDFILE=optional"]),
        Case(path: "config/puma.rb", code: "plugin :solid_queue if ENV[\"SOLID_QUEUE_IN_PUMA\"]\n", expected: ["SOLID_QUEUE_IN_PUMA=optional"]),
        Case(path: "lib/smtp.rb", code: "class Smtp\n  def initialize\n    super(tls_cert_path: ENV[\"SMTP_TLS_CERT\"])\n  end\nend\n",
             expected: ["SMTP_TLS_CERT=optional"]),
        Case(path: "config/app.rb", code: "workers = ENV[\"WORKERS\"]&.to_i || 2\nport = ENV.fetch(\"PORT\", 3000)\n",
             expected: ["WORKERS=optional", "PORT=optional"]),
        Case(path: "cmd/main.go", code: "package main\nimport \"os\"\nfunc main() {\n\tport := os.Getenv(\"PORT\")\n\tif port == \"\" {\n\t\tport = \"8080\"\n\t}\n}\n",
             expected: ["PORT=optional"], why: "checked before use"),
        Case(path: "internal/x.go", code: "package x\nimport \"os\"\nvar region = os.Getenv(\"REGION\")\n", expected: ["REGION=optional"]),
        // next-go-pg: a comparison with a value is not a presence check, even when its branch exits.
        Case(path: "internal/jwt.go",
             code: "package m\nimport \"os\"\nfunc New() {\n\tenv := os.Getenv(\"ENVIRONMENT\")\n\tif env == \"production\" {\n\t\tlog.Fatal(\"x\")\n\t}\n}\n",
             expected: ["ENVIRONMENT=optional"]),
    ]

    static let requiredAtStartUp: [Case] = [
        Case(path: "app/settings.py", code: "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n", expected: ["SECRET_KEY=required"],
             why: "raises KeyError at start-up without it"),
        Case(path: "app/settings.py", code: "import os, sys\nTOKEN = os.getenv('TOKEN')\nif not TOKEN:\n    sys.exit('TOKEN missing')\n",
             expected: ["TOKEN=required"], why: "exits at start-up without it"),
        Case(path: "app/settings.py", code: "import environ\nenv = environ.Env()\nDB = env.db('DATABASE_URL')\nDSN = env('SENTRY_DSN', default=None)\n",
             expected: ["DATABASE_URL=required", "SENTRY_DSN=optional"]),
        Case(path: "config/initializers/stripe.rb", code: "Stripe.api_key = ENV.fetch(\"STRIPE_KEY\")\n", expected: ["STRIPE_KEY=required"]),
        Case(path: "config/initializers/app.rb", code: "KEY = ENV[\"APP_KEY\"] || raise(\"APP_KEY missing\")\n", expected: ["APP_KEY=required"],
             why: "raises at start-up without it"),
        Case(path: "cmd/main.go", code: "package main\nimport (\"log\"; \"os\")\nfunc main() {\n\tdsn := os.Getenv(\"DATABASE_URL\")\n\tif dsn == \"\" {\n\t\tlog.Fatal(\"DATABASE_URL is required\")\n\t}\n}\n",
             expected: ["DATABASE_URL=required"], why: "exits at start-up without it"),
        Case(path: "cmd/main.go", code: "package main\nimport \"os\"\nfunc main() {\n\tkey, ok := os.LookupEnv(\"API_KEY\")\n\tif !ok {\n\t\tpanic(\"no API_KEY\")\n\t}\n\t_ = key\n}\n",
             expected: ["API_KEY=required"], why: "panics at start-up without it"),
    ]

    static let requiredOnPath: [Case] = [
        Case(path: "app/mail.py", code: "import os\ndef send():\n    key = os.environ['MAIL_KEY']\n    return key\n",
             expected: ["MAIL_KEY=required-on-path"], why: "`send()` raises KeyError without it"),
        Case(path: "app/vault.py", code: "import os\nclass Vault:\n    def cipher(self):\n        key = os.getenv('VAULT_KEY')\n        if key is None:\n            raise RuntimeError('no key')\n",
             expected: ["VAULT_KEY=required-on-path"], why: "`cipher()` raises without it"),
        Case(path: "app/models/report.rb", code: "class Report\n  def upload\n    bucket = ENV.fetch(\"BUCKET\")\n  end\nend\n",
             expected: ["BUCKET=required-on-path"], why: "`upload()` raises KeyError without it"),
        Case(path: "app/services/pay.rb", code: "class Pay\n  def self.client\n    key = ENV[\"PAY_KEY\"]\n    raise \"PAY_KEY missing\" unless key\n  end\nend\n",
             expected: ["PAY_KEY=required-on-path"], why: "`client()` raises without it"),
        Case(path: "internal/db.go", code: "package db\nimport (\"errors\"; \"os\")\nfunc Open() (*DB, error) {\n\tdsn := os.Getenv(\"DB_DSN\")\n\tif dsn == \"\" {\n\t\treturn nil, errors.New(\"DB_DSN is required\")\n\t}\n\treturn connect(dsn)\n}\n",
             expected: ["DB_DSN=required-on-path"], why: "`Open()` returns an error without it"),
        Case(path: "internal/jwt.go", code: "package auth\nimport \"os\"\nfunc (m *M) Secret() string {\n\tif s := os.Getenv(\"JWT_SECRET\"); s == \"\" {\n\t\tpanic(\"JWT_SECRET\")\n\t}\n\treturn \"\"\n}\n",
             expected: ["JWT_SECRET=required-on-path"], why: "`Secret()` panics without it"),
    ]

    @Test(arguments: optional) func optionalReads(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: requiredAtStartUp) func requiredAtStartUpReads(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: requiredOnPath) func requiredOnPathReads(_ c: Case) throws { try Self.check(c) }

    @Test(arguments: [
        ("a.py", "import os\nos.environ['X'] = '1'\n"),
        ("a.py", "import os\ndel os.environ['X']\n"),
        ("a.rb", "ENV[\"X\"] = \"1\"\n"),
        ("a.rb", "ENV[\"X\"] ||= \"1\"\n"),
        ("a.go", "package a\nimport \"os\"\nfunc f() { os.Setenv(\"X\", \"1\"); os.Unsetenv(\"X\") }\n"),
        ("b.go", "package a\nimport \"os\"\nfunc init() {\n\tif err := os.Setenv(\"TZ\", \"UTC\"); err != nil {\n\t\tpanic(err)\n\t}\n}\n"),
    ]) func writesAreNotReads(_ path: String, _ code: String) throws {
        #expect(try SourceScanner.envReads(text: code, path: path).isEmpty)
    }

    @Test func wrappersInScripts() throws {
        let go = """
            package config
            import "os"
            func getEnv(key, def string) string {
            \tif v := os.Getenv(key); v != "" {
            \t\treturn v
            \t}
            \treturn def
            }
            func mustEnv(key string) string {
            \tv := os.Getenv(key)
            \tif v == "" {
            \t\tpanic(key)
            \t}
            \treturn v
            }
            var host = getEnv("DB_HOST", "localhost")
            var secret = mustEnv("JWT_SECRET")
            """
        #expect(try SourceScanner.envReads(text: go, path: "config/config.go").map { "\($0.name)=\($0.use.rawValue)" }
                == ["DB_HOST=optional", "JWT_SECRET=required"])
        let python = "import os\ndef env(name, default=None):\n    return os.environ.get(name, default)\nA = env('A_URL', 'x')\nB = env('B_URL')\n"
        #expect(try SourceScanner.envReads(text: python, path: "app/conf.py").map { "\($0.name)=\($0.use.rawValue)" }
                == ["A_URL=optional", "B_URL=optional"])
        let ruby = "def need(name)\n  ENV.fetch(name)\nend\nKEY = need(\"API_KEY\")\n"
        #expect(try SourceScanner.envReads(text: ruby, path: "config/boot.rb").map { "\($0.name)=\($0.use.rawValue)" }
                == ["API_KEY=required"])
        let rubyDefault = "def setting(name, default = nil)\n  ENV.fetch(name, default)\nend\nHOST = setting(\"SMTP_HOST\", \"localhost\")\n"
        #expect(try SourceScanner.envReads(text: rubyDefault, path: "config/boot.rb").map { "\($0.name)=\($0.use.rawValue)" }
                == ["SMTP_HOST=optional"])
    }
}
