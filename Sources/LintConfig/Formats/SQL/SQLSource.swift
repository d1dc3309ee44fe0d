/// A lexed SQL file: its bytes and tokens, and the conversions from a token to what it means
/// (a folded name, a string value). Conversions allocate, so callers make them only for what
/// they keep.
public struct SQLSource: Sendable {
    public let path: String
    public let bytes: [UInt8]
    public let tokens: [SQLToken]
    /// Where each `(…)` / `[…]` closes: readers jump over groups instead of rescanning them.
    public let groups: SQLGroups

    /// Migrations can be large generated dumps, but past this they are not hand-written DDL.
    public static let defaultMaxBytes = FileSizeLimit.migration.maxBytes

    public init(path: String, bytes: [UInt8], tokens: [SQLToken]) {
        self.path = path
        self.bytes = bytes
        self.tokens = tokens
        self.groups = SQLGroups(tokens)
    }

    /// Checks the bytes (size, NUL, UTF-8) as every front end does, then lexes them.
    public static func lex(_ bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes) throws(InputError) -> SQLSource {
        if bytes.count > maxBytes { throw tooLarge(bytes.count, maxBytes: maxBytes, path: path) }
        // Checked only: the lexer reads the bytes, so no `String` is made of them.
        let limit = FileSizeLimit(purpose: FileSizeLimit.migration.purpose, maxBytes: maxBytes)
        _ = try SourceText.check(bytes, path: path, limit: limit)
        let tokens = try SQLLexer(path: path).tokenize(bytes)
        let source = SQLSource(path: path, bytes: bytes, tokens: tokens)
        if let tooDeep = source.groups.firstTooDeep { throw source.nestedTooDeep(at: tooDeep) }
        return source
    }

    func nestedTooDeep(at index: Int) -> InputError {
        InputError("parentheses nest deeper than \(SQLGroups.maxDepth) levels", at: location(index))
    }

    /// The index just after the group opened at `index`, but no further than `limit`.
    @inline(__always) func afterGroup(at index: Int, _ limit: Int) -> Int {
        min(groups.end(ofGroupAt: index) + 1, limit)
    }

    static func tooLarge(_ size: Int, maxBytes: Int, path: String) -> InputError {
        FileSizeLimit(purpose: FileSizeLimit.migration.purpose, maxBytes: maxBytes).tooLarge(size, path: path)
    }

    public static func lex(_ text: String, path: String) throws(InputError) -> SQLSource {
        try lex(Array(text.utf8), path: path)
    }

    public func location(_ index: Int) -> Location {
        let token = tokens[index]
        return Location(path: path, line: Int(token.line), column: Int(token.column))
    }

