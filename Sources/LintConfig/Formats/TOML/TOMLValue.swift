/// A TOML value as written, with where it starts, so that a front end built on the reader can
/// point at the text a user must change without scanning the document again.
public struct TOMLValue: Hashable, Sendable {
    public var kind: Kind
    /// The value's first character; for a table, where it is defined (its header's key, its
    /// `{`, or the dotted key that created it).
    public var location: Location

    public init(_ kind: Kind, at location: Location) {
        self.kind = kind
        self.location = location
    }

    /// The types of TOML 1.0. Date-times keep the four forms apart because they mean different
    /// things (an instant, or a wall-clock reading with no zone).
    public enum Kind: Hashable, Sendable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case offsetDateTime(TOMLDate, TOMLTime, offsetMinutes: Int)
        case localDateTime(TOMLDate, TOMLTime)
        case localDate(TOMLDate)
        case localTime(TOMLTime)
        /// A static array, or an array of tables (`[[name]]`) — TOML does not tell them apart
        /// once read.
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var string: String? { if case .string(let s) = kind { s } else { nil } }
    public var integer: Int64? { if case .integer(let i) = kind { i } else { nil } }
    public var float: Double? { if case .float(let d) = kind { d } else { nil } }
    public var boolean: Bool? { if case .boolean(let b) = kind { b } else { nil } }
    public var array: [TOMLValue]? { if case .array(let a) = kind { a } else { nil } }
    public var table: TOMLTable? { if case .table(let t) = kind { t } else { nil } }
}

/// One `key = value` of a table (or a sub-table it holds), in the order written.
public struct TOMLEntry: Hashable, Sendable {
    /// The key and where the key expression that first wrote it begins: for `env.PORT = 1` both
    /// `env` and `PORT` point at `env`, for `[env]` at the `env` of the header.
    public var key: Located<String>
    public var value: TOMLValue

    public init(key: Located<String>, value: TOMLValue) {
        self.key = key
        self.value = value
    }
}

/// A table: its entries in the order they were first written, and an index by key. Keys are
/// compared byte for byte as TOML requires (Swift's `String` equality would make a composed
/// and a decomposed `é` one key).
public struct TOMLTable: Hashable, Sendable {
    public private(set) var entries: [TOMLEntry]
    private var indexByKey: [[UInt8]: Int]

    init(entries: [TOMLEntry]) {
        self.entries = entries
        var index: [[UInt8]: Int] = [:]
        index.reserveCapacity(entries.count)
        for (i, entry) in entries.enumerated() { index[Array(entry.key.value.utf8)] = i }
        self.indexByKey = index
    }

    public static let empty = TOMLTable(entries: [])

    public var keys: [String] { entries.map(\.key.value) }

    public func entry(_ key: String) -> TOMLEntry? {
        indexByKey[Array(key.utf8)].map { entries[$0] }
    }

    public subscript(key: String) -> TOMLValue? { entry(key)?.value }
}
