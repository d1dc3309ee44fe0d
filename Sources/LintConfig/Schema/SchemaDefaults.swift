/// Spells a column default the way `pg_get_expr` prints it back from the catalog, for the
/// forms migrations use: literals (which PostgreSQL stores cast to the column's type, e.g.
/// `'queued'::text`), `now()`, `CURRENT_TIMESTAMP`, `gen_random_uuid()`. Other expressions keep
/// their canonical token text; where that differs from PostgreSQL's deparse the oracle test
/// lists it as a known gap.
enum SchemaDefaults {
    /// nil when the default is `NULL`: PostgreSQL stores no default for a bare NULL constant.
    static func render(_ expression: SQLExpression, columnType column: ColumnSchema, schema: DatabaseSchema) -> String? {
        let type = column.type
        switch expression.literal {
        case .null?:
            return nil
        case .string(let value)?:
            let castType = expression.cast?.formatted ?? type
            if castType == "boolean", expression.cast == nil || expression.cast?.formatted == "boolean" {
                switch value.lowercased() {
                case "t", "true", "yes", "y", "on", "1": return "true"
                case "f", "false", "no", "n", "off", "0": return "false"
                default: break
                }
            }
            let literal = "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            if let cast = expression.cast, cast.formatted != type {
                return literal + "::" + cast.formatted + "::" + type
            }
            if numericTypes.contains(castType), Double(value) != nil {
                return renderNumber(value, type: castType)
            }
            return literal + "::" + castType
        case .number(let value)?:
            let castType = expression.cast?.formatted ?? type
            return renderNumber(value, type: castType)
        case .boolean(let flag)?:
            return flag ? "true" : "false"
        case nil:
            break
        }
        let text = expression.text
        switch text.lowercased() {
        case "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user", "current_role":
            return text.uppercased()
        case "current_timestamp()": return "CURRENT_TIMESTAMP"
        default: return text
        }
    }

    static let numericTypes: Set<String> = ["integer", "bigint", "smallint", "numeric", "real", "double precision"]

    /// Integer constants print bare; negative ones and non-int4 constants print quoted with a
    /// cast (`get_const_expr` in ruleutils.c labels them so they re-read as the same type).
    static func renderNumber(_ value: String, type: String) -> String {
        let isInteger = value.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        let fitsInt4 = isInteger && Int64(value).map { $0 >= Int64(Int32.min) && $0 <= Int64(Int32.max) } == true
        switch type {
        case "integer", "bigint", "smallint":
            if value.hasPrefix("-") { return "'\(value)'::\(type)" }
            if type == "integer" || fitsInt4 { return value }
            return "'\(value)'::\(type)"
        case "numeric":
            return value.hasPrefix("-") ? "'\(value)'::numeric" : value
        default:
            return "'\(value)'::\(type)"
        }
    }
}