    public func text(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Whether token `index` is the unquoted word `keyword` (given in lower case).
    @inline(__always) public func isWord(_ index: Int, _ keyword: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        guard token.kind == .identifier else { return false }
        let count = keyword.utf8CodeUnitCount
        guard Int(token.end - token.start) == count else { return false }
        let p = keyword.utf8Start
        let start = Int(token.start)
        for i in 0..<count {
            let b = bytes[start + i]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != p[i] { return false }
        }
        return true
    }

    @inline(__always) public func kind(_ index: Int) -> SQLTokenKind? {
        index < tokens.count ? tokens[index].kind : nil
    }

    /// An identifier as PostgreSQL resolves it: unquoted names fold ASCII letters to lower
    /// case; quoted names keep their case, with `""` meaning `"` and `U&"…"` escapes decoded.
    public func name(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        let start = Int(token.start), end = Int(token.end)
        switch token.kind {
        case .identifier:
            var folded = [UInt8]()
            folded.reserveCapacity(end - start)
            for b in bytes[start..<end] { folded.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            return String(decoding: folded, as: UTF8.self)
        case .quotedIdentifier:
            let bodyStart = token.flavor == SQLToken.unicodeFlavor ? start + 3 : start + 1
            let body = Self.undouble(bytes[bodyStart..<(end - 1)], quote: 0x22)
            return token.flavor == SQLToken.unicodeFlavor ? Self.decodeUnicodeEscapes(body, escape: unicodeEscapeCharacter(after: index)) : body
        default:
            return nil
        }
    }

    /// The value of a string literal token (`'…'`, `E'…'`, `U&'…'`, `$$…$$`), or nil.
    public func stringValue(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        let start = Int(token.start), end = Int(token.end)
        switch token.kind {
        case .string:
            switch token.flavor {
            case SQLToken.escapeFlavor: return Self.decodeBackslashEscapes(bytes[(start + 2)..<(end - 1)])
            case SQLToken.unicodeFlavor:
                return Self.decodeUnicodeEscapes(Self.undouble(bytes[(start + 3)..<(end - 1)], quote: 0x27), escape: unicodeEscapeCharacter(after: index))
            default:
                let quote = bytes[start] == 0x27 ? start : start + 1  // N'…'
                return Self.undouble(bytes[(quote + 1)..<(end - 1)], quote: 0x27)
            }
        case .dollarString:
            let range = dollarBody(index)
            return String(decoding: bytes[range], as: UTF8.self)
        default:
            return nil
        }
    }

    /// The byte range of a dollar-quoted string's content, between its tags.
    public func dollarBody(_ index: Int) -> Range<Int> {
        let token = tokens[index]
        var tagEnd = Int(token.start) + 1
        while bytes[tagEnd] != 0x24 { tagEnd += 1 }
        let tagLength = tagEnd + 1 - Int(token.start)
        return (Int(token.start) + tagLength)..<(Int(token.end) - tagLength)
    }

    /// `U&'…' UESCAPE '!'` changes the escape character from `\`.
    private func unicodeEscapeCharacter(after index: Int) -> UInt8 {
        if isWord(index + 1, "uescape"), let value = stringValue(index + 2), let first = value.utf8.first { return first }
        return 0x5C
    }

    static func undouble(_ slice: ArraySlice<UInt8>, quote: UInt8) -> String {
        var out = [UInt8]()
        out.reserveCapacity(slice.count)
        var skip = false
        for b in slice {
            if skip { skip = false; continue }
            out.append(b)
            if b == quote { skip = true }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `E'…'` escapes: `\n`, `\t`, `\b`, `\f`, `\r`, octal `\ooo`, hex `\xhh`, `\uXXXX`,
    /// `\UXXXXXXXX`, and any other character taken literally (`\'`, `\\`); `''` is `'`.
    static func decodeBackslashEscapes(_ slice: ArraySlice<UInt8>) -> String {
        var out = [UInt8]()
        var i = slice.startIndex
        func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: return UInt32(b - 0x30)
            case 0x61...0x66: return UInt32(b - 0x61 + 10)
            case 0x41...0x46: return UInt32(b - 0x41 + 10)
            default: return nil
            }
        }
        func appendScalar(_ value: UInt32) {
            if let scalar = Unicode.Scalar(value) { out.append(contentsOf: Array(String(scalar).utf8)) }
        }
        while i < slice.endIndex {
            let b = slice[i]
            if b == 0x27, i + 1 < slice.endIndex, slice[i + 1] == 0x27 { out.append(0x27); i += 2; continue }
            guard b == 0x5C, i + 1 < slice.endIndex else { out.append(b); i += 1; continue }
            let e = slice[i + 1]
            i += 2
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x30...0x37:
                var value = UInt32(e - 0x30)
                var n = 1
                while n < 3, i < slice.endIndex, slice[i] >= 0x30, slice[i] <= 0x37 { value = value * 8 + UInt32(slice[i] - 0x30); i += 1; n += 1 }
                out.append(UInt8(truncatingIfNeeded: value))
            case 0x78:
                var value: UInt32 = 0
                var n = 0
                while n < 2, i < slice.endIndex, let h = hexValue(slice[i]) { value = value * 16 + h; i += 1; n += 1 }
                out.append(UInt8(truncatingIfNeeded: value))
            case 0x75, 0x55:
                var value: UInt32 = 0
                var n = 0
                let digits = e == 0x75 ? 4 : 8
                while n < digits, i < slice.endIndex, let h = hexValue(slice[i]) { value = value * 16 + h; i += 1; n += 1 }
                appendScalar(value)
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `U&` escapes: `\XXXX`, `\+XXXXXX`, and a doubled escape character for itself.
    static func decodeUnicodeEscapes(_ text: String, escape: UInt8) -> String {
        let b = Array(text.utf8)
        var out = [UInt8]()
        var i = 0
        func hex(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= b.count else { return nil }
            var value: UInt32 = 0
            for k in from..<(from + count) {
                guard let digit = UInt32(String(UnicodeScalar(b[k])), radix: 16) else { return nil }
                value = value * 16 + digit
            }
            return value
        }
        while i < b.count {
            if b[i] == escape {
                if i + 1 < b.count, b[i + 1] == escape { out.append(escape); i += 2; continue }
                if i + 1 < b.count, b[i + 1] == 0x2B, let v = hex(i + 2, 6), let s = Unicode.Scalar(v) {
                    out.append(contentsOf: Array(String(s).utf8)); i += 8; continue
                }
                if let v = hex(i + 1, 4), let s = Unicode.Scalar(v) {
                    out.append(contentsOf: Array(String(s).utf8)); i += 5; continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
