/// One parsed YAML stream: its documents, and what was noticed on the way that is not an error
/// (Psych accepts duplicate keys silently, so we must say so ourselves).
public struct YAMLStream: Sendable {
    public var path: String
    public var documents: [YAMLNode]
    public var duplicateKeys: [YAMLDuplicateKey]

    /// The first document, the only one `YAML.load` (and so Kamal) ever looks at.
    public var root: YAMLNode? { documents.first }
}

/// A key written twice in one mapping. Psych keeps the later value, silently.
public struct YAMLDuplicateKey: Sendable, Hashable {
    public var key: String
    public var first: Location
    public var second: Location
}
