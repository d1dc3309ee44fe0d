/// Recognises the text examples and templates write where a value will go: `your-api-key`,
/// `<token>`, `[password]`, `sb_secret_...`, `changeme`, `xxxx`, a run of one character, a file
/// path. A value that is one of these is never a secret, whatever its name says: reporting it
/// would teach users to ignore `secret-in-clear`.
public enum SecretPlaceholder {
    /// Words that, as a whole word of the value, mark it as a stand-in.
    static let words: Set<String> = [
        "example", "examples", "placeholder", "changeme", "dummy", "test", "testing", "sample", "fake", "todo", "fixme",
        "replace", "redacted", "xxx", "secret", "password", "passwd", "pass", "token", "key", "apikey", "none", "null",
        "undefined", "foo", "bar", "foobar", "demo", "mock", "insert", "put", "enter", "fill", "here", "default",
    ]
    /// Fragments that mark a stand-in wherever they appear (`your_key`, `my-api-key`, `changeme123`).
    static let fragments = ["your-", "your_", "yourkey", "yoursecret", "yourtoken", "yourpassword", "changeme", "change-me",
                            "change_me", "placeholder", "example", "xxx", "dummy", "replace-with", "replace_with", "replaceme",
                            "...", "\u{2026}", "<", ">", "[", "]", "{{", "}}", "insert-", "insert_", "put-your", "put_your",
                            "-here", "_here"]

    public static func isPlaceholder(_ value: String) -> Bool {
        let trimmed = value.strippingSpaces()
        if trimmed.isEmpty { return true }
        let lower = trimmed.lowercased()
        // A reference, not a value: `${VAR}`, `$(op read …)`, `$VAR`, `%VAR%`, `{{ .Values.x }}`.
        if lower.hasPrefix("$") || (lower.hasPrefix("%") && lower.hasSuffix("%")) { return true }
        if lower.hasPrefix("your") || lower.hasPrefix("my-") || lower.hasPrefix("my_") { return true }
        if fragments.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        if wordsOf(lower).contains(where: words.contains) { return true }
        if isRepeatedOrSequential(lower) { return true }
        if isProse(trimmed) { return true }
        return isFilePath(trimmed)
    }

    /// Words written for a person, in any language: `generate-with-openssl-rand-base64-32`,
    /// `cambia_esto_por_32_chars_aleatorios_aqui`, `NOT_FOR_PROD_USE`. At least three parts
    /// joined by `-`, `_`, `.` or spaces, each a pronounceable word in one case (a vowel, no
    /// long consonant run), a short number, or a word with a short number after it (`base64`).
    /// Random strings have mixed case, digits inside words or unpronounceable runs. (A diceware
    /// passphrase passes for prose too: in a committed example it is one, knowingly.)
    static func isProse(_ value: String) -> Bool {
        let parts = value.split { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }
        guard parts.count >= 3 else { return false }
        var words = 0
        for part in parts {
            let letters = part.prefix { $0.isLetter }
            let digits = part.dropFirst(letters.count)
            guard digits.allSatisfy(\.isNumber), digits.count <= 4 else { return false }
            if letters.isEmpty { continue }
            guard isWordLike(letters) else { return false }
            words += 1
        }
        return words >= 3 && words * 4 >= parts.count * 3
    }

    /// One case, a vowel at least every five letters: how words of alphabetic languages look.
    static func isWordLike(_ word: Substring) -> Bool {
        guard word.count <= 16, word.allSatisfy(\.isASCII) else { return false }
        guard word.allSatisfy(\.isLowercase) || word.allSatisfy(\.isUppercase) else { return false }
        var consonantRun = 0
        var vowels = 0
        for letter in word.lowercased() {
            if "aeiouy".contains(letter) {
                vowels += 1
                consonantRun = 0
            } else {
                consonantRun += 1
                if consonantRun > 4 { return false }
            }
        }
        return vowels > 0 && (word.count < 4 || vowels * 5 >= word.count)
    }

    /// The value's words: runs of letters and digits, lower-cased.
    static func wordsOf(_ lower: String) -> [String] {
        lower.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `aaaaaaaa`, `00000000`, `1234567890`, `abcdefgh`, `ababab`: typed by a hand, not drawn at random.
    static func isRepeatedOrSequential(_ lower: String) -> Bool {
        let letters = lower.filter { $0.isLetter || $0.isNumber }
        if Set(letters).count <= 2 { return true }
        let sequences = ["0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "9876543210"]
        return letters.count >= 6
            && sequences.contains {
                ByteSearch.contains($0, letters) || ByteSearch.contains(letters, String($0.prefix(8)))
            }
    }

    /// `~/.ssh/deploy.pem`, `/run/secrets/db_password`, `./certs/key.pem`, `C:\keys\app.key`,
    /// `secrets/service-account.json`: where a secret is, not the secret.
    public static func isFilePath(_ value: String) -> Bool {
        if ByteSearch.contains(value, "://") { return false }
        if value.hasPrefix("/") || value.hasPrefix("~/") || value.hasPrefix("./") || value.hasPrefix("../") { return true }
        if value.count > 2, value.dropFirst().hasPrefix(":\\") { return true }
        let extensions = [".pem", ".key", ".json", ".p8", ".p12", ".pfx", ".crt", ".cer", ".der", ".pub", ".txt", ".yml", ".yaml",
                          ".env", ".jks", ".keystore"]
        return ByteSearch.contains(value, "/") && !ByteSearch.contains(value, " ")
            && extensions.contains { value.lowercased().hasSuffix($0) }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func strippingSpaces() -> String {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
