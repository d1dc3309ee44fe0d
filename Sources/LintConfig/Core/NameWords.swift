/// The words of a name, for judging it: separators (`_ - .` and spaces), camelCase and the
/// change from lower to upper case split it; words come back upper-cased. Both the near-miss
/// matcher and the secret-name test read names this way.
public enum NameWords {
    public static func split(_ name: String) -> [String] {
        splitASCII(name) ?? splitCharacters(name)
    }

    /// `split` on bytes for ASCII names (where a byte is a `Character` and case is `a-z`/`A-Z`);
    /// nil for any other. Contract rules split every name they compare with every other.
    static func splitASCII(_ name: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var previousIsLower = false
        for byte in name.utf8 {
            guard byte < 0x80, byte != 0x0D else { return nil }
            if byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x20 {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousIsLower = false
                continue
            }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if previousIsLower && isUpper {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            let isLower = byte >= 0x61 && byte <= 0x7A
            current.append(isLower ? byte - 0x20 : byte)
            previousIsLower = isLower
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// `split` by `Character`s, for any name.
    static func splitCharacters(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            if character == "_" || character == "-" || character == "." || character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let p = previous, p.isLowercase && character.isUppercase {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.uppercased() }
    }
}
