import Foundation

/// The column types of ORM mirrors and of the replayed schema brought to one spelling, so that a
/// drizzle `varchar("x", { length: 64 })` and a migration's `character varying(64)` compare equal
/// and `text` against `integer` does not. Types the mapping does not know (custom types, enums
/// made by `pgEnum`, arrays) compare with nothing: an unknown type is never a finding.
struct OrmColumnType: Equatable {
    /// PostgreSQL's name for the type, without modifiers: `character varying`, `integer`,
    /// `timestamp with time zone`.
    var base: String
    /// `varchar(64)`'s 64, when given.
    var length: String?

    var spelled: String { length.map { "\(base)(\($0))" } ?? base }

    /// Same base, and the same length when both sides give one. `text` and a `character varying`
    /// without a length hold the same values (PostgreSQL documents them as equivalent in use).
    func agrees(with other: OrmColumnType) -> Bool {
        if base == other.base { return length == nil || other.length == nil || length == other.length }
        let unbounded: Set<String> = ["text", "character varying"]
        return unbounded.contains(base) && unbounded.contains(other.base) && length == nil && other.length == nil
    }

    /// drizzle's column function (`varchar`, `timestamp`, `serial`) with its options.
    static func drizzle(_ function: String, attributes: [String: String]) -> OrmColumnType? {
        let zone = attributes["withTimezone"] == "true"
        let base: String
        switch function {
        case "text": base = "text"
        case "varchar": base = "character varying"
        case "char": base = "character"
        case "integer", "int", "serial": base = "integer"
        case "smallint", "smallserial": base = "smallint"
        case "bigint", "bigserial": base = "bigint"
        case "boolean": base = "boolean"
        case "uuid": base = "uuid"
        case "json": base = "json"
        case "jsonb": base = "jsonb"
        case "date": base = "date"
        case "timestamp": base = zone ? "timestamp with time zone" : "timestamp without time zone"
        case "time": base = zone ? "time with time zone" : "time without time zone"
        case "interval": base = "interval"
        case "numeric", "decimal": base = "numeric"
        case "real": base = "real"
        case "doublePrecision": base = "double precision"
        case "inet": base = "inet"
        case "cidr": base = "cidr"
        case "macaddr": base = "macaddr"
        default: return nil
        }
        let length = base == "character varying" || base == "character" ? attributes["length"] : nil
        return OrmColumnType(base: base, length: length)
    }

    /// Prisma's scalar (`String`, `Int`, `DateTime` …), or its `@db.X` native type when given.
    static func prisma(_ scalar: String, native: String?) -> OrmColumnType? {
        if let native {
            switch native.lowercased() {
            case "text": return OrmColumnType(base: "text")
            case "varchar": return OrmColumnType(base: "character varying")
            case "uuid": return OrmColumnType(base: "uuid")
            case "timestamptz": return OrmColumnType(base: "timestamp with time zone")
            case "timestamp": return OrmColumnType(base: "timestamp without time zone")
            case "integer": return OrmColumnType(base: "integer")
            case "smallint": return OrmColumnType(base: "smallint")
            default: return nil
            }
        }
        switch scalar {
        case "String": return OrmColumnType(base: "text")
        case "Int": return OrmColumnType(base: "integer")
        case "BigInt": return OrmColumnType(base: "bigint")
        case "Boolean": return OrmColumnType(base: "boolean")
        case "DateTime": return OrmColumnType(base: "timestamp without time zone")
        case "Json": return OrmColumnType(base: "jsonb")
        case "Float": return OrmColumnType(base: "double precision")
        case "Decimal": return OrmColumnType(base: "numeric")
        default: return nil
        }
    }

    /// The PostgreSQL types a Prisma scalar may be stored as when no `@db.X` says which (`String`
    /// is `text` by default, `varchar(n)` or `uuid` with `@db.VarChar(n)` / `@db.Uuid`): only a
    /// stored type outside the family disagrees.
    static func prismaFamily(_ scalar: String) -> Set<String>? {
        switch scalar {
        case "String": return ["text", "character varying", "character", "uuid", "citext", "inet", "xml", "bit",
                               "bit varying", "cidr", "macaddr", "tsvector"]
        case "Int": return ["integer", "smallint", "oid"]
        case "BigInt": return ["bigint"]
        case "Boolean": return ["boolean"]
        case "DateTime": return ["timestamp without time zone", "timestamp with time zone", "date",
                                 "time without time zone", "time with time zone"]
        case "Json": return ["jsonb", "json"]
        case "Float": return ["double precision", "real"]
        case "Decimal": return ["numeric", "money"]
        case "Bytes": return ["bytea"]
        default: return nil
        }
    }

    /// A replayed column's `format_type` spelling (`character varying(64)`, `numeric(10,2)`);
    /// nil for arrays and user types.
    static func schema(_ column: ColumnSchema) -> OrmColumnType? {
        guard column.userType == nil, !column.type.hasSuffix("]") else { return nil }
        var text = column.type
        var length: String?
        if let open = text.firstIndex(of: "("), let close = text.firstIndex(of: ")"), open < close {
            let inside = String(text[text.index(after: open)..<close])
            text = String(text[..<open]) + String(text[text.index(after: close)...])
            length = inside
        }
        let base = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "  ", with: " ")
        let keepsLength = base == "character varying" || base == "character"
        return OrmColumnType(base: base, length: keepsLength ? length : nil)
    }
}
