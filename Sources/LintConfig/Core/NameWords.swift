/// The words of a name, for judging it: separators (`_ - .` and spaces), camelCase and the
/// change from lower to upper case split it; words come back upper-cased. Both the near-miss
/// matcher and the secret-name test read names this way.
public enum NameWords {
    public static func split(_ name: String) -> [String] {
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
