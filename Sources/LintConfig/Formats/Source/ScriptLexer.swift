/// A small tokenizer for the languages whose env reads are simple calls (Python, Ruby, Go,
/// Swift). It only has to keep comments and strings from looking like code: identifiers,
/// string literals (with their content range), numbers and punctuation, with locations. It
/// follows interpolation back into code (`#{…}` in Ruby, `{…}` in Python f-strings, `\(…)` in
/// Swift), because reads inside interpolations are common. It never fails: anything
/// unterminated runs to the end of the file, and the JS lexer is the one that must be exact.
struct ScriptLexer {
    enum Kind: Equatable {
        case identifier, string, number, punctuator
    }

    struct Token {
        var kind: Kind
        var range: Range<Int>
        /// For strings: the content between the delimiters. A string broken by interpolation
        /// is several tokens, none of them `plain`.
        var content: Range<Int>
        var plain: Bool
        var location: Location
    }

    let bytes: [UInt8]
    let language: SourceLanguage
    var positions: BytePositions
    var i = 0
    var tokens: [Token] = []
    var depth = 0
    /// Open interpolations: the bracket depth they opened at, and the string to resume.
    var interpolations: [(depth: Int, quote: [UInt8], style: StringStyle)] = []

    /// How a string's body is read.
    struct StringStyle {
        var escapes = true
        /// The bytes that open an interpolation inside the string, if it has any.
        var interpolation: [UInt8]? = nil
    }

    static func tokenize(_ text: String, path: String, language: SourceLanguage) -> [Token] {
        var lexer = ScriptLexer(bytes: Array(text.utf8), language: language, positions: BytePositions(bytes: Array(text.utf8), path: path))
        lexer.run()
        return lexer.tokens
    }

    func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

    func starts(_ s: [UInt8], at k: Int) -> Bool {
        k + s.count <= bytes.count && bytes[k..<(k + s.count)].elementsEqual(s)
    }

    mutating func emit(_ kind: Kind, _ range: Range<Int>, content: Range<Int>? = nil, plain: Bool = true) {
        tokens.append(Token(kind: kind, range: range, content: content ?? range, plain: plain, location: positions.location(at: range.lowerBound)))
    }

    var hashComments: Bool { language == .python || language == .ruby }

