/// Checks raw file bytes before any front end sees them, so that every format refuses binary,
/// oversized or mis-encoded input the same way: with the exact place of the first bad byte.
public enum SourceText {
    /// The config-file limit (`FileSizeLimit.config`), the default for every text read.
    public static let defaultMaxBytes = FileSizeLimit.config.maxBytes

    public static func decode(_ bytes: [UInt8], path: String, maxBytes: Int = defaultMaxBytes) throws(InputError) -> String {
        try decode(bytes, path: path, limit: FileSizeLimit(purpose: FileSizeLimit.config.purpose, maxBytes: maxBytes))
    }

    public static func decode(_ bytes: [UInt8], path: String, limit: FileSizeLimit) throws(InputError) -> String {
        if bytes.count > limit.maxBytes { throw limit.tooLarge(bytes.count, path: path) }
        var line = 1
        var column = 1
        var index = 0
        let count = bytes.count
        // Skip a UTF-8 byte-order mark, as libyaml and Ruby do — and leave it out of the text:
        // libyaml counts a BOM it is handed as a column, so every column of line 1 would be one
        // past the column an editor shows.
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        let textStart = index
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    throw InputError("NUL byte in text (is this a binary file?)", at: Location(path: path, line: line, column: column))
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
        return String(decoding: bytes[textStart...], as: UTF8.self)
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
