/// Puts key/value pairs and table headers together into tables as TOML 1.0 defines them, and
/// refuses what the spec calls invalid: a key or table defined twice, a header for a table
/// that dotted keys created, dotted keys reaching into a table a header defined, anything added
/// to an inline table or a static array, `[x]` and `[[x]]` for the same name.
///
/// Every step is a dictionary lookup per key part, so a document of many tables or long keys
/// is read in linear time.
struct TOMLDocumentBuilder {
    let root: TOMLDraftTable
    /// The table that key/value lines go into: the root, then the last header's table.
    private(set) var current: TOMLDraftTable
    /// Counts table sections; dotted keys may extend only tables of their own section.
    private var section = 0

    init(at location: Location) {
        root = TOMLDraftTable(origin: .header, section: 0, depth: 0, location: location)
        current = root
    }

    /// `[a.b.c]`
    mutating func openTable(_ key: TOMLKey) throws(InputError) {
        section += 1
        let parent = try parentOfHeader(key)
        let name = key.parts[key.parts.count - 1]
        guard let slot = parent.slot(name.name) else {
            let table = try Self.newTable(.header, section: section, depth: parent.depth + 1,
                                          at: key.location, for: name)
            parent.insert(TOMLDraftSlot(key: Located(name.name, at: key.location), content: .table(table)))
            current = table
            return
        }
        switch slot.content {
        case .table(let table) where table.origin == .implicit:
            table.origin = .header
            table.location = key.location
            current = table
        case .table(let table) where table.origin == .header:
            throw Self.error("this table is already defined (at \(Self.place(table.location)))", at: name)
        case .table(let table):
            throw Self.error("this table was already created by dotted keys (at \(Self.place(table.location)))",
                             at: name)
        case .tableArray:
            throw Self.error("this name is already an array of tables (at \(Self.place(slot.key.location)))", at: name)
        case .value(let value):
            throw Self.notATable(value, at: name)
        }
    }

    /// `[[a.b.c]]`: a new element, appended.
    mutating func openTableArray(_ key: TOMLKey) throws(InputError) {
        section += 1
        let parent = try parentOfHeader(key)
        let name = key.parts[key.parts.count - 1]
        let element = try Self.newTable(.header, section: section, depth: parent.depth + 2,
                                        at: key.location, for: name)
        guard let slot = parent.slot(name.name) else {
            let array = TOMLDraftTableArray()
            array.append(element)
            parent.insert(TOMLDraftSlot(key: Located(name.name, at: key.location), content: .tableArray(array)))
            current = element
            return
        }
        switch slot.content {
        case .tableArray(let array):
            array.append(element)
            current = element
        case .table(let table):
            throw Self.error("this name is already a table (at \(Self.place(table.location))), not an array of tables",
                             at: name)
        case .value(let value):
            throw Self.notATable(value, at: name)
        }
    }

    /// `a.b.c = value` in the current table section.
    func assign(_ key: TOMLKey, _ value: TOMLValue) throws(InputError) {
        try Self.assign(key, value, into: current, section: section)
    }

    /// Dotted keys create tables on the way; an inline table uses this with its own draft and
    /// a section of its own.
    static func assign(_ key: TOMLKey, _ value: TOMLValue, into start: TOMLDraftTable,
                       section: Int) throws(InputError) {
        var table = start
        for part in key.parts.dropLast() {
            guard let slot = table.slot(part.name) else {
                let created = try newTable(.dotted, section: section, depth: table.depth + 1,
                                           at: key.location, for: part)
                table.insert(TOMLDraftSlot(key: Located(part.name, at: key.location), content: .table(created)))
                table = created
                continue
            }
            switch slot.content {
            case .table(let next) where next.origin == .implicit || (next.origin == .dotted && next.section == section):
                next.origin = .dotted
                next.section = section
                table = next
            case .table(let next) where next.origin == .header:
                throw error("dotted keys cannot add to a table defined by a header (at \(place(next.location)))",
                            at: part)
            case .table(let next):
                throw error("dotted keys cannot add to a table that other dotted keys created"
                            + " (at \(place(next.location)))", at: part)
            case .tableArray:
                throw error("dotted keys cannot add to an array of tables (at \(place(slot.key.location)))", at: part)
            case .value(let value):
                throw notATable(value, at: part)
            }
        }
        let name = key.parts[key.parts.count - 1]
        if let existing = table.slot(name.name) {
            throw error("this key is already defined (at \(place(existing.key.location)))", at: name)
        }
        table.insert(TOMLDraftSlot(key: Located(name.name, at: key.location), content: .value(value)))
    }

    /// Walks a header's key but its last part, creating implicit tables; an array of tables on
    /// the way stands for its last element.
    private func parentOfHeader(_ key: TOMLKey) throws(InputError) -> TOMLDraftTable {
        var table = root
        for part in key.parts.dropLast() {
            guard let slot = table.slot(part.name) else {
                let created = try Self.newTable(.implicit, section: section, depth: table.depth + 1, at: key.location,
                                                for: part)
                table.insert(TOMLDraftSlot(key: Located(part.name, at: key.location), content: .table(created)))
                table = created
                continue
            }
            switch slot.content {
            case .table(let next):
                table = next
            case .tableArray(let array):
                guard let last = array.last else { throw Self.error("an empty array of tables", at: part) }
                table = last
            case .value(let value):
                throw Self.notATable(value, at: part)
            }
        }
        return table
    }

    private static func newTable(_ origin: TOMLDraftTable.Origin, section: Int, depth: Int, at location: Location,
                                 for part: TOMLKeyPart) throws(InputError) -> TOMLDraftTable {
        guard depth <= TOMLCursor.maxDepth else {
            throw error("tables and arrays nested deeper than \(TOMLCursor.maxDepth) levels", at: part)
        }
        return TOMLDraftTable(origin: origin, section: section, depth: depth, location: location)
    }

    private static func notATable(_ value: TOMLValue, at part: TOMLKeyPart) -> InputError {
        switch value.kind {
        case .table: error("an inline table cannot be extended (it is at \(place(value.location)))", at: part)
        case .array: error("a static array cannot be extended (it is at \(place(value.location)))", at: part)
        default: error("this key already holds a value (at \(place(value.location))), not a table", at: part)
        }
    }

    private static func error(_ message: String, at part: TOMLKeyPart) -> InputError {
        InputError("invalid TOML: \(message)", at: part.location)
    }

    /// `line 3, column 5`: where the earlier definition is, in the same file.
    private static func place(_ location: Location) -> String { "line \(location.line), column \(location.column)" }
}
