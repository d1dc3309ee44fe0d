/// The one place that decides which values may be printed. Every output — the reporters
/// (through `Finding` and `InputError`, which every format prints), the manifest and
/// `lint-config schema` — passes values through here, so that a secret written in a migration,
/// a dotenv line or a Kamal list comes back as `sha256:` and the first 8 hex digits of its
/// SHA-256: enough to tell two values apart or to check one you hold, never the value.
public enum Redaction {
    public static let digestPrefix = "sha256:"

    /// Counts `scrub` calls while a test binds it, so that a test can show that redaction work
    /// follows what is printed, not what was found, without timing anything.
    @TaskLocal static var scrubCalls: OperationCounter?

    /// `sha256:` + the first 8 hex digits of the value's SHA-256.
    public static func digest(_ value: String) -> String {
        digestPrefix + String(SHA256.hex(of: value).prefix(8))
    }

    /// Whether a literal written to or compared with `column` must not be printed: the column's
    /// name says it holds a credential (`api_key`, `password_hash`), or the value has the shape
    /// of one (a JWT, `sk_live_…`, a URL with a password, a long random token).
    public static func isSecret(_ value: String, column: String?) -> Bool {
        if let column, !value.isEmpty, SecretShape.isSecretName(column) { return true }
        if SecretShape.cannotBeCredential(value) { return false }
        // A credential's shape wins over placeholder words: hiding `sk_live_your_key_here` costs
        // nothing, printing a real key whose random part spells `here` would.
        return SecretShape.hasCredentialShape(value) || SecretShape.looksLikeSecretValue(value)
    }

    /// A literal value of a column (SQL `INSERT`/`UPDATE`/`WHERE`, a CHECK list), or its digest.
    public static func literal(_ value: String, column: String?) -> String {
        isSecret(value, column: column) ? digest(value) : value
    }

