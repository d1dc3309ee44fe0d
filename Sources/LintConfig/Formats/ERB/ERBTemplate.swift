/// Renders a Kamal config's ERB without a Ruby. Kamal passes `config/deploy*.yml` through ERB
/// (trim mode `-`) before YAML; we cannot run the Ruby, so we keep the text's shape instead:
/// an output tag becomes an opaque placeholder of the same width, control and comment tags
/// become blanks, and newlines stay where they were — every line and (nearly) every column
/// of the YAML that follows is still the line and column the user wrote. Every branch of a
/// conditional is kept, and recorded, so that callers can tell mutually exclusive lines apart.
public struct ERBTemplate: Sendable {
    /// The text YAML will parse.
    public var rendered: String
    public var outputTags: [ERBOutputTag]
    /// `ENV["X"]` and friends read inside tags: variables the deploy machine must have.
    public var envReads: [ERBEnvRead]
    /// True when a control tag (`<% if … %>`) was seen: the YAML holds all branches at once.
    public var hasControlFlow: Bool
    /// For each line, the conditional branches that enclose it.
    var branches: ERBBranchTree

    /// The marker every placeholder starts with; scalars holding it are templated.
    public static let placeholderPrefix = "__erb"

    /// A byte search: this runs on every YAML scalar, where Foundation's `contains` is slow.
    public static func isTemplated(_ text: String) -> Bool {
        let needle: [UInt8] = Array(placeholderPrefix.utf8)
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                var match = true
                for offset in 1..<needle.count where bytes[start + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return true }
            }
            return false
        }
    }

    /// Renders `text` read from `path`; an unterminated tag is an error at its `<%`.
    public static func render(_ text: String, path: String) throws(InputError) -> ERBTemplate {
        try ERBRenderer.render(text, path: path)
    }

    /// True when the two lines sit in different branches of one conditional, so that at most one
    /// of them survives rendering.
    /// The conditional branches around `line` (1-based), outermost first.
    func branchPath(line: Int) -> [ERBBranch] { branches.path(ofLine: line) }

    public func areExclusive(line first: Int, line second: Int) -> Bool {
        branches.areExclusive(line: first, line: second)
    }
}

/// An output tag (`<%= … %>`) and the placeholder that stands for it.
public struct ERBOutputTag: Sendable, Hashable {
    public var code: String
    public var placeholder: String
    public var location: Location
}

/// An environment variable read by ERB code at deploy time.
public struct ERBEnvRead: Sendable, Hashable {
    public var name: String
    /// `ENV.fetch("X", "d")` or `ENV.fetch("X") { … }`: a missing variable does not abort.
    public var hasDefault: Bool
    public var location: Location
}

/// One level of conditional nesting: which conditional, and which of its branches.
struct ERBBranch: Hashable, Sendable {
    var conditional: Int
    var branch: Int
}
