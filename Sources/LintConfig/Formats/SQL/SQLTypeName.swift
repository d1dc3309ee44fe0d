/// A column type as PostgreSQL's `format_type()` prints it (`integer`, `character varying(20)`,
/// `timestamp with time zone`, `text[]`), so that the replayed schema and the catalog of a real
/// database spell the same type the same way.
public struct SQLTypeName: Hashable, Sendable, CustomStringConvertible {
    /// The canonical spelling, including typmods and `[]`.
    public var formatted: String
    /// The canonical base name without typmods or `[]` (`character varying`, `integer`).
    public var base: String
    /// Set for a user type (enum, domain), so the replay can resolve it.
    public var userType: QualifiedName?
    public var isArray: Bool
    /// `serial`, `bigserial`, `smallserial`: a plain integer type plus a sequence default.
    public var isSerial: Bool

    public var description: String { formatted }

    public init(formatted: String, base: String, userType: QualifiedName? = nil, isArray: Bool = false, isSerial: Bool = false) {
        self.formatted = formatted
        self.base = base
        self.userType = userType
        self.isArray = isArray
        self.isSerial = isSerial
    }

    /// Builds the canonical form from the words of a type as written.
    /// - Parameters:
    ///   - words: the type's name, lower-cased unless quoted (`["character", "varying"]`).
    ///   - schema: the schema a user type was qualified with.
    ///   - modifiers: the parenthesised arguments as written (`["10", "2"]`).
    ///   - timeZone: `true` for `with time zone`, `false` for `without`, nil when not said.
    static func canonical(words: [String], schema: String?, modifiers: [String], timeZone: Bool?, arrayDepth: Int, quoted: Bool) -> SQLTypeName {
        let joined = words.joined(separator: " ")
        var base = joined
        var typmod = modifiers.isEmpty ? "" : "(" + modifiers.joined(separator: ",") + ")"
        var serial = false
        var userType: QualifiedName?
        let isBuiltinSchema = schema == nil || schema == "pg_catalog"
        // `"char"` (quoted) is PostgreSQL's one-byte internal type, not character(1).
        if quoted, joined == "char" { return make(base: "\"char\"", formatted: "\"char\"", arrayDepth: arrayDepth) }
        // A quoted lower-case name is the same catalog name as the unquoted one (`"numeric"`).
        let exact = quoted && joined != joined.lowercased()
        if isBuiltinSchema, !exact, let simple = simpleNames[joined] {
            return make(base: simple, formatted: simple + typmod, arrayDepth: arrayDepth)
        }
        switch isBuiltinSchema && !exact ? joined : "\u{0}" {
        case "int", "integer", "int4": base = "integer"
        case "smallint", "int2": base = "smallint"
        case "bigint", "int8": base = "bigint"
        case "serial", "serial4": base = "integer"; serial = true
        case "bigserial", "serial8": base = "bigint"; serial = true
        case "smallserial", "serial2": base = "smallint"; serial = true
        case "real", "float4": base = "real"
        case "double precision", "float8": base = "double precision"
        case "float":
            // float(p): p <= 24 is real, otherwise double precision (SQL standard bits).
            if let p = modifiers.first.flatMap({ Int($0) }), p <= 24 { base = "real" } else { base = "double precision" }
            typmod = ""
        case "decimal", "numeric":
            base = "numeric"
            if modifiers.count == 1 { typmod = "(\(modifiers[0]),0)" }
        case "bool", "boolean": base = "boolean"
        case "varchar", "character varying", "char varying": base = "character varying"
        case "char", "character":
            base = "character"
            if modifiers.isEmpty { typmod = "(1)" }
        case "bpchar": base = modifiers.isEmpty ? "bpchar" : "character"
        case "bit": base = "bit"; if modifiers.isEmpty { typmod = "(1)" }
        case "varbit", "bit varying": base = "bit varying"
        case "timestamp", "timestamptz":
            let zoned = joined == "timestamptz" || timeZone == true
            return make(base: zoned ? "timestamp with time zone" : "timestamp without time zone",
                        formatted: "timestamp" + typmod + (zoned ? " with time zone" : " without time zone"), arrayDepth: arrayDepth)
        case "time", "timetz":
            let zoned = joined == "timetz" || timeZone == true
            return make(base: zoned ? "time with time zone" : "time without time zone",
                        formatted: "time" + typmod + (zoned ? " with time zone" : " without time zone"), arrayDepth: arrayDepth)
        case "text", "uuid", "json", "jsonb", "bytea", "date", "interval", "inet", "cidr", "macaddr", "macaddr8", "money",
             "tsvector", "tsquery", "xml", "oid", "point", "line", "lseg", "box", "path", "polygon", "circle", "regclass",
             "name", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn", "txid_snapshot":
            base = joined
        default:
            userType = QualifiedName(schema: schema == "pg_catalog" ? nil : schema, words.last ?? joined)
            base = Self.quoteIfNeeded(words.last ?? joined)
            if let schema, schema != "public", schema != "pg_catalog" { base = Self.quoteIfNeeded(schema) + "." + base }
            typmod = ""  // typmods of user types are rare; format_type drops unknown ones
        }
        var result = make(base: base, formatted: base + typmod, arrayDepth: arrayDepth)
        result.isSerial = serial
        result.userType = userType
        return result
    }

