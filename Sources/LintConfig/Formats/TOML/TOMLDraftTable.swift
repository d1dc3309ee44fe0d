/// A table while the document is being read: mutable, shared by reference (so that adding a key
/// deep inside the document costs one dictionary lookup per key part, never a copy of a
/// subtree), and remembering how it came to exist — which decides what may still be added to
/// it (TOML 1.0, "Table" and "Array of Tables").
final class TOMLDraftTable {
    enum Origin {
        /// Created on the way to a deeper header (`a` for `[a.b]`): `[a]` may still define it.
        case implicit
        /// Defined by its own `[header]` (or as an element of `[[header]]`): never again.
        case header
        /// Created by dotted keys (`a.b = 1` creates `a`): extendable only by more dotted keys
        /// of the same table section, never by a header.
        case dotted
    }

    var origin: Origin
    /// The table section (counted by headers) or inline table whose dotted keys created it.
    var section: Int
    /// Tables and arrays between this table and the root, for the nesting bound.
    let depth: Int
    /// Where it is defined, or first mentioned while it is implicit.
    var location: Location
    private(set) var slots: [TOMLDraftSlot] = []
    private var indexByKey: [[UInt8]: Int] = [:]

    init(origin: Origin, section: Int, depth: Int, location: Location) {
        self.origin = origin
        self.section = section
        self.depth = depth
        self.location = location
    }

    func slot(_ key: String) -> TOMLDraftSlot? { indexByKey[Array(key.utf8)].map { slots[$0] } }

    func insert(_ slot: TOMLDraftSlot) {
        indexByKey[Array(slot.key.value.utf8)] = slots.count
        slots.append(slot)
    }

    /// The finished table; recursion is bounded by `TOMLCursor.maxDepth`.
    func finished() -> TOMLTable {
        TOMLTable(entries: slots.map { slot in
            let value: TOMLValue
            switch slot.content {
            case .value(let v):
                value = v
            case .table(let table):
                value = TOMLValue(.table(table.finished()), at: table.location)
            case .tableArray(let array):
                let elements = array.tables.map { TOMLValue(.table($0.finished()), at: $0.location) }
                value = TOMLValue(.array(elements), at: slot.key.location)
            }
            return TOMLEntry(key: slot.key, value: value)
        })
    }
}

/// What a key of a draft table holds.
struct TOMLDraftSlot {
    enum Content {
        /// A finished value: a scalar, a static array or an inline table — none of which any
        /// later line may change.
        case value(TOMLValue)
        case table(TOMLDraftTable)
        case tableArray(TOMLDraftTableArray)
    }

    var key: Located<String>
    var content: Content
}

/// The elements of an `[[array.of.tables]]`, appended to one header at a time.
final class TOMLDraftTableArray {
    private(set) var tables: [TOMLDraftTable] = []
    func append(_ table: TOMLDraftTable) { tables.append(table) }
    var last: TOMLDraftTable? { tables.last }
}
