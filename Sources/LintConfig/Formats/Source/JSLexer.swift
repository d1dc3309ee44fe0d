/// Splits TypeScript/JavaScript into tokens by walking UTF-8 bytes with explicit state. It
/// knows exactly as much of the grammar as it takes never to mistake code for text or text for
/// code: strings, template literals with `${…}` nested to any depth (a stack of brace depths),
/// comments, and regex literals, told from division by the previous significant token (the
/// usual approach of tools that lex without parsing). Unterminated strings, templates, comments
/// and regexes are `InputError`s located where they start.
///
/// `.jsx` tolerates JSX text without parsing JSX: a quote with no closing quote on its line
/// (`<p>Don't</p>`) and a `/` that cannot end a regex on its line (`</p>`) become punctuators.
public struct JSLexer {
    public enum Dialect: Sendable {
        case script
        case jsx
    }

    let bytes: [UInt8]
    let path: String
    let dialect: Dialect
    var positions: BytePositions
    var i = 0
    var tokens: [JSToken] = []
    var braceDepth = 0
    /// For each open `${`: the brace depth it opened at, and where its template began.
    var substitutions: [(depth: Int, templateStart: Int)] = []

    public static func tokenize(_ text: String, path: String, dialect: Dialect = .script) throws(InputError) -> JSSource {
        var lexer = JSLexer(bytes: Array(text.utf8), path: path, dialect: dialect)
        try lexer.run()
        return JSSource(path: path, bytes: lexer.bytes, tokens: lexer.tokens)
    }

    init(bytes: [UInt8], path: String, dialect: Dialect) {
        self.bytes = bytes
        self.path = path
        self.dialect = dialect
        self.positions = BytePositions(bytes: bytes, path: path)
    }

    func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

    mutating func emit(_ kind: JSToken.Kind, from start: Int) {
        let (line, column) = positions.lineAndColumn(at: start)
        tokens.append(JSToken(kind: kind, range: start..<i, line: line, column: column))
    }

    mutating func error(_ message: String, at offset: Int) -> InputError {
        InputError(message, at: positions.location(at: offset))
    }

    mutating func run() throws(InputError) {
        if peek() == UInt8(ascii: "#"), peek(1) == UInt8(ascii: "!") { skipLine() }
        while true {
            try skipBlanksAndComments()
            guard let c = peek() else { break }
            let start = i
            switch c {
            case UInt8(ascii: "`"):
                i += 1
                try template(start: start, templateStart: start, first: true)
            case UInt8(ascii: "}") where substitutions.last?.depth == braceDepth:
                let open = substitutions.removeLast()
                i += 1
                try template(start: start, templateStart: open.templateStart, first: false)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                try string(quote: c)
            case UInt8(ascii: "/"):
                if regexAllowed() { try regex() } else { punctuator() }
            case _ where ASCII.isDigit(c) || (c == UInt8(ascii: ".") && peek(1).map(ASCII.isDigit) == true):
                number()
            case _ where Self.isIdentifierStart(c):
                while let d = peek(), Self.isIdentifierPart(d) { i += 1 }
                emit(.identifier, from: start)
            default:
                if c == UInt8(ascii: "{") { braceDepth += 1 }
                if c == UInt8(ascii: "}") { braceDepth -= 1 }
                punctuator()
            }
        }
        if let open = substitutions.last {
            throw error("unterminated template literal", at: open.templateStart)
        }
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        ASCII.isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$") || c >= 0x80 || c == UInt8(ascii: "\\")
    }

    static func isIdentifierPart(_ c: UInt8) -> Bool { isIdentifierStart(c) || ASCII.isDigit(c) }

    mutating func skipLine() {
        while let c = peek(), c != 0x0A { i += 1 }
    }

    mutating func skipBlanksAndComments() throws(InputError) {
        while let c = peek() {
            if ASCII.isSpace(c) || c == 0x0A {
                i += 1
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                skipLine()
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                let start = i
                i += 2
                while true {
                    guard let d = peek() else { throw error("unterminated block comment", at: start) }
                    if d == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") { i += 2; break }
                    i += 1
                }
            } else {
                return
            }
        }
    }

    mutating func string(quote: UInt8) throws(InputError) {
        let start = i
        i += 1
        while let c = peek() {
            if c == quote { i += 1; emit(.string, from: start); return }
            if c == UInt8(ascii: "\\") { i += 2; continue }
            if c == 0x0A || (c == 0x0D && peek(1) == 0x0A) { break }
            i += 1
        }
        if dialect == .jsx {
            i = start + 1
            emit(.punctuator, from: start)
            return
        }
        throw error("unterminated string literal", at: start)
    }

