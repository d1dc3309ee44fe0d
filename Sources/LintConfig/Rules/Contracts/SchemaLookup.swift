/// Where a column or table fact of code stands against the workspace's replayed databases: the
/// database a fact belongs to, and what its history says about a name the final schema lacks
/// ("dropped in …", "renamed to … in …"). Shared by `column-missing` and `table-missing`.
struct SchemaLookup {
    let databases: [ReplayedDatabase]

    /// `public.jobs.status` → (`public`, `jobs`, `status`); nil for names of another shape.
    static func split(_ name: String) -> (schema: String, table: String, column: String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// A name as SQL must spell it in a fix: quoted when PostgreSQL would fold or reject it bare
    /// (`Chat` → `"Chat"`); each part of `public.Chat` on its own.
    static func sqlName(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { part in
            let plain = part.first.map { $0 == "_" || ("a"..."z").contains($0) } ?? false
                && part.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            return plain ? String(part) : "\"" + part.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ".")
    }

    /// The databases a fact can mean: the one a migration fact names; else those the fact's project
    /// builds with its migrations; else the workspace's only database. Code talking to a database
    /// whose migrations are not in the workspace gets none, so nothing is reported about it.
    func databases(for fact: Fact) -> [ReplayedDatabase] {
        if let name = fact.attributes["database"] { return databases.filter { $0.name == name } }
        let own = databases.filter { database in
            database.schema.tables.values.contains { table in table.history.contains { $0.provenance.project == fact.project } }
        }
        if !own.isEmpty { return own }
        return databases.count == 1 ? databases : []
    }

    /// What became of a table or column: the change in words (`renamed to 'x'`), where, and the
    /// project whose migration made it — the other side of the finding.
    struct Fate {
        var change: String
        var provenance: SchemaProvenance

        var text: String { "\(change) in \(provenance.location) (\(provenance.project))" }
    }

    /// What became of a table the final schema lacks, if the migrations say.
    static func fate(ofTable name: QualifiedName, in schema: DatabaseSchema) -> Fate? {
        for table in schema.tables.values {
            for change in table.history {
                if case .renamed(let from) = change.kind, from == name.name, table.name.schema == name.schema {
                    return Fate(change: "renamed to '\(table.name.name)'", provenance: change.provenance)
                }
                if case .movedToSchema(let from) = change.kind, from == name.schema, table.name.name == name.name {
                    return Fate(change: "moved to schema '\(table.name.schema ?? "public")'", provenance: change.provenance)
                }
            }
        }
        for table in schema.droppedTables where table.name == name {
            if let drop = table.history.last(where: { $0.kind == .dropped }) {
                return Fate(change: "dropped", provenance: drop.provenance)
            }
        }
        return nil
    }

    /// What became of a column the table lacks: renamed (to what, where) or dropped (where).
    static func fate(ofColumn name: String, in table: TableSchema) -> Fate? {
        for column in table.columns {
            for change in column.history {
                if case .renamed(let from) = change.kind, from == name {
                    return Fate(change: "renamed to '\(column.name)'", provenance: change.provenance)
                }
            }
        }
        for column in table.droppedColumns.reversed() where column.name == name {
            if let drop = column.history.last(where: { $0.kind == .dropped }) {
                return Fate(change: "dropped", provenance: drop.provenance)
            }
        }
        return nil
    }
}
