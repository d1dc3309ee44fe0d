/// python-dotenv's statement grammar (`dotenv/parser.py`, 1.2) over UTF-8 bytes:
///
///     statement := ws* [export ws+] key hws* ['=' hws* value] [hws* '#' …] hws* (EOL | EOF)
///
/// where `ws` is any Unicode whitespace including line breaks, `hws` excludes line breaks, a key
/// is `'…'` or a run of anything but `=`, `#` and whitespace, and a value is `'…'`, `"…"` (both
/// may span lines) or the rest of the line. A statement that does not fit is skipped up to the
/// end of the line the parser stopped on — which, after a quoted value, may be lines later.
///
/// Line breaks are read as Python's `open()` delivers them (universal newlines): `\r\n` and a
/// lone `\r` become `\n`, also inside quoted values. Columns are unaffected by this, because a
/// removed `\r` is always the last character of its line.
struct DotenvParser {
    let path: String
    /// The text with line breaks normalised to `\n`.
    let bytes: [UInt8]
    /// Byte offset of the first character of each line.
    let lineStarts: [Int]
    private(set) var index = 0
    private(set) var statements: [DotenvStatement] = []
    private(set) var issues: [DotenvIssue] = []

    init(text: String, path: String) {
        self.path = path
        var normalised: [UInt8] = []
        normalised.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                normalised.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            normalised.append(byte)
        }
        bytes = normalised
        var starts = [0]
        for (offset, byte) in normalised.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    // MARK: Locations

    func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    func location(_ offset: Int) -> Location {
        let line = line(of: offset)
        var column = 1
        var i = lineStarts[line - 1]
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return Location(path: path, line: line, column: column)
    }

    // MARK: Characters

    /// The byte length of the Unicode whitespace character at `offset` (Python's `\s`), or 0.
    func spaceWidth(_ offset: Int) -> Int { Self.spaceWidth(bytes, offset) }

    /// Whitespace that is not a line break (the grammar's `[^\S\r\n]`).
    func horizontalSpaceWidth(_ offset: Int) -> Int { Self.horizontalSpaceWidth(bytes, offset) }

