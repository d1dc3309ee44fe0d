/// A fact about an env file that a dotenv rule may report: a line python-dotenv skips, or a
/// line that loads but is fragile (other loaders, shells and Docker read it differently).
/// The front end finds these; rules only decide how to word and grade them.
public struct DotenvIssue: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// python-dotenv cannot parse the statement and skips it with a warning.
        case unparsableLine
        /// A key bound again; `related` is the first binding.
        case duplicatedKey
        case lowercaseKey
        /// A key with a character other than letters, digits and `_` (`DB-NAME`, `db.name`).
        case incorrectDelimiter
        /// A binding line that does not start with a letter or `_`.
        case leadingCharacter
        /// Whitespace around `=`.
        case spaceCharacter
        /// Quotes around a value that reads the same without them.
        case quoteCharacter
        /// A `${…}` python-dotenv does not expand as written, or a bare `$NAME` it keeps literally.
        case substitutionKey
        case trailingWhitespace
        /// A key that sorts before the key above it in the same block.
        case unorderedKey
        /// A key without `=`: loaded as None, so the variable is never set.
        case keyWithoutValue
        /// A second blank line in a row.
        case extraBlankLine
        /// No line break at the end of the file.
        case endingBlankLine
    }

    public var kind: Kind
    public var location: Location
    public var key: String?
    /// What exactly is wrong, in a phrase a finding can quote.
    public var detail: String
    /// A second place that belongs to the issue (the first binding of a duplicated key).
    public var related: Location?

    public init(kind: Kind, location: Location, key: String? = nil, detail: String, related: Location? = nil) {
        self.kind = kind
        self.location = location
        self.key = key
        self.detail = detail
        self.related = related
    }
}
