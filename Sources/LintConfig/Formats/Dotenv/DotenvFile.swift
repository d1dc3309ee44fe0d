/// An env file (`.env.example` and its kin) read with python-dotenv's grammar: what a Python
/// service would load from it, where each name is written, and which lines are suspect.
///
/// python-dotenv is the reference because it is the loader with the most precise, documented
/// grammar that our services use; Node's dotenv and the Ruby gem agree with it on every line a
/// careful author writes, and the style checks (`issues`) flag the lines where loaders differ.
public struct DotenvFile: Sendable, Hashable {
    public var path: String
    /// Bindings in file order, duplicates included (the last one wins when loaded).
    public var entries: [DotenvEntry]
    /// Unparsable lines and style problems, in file order.
    public var issues: [DotenvIssue]

    public init(path: String, entries: [DotenvEntry], issues: [DotenvIssue]) {
        self.path = path
        self.entries = entries
        self.issues = issues
    }

    /// Reads already-decoded text (the caller applies `SourceText.decode`). Never throws:
    /// python-dotenv skips what it cannot parse, and so do we, recording an issue instead.
    public static func parse(_ text: String, path: String) -> DotenvFile {
        var parser = DotenvParser(text: text, path: path)
        parser.run()
        let issues = parser.issues + DotenvStyleChecks(parser: parser).issues()
        return DotenvFile(path: path, entries: parser.statements.map(\.entry), issues: issues.sorted { $0.location < $1.location })
    }

    /// The binding a loader keeps for a key: the last one.
    public func entry(named key: String) -> DotenvEntry? {
        entries.last { $0.key == key }
    }
}

/// One `KEY=value` (or bare `KEY`) binding.
public struct DotenvEntry: Sendable, Hashable {
    public enum Quote: String, Sendable {
        case none, single, double
    }

    public var key: String
    public var keyLocation: Location
    /// The value after quote removal and escape decoding, before `${…}` interpolation; nil for
    /// a key written without `=` (python-dotenv loads it as None and sets no variable).
    public var value: String?
    /// Where the value starts as written: its opening quote, or its first character.
    public var valueLocation: Location?
    public var quote: Quote
    public var isExported: Bool
    /// Names in `${NAME}` / `${NAME:-default}` that python-dotenv interpolates, in order.
    public var references: [String]

    public init(key: String, keyLocation: Location, value: String?, valueLocation: Location?, quote: Quote,
                isExported: Bool, references: [String]) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
        self.valueLocation = valueLocation
        self.quote = quote
        self.isExported = isExported
        self.references = references
    }
}
