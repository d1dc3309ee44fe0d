/// A YAML node after anchors, aliases and merge keys are resolved, with the marks of the text
/// it came from. Mappings keep Ruby `Hash` semantics (insertion order, a later key replaces an
/// earlier one in place) because Kamal reads its files through Psych.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping(YAMLMapping)
    }

    public var content: Content
    /// The explicit tag (`!!str`, `!ruby/object`), resolved to its full form; nil when implicit.
    public var tag: String?
    public var start: Location
    public var end: Location

    public init(_ content: Content, tag: String? = nil, start: Location, end: Location) {
        self.content = content
        self.tag = tag
        self.start = start
        self.end = end
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let map) = content { return map }
        return nil
    }

    /// The value under a string key, when this node is a mapping.
    public subscript(key: String) -> YAMLNode? { mapping?[key] }

    /// The node's value as a string when Psych would produce a `String` for it.
    public var string: String? {
        guard let scalar, case .string(let text) = scalar.value else { return nil }
        return text
    }

    /// A short name for the node's type in messages ("a mapping", "an integer").
    public var kindDescription: String {
        switch content {
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        case .scalar(let s): s.value.kindDescription
        }
    }
}

/// A scalar with its source text kept beside the value Psych would give it, so that messages can
/// quote what the user wrote (`on` is the boolean true, and a user deserves to be told).
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    public var value: YAMLScalarValue
    /// True when the text holds the placeholder of an ERB output tag: its rendered value is
    /// unknown until deploy time, so no type or value check may trust it.
    public var isTemplated: Bool

    public init(text: String, style: Style, value: YAMLScalarValue, isTemplated: Bool = false) {
        self.text = text
        self.style = style
        self.value = value
        self.isTemplated = isTemplated
    }
}

/// The Ruby value Psych's scalar scanner produces for a scalar.
public enum YAMLScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// Integers beyond 64 bits stay text: Ruby has bignums, we only need to know it is an integer.
    case integer(Int?)
    case float(Double)
    case string(String)
    /// `:name`, which Psych turns into a Ruby Symbol.
    case symbol(String)
    /// A date or time, which Psych turns into `Date` or `Time`.
    case timestamp(String)

    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .float: "a float"
        case .string: "a string"
        case .symbol: "a symbol"
        case .timestamp: "a timestamp"
        }
    }
}

/// An ordered mapping with Ruby `Hash` semantics.
public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public private(set) var entries: [Entry] = []
    private var indexByKey: [YAMLKeyIdentity: Int] = [:]

    public init() {}

    /// Sets `key` to `value`; an existing equal key keeps its position and takes the new value,
    /// as `Hash#[]=` does. Returns the entry that was replaced, if any.
    @discardableResult
    public mutating func set(_ key: YAMLNode, _ value: YAMLNode) -> Entry? {
        let identity = YAMLKeyIdentity(key)
        if let index = indexByKey[identity] {
            let old = entries[index]
            entries[index].value = value
            return old
        }
        indexByKey[identity] = entries.count
        entries.append(Entry(key: key, value: value))
        return nil
    }

    public func entry(forKey key: String) -> Entry? {
        guard let index = indexByKey[.string(key)] else { return nil }
        return entries[index]
    }

    public subscript(key: String) -> YAMLNode? { entry(forKey: key)?.value }

    /// The entry whose key Ruby would consider equal to `key`.
    public func entry(matching key: YAMLNode) -> Entry? {
        indexByKey[YAMLKeyIdentity(key)].map { entries[$0] }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
}

/// What makes two keys the same Ruby hash key: equal scalar values (so `1` and `0x1` collide,
/// and `"1"` and `1` do not). Collection keys are compared by position, never equal.
enum YAMLKeyIdentity: Hashable {
    case string(String)
    case value(YAMLScalarValue)
    case collection(Location)

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let s):
            if case .string(let text) = s.value { self = .string(text) } else { self = .value(s.value) }
        default:
            self = .collection(node.start)
        }
    }
}
