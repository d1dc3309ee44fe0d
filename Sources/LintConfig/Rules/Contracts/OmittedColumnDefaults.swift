/// The initial states rows get from defaults: an insert whose column list is known whole
/// (`InsertStatement`) and leaves out a column gives its rows that column's default — the
/// literal `DEFAULT` of the table as the migrations leave it, or, when no database of the
/// workspace has the table, the literal default the project's ORM mirror declares (drizzle
/// `.default('queued')`, Prisma `@default("queued")`), which is what a schema pushed from that
/// mirror holds. Each becomes a `column-value` write of role `initial` at the insert, so a rule
/// treats it as it treats a value written out.
struct OmittedColumnDefaults {
    /// Evidence of the value facts that are defaults rather than values written by a statement.
    static func isDefault(_ fact: Fact) -> Bool {
        fact.evidence == "column default" || fact.evidence.hasSuffix(".default") || fact.evidence.contains("@default")
    }

    /// One implicit write, and the default it comes from.
    struct Write {
        var fact: Fact
        var defaultLocation: Location?
    }

    /// Implicit writes by column (`public.jobs.status`).
    static func writes(_ context: RuleContext) -> [String: [Write]] {
        let lookup = SchemaLookup(databases: context.databases)
        let ormDefaults = context.facts.of(.columnValue, .writes).filter {
            isDefault($0) && $0.evidence != "column default"
        }
        var result: [String: [Write]] = [:]
        for insert in InsertStatement.all(context.facts.of(.column, .writes)) {
            let written = insert.columnNames
            guard let (schemaName, tableName, _) = SchemaLookup.split(insert.table + "._") else { continue }
            let tables = lookup.databases(for: insert.columns[0]).compactMap {
                $0.schema.table(tableName, schema: schemaName)
            }
            var defaults: [(column: String, value: String, location: Location?)] = []
            if let table = tables.first {
                guard written.allSatisfy({ table.column($0) != nil }) else { continue }
                for column in table.columns where !written.contains(column.name) {
                    guard let value = MigrationFacts.defaultLiteral(column.defaultValue) else { continue }
                    let change = column.history.last { change in
                        if case .defaultSet = change.kind { return true }
                        return change.kind == .added
                    }
                    defaults.append((column.name, value, change?.provenance.location))
                }
            } else {
                let declared = ormDefaults.filter { InsertStatement.table(of: $0.name) == insert.table }
                let own = declared.filter { $0.project == insert.project }
                for fact in own.isEmpty ? declared : own {
                    guard let column = fact.name.split(separator: ".").last.map(String.init), !written.contains(column),
                          let value = fact.value, !defaults.contains(where: { $0.column == column }) else { continue }
                    defaults.append((column, value, fact.location))
                }
            }
            for entry in defaults {
                let name = insert.table + "." + entry.column
                let fact = Fact(kind: .columnValue, name: name, direction: .writes, value: entry.value,
                                attributes: ["role": "initial", "omitted": "true"], project: insert.project,
                                location: insert.location, evidence: insert.evidence)
                result[name, default: []].append(Write(fact: fact, defaultLocation: entry.location))
            }
        }
        return result
    }
}
