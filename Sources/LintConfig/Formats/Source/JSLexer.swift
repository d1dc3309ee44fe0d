#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits TypeScript/JavaScript into tokens by walking UTF-8 bytes with explicit state. It
/// knows exactly as much of the grammar as it takes never to mistake code for text or text for
/// code: strings, template literals with `${…}` nested to any depth (a stack of brace depths),
/// comments, and regex literals, told from division by the previous significant token (the
/// usual approach of tools that lex without parsing). Unterminated strings, templates, comments
/// and regexes are `InputError`s located where they start.
///
/// `.jsx` tolerates JSX text without parsing JSX: a quote with no closing quote on its line
/// (`<p>Don't</p>`) and a `/` that cannot end a regex on its line (`</p>`) become punctuators.
///
/// Every token boundary of every file passes through `run`, so it reads the bytes through one
/// buffer pointer for the whole file (no optional or bounds check per byte), dispatches on the
/// byte with one switch, and tracks lines with `LinePositions` (a cost per line, not per byte).
public struct JSLexer {
    public enum Dialect: Sendable {
        case script
        case jsx
    }

    /// The file's bytes, valid while the lexer lives (it lives inside `withUnsafeBufferPointer`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// `bytes.count`.
    let end: Int
    let path: String
    let dialect: Dialect
    var positions: LinePositions
    var i = 0
    /// Where the next token goes: room for one per byte (`lex`).
    let out: UnsafeMutablePointer<JSToken>
    /// Tokens written so far.
    var count = 0
    var braceDepth = 0
    /// For each open `${`: the brace depth it opened at, and where its template began.
    var substitutions: [(depth: Int, templateStart: Int)] = []

    public static func tokenize(_ text: String, path: String,
                                dialect: Dialect = .script) throws(InputError) -> JSSource {
        let (source, failure) = tokenizePrefix(text, path: path, dialect: dialect)
        if let failure { throw failure }
        return source
    }

    /// Lexes `bytes` (UTF-8, as checked by `SourceText`): the tokens, and the error that
    /// stopped the lexer if it did, after the tokens before it.
    ///
    /// A token covers at least one byte, so a file has at most as many tokens as bytes: the
    /// array is allocated once at that size and written without a capacity or uniqueness check
    /// per token (`Array.append` made both, and they cost more than finding the token). Memory
    /// is reserved, not touched: only the pages tokens are written to are ever faulted in.
    static func lex(_ bytes: [UInt8], path: String, dialect: Dialect) -> (JSSource, InputError?) {
        var failure: InputError?
        let tokens = [JSToken](unsafeUninitializedCapacity: bytes.count + 1) { out, written in
            guard let out = out.baseAddress else { return }
            bytes.withUnsafeBufferPointer { buffer in
                var lexer = JSLexer(buffer, output: out, path: path, dialect: dialect)
                do throws(InputError) {
                    try lexer.run()
                } catch {
                    failure = error
                }
                written = lexer.count
            }
        }
        return (JSSource(path: path, bytes: bytes, tokens: tokens), failure)
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<JSToken>, path: String, dialect: Dialect) {
        self.bytes = bytes
        self.end = bytes.count
        self.out = output
        self.path = path
        self.dialect = dialect
        self.positions = LinePositions(bytes)
    }

    @inline(__always)
    mutating func emit(_ kind: JSToken.Kind, from start: Int) {
        // The array has room for one token per byte because every token is non-empty and starts
        // where the one before it ended or later; debug builds check that it fits.
        assert(start < i && i <= end && count < end, "tokens are non-empty and within the bytes")
        let (line, column) = positions.lineAndColumn(at: start)
        (out + count).initialize(to: JSToken(kind: kind, range: start..<i, line: line, column: column))
        count += 1
    }

    /// A one-byte punctuator at `i`.
    @inline(__always)
    mutating func emitByte() {
        i += 1
        emit(.punctuator, from: i - 1)
    }

    /// An error located at `offset`, which may lie before tokens already emitted (a template's
    /// start), so it is placed by a tracker of its own.
    func error(_ message: String, at offset: Int) -> InputError {
        var positions = LinePositions(bytes)
        let (line, column) = positions.lineAndColumn(at: offset)
        return InputError(message, at: Location(path: path, line: line, column: column))
    }

