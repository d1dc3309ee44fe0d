/// Lint: code writes or reads a table that the workspace's migrations created and then dropped,
/// renamed or moved to another schema. A table no migration ever created is not reported: views,
/// tables made by hand and a platform's own schemas (`auth.users`) are not modelled, and a
/// guess would be wrong too often to be worth a critical.
public struct TableMissingRule: Rule {
    public init() {}

    static let migration = """
        create table job_logs (id bigint primary key, line text);
        create table events (id bigint primary key);
        alter table job_logs rename to job_events;
        drop table events;

        """

    public let description = RuleDescription(
        id: "table-missing",
        severity: .critical,
        summary: "Code uses a table that the migrations dropped, renamed or moved.",
        rationale: "Every statement on the old name fails (`relation … does not exist`) once the migration has run.",
        triggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_logs.sql": migration,
                "web/package.json": "{}\n",
                "web/src/logs.ts": "await supabase.from(\"job_logs\").select(↓\"line\");\n",
            ], note: "renamed by the other project's migration"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_logs.sql": migration,
                "worker/src/events.ts": "await db.query(\"insert into events (↓id) values ($1)\", [id]);\n",
            ], note: "dropped"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_logs.sql": migration,
                "worker/src/events.ts": "await db.query(\"select ↓line from job_logs where id = $1\", [id]);\n",
            ], note: "SQL in code"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20250101000000_init.sql": "create table audit_logs (id uuid primary key, "
                    + "severity text not null);\ncreate table security_events (id uuid primary key);\n",
                "app/supabase/migrations/20250201000000_view.sql": "drop table if exists security_events cascade;\n"
                    + "create or replace view security_events as select id, severity from audit_logs "
                    + "where severity in ('error', 'critical');\n",
                "app/src/events.ts": "await supabase.from(\"security_events\").select(\"*\");\n",
            ], note: "a view now holds the dropped table's name"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_logs.sql": migration,
                "web/package.json": "{}\n",
                "web/src/logs.ts": "await supabase.from(\"job_events\").select(\"line\");\n",
            ], note: "the new name"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_logs.sql": migration,
                "worker/src/users.ts": "await supabase.from(\"profiles\").select(\"id\");\n",
            ], note: "a table the migrations never created (a view, a hand-made table) is not judged"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/src/events.ts": "await db.query(\"insert into events (id) values ($1)\", [id]);\n",
            ], note: "no database in the workspace"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let lookup = SchemaLookup(databases: workspace.context.databases)
        var groups: [String: (facts: [Fact], database: String, fate: SchemaLookup.Fate)] = [:]
        var order: [String] = []
        for fact in workspace.context.facts.of(.column) where fact.direction == .writes || fact.direction == .reads {
            // DML that ran once, against the schema of its day (a migration's own statements).
            if fact.attributes["schema"] == "past" { continue }
            guard let (schemaName, tableName, _) = SchemaLookup.split(fact.name) else { continue }
            let name = QualifiedName(schema: schemaName, tableName)
            let candidates = lookup.databases(for: fact)
            // A view of that name (one that replaced a dropped table) answers reads and simple writes.
            guard !candidates.isEmpty,
                  candidates.allSatisfy({ $0.schema.tables[name] == nil && !$0.schema.views.contains(name) }),
                  let (database, fate) = candidates.lazy.compactMap({ db in SchemaLookup.fate(ofTable: name, in: db.schema).map { (db, $0) } }).first
            else { continue }
            let key = fact.project + "\u{1F}" + name.description
            if groups[key] == nil { order.append(key); groups[key] = ([], database.name, fate) }
            groups[key]?.facts.append(fact)
        }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let facts = group.facts.sorted { $0.location < $1.location }
            let first = facts[0]
            let table = first.name.split(separator: ".").dropLast().joined(separator: ".")
            let fate = group.fate
            let places = Array(Set(facts.map(\.location)).subtracting([first.location])).sorted()
            return description.finding(
                "\(first.project) uses table '\(table)', which was \(fate.change)",
                kind: "table", projects: [first.project, fate.provenance.project], names: [table], at: first.location,
                related: places.map { RelatedLocation($0, note: "also uses it") }
                    + [RelatedLocation(fate.provenance.location, note: "\(fate.provenance.project) \(fate.change) here")],
                what: "`\(first.evidence)` at \(first.location) uses '\(table)'; in the database '\(group.database)' that table was "
                    + "\(fate.text).",
                fix: "Follow the migration (\(fate.text)): change the queries at \(first.location) and the related places.")
        }
    }
}
