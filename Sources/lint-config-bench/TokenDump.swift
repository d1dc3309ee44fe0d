import Foundation
import LintConfig

/// `TOKENS_DUMP=FILE`: one line per lexed file — path, token count, a hash of every token's
/// kind, byte range, line and column, and the lexer's error with its location — so two builds
/// of the lexer can be compared with `cmp` on a whole corpus without writing every token out.
enum TokenDump {
    /// Writes the dump to the file the environment variable `variable` names, if it is set.
    static func write(_ files: [(path: String, text: String)], to variable: String = "TOKENS_DUMP") {
        guard let out = ProcessInfo.processInfo.environment[variable] else { return }
        var lines: [String] = []
        for file in files {
            let (source, error) = FactsBuilder.lex(file.text, path: file.path)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ value: Int) {
                hash = (hash ^ UInt64(truncatingIfNeeded: value)) &* 0x100_0000_01b3
            }
            for token in source.tokens {
                mix(kindCode(token.kind))
                mix(token.range.lowerBound)
                mix(token.range.upperBound)
                mix(Int(token.line))
                mix(Int(token.column))
            }
            let failure = error.map { "\($0)" } ?? "-"
            lines.append("\(file.path)\t\(source.tokens.count)\t\(String(hash, radix: 16))\t\(failure)")
        }
        do {
            try lines.sorted().joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            print("TOKENS_DUMP: cannot write \(out): \(error)")
        }
    }

    static func kindCode(_ kind: JSToken.Kind) -> Int {
        switch kind {
        case .identifier: return 1
        case .punctuator: return 2
        case .number: return 3
        case .string: return 4
        case .regex: return 5
        case .template(.whole): return 6
        case .template(.head): return 7
        case .template(.middle): return 8
        case .template(.tail): return 9
        }
    }
}
