import Testing
@testable import LintConfig

/// Front ends meet half-written files every day (a pre-commit hook runs on work in progress):
/// random soups of the fragments that steer each scanner must give tokens or a located error,
/// never a crash or an error outside the file.
@Suite struct SourceRobustnessTests {
    /// A deterministic generator, so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let fragments = [
        "process", ".", "env", "?.", "[", "]", "{", "}", "(", ")", "'", "\"", "`", "${", "/", "*", "\\", "\n", " ",
        "=", "??", "||", "!", ",", ":", "X_KEY", "z.object({", ").parse(process.env)", "createEnv({ server: {",
        "cleanEnv(process.env, {", "const { A = 1 } = process.env", "//", "/*", "*/", "#", "#{", "\\(", "é", "ENV[",
        "os.environ.get(", "os.Getenv(", "ProcessInfo.processInfo.environment[", "\"\"\"", "r'", "f\"{", "0x", "1e",
    ]

    func soup(_ g: inout Generator, length: Int) -> String {
        (0..<length).map { _ in Self.fragments[g.next(Self.fragments.count)] }.joined()
    }

    @Test func lexersAndExtractorsNeverCrash() {
        var g = Generator(state: 42)
        let paths = ["a.ts", "a.tsx", "a.js", "a.py", "a.rb", "a.go", "a.swift"]
        for round in 0..<400 {
            let text = soup(&g, length: 1 + g.next(40))
            let path = paths[round % paths.count]
            do {
                _ = try SourceScanner.envReads(text: text, path: path)
            } catch {
                #expect(error.location.path == path)
                #expect(error.location.line >= 1 && error.location.line <= text.split(separator: "\n", omittingEmptySubsequences: false).count)
            }
        }
    }

    static let flyFragments = [
        "NAME", "DIGEST", "STATUS", " ", "  ", "\t", "|", "│", "+--", "─┼─", "\n", "* ", "KEY_1", "abc123", "[", "]", "{", "}",
        "\"name\"", ":", "\"K\"", ",", "null", "\"", "app", "=", "[env]", "[[services]]", "internal_port", "8080", "'''", "#",
    ]

    @Test func flyParsersNeverCrash() {
        var g = Generator(state: 7)
        for _ in 0..<300 {
            let text = (0..<(1 + g.next(30))).map { _ in Self.flyFragments[g.next(Self.flyFragments.count)] }.joined()
            do {
                _ = try FlySecretsList.parse(text, path: "s.txt")
            } catch {
                #expect(error.location.path == "s.txt")
            }
            do {
                _ = try FlyAppConfig.parse(text, path: "fly.toml")
            } catch {
                #expect(error.location.path == "fly.toml")
            }
        }
    }

    @Test func longMinifiedLineIsLinear() throws {
        let unit = "a=process.env.K_1??`x${b/2}y`;/*c*/r=/[/]/g;"
        let text = String(repeating: unit, count: 5_000)
        let reads = try SourceScanner.envReads(text: text, path: "bundle.js")
        #expect(reads.count == 5_000)
        #expect(reads.last?.location == Location(path: "bundle.js", line: 1, column: unit.count * 4_999 + 15))
    }
}
