/// Checks raw file bytes before any front end sees them, so that every format refuses binary,
/// oversized or mis-encoded input the same way: with the exact place of the first bad byte.
public enum SourceText {
    /// The config-file limit (`FileSizeLimit.config`), the default for every text read.
    public static let defaultMaxBytes = FileSizeLimit.config.maxBytes

    public static func decode(_ bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes) throws(InputError) -> String {
        try decode(bytes, path: path, limit: FileSizeLimit(purpose: FileSizeLimit.config.purpose, maxBytes: maxBytes))
    }

    public static func decode(_ bytes: [UInt8], path: String, limit: FileSizeLimit) throws(InputError) -> String {
        let textStart = try check(bytes, path: path, limit: limit)
        return String(decoding: bytes[textStart...], as: UTF8.self)
    }

    /// The text's bytes, checked as `decode` checks them and without its byte-order mark: for
    /// a front end that lexes bytes, so a file is neither copied into a `String` nor validated
    /// a second time by it. The same bytes as `Array(decode(…).utf8)`.
    public static func checkedBytes(_ bytes: [UInt8], path: String,
                                    limit: FileSizeLimit) throws(InputError) -> [UInt8] {
        let textStart = try check(bytes, path: path, limit: limit)
        return textStart == 0 ? bytes : Array(bytes[textStart...])
    }

    /// Where the text starts (after a byte-order mark), once the bytes are known to be within
    /// the limit, free of NUL bytes and valid UTF-8. Clean input is confirmed eight bytes at a
    /// time; only input with a problem is walked byte by byte, to locate the first one.
    static func check(_ bytes: [UInt8], path: String, limit: FileSizeLimit) throws(InputError) -> Int {
        if bytes.count > limit.maxBytes { throw limit.tooLarge(bytes.count, path: path) }
        // Skip a UTF-8 byte-order mark, as libyaml and Ruby do — and leave it out of the text:
        // libyaml counts a BOM it is handed as a column, so every column of line 1 would be one
        // past the column an editor shows.
        let count = bytes.count
        let textStart = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if isClean(bytes, from: textStart) { return textStart }
        try locateFirstProblem(bytes, from: textStart, path: path)
        return textStart
    }

    /// Whether the bytes from `start` hold no NUL byte and only well-formed UTF-8. A word of
    /// eight ASCII bytes none of which is zero is passed at once (the classic test for a zero
    /// byte: subtracting one from each byte borrows only out of a zero).
    static func isClean(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var index = start
            while index < count {
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let zeroOrHigh = ((word &- 0x0101_0101_0101_0101) | word) & 0x8080_8080_8080_8080
                    if zeroOrHigh == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = base[index]
                if byte == 0 { return false }
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let width = utf8SequenceWidth(bytes, at: index)
                if width == 0 { return false }
                index += width
            }
            return true
        }
    }

    /// Throws for the first NUL byte or invalid UTF-8 sequence from `start`, located by line and
    /// column (in scalars) from `start`.
    static func locateFirstProblem(_ bytes: [UInt8], from start: Int, path: String) throws(InputError) {
        var line = 1
        var column = 1
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    throw InputError("NUL byte in text (is this a binary file?)",
                                     at: Location(path: path, line: line, column: column))
                }
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            let width = utf8SequenceWidth(bytes, at: index)
            guard width > 0 else {
                throw InputError(
                    "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(index))",
                    at: Location(path: path, line: line, column: column))
            }
            index += width
            column += 1
        }
    }

    /// The length of a well-formed UTF-8 sequence starting at `index`, or 0 (RFC 3629: no
    /// overlong forms, no surrogates, nothing past U+10FFFF).
    static func utf8SequenceWidth(_ b: [UInt8], at index: Int) -> Int {
        let lead = b[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < b.count && range.contains(b[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
