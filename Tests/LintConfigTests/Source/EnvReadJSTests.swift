import Testing
@testable import LintConfig

/// Env reads in TypeScript and JavaScript: every direct form and schema library, defaults vs
/// required, and text that must not count as a read.
@Suite struct EnvReadJSTests {
    func reads(_ text: String, path: String = "src/env.ts") throws -> [EnvRead] {
        try SourceScanner.envReads(text: text, path: path)
    }

    func summary(_ text: String, path: String = "src/env.ts") throws -> [String] {
        try reads(text, path: path).map { "\($0.name)\($0.hasDefault ? "?" : "")" }
    }

    func at(_ line: Int, _ column: Int, _ path: String = "src/env.ts") -> Location { Location(path: path, line: line, column: column) }

    @Test func processEnvMember() throws {
        let r = try reads("const url = process.env.DATABASE_URL;")
        #expect(r == [EnvRead(name: "DATABASE_URL", location: at(1, 25), use: .required, why: "read at start-up without a fallback",
                              language: .typescript, form: .processEnvMember)])
    }

    @Test func processEnvIndexWithBothQuotesAndTemplate() throws {
        let r = try reads("a(process.env[\"A_KEY\"], process.env['B_KEY'], process.env[`C_KEY`])")
        #expect(r.map(\.name) == ["A_KEY", "B_KEY", "C_KEY"])
        #expect(r.map(\.form) == [.processEnvIndex, .processEnvIndex, .processEnvIndex])
        #expect(r[0].location == at(1, 15))
        #expect(r[1].location == at(1, 37))
    }

    @Test func computedIndexIsNotANamedRead() throws {
        #expect(try reads("const v = process.env[name]; const w = process.env[`P_${x}`]").isEmpty)
    }

    @Test func nullishAndOrDefaults() throws {
        #expect(try summary("""
            const port = process.env.PORT ?? "3000"
            const host = process.env.HOST || 'localhost'
            const key = process.env.API_KEY
            """) == ["PORT?", "HOST?", "API_KEY"])
    }

    @Test func nonNullAssertionIsRequired() throws {
        let r = try reads("const s = process.env.GH_SERVICE_SECRET!;")
        #expect(r.map(\.hasDefault) == [false])
        #expect(r[0].location == at(1, 23))
    }

    @Test func optionalChaining() throws {
        #expect(try summary("process?.env?.A; process.env?.[\"B\"] ?? 1") == ["A", "B?"])
    }

    @Test func destructuringWithDefaultsAndAliases() throws {
        let r = try reads("""
            const {
              DATABASE_URL,
              PORT = "3000",
              GH_SERVICE_KEY: serviceKey,
              "QUOTED-NAME": q,
              LOG_LEVEL: level = "info",
              ...rest
            } = process.env;
            """)
        #expect(r.map(\.name) == ["DATABASE_URL", "PORT", "GH_SERVICE_KEY", "QUOTED-NAME", "LOG_LEVEL"])
        #expect(r.map(\.hasDefault) == [false, true, false, false, true])
        #expect(r.map(\.location) == [at(2, 3), at(3, 3), at(4, 3), at(5, 3), at(6, 3)])
        #expect(r.allSatisfy { $0.form == .processEnvDestructuring })
    }

    @Test func destructuringDefaultInsideCallIsStillTheEntrysDefault() throws {
        #expect(try summary("const { A = f(x, y = 1), B } = process.env") == ["A?", "B"])
    }

    @Test func bunEnvAndImportMetaEnv() throws {
        let r = try reads("const a = Bun.env.BUN_KEY; const b = import.meta.env.VITE_API_URL ?? '/api'")
        #expect(r.map(\.name) == ["BUN_KEY", "VITE_API_URL"])
        #expect(r.map(\.form) == [.bunEnv, .importMetaEnv])
        #expect(r.map(\.hasDefault) == [false, true])
        #expect(r[1].location == at(1, 54))
    }

    @Test func denoEnvGet() throws {
        let r = try reads("const t = Deno.env.get(\"TOKEN\") ?? ''")
        #expect(r.map(\.name) == ["TOKEN"])
        #expect(r.map(\.hasDefault) == [true])
        #expect(r[0].form == .denoEnvGet)
    }

    @Test func globalThisProcessEnv() throws {
        #expect(try summary("globalThis.process.env.G_KEY") == ["G_KEY"])
    }

    @Test func readsInsideTemplateSubstitutions() throws {
        let r = try reads("const u = `postgres://${process.env.DB_HOST}:${`${process.env.DB_PORT ?? 5432}`}/db`")
        #expect(r.map(\.name) == ["DB_HOST", "DB_PORT"])
        #expect(r.map(\.hasDefault) == [false, true])
        #expect(r[0].location == at(1, 37))
    }

    @Test func processEnvInStringsAndCommentsIsNotARead() throws {
        #expect(try reads("""
            // process.env.IN_LINE_COMMENT
            /* process.env.IN_BLOCK_COMMENT */
            const s = "process.env.IN_STRING"
            const t = 'process.env.IN_SINGLE'
            const u = `process.env.IN_TEMPLATE_TEXT`
            const r = /process.env.IN_REGEX/
            """).isEmpty)
    }

    @Test func lookalikesAreNotReads() throws {
        #expect(try reads("""
            myprocess.env.NOPE_1
            process.environment.NOPE_2
            foo.process.env.NOPE_3
            process.envs.NOPE_4
            processEnv.NOPE_5
            """).isEmpty)
    }

    @Test func writesAndDeletesAreNotReads() throws {
        #expect(try reads("process.env.A = '1'; process.env.B ??= 'x'; delete process.env.C; if ('D' in process.env) {}").isEmpty)
    }

    @Test func comparisonIsAnOptionalRead() throws {
        #expect(try summary("if (process.env.NODE_ENV === 'production') {}") == ["NODE_ENV?"])
    }

    @Test func zodInlineParse() throws {
        let r = try reads("""
            import { z } from "zod";
            export const env = z.object({
              DATABASE_URL: z.string().url(),
              PORT: z.coerce.number().default(3000),
              SENTRY_DSN: z.string().optional(),
              FEATURE: z.string().nullish(),
              "QUOTED": z.string(),
            }).parse(process.env);
            """)
        #expect(r.map(\.name) == ["DATABASE_URL", "PORT", "SENTRY_DSN", "FEATURE", "QUOTED"])
        #expect(r.map(\.hasDefault) == [false, true, true, true, false])
        #expect(r[0].location == at(3, 3))
        #expect(r.allSatisfy { $0.form == .zodSchema })
    }

    @Test func zodSchemaThroughVariableAndSafeParse() throws {
        let r = try reads("""
            const envSchema = z
              .object({
                GH_SERVICE_SECRET: z.string().min(32),
                LOG_LEVEL: z.enum(["debug", "info"]).catch("info"),
              })
              .strict()

            const parsed = envSchema.safeParse(process.env)
            """)
        #expect(r.map(\.name) == ["GH_SERVICE_SECRET", "LOG_LEVEL"])
        #expect(r.map(\.hasDefault) == [false, true])
        #expect(r[0].location == at(3, 5))
    }

    @Test func zodExtendAddsKeys() throws {
        let r = try reads("""
            const base = z.object({ A: z.string() });
            const full = base.extend({ B: z.string().default("b") });
            full.parse(process.env);
            """)
        #expect(r.map(\.name).sorted() == ["A", "B"])
        #expect(r.first { $0.name == "B" }?.hasDefault == true)
    }

    @Test func zodObjectNotParsedFromEnvIsNotARead() throws {
        #expect(try reads("const body = z.object({ email: z.string() }).parse(req.body)").isEmpty)
        #expect(try reads("const s = z.object({ x: z.string() }); s.parse(input)").isEmpty)
    }

    @Test func t3EnvCreateEnv() throws {
        let r = try reads("""
            export const env = createEnv({
              server: {
                DATABASE_URL: z.string().url(),
                OPEN_AI_KEY: z.string().optional(),
              },
              client: {
                NEXT_PUBLIC_APP_URL: z.string(),
              },
              runtimeEnv: {
                DATABASE_URL: process.env.DATABASE_URL,
                OPEN_AI_KEY: process.env.OPEN_AI_KEY,
                NEXT_PUBLIC_APP_URL: process.env.NEXT_PUBLIC_APP_URL,
              },
            });
            """)
        #expect(r.map(\.name) == ["DATABASE_URL", "OPEN_AI_KEY", "NEXT_PUBLIC_APP_URL"])
        #expect(r.map(\.hasDefault) == [false, true, false])
        #expect(r.allSatisfy { $0.form == .t3Env })
        #expect(r[2].location == at(7, 5))
    }

    @Test func envalidCleanEnv() throws {
        let r = try reads("""
            const env = cleanEnv(process.env, {
              API_KEY: str(),
              PORT: port({ default: 3000 }),
              DEBUG: bool({ devDefault: false }),
              HOST: host({ desc: "where" }),
            })
            """)
        #expect(r.map(\.name) == ["API_KEY", "PORT", "DEBUG", "HOST"])
        #expect(r.map(\.hasDefault) == [false, true, true, false])
        #expect(r.allSatisfy { $0.form == .envalid })
        #expect(r[1].location == at(3, 3))
    }

    @Test func envalidSpecThroughVariable() throws {
        let r = try reads("const spec = { A: str(), B: num({ default: 1 }) };\nconst env = cleanEnv(process.env, spec);")
        #expect(r.map(\.name) == ["A", "B"])
        #expect(r.map(\.hasDefault) == [false, true])
    }

    @Test func javascriptLanguageAndJSXFile() throws {
        let r = try reads("export const App = () => <p>Don't {process.env.REACT_APP_TITLE}</p>;", path: "src/App.jsx")
        #expect(r.map(\.name) == ["REACT_APP_TITLE"])
        #expect(r[0].language == .javascript)
        #expect(r[0].location == at(1, 48, "src/App.jsx"))
    }

    @Test func typescriptExtensions() throws {
        for path in ["a.ts", "a.tsx", "a.mts", "a.cts"] {
            #expect(try reads("process.env.X", path: path).first?.language == .typescript)
        }
        for path in ["a.js", "a.jsx", "a.mjs", "a.cjs"] {
            #expect(try reads("process.env.X", path: path).first?.language == .javascript)
        }
    }

    @Test func unterminatedStringInTypeScriptIsAnError() {
        let error = #expect(throws: InputError.self) { try reads("const a = process.env.A\nconst b = 'oops\n") }
        #expect(error?.location == at(2, 11))
    }
}
