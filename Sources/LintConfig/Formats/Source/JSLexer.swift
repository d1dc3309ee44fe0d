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
        // Dense code has about one token per four bytes: growing the array a token at a time
        // copied it a dozen times and faulted in fresh pages each time.
        tokens.reserveCapacity(bytes.count / 4 + 16)
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
                i = skip(from: i + 1, while: Self.isIdentifierPart)
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

    /// The index of the first byte from `start` on that `accept` refuses, or the end: the
    /// inner loops (names, blanks, comments, string bodies) run over the buffer without
    /// bounds checks or optionals per byte.
    @inline(__always)
    func skip(from start: Int, while accept: (UInt8) -> Bool) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var j = start
            while j < b.count, accept(b[j]) { j += 1 }
            return j
        }
    }

    mutating func skipLine() {
        i = skip(from: i) { $0 != 0x0A }
    }

    mutating func skipBlanksAndComments() throws(InputError) {
        while let c = peek() {
            if ASCII.isSpace(c) || c == 0x0A {
                i = skip(from: i + 1) { ASCII.isSpace($0) || $0 == 0x0A }
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                skipLine()
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                let start = i
                let end = bytes.withUnsafeBufferPointer { b -> Int? in
                    var j = start + 2
                    while j + 1 < b.count {
                        if b[j] == UInt8(ascii: "*"), b[j + 1] == UInt8(ascii: "/") { return j + 2 }
                        j += 1
                    }
                    return nil
                }
                guard let end else {
                    i = bytes.count
                    throw error("unterminated block comment", at: start)
                }
                i = end
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
            // The plain run up to the next byte that matters, without a check per byte.
            i = skip(from: i + 1) { $0 != quote && $0 != UInt8(ascii: "\\") && $0 != 0x0A && $0 != 0x0D }
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
        while true {
            i = skip(from: i) { $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "$") }
            guard let c = peek() else { break }
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

    /// Longest match among the multi-byte punctuators (`>>>=`, `...`, `===`, `!==`, `**=`,
    /// `<<=`, `>>=`, `>>>`, `&&=`, `||=`, `??=`, `=>`, `==`, `!=`, `<=`, `>=`, `&&`, `||`, `??`,
    /// `?.`, `++`, `--`, the compound assignments, `**`, `<<`, `>>`), else one byte — decided by
    /// a switch on the first bytes, since every token boundary of code passes here. `?.`
    /// followed by a digit is a conditional and a number (`a?.5:b`), not optional chaining.
    mutating func punctuator() {
        let start = i
        let n = bytes.count
        let c0 = bytes[start]
        // Bytes past the end read as 0, which no punctuator contains.
        let c1: UInt8 = start + 1 < n ? bytes[start + 1] : 0
        let c2: UInt8 = start + 2 < n ? bytes[start + 2] : 0
        let equals = UInt8(ascii: "=")
        var length = 1
        switch c0 {
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") {
                if c2 == UInt8(ascii: ">") {
                    length = start + 3 < n && bytes[start + 3] == equals ? 4 : 3
                } else {
                    length = c2 == equals ? 3 : 2
                }
            } else if c1 == equals {
                length = 2
            }
        case UInt8(ascii: "."):
            if c1 == UInt8(ascii: "."), c2 == UInt8(ascii: ".") { length = 3 }
        case UInt8(ascii: "="), UInt8(ascii: "!"):
            if c1 == equals { length = c2 == equals ? 3 : 2 } else if c0 == equals, c1 == UInt8(ascii: ">") { length = 2 }
        case UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            if c1 == c0 { length = c2 == equals ? 3 : 2 } else if c1 == equals { length = 2 }
        case UInt8(ascii: "?"):
            if c1 == UInt8(ascii: "?") {
                length = c2 == equals ? 3 : 2
            } else if c1 == UInt8(ascii: "."), !ASCII.isDigit(c2) {
                length = 2
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if c1 == c0 || c1 == equals { length = 2 }
        case UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "^"):
            if c1 == equals { length = 2 }
        default:
            break
        }
        i += length
        emit(.punctuator, from: start)
    }

    /// Whether a token can end an operand: a non-keyword identifier, a literal, or a closing bracket.
    func isValueEnd(_ token: JSToken) -> Bool {
        switch token.kind {
        case .identifier: return !isKeywordBeforeExpression(token.range)
        case .number, .string, .regex, .template(.whole), .template(.tail): return true
        case .template(.head), .template(.middle): return false
        case .punctuator:
            let c = bytes[token.range.lowerBound]
            return token.range.count == 1 && (c == UInt8(ascii: ")") || c == UInt8(ascii: "]"))
        }
    }

    /// After these keywords an expression starts, so `/` opens a regex.
    static let keywordsBeforeExpression: [StaticString] = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await", "extends",
    ]

    /// Whether the identifier at `range` is one of `keywordsBeforeExpression`, compared as bytes.
    func isKeywordBeforeExpression(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 10 else { return false }
        for word in Self.keywordsBeforeExpression where ASCII.equals(bytes, range, word) { return true }
        return false
    }

    /// Regex or division: `/` starts a regex where an expression may start — at the beginning,
    /// after most punctuators, after an opening template piece and after the keywords above;
    /// after a value (identifier, number, string, `)`, `]`, `}`) it divides. A `}` that closed a
    /// block and is followed by a regex reads as division: rare in real code, and documented.
    func regexAllowed() -> Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .identifier:
            return isKeywordBeforeExpression(last.range)
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
