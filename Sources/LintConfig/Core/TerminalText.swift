/// Makes text that came from input safe to print on a terminal or in a line-oriented report.
/// A file name, a key or `process.env["…"]` may hold a newline (which forges a `### [CRITICAL]`
/// heading or a `path:line:col: error:` line), an escape sequence (which clears the screen,
/// retitles the window or hides text), or a bidirectional override (which reorders what is
/// shown). Each such character is written as a visible escape instead. JSON needs none of this:
/// its encoder escapes control characters already.
public enum TerminalText {
    /// `\n`, `\r`, `\t`; other C0 controls and DEL as `\x1B`; C1 controls, bidirectional
    /// controls and line/paragraph separators as `\u{202E}`. Everything else is unchanged.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F: out += "\\x" + hex(scalar.value, width: 2)
            case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + hex(scalar.value, width: 2) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
