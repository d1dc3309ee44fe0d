import Foundation

/// Judges whether a name or a value looks like a secret, without ever returning the value: for
/// `secret-in-clear`, which must flag a credential written in the clear but never print it, and
/// for `Redaction`, which keeps such values out of every output.
public enum SecretShape {
    /// Name words that mark a credential (`GH_SERVICE_SECRET`, `STRIPE_API_KEY`, `DB_PASSWORD`).
    static let secretWords: Set<String> = ["SECRET", "KEY", "TOKEN", "PASSWORD", "PASSWD", "PWD", "PASS", "CREDENTIALS",
                                           "PRIVATE", "APIKEY", "AUTH", "SIGNING", "DSN", "WEBHOOK"]
    /// Words that make a secret-looking name mean something public (`PUBLIC_KEY`, `KEY_ID`).
    static let publicWords: Set<String> = ["PUBLIC", "PUBLISHABLE", "ID", "NAME", "PATH", "FILE", "URL", "ENDPOINT", "HEADER", "REGION",
                                           "TYPE", "ALGORITHM", "ISSUER", "AUDIENCE", "TTL", "EXPIRY", "LENGTH", "PREFIX"]

    /// Words before a final `KEY` that make it a lookup key, not a credential: `template_key`,
    /// `idempotency_key`, `sort_key`, a Stripe `lookup_key`, an S3 `object_key`. Their values are
    /// names and must stay readable in findings. (Not `PRIMARY`: an Azure primary key is a secret.)
    static let lookupKeyWords: Set<String> = ["TEMPLATE", "SORT", "IDEMPOTENCY", "PARTITION", "LOOKUP", "ROUTING",
                                              "FOREIGN", "UNIQUE", "TRANSLATION", "I18N", "DEDUP", "DEDUPE", "CACHE",
                                              "OBJECT", "GROUP", "ORDER", "CURSOR", "SETTING", "CONFIG", "FEATURE"]

    public static func isSecretName(_ name: String) -> Bool {
        if hasNoSecretWord(name) { return false }
        let tokens = NameWords.split(name)
        guard let last = tokens.last else { return false }
        if tokens.contains(where: publicWords.contains) { return false }
        if tokens.contains("PASSWORD") || tokens.contains("PRIVATE") || tokens.contains("CREDENTIALS") { return true }
        if last == "KEY", tokens.count >= 2, lookupKeyWords.contains(tokens[tokens.count - 2]) { return false }
        return secretWords.contains(last) || (tokens.count >= 2 && secretWords.contains(tokens[tokens.count - 2]) && ["B64", "BASE64", "HEX"].contains(last))
    }

