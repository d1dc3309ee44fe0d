/// Escape decoding inside quoted values, as python-dotenv does it: a left-to-right pass that
/// replaces only the listed two-character sequences and keeps every other backslash as written
/// (so `"\x41"` stays four characters, and `"\\n"` is a backslash and an `n`).
enum DotenvEscapes {
    /// Single quotes: only `\'` and `\\`.
    static func decodeSingleQuoted(_ content: ArraySlice<UInt8>) -> String {
        decode(content) { escaped in
            escaped == UInt8(ascii: "'") || escaped == UInt8(ascii: "\\") ? escaped : nil
        }
    }

    /// Double quotes: `\\ \' \" \a \b \f \n \r \t \v`, decoded as Python's `unicode-escape`.
    static func decodeDoubleQuoted(_ content: ArraySlice<UInt8>) -> String {
        decode(content) { escaped in
            switch escaped {
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): escaped
            case UInt8(ascii: "a"): 0x07
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "v"): 0x0B
            default: nil
            }
        }
    }

    private static func decode(_ content: ArraySlice<UInt8>, _ replacement: (UInt8) -> UInt8?) -> String {
        guard content.contains(UInt8(ascii: "\\")) else { return String(decoding: content, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var i = content.startIndex
        while i < content.endIndex {
            let byte = content[i]
            if byte == UInt8(ascii: "\\"), i + 1 < content.endIndex, let decoded = replacement(content[i + 1]) {
                output.append(decoded)
                i += 2
            } else {
                output.append(byte)
                i += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
