/// Shell-style globs for `sources:` in `lint-config.yml`: `*` and `?` within one path segment,
/// `**` across any number of segments, `{a,b}` alternatives.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.split(separator: "/").map(String.init)
    }

    /// The folder every match lies in: the leading segments without a wildcard, the last
    /// segment excluded (`../packages/db/src/**/*.ts` → `../packages/db/src`).
    public var baseFolder: String {
        let special: Set<Character> = ["*", "?", "{", "["]
        let fixed = segments.dropLast().prefix { !$0.contains(where: special.contains) }
        return fixed.joined(separator: "/")
    }

    public func matches(_ path: String) -> Bool {
        Self.match(segments[...], path.split(separator: "/").map(String.init)[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            if match(pattern.dropFirst(), path) { return true }
            return !path.isEmpty && match(pattern, path.dropFirst())
        }
        guard let first = path.first, segment(head, matches: first) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    static func segment(_ pattern: String, matches name: String) -> Bool {
        if let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") {
            let prefix = pattern[..<open]
            let suffix = pattern[pattern.index(after: close)...]
            return pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
                .contains { segment(String(prefix) + String($0) + String(suffix), matches: name) }
        }
        return wildcard(Array(pattern.unicodeScalars)[...], Array(name.unicodeScalars)[...])
    }

    private static func wildcard(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            var rest = s
            while true {
                if wildcard(p.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !s.isEmpty && wildcard(p.dropFirst(), s.dropFirst())
        default:
            return s.first == c && wildcard(p.dropFirst(), s.dropFirst())
        }
    }
}
