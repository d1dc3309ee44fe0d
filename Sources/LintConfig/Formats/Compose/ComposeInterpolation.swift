/// The variables a docker compose file interpolates (`${NAME}`, `${NAME:-default}`,
/// `${NAME?err}`, `$NAME`; `$$` is a literal dollar). Compose takes their values from the `.env`
/// beside the compose file, so an env example in that folder documents them for compose, not
/// for any project's code (compose-spec, "Interpolation").
public enum ComposeInterpolation {
    /// File names compose looks for in a folder, and the usual per-environment variants.
    public static func isComposeFile(_ name: String) -> Bool {
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else { return false }
        return name.hasPrefix("docker-compose") || name.hasPrefix("compose.") || name.hasPrefix("compose-")
    }

    /// Names interpolated in the text, each once, in order of first use.
    public static func names(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var names: [String] = []
        var seen = Set<String>()
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count else { i += 1; continue }
            var start = i + 1
            if bytes[start] == UInt8(ascii: "$") { i += 2; continue }
            if bytes[start] == UInt8(ascii: "{") { start += 1 }
            var end = start
            if end < bytes.count, ASCII.isLetter(bytes[end]) || bytes[end] == UInt8(ascii: "_") {
                while end < bytes.count, ASCII.isNameByte(bytes[end]) { end += 1 }
            }
            if end > start {
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                if seen.insert(name).inserted { names.append(name) }
            }
            i = max(end, i + 1)
        }
        return names
    }
}
