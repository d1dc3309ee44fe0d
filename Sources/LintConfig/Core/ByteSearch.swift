import Glibc

/// Substring search and replacement on UTF-8 bytes. Foundation's `contains(_:)`,
/// `range(of:)` and `replacingOccurrences(of:with:)` go through `NSString` on Linux: in a whole
/// `check` of `Examples/` they cost more than the rules. For a needle that is ASCII, bytes give
/// the same answer — an ASCII byte in UTF-8 is always a whole scalar — so the hot paths use these.
public enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `text`, if any.
    public static func firstOffset(of needle: String, in text: String) -> Int? {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern -> Int? in
                guard let first = pattern.first else { return 0 }
                guard pattern.count <= haystack.count, let base = haystack.baseAddress,
                      let patternBase = pattern.baseAddress else { return nil }
                var i = 0
                let last = haystack.count - pattern.count
                while i <= last {
                    // memchr finds the candidate first bytes at memory speed.
                    guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + i, patternBase, pattern.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }

    public static func contains(_ text: String, _ needle: String) -> Bool {
        firstOffset(of: needle, in: text) != nil
    }

    /// `text` with every occurrence of `needle` (non-empty ASCII) replaced by `replacement`,
    /// left to right without overlaps; `text` itself when it holds none.
    public static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
        guard !needle.isEmpty, firstOffset(of: needle, in: text) != nil else { return text }
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacement.utf8.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == pattern[0], i + pattern.count <= bytes.count,
               bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement.utf8)
                i += pattern.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
