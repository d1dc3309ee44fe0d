/// `fly secrets list --json`: an array of objects with `name` and `digest` (and, in current
/// flyctl, `status`; older flyctl also wrote a creation time). Foundation's JSON parser keeps
/// no positions, so this small recursive reader walks the bytes itself and remembers where
/// each name is; keys are matched case-insensitively because some versions wrote `Name`.
enum FlySecretsJSON {
    static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> [FlySecret] {
        var reader = JSONReader(bytes: bytes, positions: BytePositions(bytes: bytes, path: path))
        let secrets = try reader.secretList()
        try reader.expectEnd()
        return secrets
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var positions: BytePositions
    var i = 0

    init(bytes: [UInt8], positions: BytePositions) {
        self.bytes = bytes
        self.positions = positions
    }

    mutating func error(_ message: String, at offset: Int) -> InputError {
        InputError(message, at: positions.location(at: min(offset, bytes.count)))
    }

    mutating func skipBlanks() {
        while i < bytes.count, ASCII.isSpace(bytes[i]) || bytes[i] == 0x0A { i += 1 }
    }

    mutating func expect(_ c: UInt8) throws(InputError) {
        skipBlanks()
        guard i < bytes.count, bytes[i] == c else {
            throw error("expected `\(Character(Unicode.Scalar(c)))` in `fly secrets list --json` output", at: i)
        }
        i += 1
    }

    mutating func expectEnd() throws(InputError) {
        skipBlanks()
        if i < bytes.count { throw error("unexpected text after the JSON array", at: i) }
    }

    mutating func secretList() throws(InputError) -> [FlySecret] {
        skipBlanks()
        if i + 4 <= bytes.count, ASCII.equals(bytes, i..<(i + 4), "null") { i += 4; return [] }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else {
            throw error("expected a JSON array of secrets (the output of `fly secrets list --json`)", at: i)
        }
        i += 1
        var secrets: [FlySecret] = []
        skipBlanks()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return [] }
        while true {
            secrets.append(try secret())
            skipBlanks()
            guard i < bytes.count else { throw error("unterminated JSON array", at: i) }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return secrets }
            try expect(UInt8(ascii: ","))
        }
    }

    mutating func secret() throws(InputError) -> FlySecret {
        skipBlanks()
        let objectStart = i
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw error("expected a JSON object for each secret", at: i) }
        i += 1
        var name: (String, Int)?
        var digest: String?
        skipBlanks()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipBlanks()
                let key = try string()
                try expect(UInt8(ascii: ":"))
                skipBlanks()
                let valueStart = i
                let lowered = key.lowercased()
                if lowered == "name" || lowered == "digest" {
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("`\(key)` must be a string", at: i) }
                    let value = try string()
                    if lowered == "name" { name = (value, valueStart + 1) } else { digest = value }
                } else {
                    try skipValue()
                }
                skipBlanks()
                guard i < bytes.count else { throw error("unterminated JSON object", at: objectStart) }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                try expect(UInt8(ascii: ","))
            }
        }
        guard let (value, offset) = name else { throw error("secret object has no `name`", at: objectStart) }
        // The text is not echoed: a file that is not a listing may hold values.
        guard isFlySecretName(value.utf8) else { throw error("`name` is not a secret name (letters, digits, `_`, `.`, `-`)", at: offset) }
        return FlySecret(name: value, location: positions.location(at: offset), digest: digest)
    }

    /// A JSON string, decoded (names never need more than the common escapes).
    mutating func string() throws(InputError) -> String {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a JSON string", at: i) }
        let start = i
        i += 1
        var out: [UInt8] = []
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] == 0x0A { break }
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                let e = bytes[i + 1]
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    if i + 6 <= bytes.count, let v = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                       let scalar = Unicode.Scalar(v) {
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                        i += 6
                        continue
                    }
                    throw error("bad `\\u` escape in JSON string", at: i)
                default: out.append(e)
                }
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("unterminated JSON string", at: start) }
        i += 1
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips any value without keeping it: fields other than name and digest are never stored.
    mutating func skipValue() throws(InputError) {
        skipBlanks()
        guard i < bytes.count else { throw error("expected a JSON value", at: i) }
        switch bytes[i] {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let open = bytes[i]
            let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let start = i
            i += 1
            skipBlanks()
            if i < bytes.count, bytes[i] == close { i += 1; return }
            while true {
                if open == UInt8(ascii: "{") {
                    skipBlanks()
                    _ = try string()
                    try expect(UInt8(ascii: ":"))
                }
                try skipValue()
                skipBlanks()
                guard i < bytes.count else { throw error("unterminated JSON value", at: start) }
                if bytes[i] == close { i += 1; return }
                try expect(UInt8(ascii: ","))
            }
        default:
            let start = i
            while i < bytes.count, ASCII.isLetter(bytes[i]) || ASCII.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-")
                || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: ".") { i += 1 }
            if i == start { throw error("expected a JSON value", at: i) }
        }
    }
}
