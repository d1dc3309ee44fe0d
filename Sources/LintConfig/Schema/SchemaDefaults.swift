/// Spells a column default (or generated expression) the way `pg_get_expr` prints it back
/// from the catalog, for the forms migrations use. PostgreSQL stores a literal cast to the
/// column's type and prints the cast with the type's name but not its modifiers
/// (`'paid'::character varying`, `'USD'::bpchar`); it prints non-negative numbers bare, an
/// operator expression in parentheses, and an untyped string argument of a function as text
/// (`timezone('utc'::text, now())`). Forms beyond these keep their canonical token text; the
/// oracle test lists where that still differs.
enum SchemaDefaults {
    /// nil when no default is stored. A bare `NULL` in `CREATE TABLE` stores nothing, but
    /// `ALTER COLUMN … SET DEFAULT NULL` stores a typed NULL (PostgreSQL's two code paths differ).
    static func render(_ expression: SQLExpression, columnType column: ColumnSchema, inAlter: Bool = false) -> String? {
        let label = castLabel(column.type)
        switch expression.literal {
        case .null?:
            return inAlter ? "NULL::" + (expression.cast.map { castLabel($0.formatted) } ?? label) : nil
        case .string(let value)?:
            let literal = "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            if let cast = expression.cast { return literal + "::" + castLabel(cast.formatted) }
            if column.type == "boolean" {
                switch value.lowercased() {
                case "t", "true", "yes", "y", "on", "1": return "true"
                case "f", "false", "no", "n", "off", "0": return "false"
                default: break
                }
            }
            if numericTypes.contains(label), Double(value) != nil { return renderNumber(value, label: label) }
            return literal + "::" + label
        case .number(let value)?:
            return renderNumber(value, label: expression.cast.map { castLabel($0.formatted) } ?? label)
        case .boolean(let flag)?:
            return flag ? "true" : "false"
        case nil:
            return deparse(expression.text)
        }
    }

    static let numericTypes: Set<String> = ["integer", "bigint", "smallint", "numeric", "real", "double precision"]

    /// The type as a cast prints it: no typmods, `character` as `bpchar`, `bit` quoted.
    static func castLabel(_ type: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(type.utf8.count)
        var depth = 0
        for b in type.utf8 {
            if b == 0x28 { depth += 1; continue }
            if b == 0x29 { depth -= 1; continue }
            if depth == 0 { bytes.append(b) }
        }
        let out = String(decoding: bytes, as: UTF8.self)
        let isArray = out.hasSuffix("[]")
        var base = isArray ? String(out.dropLast(2)) : out
        switch base {
        case "character": base = "bpchar"
        case "bit": base = "\"bit\""
        default: break
        }
        return isArray ? base + "[]" : base
    }

    /// Non-negative constants print bare, except an int8 value that needs more than int4;
    /// negative ones print quoted with a cast (`get_const_expr` in ruleutils.c).
    static func renderNumber(_ value: String, label: String) -> String {
        if value.hasPrefix("-") { return "'\(value)'::\(label)" }
        let isInteger = value.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if isInteger, Int64(value).map({ $0 > Int64(Int32.max) }) ?? true {
            return "'\(value)'::\(label == "integer" || label == "smallint" ? "bigint" : label)"
        }
        return value
    }

    /// A light deparse of an expression that is not a bare literal.
    static func deparse(_ text: String) -> String {
        // Fast path: a call without arguments (`now()`, `gen_random_uuid()`) prints as written.
        if text.utf8.count > 2, text.utf8.last == 0x29, text.utf8.dropLast().last == 0x28,
           text.utf8.dropLast(2).allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2E }) {
            return text
        }
        guard let source = try? SQLSource.lex(text, path: "") else { return text }
        let tokens = source.tokens
        var out = ""
        var previous: SQLTokenKind?
        var callDepth: [Bool] = []  // per open paren: is it a function call's argument list
        var topLevelOperator = false
        for i in tokens.indices {
            let kind = tokens[i].kind
            let tight: Bool
            switch (previous, kind) {
            case (nil, _): tight = true
            case (.leftParen?, _), (.leftBracket?, _), (.doubleColon?, _), (.dot?, _): tight = true
            case (_, .rightParen), (_, .rightBracket), (_, .comma), (_, .doubleColon), (_, .dot): tight = true
            case (.identifier?, .leftParen), (.quotedIdentifier?, .leftParen), (.identifier?, .leftBracket): tight = true
            default: tight = false
            }
            if !tight { out += " " }
            switch kind {
            case .leftParen:
                callDepth.append(previous == .identifier || previous == .quotedIdentifier)
                out += "("
            case .rightParen:
                _ = callDepth.popLast()
                out += ")"
            case .identifier:
                let word = source.text(i).lowercased()
                let isCall = i + 1 < tokens.count && tokens[i + 1].kind == .leftParen
                if !isCall, sqlValueFunctions.contains(word) { out += word.uppercased() } else { out += word }
            case .string:
                let value = source.stringValue(i) ?? ""
                out += "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
                let cast = i + 1 < tokens.count && tokens[i + 1].kind == .doubleColon
                if !cast, callDepth.last == true { out += "::text" }
            case .op:
                if callDepth.isEmpty { topLevelOperator = true }
                out += source.text(i)
            default:
                out += source.text(i)
            }
            previous = kind
        }
        return topLevelOperator ? "(" + out + ")" : out
    }

    static let sqlValueFunctions: Set<String> = [
        "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user", "current_role",
    ]
}
