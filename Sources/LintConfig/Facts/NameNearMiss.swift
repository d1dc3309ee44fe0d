/// Decides whether two names are near-misses of each other — the same contract spelled two ways
/// (`GH_SERVICE_SECRET` / `GH_SERVICE_KEY`, `DATABASE_URL` / `DATABASEURL`, `SUPABASE_KEY` /
/// `SUPABSE_KEY`) — and how near, so that a rule can name the one rename that fixes both sides.
public enum NameNearMiss {
    /// Credential words that teams use interchangeably for the same kind of value.
    static let credentialWords: Set<String> = ["SECRET", "KEY", "TOKEN", "PASS", "PASSWORD", "PASSWD", "PWD", "APIKEY"]
    static let synonyms: [String: String] = ["URI": "URL", "ENDPOINT": "URL", "PORT": "PORT", "HOSTNAME": "HOST"]
    /// Names longer than this (in UTF-8 bytes) are compared for equality only: the edit distance
    /// costs length × length, and two 100,000-character names took seconds. Real contract names
    /// are a few dozen characters.
    public static let maxComparedLength = 200

    /// Upper-case words of a name (see `NameWords`).
    public static func tokens(_ name: String) -> [String] { NameWords.split(name) }

    static func canonical(_ token: String) -> String {
        if credentialWords.contains(token) { return "CREDENTIAL" }
        return synonyms[token] ?? token
    }

    /// A distance: 0 for the same name, small for near-misses, nil when the names are unrelated.
    public static func distance(_ a: String, _ b: String) -> Int? {
        if a == b { return 0 }
        guard a.utf8.count <= maxComparedLength, b.utf8.count <= maxComparedLength else { return nil }
        let ta = tokens(a)
        let tb = tokens(b)
        if ta == tb { return 1 }  // only separators or case differ
        if ta.map(canonical) == tb.map(canonical) { return 2 }  // GH_SERVICE_SECRET ~ GH_SERVICE_KEY
        let ja = ta.joined()
        let jb = tb.joined()
        if ja == jb { return 1 }
        if ta.count == tb.count {
            // A typo inside one word (SUPABASE / SUPABSE); short words (API / APP) are different
            // words, not typos.
            let differing = zip(ta, tb).filter { $0 != $1 }
            guard differing.count == 1, let (x, y) = differing.first, min(x.count, y.count) >= 4 else { return nil }
            let limit = min(x.count, y.count) >= 8 ? 2 : 1
            let edits = editDistance(Array(x.utf8), Array(y.utf8), limit: limit)
            return edits <= limit ? 2 + edits : nil
        }
        // A separator lost or gained along with a typo (DATABASE_URL / DATABSEURL).
        guard min(ja.count, jb.count) >= 10, abs(ja.count - jb.count) <= 1 else { return nil }
        let edits = editDistance(Array(ja.utf8), Array(jb.utf8), limit: 1)
        return edits <= 1 ? 3 : nil
    }

    /// The nearest candidate, if any is a near-miss; ties go to the first.
    public static func nearest(to name: String, among candidates: [String]) -> (name: String, distance: Int)? {
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            guard let d = distance(name, candidate) else { continue }
            if d < best?.distance ?? Int.max { best = (candidate, d) }
        }
        return best
    }

    /// Levenshtein distance, stopping early once every path exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
    }
}