    /// Every secret verdict on a name needs one of its words to be a secret word, and each word
    /// is a piece of the name: an ASCII name that holds none of them, in any case, is no secret
    /// name, decided on bytes without splitting it (column names reach here for every value
    /// fact, and nearly all are `status`, `kind`, `id`). Non-ASCII names take the full path.
    static func hasNoSecretWord(_ name: String) -> Bool {
        var ascii = true
        var upper: [UInt8] = []
        upper.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            if byte >= 0x80 { ascii = false; break }
            upper.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
        }
        guard ascii else { return false }
        for word in secretWordPieces where ASCII.contains(upper, word) { return false }
        return true
    }

    /// Pieces one of which every secret word contains (`PASS` covers `PASSWORD`, `PASSWD`;
    /// `KEY` covers `APIKEY`).
    private static let secretWordPieces: [[UInt8]] = ["SECRET", "KEY", "TOKEN", "PASS", "PWD", "CREDENTIALS", "PRIVATE",
                                                      "AUTH", "SIGNING", "DSN", "WEBHOOK"].map { Array($0.utf8) }

    /// Placeholders that examples use instead of values.
    public static func isPlaceholder(_ value: String) -> Bool {
        let v = value.lowercased()
        if v.isEmpty || v.count < 6 { return true }
        if v.hasPrefix("<") || v.hasPrefix("${") || v.hasPrefix("$(") || v.hasPrefix("your") || v.hasPrefix("change") { return true }
        let markers: [StaticString] = ["example", "placeholder", "changeme", "xxxx", "todo", "replace", "dummy", "fake",
                                       "test", "sample", "localhost", "here"]
        if markers.contains(where: { has(v, $0) }) { return true }
        return hasAtMostTwoDistinctBytes(v) ?? (Set(v).count <= 2)
    }

    /// `Set(text).count <= 2` on bytes, for ASCII text without `\r` (where a byte is a
    /// `Character`); nil otherwise. Building a `Set<Character>` per printed word cost more than
    /// every other redaction check together.
    static func hasAtMostTwoDistinctBytes(_ text: String) -> Bool? {
        var seen: (low: UInt64, high: UInt64) = (0, 0)
        for byte in text.utf8 {
            guard byte < 0x80, byte != 0x0D else { return nil }
            if byte < 64 { seen.low |= 1 << UInt64(byte) } else { seen.high |= 1 << UInt64(byte - 64) }
        }
        return seen.low.nonzeroBitCount + seen.high.nonzeroBitCount <= 2
    }

    /// A value whose shape is a credential: a JWT, a PEM block, a well-known key prefix, or a
    /// long random-looking string (Shannon entropy over its characters).
    public static func looksLikeSecretValue(_ value: String) -> Bool {
        if isPlaceholder(value) { return false }
        return hasCredentialShape(value) || looksRandom(value)
    }

    /// A verdict on bytes for the values code is full of (`pending`, `42`, `user-settings`):
    /// true only when the value is ASCII and no shape below can match it — no `://` (a URL
    /// with a password), no `-----` (a PEM block), no `eyJ` start (a JWT), no known key prefix,
    /// and no run of 16 or more characters between separators (`looksRandom`'s minimum). The
    /// verdict never differs from `hasCredentialShape || looksRandom`: every value it cannot
    /// clear goes through them. Each value fact passes here, so the usual case allocates nothing.
    static func cannotBeCredential(_ value: String) -> Bool {
        let count = value.utf8.count
        var run = 0
        var previous: UInt8 = 0
        var dashes = 0
        var colonSlash = 0
        for byte in value.utf8 {
            if byte >= 0x80 { return false }
            switch byte {
            case 0x2D: // -
                dashes = previous == 0x2D ? dashes + 1 : 1
                if dashes >= 5 { return false }
                run = 0
            case 0x2F: // /
                colonSlash = previous == 0x3A ? 1 : (previous == 0x2F && colonSlash == 1 ? 2 : 0)
                if colonSlash == 2 { return false }
                run = 0
            case 0x5F, 0x2E, 0x3A, 0x40, 0x2B, 0x3D, 0x2C, 0x20: // _ . : @ + = , space
                run = 0
            default:
                run += 1
                if run >= 16 { return false }
            }
            if byte != 0x2F { colonSlash = 0 }
            previous = byte
        }
        if value.utf8.starts(with: "eyJ".utf8) { return false }
        if count >= 16, credentialPrefixes.contains(where: { value.utf8.starts(with: $0.utf8) }) { return false }
        return true
    }

    static let credentialPrefixes = ["sk_live_", "sk_test_", "rk_live_", "ghp_", "gho_", "ghs_", "github_pat_", "xoxb-",
                                     "xoxp-", "AKIA", "ASIA", "AIza", "sk-ant-", "sk-proj-", "glpat-", "SG."]

    /// The unmistakable shapes: a PEM private key, a JWT, a well-known key prefix, a URL that
    /// carries a password.
    static func hasCredentialShape(_ value: String) -> Bool {
        if has(value, "-----BEGIN") && has(value, "PRIVATE KEY") { return true }
        if value.utf8.starts(with: "eyJ".utf8) {
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ $0.count >= 4 }) { return true }
        }
        if credentialPrefixes.contains(where: value.hasPrefix) && value.count >= 16 { return true }
        if has(value, "://") {
            // A URL is a secret only when it carries a password: postgres://user:password@host
            guard let scheme = value.range(of: "://"), let at = value[scheme.upperBound...].firstIndex(of: "@") else { return false }
            let userInfo = value[scheme.upperBound..<at]
            guard let colon = userInfo.firstIndex(of: ":") else { return false }
            return !isPlaceholder(String(userInfo[userInfo.index(after: colon)...]))
        }
        return false
    }

    /// A random token: one long run of mixed letters and digits with high entropy. Words joined
    /// by separators (`ledgerly-mysql-primary`, `archivist-search:9200`) are names.
    static func looksRandom(_ value: String) -> Bool {
        if has(value, "://") { return false }
        return looksRandomASCII(value) ?? looksRandomByCharacters(value)
    }

    /// `looksRandom` for any text, by `Character`s.
    static func looksRandomByCharacters(_ value: String) -> Bool {
        let runs = value.split { "-_.:/@+=, ".contains($0) }
        guard let longest = runs.max(by: { $0.count < $1.count }), longest.count >= 16 else { return false }
        let hasDigit = longest.contains(where: \.isNumber)
        let hasLetter = longest.contains(where: \.isLetter)
        return hasDigit && hasLetter && entropy(String(longest)) >= 3.5
    }

    /// `looksRandom` on bytes, for ASCII text without `\r` (where each byte is one `Character`,
    /// so runs, counts and entropy agree); nil otherwise. Every long word of every printed
    /// finding passes here.
    static func looksRandomASCII(_ value: String) -> Bool? {
        let bytes = Array(value.utf8)
        var longest = 0..<0
        var start = 0
        for i in 0...bytes.count {
            if i < bytes.count {
                let byte = bytes[i]
                guard byte < 0x80, byte != 0x0D else { return nil }
                guard isRunSeparator(byte) else { continue }
            }
            if i - start > longest.count { longest = start..<i }
            start = i + 1
        }
        guard longest.count >= 16 else { return false }
        let run = bytes[longest]
        let hasDigit = run.contains { $0 >= 0x30 && $0 <= 0x39 }
        let hasLetter = run.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard hasDigit, hasLetter else { return false }
        var counts = [Int](repeating: 0, count: 128)
        for byte in run { counts[Int(byte)] += 1 }
        let total = Double(run.count)
        let bits = counts.reduce(0.0) { sum, n in
            guard n > 0 else { return sum }
            let p = Double(n) / total
            return sum - p * log2(p)
        }
        return bits >= 3.5
    }

    /// `- _ . : / @ + = ,` and space: what joins the words of a name.
    private static func isRunSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2D, 0x5F, 0x2E, 0x3A, 0x2F, 0x40, 0x2B, 0x3D, 0x2C, 0x20: return true
        default: return false
        }
    }

    /// Bits per character.
    static func entropy(_ value: String) -> Double {
        var counts: [Character: Int] = [:]
        for c in value { counts[c, default: 0] += 1 }
        let total = Double(value.count)
        return counts.values.reduce(0) { sum, n in
            let p = Double(n) / total
            return sum - p * log2(p)
        }
    }

    /// Whether `text` contains `needle` (ASCII): byte for byte when `text` is ASCII, where that is
    /// exactly what Foundation's `contains` answers; through Foundation otherwise, where canonical
    /// equivalence can matter. Foundation's `contains` goes through `NSString`: redacting the words
    /// of `Examples/`'s findings spent a quarter of a whole `check` run there (issue 11).
    static func has(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = String(describing: needle)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ByteSearch.contains(text, pattern) }
        return text.contains(pattern)
    }
}
