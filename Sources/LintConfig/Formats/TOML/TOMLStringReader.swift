/// TOML's four string forms: basic (`"…"`, with escapes), literal (`'…'`, raw), and their
/// multi-line forms (`"""…"""`, `'''…'''`). Runs without escapes are copied as byte ranges; a
/// string is decoded once.
extension TOMLCursor {
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let backslash = UInt8(ascii: "\\")

    /// Any string value: the caller has seen `"` or `'`.
    mutating func readString() throws(InputError) -> String {
        let delimiter = peek() ?? Self.quote
        let multiline = peek(is: delimiter, 1) && peek(is: delimiter, 2)
        switch (delimiter == Self.quote, multiline) {
        case (true, false): return try readBasicString()
        case (true, true): return try readMultilineString(delimiter: Self.quote)
        case (false, false): return try readLiteralString()
        case (false, true): return try readMultilineString(delimiter: Self.apostrophe)
        }
    }

    /// `"…"` on one line.
    mutating func readBasicString() throws(InputError) -> String {
        let open = offset
        offset += 1
        var out: [UInt8] = []
        var runStart = offset
        while let c = peek() {
            if c == Self.quote {
                out.append(contentsOf: bytes[runStart..<offset])
                offset += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == Self.backslash {
                out.append(contentsOf: bytes[runStart..<offset])
                try readEscape(into: &out)
                runStart = offset
                continue
            }
            if c == 0x0A || c == 0x0D { break }
            if Self.isControl(c) { throw error("a string may not contain a control character") }
            offset += 1
        }
        throw error("the string that starts here is not closed on its line", at: open)
    }

    /// `'…'` on one line: no escapes.
    mutating func readLiteralString() throws(InputError) -> String {
        let open = offset
        offset += 1
        let start = offset
        while let c = peek() {
            if c == Self.apostrophe {
                offset += 1
                return String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
            }
            if c == 0x0A || c == 0x0D { break }
            if Self.isControl(c) { throw error("a string may not contain a control character") }
            offset += 1
        }
        throw error("the string that starts here is not closed on its line", at: open)
    }

    /// `"""…"""` or `'''…'''`. A newline right after the opening delimiter is dropped; up to two
    /// quotes may sit just before the closing delimiter; CRLF is read as LF; in the basic form
    /// a backslash at the end of a line drops the line break and the blanks that follow.
    mutating func readMultilineString(delimiter: UInt8) throws(InputError) -> String {
        let open = offset
        let escapes = delimiter == Self.quote
        offset += 3
        _ = try skipNewline()
        var out: [UInt8] = []
        var runStart = offset
        while let c = peek() {
            if c == delimiter {
                var run = 0
                while peek(is: delimiter, run) { run += 1 }
                if run < 3 { offset += run; continue }
                if run > 5 { throw error("too many quotes in a row inside a multi-line string") }
                offset += run - 3
                out.append(contentsOf: bytes[runStart..<offset])
                offset += 3
                return String(decoding: out, as: UTF8.self)
            }
            if c == 0x0D {
                guard peek(is: 0x0A, 1) else { throw error("a carriage return must be followed by a line feed") }
                out.append(contentsOf: bytes[runStart..<offset])
                offset += 1
                runStart = offset
                continue
            }
            if c == Self.backslash, escapes {
                out.append(contentsOf: bytes[runStart..<offset])
                if try !skipLineEndingBackslash() { try readEscape(into: &out) }
                runStart = offset
                continue
            }
            if c != 0x0A, Self.isControl(c) { throw error("a string may not contain a control character") }
            offset += 1
        }
        throw error("the multi-line string that starts here is never closed", at: open)
    }

    /// `\` followed by blanks and a newline: the line break and all whitespace after it are
    /// not part of the string. False (nothing consumed) when the backslash starts an escape.
    private mutating func skipLineEndingBackslash() throws(InputError) -> Bool {
        var ahead = 1
        while let c = peek(ahead), c == 0x20 || c == 0x09 { ahead += 1 }
        guard peek(is: 0x0A, ahead) || (peek(is: 0x0D, ahead) && peek(is: 0x0A, ahead + 1)) else { return false }
        offset += ahead
        while true {
            skipBlanks()
            if try !skipNewline() { return true }
        }
    }

    /// One escape sequence of a basic string, appended as UTF-8.
    private mutating func readEscape(into out: inout [UInt8]) throws(InputError) {
        let start = offset
        offset += 1
        guard let c = peek() else { throw error("a string ends in the middle of an escape", at: start) }
        offset += 1
        switch c {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case Self.quote: out.append(Self.quote)
        case Self.backslash: out.append(Self.backslash)
        case UInt8(ascii: "u"): try readUnicodeEscape(digits: 4, start: start, into: &out)
        case UInt8(ascii: "U"): try readUnicodeEscape(digits: 8, start: start, into: &out)
        default:
            throw error("unknown escape sequence (TOML has \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)",
                        at: start)
        }
    }

    private mutating func readUnicodeEscape(digits: Int, start: Int, into out: inout [UInt8]) throws(InputError) {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let c = peek(), let digit = Self.hexValue(c) else {
                throw error("\\u needs 4 and \\U 8 hexadecimal digits", at: start)
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("the escape is not a Unicode scalar value (a surrogate, or past U+10FFFF)", at: start)
        }
        UTF8.encode(scalar) { out.append($0) }
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