    /// SQL text as printed (a DEFAULT, CHECK or generated expression): each quoted literal in it
    /// (`'…'` with `''` doubling, `$tag$…$tag$`) judged as `literal` judges it, and replaced by
    /// `'sha256:…'` when secret. The rest of the expression (`now()`, casts) stays readable.
    public static func sqlText(_ text: String, column: String?) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x27) || bytes.contains(0x24) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var dollarQuotes = bytes.contains(0x24)
        while i < bytes.count {
            if let (value, end) = quotedLiteral(bytes, at: i, dollarQuotes: &dollarQuotes) {
                if isSecret(value, column: column) {
                    out.append(0x27)
                    out.append(contentsOf: Array(digest(value).utf8))
                    out.append(0x27)
                } else {
                    out.append(contentsOf: bytes[i..<end])
                }
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Free text (a finding's title or message, an error message): every word with the shape of a
    /// credential is replaced by its digest. A word that reads as a name or a path is judged only
    /// by the unmistakable shapes, not by its randomness, so `supabaseServiceKey2` stays a name.
    public static func scrub(_ text: String) -> String {
        scrubCalls?.add()
        guard text.utf8.count >= 8 else { return text }
        return scrubBytes(text)
    }

    /// `scrub` by `Character`s: the reference the byte path follows, and what it still uses
    /// for a word that holds non-ASCII text (where Unicode whitespace and curly quotes split).
    static func scrubCharacters(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            // Sentence punctuation after a word is not part of it.
            var trailing = ""
            while let last = word.last, ".,:;!?".contains(last) {
                trailing.insert(last, at: trailing.startIndex)
                word.removeLast()
            }
            out += wordIsSecret(word) ? digest(word) : word
            out += trailing
            word = ""
        }
        for character in text {
            if character.isWhitespace || "'\"`()[]{}<>“”‘’".contains(character) {
                flush()
                out.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return out
    }

    /// `scrub` on bytes: the words between ASCII whitespace, quotes and brackets get the same
    /// verdicts without splitting the text into `Character`s — every finding's words pass
    /// through here, and a generated file can yield hundreds of thousands of findings (issue 8,
    /// item 7). In ASCII a `Character` is one byte (or `\r\n`, whose bytes are both whitespace),
    /// so the boundaries agree; a word holding other text goes to `scrubCharacters`.
    static func scrubBytes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || isWordBoundary(bytes[i]) {
            if start < i { appendScrubbed(bytes[start..<i], to: &out) }
            if i < bytes.count { out.append(bytes[i]) }
            start = i + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII whitespace and the quotes and brackets `scrub` splits words at.
    private static func isWordBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0x22, 0x27, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x60, 0x7B, 0x7D: return true
        default: return false
        }
    }

    /// One word, its sentence punctuation kept apart and the rest replaced when it is a secret.
    /// A word of lowercase letters only is prose: no credential shape (each has an upper-case
    /// letter, a digit or punctuation) and no random token (those are names-or-paths) matches it.
    private static func appendScrubbed(_ word: ArraySlice<UInt8>, to out: inout [UInt8]) {
        if word.contains(where: { $0 >= 0x80 }) {
            out += scrubCharacters(String(decoding: word, as: UTF8.self)).utf8
            return
        }
        var end = word.endIndex
        while end > word.startIndex, isSentencePunctuation(word[end - 1]) { end -= 1 }
        let core = word[word.startIndex..<end]
        let isProse = core.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        if core.count >= 8, !isProse, wordIsSecret(String(decoding: core, as: UTF8.self)) {
            out += digest(String(decoding: core, as: UTF8.self)).utf8
        } else {
            out += core
        }
        out += word[end...]
    }

    private static func isSentencePunctuation(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x2C || byte == 0x3A || byte == 0x3B || byte == 0x21 || byte == 0x3F
    }

    static func wordIsSecret(_ word: String) -> Bool {
        guard word.utf8.count >= 8, !word.hasPrefix(digestPrefix) else { return false }
        if SecretShape.hasCredentialShape(word) { return true }
        return !readsAsNameOrPath(word) && !SecretShape.isPlaceholder(word) && SecretShape.looksRandom(word)
    }

    /// Letters, digits and `_ - . /` only, starting with a letter, `_`, `.` or `/`: how names,
    /// paths and rule ids look. Base64 and hex secrets usually break one of these.
    static func readsAsNameOrPath(_ word: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isPunctuation(_ byte: UInt8) -> Bool { byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x2F }
        guard let first = word.utf8.first, isLetter(first) || (isPunctuation(first) && first != 0x2D) else {
            return false
        }
        return word.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || isPunctuation($0) }
    }

    /// A quoted SQL literal starting at `start`: its value and the index after it.
    /// After one `$tag$` that never closes, no later `$` is taken as an opening (each would scan
    /// to the end again).
    private static func quotedLiteral(_ bytes: [UInt8], at start: Int, dollarQuotes: inout Bool) -> (String, Int)? {
        if bytes[start] == 0x27 {
            var value: [UInt8] = []
            var i = start + 1
            while i < bytes.count {
                if bytes[i] == 0x27 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x27 {
                        value.append(0x27)
                        i += 2
                        continue
                    }
                    return (String(decoding: value, as: UTF8.self), i + 1)
                }
                value.append(bytes[i])
                i += 1
            }
            return nil
        }
        guard dollarQuotes, bytes[start] == 0x24 else { return nil }
        var tagEnd = start + 1
        while tagEnd < bytes.count, bytes[tagEnd] == 0x5F || (bytes[tagEnd] | 0x20 >= 0x61 && bytes[tagEnd] | 0x20 <= 0x7A) { tagEnd += 1 }
        guard tagEnd < bytes.count, bytes[tagEnd] == 0x24 else { return nil }
        let tag = bytes[start...tagEnd]
        var i = tagEnd + 1
        while i + tag.count <= bytes.count {
            if bytes[i] == 0x24, bytes[i..<(i + tag.count)].elementsEqual(tag) {
                return (String(decoding: bytes[(tagEnd + 1)..<i], as: UTF8.self), i + tag.count)
            }
            i += 1
        }
        dollarQuotes = false
        return nil
    }
}