    mutating func run() throws(InputError) {
        if end >= 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") { i = lineEnd(from: 0) }
        while i < end {
            let start = i
            let c = bytes[i]
            switch c {
            case 0x09...0x0D, 0x20:
                var j = i + 1
                while j < end, Self.isBlank(bytes[j]) { j += 1 }
                i = j
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "\\"), 0x80...0xFF:
                i = identifierEnd(from: i + 1)
                emit(.identifier, from: start)
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ";"),
                 UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "~"), UInt8(ascii: "@"), UInt8(ascii: "#"):
                emitByte()
            case UInt8(ascii: "{"):
                braceDepth += 1
                emitByte()
            case UInt8(ascii: "}"):
                if let open = substitutions.last, open.depth == braceDepth {
                    substitutions.removeLast()
                    i += 1
                    try template(start: start, templateStart: open.templateStart, first: false)
                } else {
                    braceDepth -= 1
                    emitByte()
                }
            case UInt8(ascii: "`"):
                i += 1
                try template(start: start, templateStart: start, first: true)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                try string(quote: c)
            case UInt8(ascii: "/"):
                let next: UInt8 = i + 1 < end ? bytes[i + 1] : 0
                if next == UInt8(ascii: "/") {
                    i = lineEnd(from: i + 2)
                } else if next == UInt8(ascii: "*") {
                    try blockComment()
                } else if regexAllowed() {
                    try regex()
                } else {
                    punctuator()
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number()
            case UInt8(ascii: "."):
                if i + 1 < end, ASCII.isDigit(bytes[i + 1]) { number() } else { punctuator() }
            default:
                punctuator()
            }
        }
        if let open = substitutions.last {
            throw error("unterminated template literal", at: open.templateStart)
        }
    }

    /// The offset of the first `\n` at or after `start`, or the end: where a line comment ends.
    func lineEnd(from start: Int) -> Int { LinePositions.newline(in: bytes, from: start) }

    /// Skips `/* … */` from `i`; unterminated, it is an error at its start.
    mutating func blockComment() throws(InputError) {
        let start = i
        var j = start + 2
        while j < end, let base = bytes.baseAddress,
              let star = memchr(base + j, Int32(UInt8(ascii: "*")), end - j) {
            j = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(star)) + 1
            if j < end, bytes[j] == UInt8(ascii: "/") {
                i = j + 1
                return
            }
        }
        i = end
        throw error("unterminated block comment", at: start)
    }

    /// The first byte at or after `start` that cannot continue a name, eight bytes at a time:
    /// most names end within the first word, so the loop's exit is predictable, where a loop
    /// per byte mispredicted its exit once per name.
    @inline(__always)
    func identifierEnd(from start: Int) -> Int {
        var j = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while j + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let stops = Self.nonIdentifierBytes(word)
                if stops != 0 { return j + stops.trailingZeroBitCount / 8 }
                j += 8
            }
        }
        while j < end, Self.isIdentifierPart(bytes[j]) { j += 1 }
        return j
    }

    /// The top bit of each byte of `word` that cannot continue a name. Eight range tests at
    /// once on the low seven bits of each byte (adding `0x80 - lo` sets a byte's top bit when it
    /// is at least `lo`; adding `0x7F - hi`, when it is above `hi`; neither carries into the next
    /// byte); bytes from 0x80 up always continue a name.
    @inline(__always)
    static func nonIdentifierBytes(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & ~high
        @inline(__always) func within(_ x: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 &- lo)) & ~(x &+ ones &* (0x7F &- hi))
        }
        let letters = within(low | (ones &* 0x20), 0x61, 0x7A)
        let digits = within(low, 0x30, 0x39)
        let underscore = within(low, 0x5F, 0x5F)
        let dollar = within(low, 0x24, 0x24)
        let backslash = within(low, 0x5C, 0x5C)
        return ~(letters | digits | underscore | dollar | backslash | word) & high
    }

    /// Space, tab, the line breaks `\n` and `\r`, vertical tab and form feed.
    @inline(__always)
    static func isBlank(_ c: UInt8) -> Bool {
        c <= 0x20 && (0x1_0000_3E00 as UInt64) >> UInt64(c) & 1 != 0
    }

    /// Letters, digits, `_`, `$`, `\` (an escape in a name) and every byte of a multi-byte
    /// scalar: one bit per ASCII byte in two 64-bit masks.
    @inline(__always)
    static func isIdentifierPart(_ c: UInt8) -> Bool {
        if c >= 0x80 { return true }
        let mask: UInt64 = c < 64 ? 0x03FF_0010_0000_0000 : 0x07FF_FFFE_97FF_FFFE
        return mask >> UInt64(c & 63) & 1 != 0
    }
}
