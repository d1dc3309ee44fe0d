/// One INSERT whose column list is known whole — SQL with a written-out column list, a
/// supabase-js `.insert({…})` / `.upsert({…})` or a drizzle `.values({…})` object with no spread
/// and no computed key, a migration function's INSERT — gathered from its column facts. Each of
/// those facts carries the insert's id (`statement`, stable within its file: the insert's
/// ordinal there, so moving lines changes nothing) and the length of its column list
/// (`columns`); an insert with a column whose name did not resolve has fewer facts than that and
/// is not gathered, so a rule never takes a column it could not name for one left out.
public struct InsertStatement: Sendable {
    static let statementKey = "statement"
    static let columnsKey = "columns"

    /// The attributes each column fact of an insert carries.
    static func attributes(_ id: String, columns: Int) -> [String: String] {
        [statementKey: id, columnsKey: String(columns)]
    }

    public var project: String
    /// The table, schema-qualified (`public.jobs`).
    public var table: String
    /// The column facts of the list, in source order.
    public var columns: [Fact]

    /// Where the insert starts: its first column.
    public var location: Location { columns[0].location }
    public var evidence: String { columns[0].evidence }
    public var columnNames: Set<String> {
        Set(columns.compactMap { $0.name.split(separator: ".").last.map(String.init) })
    }

    /// Every insert of the facts whose column list is complete and names one table.
    public static func all(_ facts: [Fact]) -> [InsertStatement] {
        var groups: [String: [Fact]] = [:]
        var order: [String] = []
        for fact in facts where fact.kind == .column && fact.direction == .writes {
            guard let id = fact.attributes[statementKey] else { continue }
            let key = [fact.project, fact.location.path, id].joined(separator: "\u{1F}")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(fact)
        }
        return order.compactMap { key in
            guard let facts = groups[key]?.sorted(by: { $0.location < $1.location }), let first = facts.first,
                  let expected = first.attributes[columnsKey].flatMap(Int.init), facts.count == expected else {
                return nil
            }
            let tables = Set(facts.map { table(of: $0.name) })
            guard tables.count == 1, let table = tables.first, !table.isEmpty else { return nil }
            return InsertStatement(project: first.project, table: table, columns: facts)
        }
    }

    /// `public.jobs.status` → `public.jobs`.
    static func table(of column: String) -> String {
        guard let dot = column.lastIndex(of: ".") else { return "" }
        return String(column[..<dot])
    }
}