    static func spaceWidth(_ b: [UInt8], _ offset: Int) -> Int {
        guard offset < b.count else { return 0 }
        func at(_ k: Int) -> UInt8 { offset + k < b.count ? b[offset + k] : 0 }
        switch b[offset] {
        case 0x09...0x0D, 0x1C...0x20: return 1
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0
        case 0xE2:
            if at(1) == 0x80, (0x80...0x8A).contains(at(2)) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF { return 3 }
            return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    static func horizontalSpaceWidth(_ b: [UInt8], _ offset: Int) -> Int {
        offset < b.count && b[offset] == 0x0A ? 0 : spaceWidth(b, offset)
    }

    func skipHorizontalSpace(from offset: Int) -> Int {
        var i = offset
        while case let w = horizontalSpaceWidth(i), w > 0 { i += w }
        return i
    }

    func lineEnd(from offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        return i
    }

    // MARK: Statements

    mutating func run() {
        while index < bytes.count { parseStatement() }
    }

    private mutating func parseStatement() {
        while case let w = spaceWidth(index), w > 0 { index += w }
        guard index < bytes.count else { return }
        let start = index
        do {
            if let statement = try readBinding(start: start) { statements.append(statement) }
        } catch {
            issues.append(DotenvIssue(kind: .unparsableLine, location: location(start), detail: error.reason))
            index = lineEnd(from: index)
            if index < bytes.count { index += 1 }
        }
    }

    private mutating func readBinding(start: Int) throws(DotenvSyntaxError) -> DotenvStatement? {
        var isExported = false
        if matches("export", at: index), horizontalSpaceWidth(index + 6) > 0 {
            isExported = true
            index = skipHorizontalSpace(from: index + 6)
        }
        var key: (text: String, start: Int, content: Range<Int>)?
        if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
            var close = index + 1
            while close < bytes.count, bytes[close] != UInt8(ascii: "'") { close += 1 }
            guard close < bytes.count, close > index + 1 else { throw DotenvSyntaxError("a quoted key has no closing quote or is empty") }
            key = (String(decoding: bytes[(index + 1)..<close], as: UTF8.self), index, (index + 1)..<close)
            index = close + 1
        } else if index == bytes.count || bytes[index] != UInt8(ascii: "#") {
            // Only `export ` can bring us to the end of the text here; python-dotenv then
            // looks for a key and fails.
            let keyStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: "#"), spaceWidth(index) == 0 {
                index += 1
            }
            guard index > keyStart else {
                throw DotenvSyntaxError(index < bytes.count && bytes[index] == UInt8(ascii: "=")
                    ? "there is no key before '='" : "'export' is not followed by a key")
            }
            key = (String(decoding: bytes[keyStart..<index], as: UTF8.self), keyStart, keyStart..<index)
        }
        index = skipHorizontalSpace(from: index)
        var value: DotenvRawValue?
        var equals: Int?
        if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
            equals = index
            index = skipHorizontalSpace(from: index + 1)
            value = try readValue()
        }
        let end = index
        // An optional comment, then only whitespace up to the line break.
        let afterSpace = skipHorizontalSpace(from: index)
        if afterSpace < bytes.count, bytes[afterSpace] == UInt8(ascii: "#") {
            index = lineEnd(from: afterSpace)
        } else {
            index = afterSpace
        }
        // A bare word that cannot be a name (a token pasted without its `KEY=`, a JWT) is no
        // key: python-dotenv sets nothing for it either, and echoing it would print a secret.
        if value == nil, let key, !Self.canBeBareKey(key.text) {
            throw DotenvSyntaxError("a line without '=' whose text is not a key (not shown: it may be a value)")
        }
        if index < bytes.count {
            guard bytes[index] == 0x0A else {
                throw DotenvSyntaxError(value == nil && key != nil
                    ? "expected '=' after the key, found more text"
                    : "unexpected text after the closing quote")
            }
            index += 1
        }
        guard let key else { return nil }
        let decoded = value?.decoded
        let entry = DotenvEntry(
            key: key.text, keyLocation: location(key.start), value: decoded,
            valueLocation: value.map { location($0.start) }, quote: value?.quote ?? .none, isExported: isExported,
            references: decoded.map { DotenvInterpolation.atoms(in: $0).compactMap(\.variableName) } ?? [])
        return DotenvStatement(entry: entry, start: start, keyStart: key.start, keyContent: key.content,
                               equals: equals, value: value, end: end)
    }

    /// Letters, digits, `_`, `.` and `-` (the style rules report the last two), and not the shape
    /// of a credential.
    static func canBeBareKey(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        } && !SecretShape.looksLikeSecretValue(text)
    }

    private mutating func readValue() throws(DotenvSyntaxError) -> DotenvRawValue {
        let start = index
        guard index < bytes.count, bytes[index] != 0x0A else {
            return DotenvRawValue(start: start, content: start..<start, quote: .none, decoded: "")
        }
        switch bytes[index] {
        case UInt8(ascii: "'"):
            let content = try quotedContent(UInt8(ascii: "'"))
            return DotenvRawValue(start: start, content: content, quote: .single,
                                  decoded: DotenvEscapes.decodeSingleQuoted(bytes[content]))
        case UInt8(ascii: "\""):
            let content = try quotedContent(UInt8(ascii: "\""))
            return DotenvRawValue(start: start, content: content, quote: .double,
                                  decoded: DotenvEscapes.decodeDoubleQuoted(bytes[content]))
        default:
            let end = lineEnd(from: index)
            index = end
            // python-dotenv cuts at the first `#` preceded by whitespace, then strips the right.
            var i = start
            var lastNonSpaceEnd = start
            while i < end {
                let w = spaceWidth(i)
                if w > 0 {
                    var j = i + w
                    while case let v = spaceWidth(j), v > 0, j < end { j += v }
                    if j < end, bytes[j] == UInt8(ascii: "#") { break }
                    i = j
                    continue
                }
                i += 1
                lastNonSpaceEnd = i
            }
            let kept = lastNonSpaceEnd
            return DotenvRawValue(start: start, content: start..<kept, quote: .none,
                                  decoded: String(decoding: bytes[start..<kept], as: UTF8.self))
        }
    }

    /// The content of a quoted value. python-dotenv matches `"((?:\\"|[^"])*)"` with a
    /// backtracking regex: `\"` never closes, but when no closing quote follows at all, the
    /// match falls back to the last `\"` and that quote closes the value after all.
    private mutating func quotedContent(_ quote: UInt8) throws(DotenvSyntaxError) -> Range<Int> {
        let open = index
        var i = open + 1
        var lastEscapedQuote: Int?
        while true {
            guard i < bytes.count else {
                guard let fallback = lastEscapedQuote else {
                    throw DotenvSyntaxError("the \(quote == UInt8(ascii: "'") ? "single" : "double")-quoted value has no closing quote")
                }
                index = fallback + 2
                return (open + 1)..<(fallback + 1)
            }
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == quote {
                lastEscapedQuote = i
                i += 2
            } else if bytes[i] == quote {
                index = i + 1
                return (open + 1)..<i
            } else {
                i += 1
            }
        }
    }

    func matches(_ word: StaticString, at offset: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return word.withUTF8Buffer { buffer in
            for k in 0..<count where bytes[offset + k] != buffer[k] { return false }
            return true
        }
    }
}

/// A parsed binding with the byte positions the style checks need.
struct DotenvStatement {
    var entry: DotenvEntry
    /// The first byte of the statement (`export` or the key), after leading whitespace.
    var start: Int
    /// The key as written (its opening quote for a quoted key).
    var keyStart: Int
    var keyContent: Range<Int>
    var equals: Int?
    var value: DotenvRawValue?
    /// Just past the value (or the key when there is no value), before any comment.
    var end: Int
}

struct DotenvRawValue {
    /// The opening quote, or the first character of an unquoted value.
    var start: Int
    /// The text between the quotes, or the unquoted value without comment and trailing space.
    var content: Range<Int>
    var quote: DotenvEntry.Quote
    var decoded: String
}

struct DotenvSyntaxError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
