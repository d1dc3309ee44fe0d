/// Keys an env example documents in a comment: `# SMTP_TLS_CERT=` (or `#SMTP_TLS_CERT=value`),
/// the usual way to list an optional variable without setting it. They document the name, never
/// a value; a comment that is prose (`# Set PORT=3000 to change it`) is not a key.
public enum DotenvCommentedKeys {
    public static func keys(in text: String, path: String) -> [(name: String, location: Location)] {
        var result: [(String, Location)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            var i = 0
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "#") else { continue }
            i += 1
            while i < bytes.count, bytes[i] == UInt8(ascii: "#") || bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            if bytes[i...].starts(with: Array("export ".utf8)) { i += 7 }
            let start = i
            while i < bytes.count, ASCII.isNameByte(bytes[i]) || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i > start, i < bytes.count, bytes[i] == UInt8(ascii: "="), !ASCII.isDigit(bytes[start]),
                  bytes[start..<i].allSatisfy({ !ASCII.isLetter($0) || ($0 >= 0x41 && $0 <= 0x5A) }) else { continue }
            result.append((String(decoding: bytes[start..<i], as: UTF8.self), Location(path: path, line: index + 1, column: start + 1)))
        }
        return result
    }
}
