import Testing
@testable import LintConfig

/// Env reads in Python, Ruby, Go and Swift, with the required-vs-default decisions documented
/// on `EnvRead`, and comments and strings that must not count.
@Suite struct EnvReadScriptTests {
    func reads(_ text: String, _ path: String) throws -> [EnvRead] {
        try SourceScanner.envReads(text: text, path: path)
    }

    func summary(_ text: String, _ path: String) throws -> [String] {
        try reads(text, path).map { "\($0.name)\($0.hasDefault ? "?" : "")" }
    }

    @Test func pythonForms() throws {
        let r = try reads("""
            import os
            url = os.environ["DATABASE_URL"]
            level = os.environ.get("LOG_LEVEL", "info")
            token = os.getenv('API_TOKEN')
            """, "app/settings.py")
        #expect(r.map(\.name) == ["DATABASE_URL", "LOG_LEVEL", "API_TOKEN"])
        #expect(r.map(\.hasDefault) == [false, true, true])
        #expect(r.map(\.form) == [.pythonEnviron, .pythonEnvironGet, .pythonGetenv])
        #expect(r[0].location == Location(path: "app/settings.py", line: 2, column: 18))
        #expect(r.allSatisfy { $0.language == .python })
    }

    @Test func pythonCommentsStringsAndWrites() throws {
        #expect(try reads("""
            # os.environ["IN_COMMENT"]
            doc = \"\"\"os.getenv("IN_DOCSTRING")\"\"\"
            s = 'os.environ["IN_STRING"]'
            os.environ["WRITTEN"] = "1"
            del os.environ["DELETED"]
            """, "a.py").isEmpty)
    }

    @Test func pythonFStringInterpolation() throws {
        let r = try reads("dsn = f\"postgres://{os.environ['DB_HOST']}:{os.getenv('DB_PORT', '5432')}/x\"", "a.py")
        #expect(r.map(\.name) == ["DB_HOST", "DB_PORT"])
        #expect(r[0].location.column == 32)
    }

    @Test func pythonComparisonIsARead() throws {
        #expect(try summary("if os.environ[\"MODE\"] == \"prod\": pass", "a.py") == ["MODE"])
    }

    @Test func rubyForms() throws {
        let r = try reads("""
            url = ENV["DATABASE_URL"]
            key = ENV.fetch("GH_SERVICE_KEY")
            level = ENV.fetch("LOG_LEVEL", "info")
            port = ENV.fetch("PORT") { 3000 }
            host = ENV["HOST"] || "localhost"
            workers = ENV.fetch("WORKERS") do 2 end
            """, "config/app.rb")
        #expect(r.map(\.name) == ["DATABASE_URL", "GH_SERVICE_KEY", "LOG_LEVEL", "PORT", "HOST", "WORKERS"])
        // `ENV["X"]` is nil when unset: only `fetch` without a default raises.
        #expect(r.map(\.hasDefault) == [true, false, true, true, true, true])
        #expect(r[1].location == Location(path: "config/app.rb", line: 2, column: 17))
        #expect(r[1].form == .rubyEnvFetch)
    }

    @Test func rubyInterpolationAndComments() throws {
        let r = try reads("""
            # ENV["IN_COMMENT"]
            =begin
            ENV["IN_BLOCK_COMMENT"]
            =end
            url = "redis://#{ENV['REDIS_HOST']}:6379"
            s = 'ENV["IN_SINGLE_QUOTES"]'
            ENV["WRITTEN"] = "x"
            ENV["DEFAULTED"] ||= "y"
            """, "a.rb")
        #expect(r.map(\.name) == ["REDIS_HOST"])
        #expect(r[0].location == Location(path: "a.rb", line: 5, column: 22))
    }

    @Test func goForms() throws {
        let r = try reads("""
            package main

            import "os"

            func main() {
            \t// os.Getenv("IN_COMMENT")
            \tdsn := os.Getenv("DATABASE_URL")
            \tkey, ok := os.LookupEnv("API_KEY")
            \traw := `os.Getenv("IN_RAW_STRING")`
            }
            """, "cmd/main.go")
        #expect(r.map(\.name) == ["DATABASE_URL", "API_KEY"])
        #expect(r.map(\.hasDefault) == [true, true])
        #expect(r.map(\.form) == [.goGetenv, .goLookupEnv])
        #expect(r[0].location == Location(path: "cmd/main.go", line: 7, column: 19))
    }

    @Test func goBlockComment() throws {
        #expect(try reads("/* os.Getenv(\"NO\") */ x := os.Getenv(\"YES\")", "a.go").map(\.name) == ["YES"])
    }

    @Test func swiftForms() throws {
        let r = try reads("""
            let env = ProcessInfo.processInfo.environment["API_URL"]!
            let port = ProcessInfo.processInfo.environment["PORT"] ?? "8080"
            let plain = ProcessInfo.processInfo.environment["PLAIN"]
            """, "Sources/App/Config.swift")
        #expect(r.map(\.name) == ["API_URL", "PORT", "PLAIN"])
        #expect(r.map(\.hasDefault) == [false, true, false])
        #expect(r[0].location == Location(path: "Sources/App/Config.swift", line: 1, column: 47))
        #expect(r[0].form == .swiftProcessInfo)
    }

    @Test func swiftStringsCommentsAndInterpolation() throws {
        let r = try reads("""
            /* outer /* nested ProcessInfo.processInfo.environment["NESTED"] */ still comment */
            // ProcessInfo.processInfo.environment["LINE"]
            let s = "ProcessInfo.processInfo.environment[\\"IN_STRING\\"]"
            let raw = #"ProcessInfo.processInfo.environment["RAW"]"#
            let msg = "host: \\(ProcessInfo.processInfo.environment["HOST"] ?? "x")"
            """, "a.swift")
        #expect(r.map(\.name) == ["HOST"])
        #expect(r.map(\.hasDefault) == [true])
    }

    @Test func pythonNamesImportedFromOs() throws {
        let r = try reads("""
            from os import (
                environ,
                getenv,
            )
            a = environ["A_KEY"]
            b = getenv("B_KEY", "b")
            c = environ.get("C_KEY")
            """, "a.py")
        #expect(r.map(\.name) == ["A_KEY", "B_KEY", "C_KEY"])
        #expect(r.map(\.hasDefault) == [false, true, true])
        #expect(r[0].location == Location(path: "a.py", line: 5, column: 13))
    }

    @Test func pythonBareNamesWithoutImportAreNotReads() throws {
        #expect(try reads("environ = {}\nx = environ[\"K\"]\ny = getenv(\"K\")", "a.py").isEmpty)
    }

    @Test func vaporEnvironmentGet() throws {
        let r = try reads("let a = Environment.get(\"DATABASE_URL\")\nlet b = Environment.get(\"PORT\") ?? \"8080\"", "Sources/App/configure.swift")
        #expect(r.map(\.name) == ["DATABASE_URL", "PORT"])
        #expect(r.map(\.hasDefault) == [false, true])
        #expect(r[0].form == .vaporEnvironmentGet)
        #expect(r[0].location == Location(path: "Sources/App/configure.swift", line: 1, column: 25))
    }

    @Test func unknownExtensionsAreNotRead() throws {
        #expect(try reads("process.env.X", "notes.md").isEmpty)
        #expect(SourceLanguage.of(path: "dir.v2/Makefile") == nil)
    }
}

/// `SourceScanner` over a workspace and `SourceDiscovery` of a project's files.
@Suite struct SourceScannerTests {
    @Test func discoveryWalksAndSkips() {
        let files = InMemoryWorkspaceFiles([
            "valet/package.json": "{}",
            "valet/src/index.ts": "",
            "valet/src/types.d.ts": "",
            "valet/src/ui/App.tsx": "",
            "valet/src/vendor.min.js": "",
            "valet/node_modules/zod/index.js": "",
            "valet/dist/index.js": "",
            "valet/build/x.js": "",
            "valet/.build/x.swift": "",
            "valet/.build-release/x.swift": "",
            "valet/.git/hooks/x.py": "",
            "valet/.next/server.js": "",
            "valet/vendor/lib.rb": "",
            "valet/scripts/seed.py": "",
            "valet/test/fixtures/env.ts": "",
            "valet/README.md": "",
            "other/main.go": "",
        ])
        #expect(SourceDiscovery.sourceFiles(in: files, projectRoot: "valet") == [
            "valet/scripts/seed.py", "valet/src/index.ts", "valet/src/ui/App.tsx", "valet/test/fixtures/env.ts",
        ])
    }

    @Test func scannerChoosesExtractorAndCollectsErrors() {
        var big = Array("process.env.X\n".utf8)
        big += Array(repeating: UInt8(ascii: " "), count: SourceText.defaultMaxBytes)
        let files = InMemoryWorkspaceFiles(bytes: [
            "a/src/a.ts": Array("export const a = process.env.A_KEY".utf8),
            "a/app.py": Array("import os\nos.getenv('PY_KEY')".utf8),
            "a/broken.ts": Array("const s = `never closed".utf8),
            "a/huge.js": big,
            "a/notes.txt": Array("process.env.NOT_SOURCE".utf8),
        ])
        let result = SourceScanner.envReads(in: files, paths: ["a/app.py", "a/broken.ts", "a/huge.js", "a/notes.txt", "a/src/a.ts"])
        #expect(result.reads.map(\.name) == ["PY_KEY", "A_KEY"])
        #expect(result.errors.map(\.location) == [Location(path: "a/broken.ts", line: 1, column: 11)])
        // Over the source limit: skipped with a note (a generated bundle), not a failed run.
        #expect(result.notes.map(\.description) == [
            "a/huge.js:1:1: note: not scanned: 8388622 bytes is over the 8388608 bytes limit for source files, "
                + "so it is taken to be generated, minified or vendored",
        ])
    }

    @Test func invalidUTF8IsLocated() {
        let files = InMemoryWorkspaceFiles(bytes: ["x.rb": Array("ENV['A']\n".utf8) + [0xFF]])
        let result = SourceScanner.envReads(in: files, paths: ["x.rb"])
        #expect(result.reads.isEmpty)
        #expect(result.errors.first?.location == Location(path: "x.rb", line: 2, column: 1))
    }
}