    /// Scans template text from just after `` ` `` or `}` up to `${` (pushing a substitution)
    /// or the closing backtick.
    mutating func template(start: Int, templateStart: Int, first: Bool) throws(InputError) {
        while let c = peek() {
            if c == UInt8(ascii: "\\") { i += 2; continue }
            if c == UInt8(ascii: "`") {
                i += 1
                emit(.template(first ? .whole : .tail), from: start)
                return
            }
            if c == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
                i += 2
                emit(.template(first ? .head : .middle), from: start)
                substitutions.append((braceDepth, templateStart))
                return
            }
            i += 1
        }
        throw error("unterminated template literal", at: templateStart)
    }

    mutating func regex() throws(InputError) {
        let start = i
        i += 1
        var inClass = false
        while let c = peek(), c != 0x0A {
            if c == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if c == UInt8(ascii: "[") { inClass = true }
            if c == UInt8(ascii: "]") { inClass = false }
            if c == UInt8(ascii: "/"), !inClass {
                i += 1
                while let d = peek(), Self.isIdentifierPart(d) { i += 1 }
                emit(.regex, from: start)
                return
            }
            i += 1
        }
        if dialect == .jsx {
            i = start
            punctuator()
            return
        }
        throw error("unterminated regular expression", at: start)
    }

    mutating func number() {
        let start = i
        let isHex = peek() == UInt8(ascii: "0") && (peek(1).map { $0 | 0x20 } == UInt8(ascii: "x"))
        while let c = peek() {
            if ASCII.isNameByte(c) || c == UInt8(ascii: ".") {
                i += 1
            } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")), !isHex, i > start, bytes[i - 1] | 0x20 == UInt8(ascii: "e") {
                i += 1
            } else {
                break
            }
        }
        emit(.number, from: start)
    }

    static let punctuators: [[UInt8]] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
    ].map { Array($0.utf8) }

    /// Longest match among the multi-byte punctuators, else one byte. `?.` followed by a
    /// digit is a conditional and a number (`a?.5:b`), not optional chaining.
    mutating func punctuator() {
        let start = i
        let first = bytes[start]
        for p in Self.punctuators where p[0] == first && start + p.count <= bytes.count && bytes[start..<(start + p.count)].elementsEqual(p) {
            if first == UInt8(ascii: "?"), p.count == 2, p[1] == UInt8(ascii: "."), let d = peek(2), ASCII.isDigit(d) { continue }
            i += p.count
            emit(.punctuator, from: start)
            return
        }
        i += 1
        emit(.punctuator, from: start)
    }

    /// Whether a token can end an operand: a non-keyword identifier, a literal, or a closing bracket.
    func isValueEnd(_ token: JSToken) -> Bool {
        switch token.kind {
        case .identifier: return !Self.keywordsBeforeExpression.contains(Array(bytes[token.range]))
        case .number, .string, .regex, .template(.whole), .template(.tail): return true
        case .template(.head), .template(.middle): return false
        case .punctuator:
            let c = bytes[token.range.lowerBound]
            return token.range.count == 1 && (c == UInt8(ascii: ")") || c == UInt8(ascii: "]"))
        }
    }

    /// After these keywords an expression starts, so `/` opens a regex.
    static let keywordsBeforeExpression: Set<[UInt8]> = Set([
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await", "extends",
    ].map { Array($0.utf8) })

    /// Regex or division: `/` starts a regex where an expression may start — at the beginning,
    /// after most punctuators, after an opening template piece and after the keywords above;
    /// after a value (identifier, number, string, `)`, `]`, `}`) it divides. A `}` that closed a
    /// block and is followed by a regex reads as division: rare in real code, and documented.
    func regexAllowed() -> Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .identifier:
            return Self.keywordsBeforeExpression.contains(Array(bytes[last.range]))
        case .number, .string, .regex, .template(.whole), .template(.tail):
            return false
        case .template(.head), .template(.middle):
            return true
        case .punctuator:
            let c = bytes[last.range.lowerBound]
            if last.range.count == 1 {
                if dialect == .jsx, c == UInt8(ascii: "<") { return false }
                // TypeScript's non-null `!` glued to a value (`total! / 2`) ends a value.
                if c == UInt8(ascii: "!"), tokens.count >= 2, isValueEnd(tokens[tokens.count - 2]),
                   tokens[tokens.count - 2].range.upperBound == last.range.lowerBound {
                    return false
                }
                return c != UInt8(ascii: ")") && c != UInt8(ascii: "]") && c != UInt8(ascii: "}")
            }
            return !ASCII.equals(bytes, last.range, "++") && !ASCII.equals(bytes, last.range, "--")
        }
    }
}
