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
            var scanner = SQLScanner(bytes: buffer, position: range.lowerBound, end: range.upperBound, line: line, column: column)
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

/// The lexer's state: a position in the bytes and the line/column bookkeeping.
struct SQLScanner {
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
}
