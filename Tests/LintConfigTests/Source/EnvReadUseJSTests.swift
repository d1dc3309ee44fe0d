import Testing
@testable import LintConfig

/// How a TS/JS read is classified by its use (issue 7, item 1): each form has cases that must be
/// classified as it, and near misses that must not. Every row of the table of false
/// findings is one of these cases.
@Suite struct EnvReadUseJSTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var code: String
        /// `NAME` → expected use, for every read of the case in order.
        var expected: [String]
        var why: String? = nil
        var testDescription: String { code }
    }

    static func uses(_ code: String, path: String = "src/a.ts") throws -> [EnvRead] {
        try SourceScanner.envReads(text: code, path: path)
    }

    static func check(_ c: Case) throws {
        let reads = try uses(c.code)
        #expect(reads.map { "\($0.name)=\($0.use.rawValue)" } == c.expected, "\(reads.map(\.why))")
        if let why = c.why { #expect(reads.last?.why == why) }
    }

    static let optional: [Case] = [
        Case(code: "const mode = process.env.WORKER_MODE === 'queue' ? 'queue' : 'legacy'", expected: ["WORKER_MODE=optional"],
             why: "compared with 'queue'"),
        Case(code: "const headless = process.env.BROWSER_HEADLESS !== 'false'", expected: ["BROWSER_HEADLESS=optional"],
             why: "compared with 'false'"),
        Case(code: "function id() {\n  if (process.env.NODE_ID) {\n    return process.env.NODE_ID\n  }\n  return 'x'\n}",
             expected: ["NODE_ID=optional", "NODE_ID=optional"], why: "guarded by the check on line 2"),
        Case(code: "function key() {\n  const k = process.env.A || process.env.B;\n  if (!k) { return null }\n  return k\n}",
             expected: ["A=optional", "B=optional"]),
        Case(code: "async function scale() {\n  const group = process.env.ASG_NAME;\n  const n = 2;\n  if (!group || n < 1) return;\n  use(group)\n}",
             expected: ["ASG_NAME=optional"], why: "guarded by an early `return`"),
        Case(code: "const port = process.env.PORT ?? '3000'", expected: ["PORT=optional"], why: "falls back with `??`"),
        Case(code: "const { LOG_LEVEL = 'info' } = process.env", expected: ["LOG_LEVEL=optional"]),
        Case(code: "const hosts = process.env.HOSTS?.split(',') ?? []", expected: ["HOSTS=optional"]),
        Case(code: "for (const q of qs) {\n  const url = process.env[`X`];\n  if (!url) continue;\n}", expected: ["X=optional"]),
        Case(code: "const debug = !!process.env.DEBUG_SQL", expected: ["DEBUG_SQL=optional"]),
        Case(code: "if (typeof process.env.SENTRY_DSN === 'string') init()", expected: ["SENTRY_DSN=optional"]),
        Case(code: "const x = cfg.url || process.env.API_URL", expected: ["API_URL=optional"]),
        Case(code: "const isProd = import.meta.env.PROD && import.meta.env.VITE_SENTRY", expected: ["PROD=optional", "VITE_SENTRY=optional"]),
    ]

    static let requiredAtStartUp: [Case] = [
        Case(code: "export const db = process.env.DATABASE_URL!", expected: ["DATABASE_URL=required"], why: "asserted present with `!`"),
        Case(code: "const key = process.env.VAULT_KEY;\nif (!key) throw new Error('VAULT_KEY')", expected: ["VAULT_KEY=required"],
             why: "throws at start-up without it"),
        Case(code: "export const config = {\n  db: process.env.DATABASE_URL,\n}", expected: ["DATABASE_URL=required"],
             why: "read at start-up without a fallback"),
        Case(code: "if (!process.env.JWT_SECRET) {\n  console.error('missing');\n  process.exit(1);\n}", expected: ["JWT_SECRET=required"],
             why: "exits at start-up without it"),
        Case(code: "const { STRIPE_KEY } = process.env;\nif (STRIPE_KEY === undefined) throw new Error()", expected: ["STRIPE_KEY=required"]),
        Case(code: "import { z } from 'zod'\nexport const env = z.object({ API_KEY: z.string() }).parse(process.env)",
             expected: ["API_KEY=required"], why: "a required field of the zod schema"),
        Case(code: "assert(process.env.QUEUE_URL, 'QUEUE_URL is required')", expected: ["QUEUE_URL=required"]),
    ]

    static let requiredOnPath: [Case] = [
        Case(code: "export function createCipherFromEnv() {\n  const key = process.env.VAULT_KEY;\n  if (!key) throw new Error('no key');\n  return key\n}",
             expected: ["VAULT_KEY=required-on-path"], why: "`createCipherFromEnv()` throws without it"),
        Case(code: "const connect = async (): Promise<Client> => {\n  if (!process.env.REDIS_URL) {\n    throw new Error('x')\n  }\n  return new Client(process.env.REDIS_URL)\n}",
             expected: ["REDIS_URL=required-on-path", "REDIS_URL=required-on-path"], why: "`connect()` throws without it"),
        Case(code: "class Mailer {\n  send(): void {\n    fetch(process.env.MAIL_URL!)\n  }\n}", expected: ["MAIL_URL=required-on-path"],
             why: "asserted present with `!` in `send()`"),
        Case(code: "app.get('/x', (req, res) => {\n  res.send(process.env.GREETING.trim())\n})", expected: ["GREETING=required-on-path"],
             why: "read without a fallback in the function at line 1"),
        Case(code: "function boot() {\n  const { API_TOKEN } = process.env;\n  if (!API_TOKEN) { process.exit(1) }\n}",
             expected: ["API_TOKEN=required-on-path"], why: "`boot()` exits without it"),
    ]

    @Test(arguments: optional) func optionalReads(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: requiredAtStartUp) func requiredAtStartUpReads(_ c: Case) throws { try Self.check(c) }
    @Test(arguments: requiredOnPath) func requiredOnPathReads(_ c: Case) throws { try Self.check(c) }

    /// Writes are not reads, whatever they write.
    @Test(arguments: [
        "process.env.HISTORY_FILE = tmpFile",
        "delete process.env.HISTORY_FILE",
        "process.env['HISTORY_FILE'] ??= '/tmp/h'",
        "process.env.HISTORY_FILE ||= 'x'",
        "if ('HISTORY_FILE' in process.env) {}",
        "Object.assign(process.env, { HISTORY_FILE: 'x' })",
    ]) func writesAreNotReads(_ code: String) throws {
        #expect(try Self.uses(code).isEmpty)
    }

    /// Writes beside reads: the reads stay.
    @Test(arguments: [
        ("process.env.A = 'x'; const b = process.env.B!", ["B=required"]),
        ("delete process.env.A; if (process.env.C) {}", ["C=optional"]),
        ("process.env.A = process.env.D ?? 'x'", ["D=optional"]),
    ]) func writesBesideReads(_ code: String, _ expected: [String]) throws {
        #expect(try Self.uses(code).map { "\($0.name)=\($0.use.rawValue)" } == expected)
    }
}
