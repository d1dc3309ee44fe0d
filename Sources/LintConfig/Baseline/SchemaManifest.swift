/// A replayed database as a baseline stores it: its tables and columns (type, nullability,
/// default), in the manifest's shape — `{"environments": [E], "projects": [{"name": database,
/// "schema": {"tables": […], "columns": […]}}]}` — so the generic drift comparison reads it as it
/// reads a project's facts: "table `gh_job_logs` created", "column `jobs.priority` dropped",
/// "column `jobs.status` changed: default: 'pending' → 'queued'". Defaults are printed through
/// `Redaction.sqlText`, as `lint-config schema` prints them.
public enum SchemaManifest {
    public static func json(_ database: ReplayedDatabase, environment: String) -> JSONValue {
        var tables: [JSONValue] = []
        var columns: [JSONValue] = []
        for name in database.schema.tables.keys.sorted() {
            guard let table = database.schema.tables[name] else { continue }
            let tableName = displayName(name)
            tables.append(.object(["name": .string(tableName), "rowLevelSecurity": .bool(table.rowLevelSecurity)]))
            for column in table.columns {
                var members: [String: JSONValue] = [
                    "name": .string("\(tableName).\(column.name)"),
                    "type": .string(column.type),
                    "notNull": .bool(column.notNull || column.domainNotNull),
                ]
                if let value = column.defaultValue { members["default"] = .string(Redaction.sqlText(value, column: column.name)) }
                if let identity = column.identity { members["identity"] = .string(identity) }
                if let generated = column.generated { members["generated"] = .string(Redaction.sqlText(generated, column: column.name)) }
                columns.append(.object(members))
            }
        }
        return .object([
            "environments": .array([.string(environment)]),
            "projects": .array([.object([
                "name": .string(database.name),
                "schema": .object(["tables": .array(tables), "columns": .array(columns)]),
            ])]),
        ])
    }

    /// `public` is PostgreSQL's default schema: left out, as people write table names.
    static func displayName(_ name: QualifiedName) -> String {
        name.schema == nil || name.schema == "public" ? name.name : "\(name.schema ?? "").\(name.name)"
    }

    /// The drift report's name for a database, beside project names.
    public static func driftName(_ database: String) -> String { "\(database) (database)" }
}
