/// A token of TypeScript or JavaScript source: what it is, which bytes it covers and where it
/// starts. Tokens hold byte ranges, not strings, so lexing a file allocates nothing per token;
/// an extractor asks `JSSource` for a token's text or decoded value only when it keeps it.
public struct JSToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Identifiers and keywords alike (the lexer does not need to tell them apart except
        /// to decide regex vs division).
        case identifier
        case punctuator
        case number
        /// `'…'` or `"…"`, quotes included in the range.
        case string
        /// One piece of a template literal, delimiters included in the range. The expressions
        /// of `${…}` substitutions are ordinary tokens between a `head`/`middle` and the next
        /// `middle`/`tail`, so extractors see inside templates at any depth.
        case template(TemplatePart)
        /// `/…/flags`.
        case regex
    }

    public enum TemplatePart: Hashable, Sendable {
        /// `` `text` `` without substitutions.
        case whole
        /// `` `text${ ``
        case head
        /// `}text${`
        case middle
        /// `` }text` ``
        case tail
    }

    /// The byte range, stored as two 32-bit offsets (source files are read only up to a size
    /// limit far below 2 GB): a token is 20 bytes instead of 32, and a file's token array —
    /// allocated afresh for every file — faults in that much less memory.
    private var start: Int32
    private var end: Int32
    /// The 1-based line and column (in Unicode scalars) of the token's first byte. The path is
    /// the file's (`JSSource.location(_:)`): a token holds no reference, so creating, copying
    /// and dropping millions of them costs no reference counting.
    public var line: Int32
    public var column: Int32
    public var kind: Kind

    public var range: Range<Int> {
        @inline(__always) get { Int(start)..<Int(end) }
    }

    public init(kind: Kind, range: Range<Int>, line: Int, column: Int) {
        self.kind = kind
        self.start = Int32(truncatingIfNeeded: range.lowerBound)
        self.end = Int32(truncatingIfNeeded: range.upperBound)
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }
}

/// A lexed file: its bytes and tokens, with the accessors extractors use to read tokens
/// without allocating until a value is kept.
public struct JSSource: Sendable {
    public let path: String
    public let bytes: [UInt8]
    public let tokens: [JSToken]

    public init(path: String, bytes: [UInt8], tokens: [JSToken]) {
        self.path = path
        self.bytes = bytes
        self.tokens = tokens
    }

    /// Where the token at `index` starts.
    public func location(_ index: Int) -> Location { location(of: tokens[index]) }

    public func location(of token: JSToken) -> Location {
        Location(path: path, line: Int(token.line), column: Int(token.column))
    }

    /// The token's source text, delimiters included.
    public func text(_ token: JSToken) -> String {
        String(decoding: bytes[token.range], as: UTF8.self)
    }

    /// Whether the token's bytes are exactly `word` (an identifier or punctuator), compared
    /// without allocating.
    public func `is`(_ index: Int, _ word: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return ASCII.equals(bytes, tokens[index].range, word)
    }

    public func isIdentifier(_ index: Int, _ word: StaticString) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .identifier && `is`(index, word)
    }

    public func isPunctuator(_ index: Int, _ word: StaticString) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuator && `is`(index, word)
    }

    /// The value of a string literal or a substitution-free template, escapes decoded; nil for
    /// any other token. A template piece (head, middle, tail) gives its cooked text.
    public func stringValue(_ token: JSToken) -> String? {
        let r = token.range
        switch token.kind {
        case .string, .template(.whole):
            return r.count >= 2 ? Self.decode(bytes[(r.lowerBound + 1)..<(r.upperBound - 1)]) : nil
        case .template(.head), .template(.middle):
            return r.count >= 3 ? Self.decode(bytes[(r.lowerBound + 1)..<(r.upperBound - 2)]) : nil
        case .template(.tail):
            return r.count >= 2 ? Self.decode(bytes[(r.lowerBound + 1)..<(r.upperBound - 1)]) : nil
        default:
            return nil
        }
    }

    /// The value of a string token that names something (a key, an env var): the literal's
    /// value, or nil when it is not a plain literal.
    public func literalValue(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .string || token.kind == .template(.whole) else { return nil }
        return stringValue(token)
    }

    /// Decodes JavaScript escapes: `\n \t \r \b \f \v \0`, `\xHH`, `\uHHHH`, `\u{H…}`, and a
    /// backslash-newline line continuation (which contributes nothing).
    static func decode(_ body: ArraySlice<UInt8>) -> String {
        guard body.contains(UInt8(ascii: "\\")) else { return String(decoding: body, as: UTF8.self) }
        var out: [UInt8] = []
        var i = body.startIndex
        func hex(_ range: Range<Int>) -> UInt32? {
            guard range.upperBound <= body.endIndex else { return nil }
            return UInt32(String(decoding: body[range], as: UTF8.self), radix: 16)
        }
        func append(_ value: UInt32?) {
            guard let value, let scalar = Unicode.Scalar(value) else { return }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        while i < body.endIndex {
            let c = body[i]
            guard c == UInt8(ascii: "\\"), i + 1 < body.endIndex else { out.append(c); i += 1; continue }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0"): out.append(0x00)
            case 0x0A: break
            case 0x0D: if i < body.endIndex, body[i] == 0x0A { i += 1 }
            case UInt8(ascii: "x"):
                append(hex(i..<(i + 2)))
                i += 2
            case UInt8(ascii: "u"):
                if i < body.endIndex, body[i] == UInt8(ascii: "{") {
                    var j = i + 1
                    while j < body.endIndex, body[j] != UInt8(ascii: "}") { j += 1 }
                    append(hex((i + 1)..<j))
                    i = min(j + 1, body.endIndex)
                } else {
                    append(hex(i..<(i + 4)))
                    i += 4
                }
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
