import Foundation
import Testing
@testable import LintConfig

/// Every oracle migration, cut short at many places and with bytes replaced, must lex, parse
/// and replay to a located error or to statements — never a crash or a hang.
@Suite struct SQLRobustnessTests {
    static func migrationTexts() -> [(String, [UInt8])] {
        let root = TestPaths.fixtures.appendingPathComponent("SQL/oracle")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var result: [(String, [UInt8])] = []
        for case let url as URL in walker where url.pathExtension == "sql" {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            if let data = try? Data(contentsOf: url) { result.append((relative, [UInt8](data))) }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Lexes, parses and replays; returns whether it ended in a located error.
    @discardableResult
    func survive(_ bytes: [UInt8], path: String) -> Bool {
        do {
            let source = try SQLSource.lex(bytes, path: path)
            var replay = SchemaReplay()
            replay.apply(SQLParser().parse(source), project: "p")
            return false
        } catch {
            #expect(error.location.path == path && error.location.line >= 1 && error.location.column >= 1)
            return true
        }
    }

    @Test func truncatedMigrationsNeverCrash() {
        let texts = Self.migrationTexts()
        #expect(texts.count >= 20)
        var errors = 0
        for (name, bytes) in texts {
            var cut = 0
            while cut < bytes.count {
                // Cut only at UTF-8 boundaries, so every error is a lexical one.
                if bytes[cut] & 0xC0 != 0x80, survive(Array(bytes[0..<cut]), path: name) { errors += 1 }
                cut += 7
            }
        }
        #expect(errors > 0)  // some cuts land inside strings, comments and dollar quotes
    }

    @Test func mutatedMigrationsNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        let alphabet = Array("();,'\"$*/-\\\n xE&U:[]".utf8)
        for (name, bytes) in Self.migrationTexts() where !bytes.isEmpty {
            for _ in 0..<40 {
                var mutated = bytes
                for _ in 0..<3 {
                    let at = next() % mutated.count
                    if mutated[at] < 0x80 { mutated[at] = alphabet[next() % alphabet.count] }
                }
                if ProcessInfo.processInfo.environment["SQL_FUZZ_DUMP"] != nil { try? Data(mutated).write(to: URL(fileURLWithPath: "/tmp/sql-fuzz-last.sql")) }
                survive(mutated, path: name)
            }
        }
    }
}
