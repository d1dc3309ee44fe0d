import Testing
@testable import LintConfig

/// Project functions that wrap `process.env[name]` (issue 7, item 2): each call with a literal is
/// a read, decided by the wrapper's body or a default argument at the call.
@Suite struct EnvWrapperTests {
    func uses(_ code: String) throws -> [String] {
        try SourceScanner.envReads(text: code, path: "src/config.ts").map { "\($0.name)=\($0.use.rawValue)" }
    }

    @Test func throwingWrapperMakesRequiredReads() throws {
        let code = """
            function required(name: string): string {
              const v = process.env[name];
              if (!v) throw new Error(`${name} is required`);
              return v;
            }
            export const config = { db: required("DATABASE_URL") };
            export function mailer() { return required("SMTP_URL") }
            """
        let reads = try SourceScanner.envReads(text: code, path: "src/config.ts")
        #expect(reads.map { "\($0.name)=\($0.use.rawValue)" } == ["DATABASE_URL=required", "SMTP_URL=required-on-path"])
        #expect(reads.map(\.why) == ["`required()` throws without it, at start-up", "`required()` throws without it, called in `mailer()`"])
        #expect(reads.allSatisfy { $0.form == .wrapperCall })
    }

    @Test func defaultingWrapperMakesOptionalReads() throws {
        #expect(try uses("""
            const env = (key: string) => process.env[key] ?? "";
            const a = env("A_URL");
            """) == ["A_URL=optional"])
    }

    @Test func defaultArgumentAtTheCall() throws {
        #expect(try uses("""
            export function getEnv(key: string, fallback?: string) {
              return process.env[key] ?? fallback;
            }
            const a = getEnv("LOG_LEVEL", "info");
            const b = getEnv("API_URL")!;
            """) == ["LOG_LEVEL=optional", "API_URL=required"])
    }

    @Test func passThroughWrapperIsDecidedAtTheCall() throws {
        #expect(try uses("""
            const read = (name) => Bun.env[name];
            const port = read("PORT") ?? 3000;
            const key = read("KEY");
            """) == ["PORT=optional", "KEY=required"])
    }

    @Test func callsOfUnknownFunctionsAndLowercaseLiteralsAreNotReads() throws {
        #expect(try uses("""
            function required(name) { const v = process.env[name]; if (!v) throw new Error(); return v }
            t("HELLO_WORLD"); required("lowercase"); obj.required("A_B"); required(`X_${y}`)
            """).isEmpty)
    }

    @Test func wrapperImportedFromAnotherFile() throws {
        let files = InMemoryWorkspaceFiles([
            "src/env.ts": "export function mustGet(name: string) {\n  const v = process.env[name]\n  if (!v) { throw new Error(name) }\n  return v\n}\n",
            "src/db.ts": "import { mustGet as need } from './env'\nexport const db = need('DATABASE_URL')\n",
            "src/other.ts": "export const x = mustGet('NOT_IMPORTED')\n",
        ])
        let scan = SourceScanner.envReads(in: files, paths: ["src/db.ts", "src/env.ts", "src/other.ts"])
        #expect(scan.reads.map { "\($0.name)=\($0.use.rawValue)" } == ["DATABASE_URL=required"])
        #expect(scan.reads.first?.location == Location(path: "src/db.ts", line: 2, column: 24))
    }

    /// devfaq's `getConfig`: names with their own `case` return before the throw.
    @Test func namesTheWrapperHandlesItselfCope() throws {
        #expect(try uses("""
            export function getConfig(name: string): string | number {
              const val = process.env[name];
              switch (name) {
                case "PORT":
                  return val ? Number(val) : "3002";
                case "VERSION":
                  return getConfig("GIT_BRANCH") + ":" + val;
              }
              if (!val) {
                throw new Error(`Cannot find environmental variable: ${name}`);
              }
              return val;
            }
            const server = { version: getConfig("VERSION"), port: getConfig("PORT"), secret: getConfig("COOKIE_PASSWORD") };
            """) == ["GIT_BRANCH=required-on-path", "VERSION=optional", "PORT=optional", "COOKIE_PASSWORD=required"])
    }
}
