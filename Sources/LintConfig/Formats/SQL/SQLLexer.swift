/// Splits PostgreSQL text into tokens following the rules of PostgreSQL's own scanner
/// (`src/backend/parser/scan.l`) with `standard_conforming_strings` on, plus the two things
/// migration files carry that the server never sees: psql backslash commands and drizzle's
/// `--> statement-breakpoint` comments.
///
/// It walks UTF-8 bytes and records offsets only; a name becomes a `String` when the parser
/// keeps it. Columns are counted in Unicode scalars, incrementally, so a very long line costs
/// one pass.
public struct SQLLexer {
    public let path: String

    public init(path: String) { self.path = path }

    /// Lexes `bytes[range]`; `line`/`column` are where the range starts in its file (a
    /// function body is lexed in place, inside the file that holds it).
    public func tokenize(
        _ bytes: [UInt8], range: Range<Int>? = nil, line: Int = 1, column: Int = 1
    ) throws(InputError) -> [SQLToken] {
        let range = range ?? 0..<bytes.count
        var result: Result<[SQLToken], InputError> = .success([])
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, position: range.lowerBound, end: range.upperBound, line: line, column: column)
            do throws(InputError) {
                try scanner.run(path: path)
                result = .success(scanner.tokens)
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }
}

/// The byte classes PostgreSQL's scanner uses.
enum SQLBytes {
    @inline(__always) static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F || b >= 0x80
    }

    @inline(__always) static func isIdentifierContinue(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x24
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `self` in scan.l: `[,()\[\].;\:\+\-\*\/\%\^\<\>\=]`, and `op_chars`.
    @inline(__always) static func isOperator(_ b: UInt8) -> Bool {
        switch b {
        case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x2B, 0x2D, 0x2A, 0x2F, 0x25, 0x3C, 0x3E, 0x3D: return true
        default: return false
        }
    }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int
    var line: Int
    /// The offset and column of the last place whose column is known; columns of later
    /// offsets on the same line are counted from here.
    var markOffset: Int
    var markColumn: Int
    var tokens: [SQLToken] = []

    init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int, line: Int, column: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
        self.line = line
        self.markOffset = position
        self.markColumn = column
        tokens.reserveCapacity(max(16, (end - position) / 5))
    }

    @inline(__always) func byte(_ offset: Int) -> UInt8 { offset < end ? bytes[offset] : 0 }

    /// Column of `offset`, which must be on the current line at or after the mark.
    @inline(__always) mutating func column(at offset: Int) -> Int {
        var column = markColumn
        var index = markOffset
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        markOffset = offset
        markColumn = column
        return column
    }

    @inline(__always) mutating func newline(at offset: Int) {
        line += 1
        markOffset = offset + 1
        markColumn = 1
    }

    func location(line: Int, column: Int, path: String) -> Location {
        Location(path: path, line: line, column: column)
    }

    @inline(__always) mutating func emit(_ kind: SQLTokenKind, from start: Int, line startLine: Int, column startColumn: Int, flavor: UInt8 = 0) {
        tokens.append(SQLToken(
            kind: kind, flavor: flavor, start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: position),
            line: UInt32(truncatingIfNeeded: startLine), column: UInt32(truncatingIfNeeded: startColumn)))
    }

    mutating func run(path: String) throws(InputError) {
        while position < end {
            let b = bytes[position]
            switch b {
            case 0x0A:
                newline(at: position)
                position += 1
                continue
            case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
                position += 1
                continue
            default: break
            }
            let start = position
            let startLine = line
            let startColumn = column(at: start)
            switch b {
            case 0x2D where byte(start + 1) == 0x2D:
                try lineComment(start: start, line: startLine, column: startColumn)
            case 0x2F where byte(start + 1) == 0x2A:
                try blockComment(start: start, line: startLine, column: startColumn, path: path)
            case 0x27:
                position += 1
                try quoted(terminator: 0x27, backslashEscapes: false, what: "unterminated quoted string", at: startLine, startColumn, path: path)
                emit(.string, from: start, line: startLine, column: startColumn)
            case 0x22:
                position += 1
                try quoted(terminator: 0x22, backslashEscapes: false, what: "unterminated quoted identifier", at: startLine, startColumn, path: path)
                if position - start == 2 {
                    throw InputError("zero-length delimited identifier", at: location(line: startLine, column: startColumn, path: path))
                }
                emit(.quotedIdentifier, from: start, line: startLine, column: startColumn)
            case 0x24:
                try dollar(start: start, line: startLine, column: startColumn, path: path)
            case 0x28: position += 1; emit(.leftParen, from: start, line: startLine, column: startColumn)
            case 0x29: position += 1; emit(.rightParen, from: start, line: startLine, column: startColumn)
            case 0x5B: position += 1; emit(.leftBracket, from: start, line: startLine, column: startColumn)
            case 0x5D: position += 1; emit(.rightBracket, from: start, line: startLine, column: startColumn)
            case 0x2C: position += 1; emit(.comma, from: start, line: startLine, column: startColumn)
            case 0x3B: position += 1; emit(.semicolon, from: start, line: startLine, column: startColumn)
            case 0x3A:
                if byte(start + 1) == 0x3A {
                    position += 2
                    emit(.doubleColon, from: start, line: startLine, column: startColumn)
                } else if byte(start + 1) == 0x3D {
                    position += 2  // `:=`, PL/pgSQL assignment and named arguments
                    emit(.op, from: start, line: startLine, column: startColumn)
                } else {
                    position += 1
                    emit(.colon, from: start, line: startLine, column: startColumn)
                }
            case 0x2E:
                if SQLBytes.isDigit(byte(start + 1)) {
                    number(start: start, line: startLine, column: startColumn)
                } else {
                    position += 1
                    emit(.dot, from: start, line: startLine, column: startColumn)
                }
            case 0x5C:
                // psql reads a backslash command up to the end of the line.
                while position < end, bytes[position] != 0x0A { position += 1 }
                emit(.metaCommand, from: start, line: startLine, column: startColumn)
            case 0x30...0x39:
                number(start: start, line: startLine, column: startColumn)
            default:
                if SQLBytes.isOperator(b) {
                    operatorToken(start: start, line: startLine, column: startColumn)
                } else if SQLBytes.isIdentifierStart(b) {
                    try word(start: start, line: startLine, column: startColumn, path: path)
                } else {
                    // A byte PostgreSQL would reject (e.g. a stray `{`): keep it as an
                    // operator so the statement it is in is skipped, not the whole file.
                    position += 1
                    while position < end, bytes[position] & 0xC0 == 0x80 { position += 1 }
                    emit(.op, from: start, line: startLine, column: startColumn)
                }
            }
        }
    }

    mutating func lineComment(start: Int, line startLine: Int, column startColumn: Int) throws(InputError) {
        while position < end, bytes[position] != 0x0A { position += 1 }
        if Scanner.hasPrefix(bytes, from: start, end: position, "--> statement-breakpoint") {
            emit(.statementBreakpoint, from: start, line: startLine, column: startColumn)
        }
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let p = prefix.utf8Start
        for i in 0..<count where bytes[start + i] != p[i] { return false }
        return true
    }

    /// `/* … */`, nested as PostgreSQL nests them (unlike the SQL standard's C-style comments).
    mutating func blockComment(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        var depth = 1
        position += 2
        while position < end {
            let b = bytes[position]
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x2A, byte(position + 1) == 0x2F {
                depth -= 1
                position += 2
                if depth == 0 { return }
                continue
            } else if b == 0x2F, byte(position + 1) == 0x2A {
                depth += 1
                position += 2
                continue
            }
            position += 1
        }
        throw InputError("unterminated /* comment", at: location(line: startLine, column: startColumn, path: path))
    }

    /// Scans to the closing quote; a doubled quote is the quote itself.
    mutating func quoted(terminator: UInt8, backslashEscapes: Bool, what: String, at startLine: Int, _ startColumn: Int, path: String) throws(InputError) {
        while position < end {
            let b = bytes[position]
            if b == terminator {
                if byte(position + 1) == terminator {
                    position += 2
                    continue
                }
                position += 1
                return
            }
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x5C, backslashEscapes, position + 1 < end {
                if bytes[position + 1] == 0x0A { newline(at: position + 1) }
                position += 2
                continue
            }
            position += 1
        }
        throw InputError(what, at: location(line: startLine, column: startColumn, path: path))
    }

    /// `$1`, or a dollar quote `$tag$ … $tag$` whose tag follows identifier rules without `$`.
    mutating func dollar(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        var index = start + 1
        if SQLBytes.isDigit(byte(index)) {
            while SQLBytes.isDigit(byte(index)) { index += 1 }
            position = index
            emit(.parameter, from: start, line: startLine, column: startColumn)
            return
        }
        if SQLBytes.isIdentifierStart(byte(index)) {
            while index < end, SQLBytes.isIdentifierContinue(bytes[index]), bytes[index] != 0x24 { index += 1 }
        }
        guard byte(index) == 0x24 else {
            // A lone `$` is not valid SQL; keep it as an operator so only its statement is lost.
            position = start + 1
            emit(.op, from: start, line: startLine, column: startColumn)
            return
        }
        let tagLength = index + 1 - start
        position = index + 1
        while position < end {
            let b = bytes[position]
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x24, position + tagLength <= end {
                var matches = true
                for i in 1..<tagLength where bytes[position + i] != bytes[start + i] { matches = false; break }
                if matches {
                    position += tagLength
                    emit(.dollarString, from: start, line: startLine, column: startColumn)
                    return
                }
            }
            position += 1
        }
        throw InputError("unterminated dollar-quoted string", at: location(line: startLine, column: startColumn, path: path))
    }

    mutating func number(start: Int, line startLine: Int, column startColumn: Int) {
        var index = start
        if byte(index) == 0x30, byte(index + 1) | 0x20 == 0x78 || byte(index + 1) | 0x20 == 0x6F || byte(index + 1) | 0x20 == 0x62 {
            index += 2
            while SQLBytes.isIdentifierContinue(byte(index)) { index += 1 }
            position = index
            emit(.number, from: start, line: startLine, column: startColumn)
            return
        }
        while SQLBytes.isDigit(byte(index)) || byte(index) == 0x5F { index += 1 }
        // `1..2` is an integer followed by `..`; a decimal point needs no second dot.
        if byte(index) == 0x2E, byte(index + 1) != 0x2E {
            index += 1
            while SQLBytes.isDigit(byte(index)) || byte(index) == 0x5F { index += 1 }
        }
        if byte(index) | 0x20 == 0x65 {
            var exponent = index + 1
            if byte(exponent) == 0x2B || byte(exponent) == 0x2D { exponent += 1 }
            if SQLBytes.isDigit(byte(exponent)) {
                index = exponent
                while SQLBytes.isDigit(byte(index)) { index += 1 }
            }
        }
        position = index
        emit(.number, from: start, line: startLine, column: startColumn)
    }

    /// Operators follow scan.l: the longest run of operator bytes, cut before a comment start,
    /// and a trailing `+`/`-` dropped unless the operator holds one of `~!@#^&|`?%`
    /// (so `a=-1` is `=` then `-`).
    mutating func operatorToken(start: Int, line startLine: Int, column startColumn: Int) {
        var index = start
        while index < end, SQLBytes.isOperator(bytes[index]) {
            if index > start, (bytes[index] == 0x2D && byte(index + 1) == 0x2D) || (bytes[index] == 0x2F && byte(index + 1) == 0x2A) { break }
            index += 1
        }
        var length = index - start
        if length > 1 {
            var hasSpecial = false
            for i in start..<index {
                switch bytes[i] {
                case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x25: hasSpecial = true
                default: break
                }
            }
            if !hasSpecial {
                while length > 1, bytes[start + length - 1] == 0x2B || bytes[start + length - 1] == 0x2D { length -= 1 }
            }
        }
        position = start + length
        emit(.op, from: start, line: startLine, column: startColumn)
    }

    /// Identifiers and keywords, and the prefixed literals that begin like one:
    /// `E'…'`, `N'…'`, `B'…'`, `X'…'`, `U&'…'`, `U&"…"`.
    mutating func word(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        let first = bytes[start] | 0x20
        let next = byte(start + 1)
        if next == 0x27 {
            switch first {
            case 0x65:  // E'…'
                position = start + 2
                try quoted(terminator: 0x27, backslashEscapes: true, what: "unterminated quoted string", at: startLine, startColumn, path: path)
                emit(.string, from: start, line: startLine, column: startColumn, flavor: SQLToken.escapeFlavor)
                return
            case 0x6E:  // N'…'
                position = start + 2
                try quoted(terminator: 0x27, backslashEscapes: false, what: "unterminated quoted string", at: startLine, startColumn, path: path)
                emit(.string, from: start, line: startLine, column: startColumn)
                return
            case 0x62, 0x78:
                position = start + 2
                let what = first == 0x62 ? "unterminated bit string literal" : "unterminated hexadecimal string literal"
                try quoted(terminator: 0x27, backslashEscapes: false, what: what, at: startLine, startColumn, path: path)
                emit(.bitString, from: start, line: startLine, column: startColumn)
                return
            default: break
            }
        }
        if first == 0x75, next == 0x26, byte(start + 2) == 0x27 || byte(start + 2) == 0x22 {
            let quote = byte(start + 2)
            position = start + 3
            let what = quote == 0x27 ? "unterminated quoted string" : "unterminated quoted identifier"
            try quoted(terminator: quote, backslashEscapes: false, what: what, at: startLine, startColumn, path: path)
            emit(quote == 0x27 ? .string : .quotedIdentifier, from: start, line: startLine, column: startColumn, flavor: SQLToken.unicodeFlavor)
            return
        }
        var index = start + 1
        while index < end, SQLBytes.isIdentifierContinue(bytes[index]) { index += 1 }
        position = index
        emit(.identifier, from: start, line: startLine, column: startColumn)
    }
}