    mutating func run() {
        while let c = peek() {
            let start = i
            if ASCII.isSpace(c) || c == 0x0A {
                i += 1
            } else if hashComments, c == UInt8(ascii: "#") {
                skipLine()
            } else if language == .ruby, c == UInt8(ascii: "="), start == 0 || bytes[start - 1] == 0x0A, starts(Array("=begin".utf8), at: i) {
                // Ruby block comment: `=begin` … `=end`, both at the start of a line.
                while i < bytes.count, !(bytes[i] == 0x0A && starts(Array("\n=end".utf8), at: i)) { i += 1 }
                skipLine()
                skipLine()
            } else if !hashComments, c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                skipLine()
            } else if !hashComments, c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                skipBlockComment()
            } else if c == UInt8(ascii: ")") || c == UInt8(ascii: "}"), let open = interpolations.last, open.depth == depth {
                interpolations.removeLast()
                i += 1
                readString(start: start, quote: open.quote, style: open.style, contentStart: i)
            } else if let (quote, style, contentStart) = stringOpening() {
                readString(start: start, quote: quote, style: style, contentStart: contentStart)
            } else if ASCII.isDigit(c) {
                while let d = peek(), ASCII.isNameByte(d) || d == UInt8(ascii: ".") { i += 1 }
                emit(.number, start..<i)
            } else if ASCII.isLetter(c) || c == UInt8(ascii: "_") || c >= 0x80 || (c == UInt8(ascii: "$") && language == .swift) {
                i += 1
                while let d = peek(), ASCII.isNameByte(d) || d >= 0x80 { i += 1 }
                emit(.identifier, start..<i)
            } else {
                if c == UInt8(ascii: "(") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                if c == UInt8(ascii: ")") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth -= 1 }
                let two = peek(1).map { [c, $0] }
                i += two.map { Self.twoBytePunctuators.contains($0) } == true ? 2 : 1
                emit(.punctuator, start..<i)
            }
        }
    }

    static let twoBytePunctuators: Set<[UInt8]> = Set(["==", "!=", "<=", ">=", "||", "&&", "??", "::", "->", "=>", ":=", "**"].map { Array($0.utf8) })

    mutating func skipLine() {
        while let c = peek(), c != 0x0A { i += 1 }
    }

    /// `/* … */`, nested in Swift.
    mutating func skipBlockComment() {
        var nesting = 0
        while i < bytes.count {
            if starts([0x2F, 0x2A], at: i) {
                nesting += 1
                i += 2
            } else if starts([0x2A, 0x2F], at: i) {
                nesting -= 1
                i += 2
                if nesting == 0 || language != .swift { return }
            } else {
                i += 1
            }
        }
    }

    /// Recognises a string opening at `i`: its closing delimiter, how its body reads, and
    /// where its content starts.
    mutating func stringOpening() -> ([UInt8], StringStyle, Int)? {
        let c = bytes[i]
        switch language {
        case .python:
            // Prefixes: r, b, u, f and their pairs, any case.
            var j = i
            var raw = false, formatted = false
            while j < bytes.count, j - i < 2, let lower = Optional(bytes[j] | 0x20),
                  lower == UInt8(ascii: "r") || lower == UInt8(ascii: "b") || lower == UInt8(ascii: "u") || lower == UInt8(ascii: "f") {
                if lower == UInt8(ascii: "r") { raw = true }
                if lower == UInt8(ascii: "f") { formatted = true }
                j += 1
            }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "\"") else { return nil }
            if j > i, i > 0, ASCII.isNameByte(bytes[i - 1]) { return nil }
            let q = bytes[j]
            let quote = starts([q, q, q], at: j) ? [q, q, q] : [q]
            i = j
            return (quote, StringStyle(escapes: !raw, interpolation: formatted ? [UInt8(ascii: "{")] : nil), j + quote.count)
        case .ruby:
            if c == UInt8(ascii: "'") { return ([c], StringStyle(), i + 1) }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") { return ([c], StringStyle(interpolation: Array("#{".utf8)), i + 1) }
            return nil
        case .go:
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return ([c], StringStyle(), i + 1) }
            if c == UInt8(ascii: "`") { return ([c], StringStyle(escapes: false), i + 1) }
            return nil
        case .swift:
            var hashes = 0
            while starts([UInt8(ascii: "#")], at: i + hashes) { hashes += 1 }
            guard starts([UInt8(ascii: "\"")], at: i + hashes) else { return nil }
            let q = UInt8(ascii: "\"")
            let triple = starts([q, q, q], at: i + hashes)
            let quote = (triple ? [q, q, q] : [q]) + Array(repeating: UInt8(ascii: "#"), count: hashes)
            let interpolation = [UInt8(ascii: "\\")] + Array(repeating: UInt8(ascii: "#"), count: hashes) + [UInt8(ascii: "(")]
            return (quote, StringStyle(escapes: hashes == 0, interpolation: interpolation), i + hashes + (triple ? 3 : 1))
        case .typescript, .javascript:
            return nil
        }
    }

    /// Reads a string body from `contentStart` to its closing delimiter or to an interpolation,
    /// and emits it as one token.
    mutating func readString(start: Int, quote: [UInt8], style: StringStyle, contentStart: Int) {
        i = contentStart
        while i < bytes.count {
            if let open = style.interpolation, starts(open, at: i),
               !(open == [UInt8(ascii: "{")] && peek(1) == UInt8(ascii: "{")) {
                emit(.string, start..<(i + open.count), content: contentStart..<i, plain: false)
                i += open.count
                // The interpolation ends at the `}` or `)` that finds the depth as it was here.
                interpolations.append((depth, quote, style))
                return
            }
            if style.interpolation == [UInt8(ascii: "{")], starts([0x7B, 0x7B], at: i) { i += 2; continue }
            if style.escapes, bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if starts(quote, at: i) {
                let plain = bytes[start] != UInt8(ascii: "}") && bytes[start] != UInt8(ascii: ")")
                emit(.string, start..<(i + quote.count), content: contentStart..<i, plain: plain)
                i += quote.count
                return
            }
            i += 1
        }
        emit(.string, start..<bytes.count, content: contentStart..<bytes.count, plain: false)
    }
}