    /// Names whose canonical spelling needs no rule beyond a lookup (most columns' types).
    static let simpleNames: [String: String] = {
        var names: [String: String] = [
            "int": "integer", "integer": "integer", "int4": "integer", "smallint": "smallint", "int2": "smallint",
            "bigint": "bigint", "int8": "bigint", "real": "real", "float4": "real", "double precision": "double precision",
            "float8": "double precision", "bool": "boolean", "boolean": "boolean", "varchar": "character varying",
            "character varying": "character varying", "char varying": "character varying", "varbit": "bit varying",
            "bit varying": "bit varying",
        ]
        for same in ["text", "uuid", "json", "jsonb", "bytea", "date", "interval", "inet", "cidr", "macaddr", "macaddr8", "money",
                     "tsvector", "tsquery", "xml", "oid", "point", "line", "lseg", "box", "path", "polygon", "circle", "regclass",
                     "name", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn", "txid_snapshot"] {
            names[same] = same
        }
        return names
    }()

    private static func make(base: String, formatted: String, arrayDepth: Int) -> SQLTypeName {
        // format_type prints one `[]` whatever the declared dimensions: PostgreSQL does not
        // enforce them.
        SQLTypeName(formatted: arrayDepth > 0 ? formatted + "[]" : formatted, base: base, isArray: arrayDepth > 0)
    }

    /// The same type with its user-type part spelled for a given schema (the replay knows
    /// which schema an unqualified user type resolved to only after the fact).
    func withElement(_ formatted: String) -> SQLTypeName {
        var copy = self
        copy.formatted = isArray ? formatted + "[]" : formatted
        return copy
    }

    /// The type of the array's elements, for `ARRAY[…]` casts in CHECK lists.
    var element: SQLTypeName {
        var copy = self
        if isArray { copy.formatted.removeLast(2); copy.isArray = false }
        return copy
    }

    /// `quote_ident`: a name prints bare only when it is lower-case letters, digits and
    /// underscores, does not start with a digit, and is not a reserved keyword.
    public static func quoteIfNeeded(_ name: String) -> String {
        var safe = !name.isEmpty
        for (offset, b) in name.utf8.enumerated() {
            let ok = (b >= 0x61 && b <= 0x7A) || b == 0x5F || (offset > 0 && ((b >= 0x30 && b <= 0x39) || b == 0x24))
            if !ok { safe = false; break }
        }
        if safe, SQLKeywords.reserved.contains(name) { safe = false }
        if safe { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// PostgreSQL's reserved keywords (those `quote_ident` must quote and that cannot be a column
/// name without quotes), from `src/include/parser/kwlist.h`: RESERVED_KEYWORD entries, plus the
/// type/function-name keywords that cannot be bare column names.
enum SQLKeywords {
    static let reserved: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast", "check",
        "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role", "current_time",
        "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except",
        "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
        "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
        "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
        "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where", "window", "with",
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full", "ilike", "inner",
        "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps", "right", "similar", "tablesample",
        "verbose",
    ]
}
