/// Lint: code (SQL in strings, supabase-js chains) or a migration's function writes or reads a
/// column that the table, as the workspace's migrations leave it, does not have — with what
/// became of it when the history knows ("dropped in …", "renamed to … in …"). Only tables the
/// migrations create are checked, and only against the database the project's migrations (or
/// the workspace's only database) build; a missing table is `table-missing`'s.
public struct ColumnMissingRule: Rule {
    public init() {}

    static let registry = """
        create table workers (id text primary key, ec2_instance_id text, ip text);
        alter table workers rename column ec2_instance_id to instance_id;
        alter table workers drop column ip;

        """

    public let description = RuleDescription(
        id: "column-missing",
        severity: .critical,
        summary: "Code writes or reads a column that the table, as the migrations leave it, does not have.",
        rationale: "PostgreSQL rejects the whole statement (`column … does not exist`): the write is lost or the read fails, "
            + "typically after another project's migration renamed or dropped the column.",
        triggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "web/package.json": "{}\n",
                "web/src/fleet.ts": "await supabase.from(\"workers\").select(↓\"id, ec2_instance_id\");\n",
            ], note: "renamed by the other project's migration"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "worker/src/register.ts": "await db.query(\"update workers set ↓ip = $1 where id = $2\", [ip, id]);\n",
            ], note: "dropped by a later migration"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "worker/src/register.ts": "await supabase.from(\"workers\").insert({ id, ↓hostname: host });\n",
            ], note: "never added"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "worker/src/find.ts":
                    "await supabase.from(\"workers\").select(\"id\").contains(↓\"tags->role\", { a: 1 });\n",
            ], note: "a JSON path on a column the table does not have"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "web/package.json": "{}\n",
                "web/src/fleet.ts": "await supabase.from(\"workers\").select(\"id, instance_id\");\n",
            ], note: "the column's current name"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_workers.sql": registry,
                "worker/src/other.ts": "await db.query(\"select hostname from servers\");\n",
            ], note: "a table the migrations do not create is not checked"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/src/register.ts": "await supabase.from(\"workers\").insert({ id, hostname: host });\n",
            ], note: "no database in the workspace"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20240101000000_prices.sql":
                    "create table prices (id int primary key, price text);\n",
                "app/supabase/migrations/20240605000000_price_numeric.sql":
                    "alter table prices add column temp_price numeric;\n"
                    + "update prices set temp_price = price::numeric;\n"
                    + "alter table prices drop column price;\n"
                    + "alter table prices rename column temp_price to price;\n",
            ], note: "a migration's own UPDATE ran against the schema of its day (relay-supa-club)"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20240101000000_init.sql":
                    "create table evidence (id uuid primary key, created_at timestamptz);\n"
                    + "create table evidence_people (evidence_id uuid references evidence(id), person_id uuid);\n"
                    + "create table interviews (id uuid primary key, analysis jsonb);\n",
                "app/src/q.ts": "await supabase.from(\"evidence_people\").select(\"evidence(created_at)\")"
                    + ".order(\"evidence(created_at)\");\n"
                    + "await supabase.from(\"interviews\").select(\"id\")"
                    + ".contains(\"analysis->transcript\", { id });\n",
            ], note: "a column of an embedded table, and a JSON path on a jsonb column (Insights)"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20250101000000_a.sql":
                    "create table profiles (id uuid primary key, email text);\n",
                "app/supabase/migrations/20250102000000_b.sql":
                    "create table profiles (id uuid primary key, email text, first_name text);\n",
                "app/src/me.ts": "await supabase.from(\"profiles\").select(\"email, first_name\");\n",
            ], note: "a second CREATE TABLE of the table declares it: which definition the database holds is unknown"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let lookup = SchemaLookup(databases: workspace.context.databases)
        var groups: [String: [Fact]] = [:]
        var order: [String] = []
        var fates: [String: (database: ReplayedDatabase, fate: SchemaLookup.Fate?)] = [:]
        for fact in workspace.context.facts.of(.column) where fact.direction == .writes || fact.direction == .reads {
            // DML that ran once, against the schema of its day (a migration's own statements).
            if fact.attributes["schema"] == "past" { continue }
            guard let (schemaName, tableName, column) = SchemaLookup.split(fact.name) else { continue }
            let candidates = lookup.databases(for: fact)
            let tables = candidates.compactMap { db in db.schema.table(tableName, schema: schemaName).map { (db, $0) } }
            guard let (database, table) = tables.first, tables.allSatisfy({ $0.1.column(column) == nil }),
                  !candidates.contains(where: { $0.schema.contestedColumns.contains(fact.name) }) else { continue }
            let key = fact.project + "\u{1F}" + fact.name
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(fact)
            fates[key] = (database, SchemaLookup.fate(ofColumn: column, in: table))
        }
        return order.compactMap { key in
            guard let facts = groups[key]?.sorted(by: { $0.location < $1.location }), let first = facts.first,
                  let (database, fate) = fates[key] else { return nil }
            return finding(facts, first: first, database: database.name, fate: fate)
        }
    }

    func finding(_ facts: [Fact], first: Fact, database: String, fate: SchemaLookup.Fate?) -> Finding {
        let verb = facts.contains { $0.direction == .writes } ? "writes" : "reads"
        let history = fate.map { "; it was \($0.text)" } ?? "; no migration ever added it"
        let places = Array(Set(facts.dropFirst().map(\.location)).subtracting([first.location])).sorted()
        return description.finding(
            "\(first.project) \(verb) column '\(first.name)', which the database '\(database)' does not have",
            kind: "column", projects: [first.project] + (fate.map { [$0.provenance.project] } ?? []), names: [first.name],
            at: first.location,
            related: places.map { RelatedLocation($0, note: "also uses it") }
                + (fate.map { [RelatedLocation($0.provenance.location, note: "\($0.provenance.project) \($0.change) here")] } ?? []),
            what: "`\(first.evidence)` at \(first.location) \(verb) '\(first.name)'; the table as the migrations of '\(database)' "
                + "leave it has no such column\(history).",
            fix: fate.map { "Follow the migration: \($0.text); change the query at \(first.location) (and every related place)." }
                ?? "Add the column in a migration, or correct the name at \(first.location).")
    }
}
