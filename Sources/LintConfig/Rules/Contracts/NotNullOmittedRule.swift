/// Lint: an INSERT whose column list is known whole leaves out a column that the table, as the
/// migrations leave it, declares NOT NULL with no default, identity or generation expression
/// (a `serial` column has its sequence's default). The inserts read are SQL with a written-out
/// column list (in code, and in the current definition of a migration's function), supabase-js
/// `.insert({…})` / `.upsert({…})` rows and drizzle `.values({…})` rows with no spread and no
/// computed key (`InsertStatement`). Columns that some trigger function of the database assigns
/// (`NEW.col := …`) count as set, whichever table its trigger is on (triggers are not tied to
/// their tables here); a drizzle row also counts the columns its `pgTable` fills in client side
/// (`$defaultFn`). Columns of a domain type are not judged (a domain may carry the default).
public struct NotNullOmittedRule: Rule {
    public init() {}

    static let events = """
        create table events (
          id bigint generated always as identity primary key,
          job_id uuid not null,
          kind text not null,
          data jsonb,
          created_at timestamptz not null default now()
        );

        """

    public let description = RuleDescription(
        id: "not-null-omitted",
        severity: .critical,
        summary: "An INSERT leaves out a NOT NULL column that has no default, identity or generation expression.",
        rationale: "PostgreSQL rejects every such row (`null value in column … violates not-null constraint`): the "
            + "write path fails each time it runs, typically after another project's migration added the column.",
        fix: "Write the column in the insert (the finding names each place), or give it a default in a migration "
            + "(`ALTER TABLE t ALTER COLUMN c SET DEFAULT …`), or set it in a BEFORE INSERT trigger.",
        triggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events,
                "worker/src/log.ts": "await supabase.from(\"events\").insert({ ↓job_id: jobId, data });\n",
            ], note: "supabase-js insert without `kind`"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events,
                "web/package.json": "{}\n",
                "web/src/log.ts": "await db.query(\"insert into events (↓job_id, data) values ($1, $2)\", "
                    + "[id, data]);\n",
            ], note: "SQL in another project's code"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/drizzle/0000_events.sql": events,
                "web/src/schema.ts": "export const events = pgTable(\"events\", { jobId: uuid(\"job_id\").notNull(), "
                    + "kind: text(\"kind\").notNull(), data: jsonb(\"data\") });\n",
                "web/src/log.ts": "import { events } from \"./schema\";\n"
                    + "await db.insert(events).values({ ↓jobId: id, data: {} });\n",
            ], note: "drizzle row"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events
                    + "create function log_start(p_job uuid) returns void language sql as $$\n"
                    + "  insert into events (↓job_id) values (p_job);\n$$;\n",
            ], note: "a migration's function"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events,
                "worker/src/log.ts": "await supabase.from(\"events\").insert({ job_id: jobId, kind: \"start\" });\n"
                    + "await db.query(\"insert into events (job_id, kind, data) select job_id, kind, data "
                    + "from staged\");\n",
            ], note: "every NOT NULL column without a default is written; identity and defaults fill the rest"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events,
                "worker/src/log.ts": "await supabase.from(\"events\").insert({ ...base, job_id: jobId });\n"
                    + "await supabase.from(\"events\").insert(row);\n"
                    + "await db.query(\"insert into events select * from staged\");\n",
            ], note: "a spread, a row built elsewhere, no column list: what is left out is not known"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_events.sql": events
                    + "create function events_kind() returns trigger language plpgsql as $$\n"
                    + "begin\n  new.kind := coalesce(new.kind, 'log');\n  return new;\nend;\n$$;\n"
                    + "create trigger events_kind before insert on events for each row "
                    + "execute function events_kind();\n",
                "worker/src/log.ts": "await supabase.from(\"events\").insert({ job_id: jobId });\n",
            ], note: "a trigger function sets the column"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/drizzle/0000_events.sql": events,
                "web/src/schema.ts": "export const events = pgTable(\"events\", { jobId: uuid(\"job_id\").notNull(), "
                    + "kind: text(\"kind\").notNull().$defaultFn(() => \"log\") });\n",
                "web/src/log.ts": "import { events } from \"./schema\";\n"
                    + "await db.insert(events).values({ jobId: id });\n",
            ], note: "drizzle fills `kind` in itself"),
            RuleExample([
                "worker/package.json": "{}\n",
                "worker/src/log.ts": "await supabase.from(\"events\").insert({ job_id: jobId });\n",
            ], note: "no migrations in the workspace: nothing to judge by"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts
        let lookup = SchemaLookup(databases: workspace.context.databases)
        let clientDefaults = Set(facts.of(.column, .declares).filter { $0.attributes["clientDefault"] == "true" }
            .map { $0.project + "\u{1F}" + $0.name })
        typealias Group = (omitted: [ColumnSchema], table: TableSchema, database: String, inserts: [InsertStatement])
        var groups: [String: Group] = [:]
        var order: [String] = []
        var seenPlaces = Set<Location>()
        var triggerColumns: [String: Set<String>] = [:]
        for insert in InsertStatement.all(facts.of(.column, .writes)) {
            guard let (schemaName, tableName, _) = SchemaLookup.split(insert.table + "._"),
                  let (database, table) = target(insert, schema: schemaName, table: tableName, lookup) else { continue }
            let written = insert.columnNames
            guard written.allSatisfy({ table.column($0) != nil }) else { continue }
            if triggerColumns[database.name] == nil {
                triggerColumns[database.name] = Set(database.schema.routines.flatMap(\.body.newRowAssignments))
            }
            let setByTriggers = triggerColumns[database.name] ?? []
            let omitted = table.columns.filter { column in
                !written.contains(column.name) && !setByTriggers.contains(column.name)
                    && Self.needsValue(column, database.schema)
                    && !(insert.evidence.hasPrefix("drizzle")
                         && clientDefaults.contains(insert.project + "\u{1F}" + insert.table + "." + column.name))
            }
            guard !omitted.isEmpty else { continue }
            // One finding per place: code of a package two projects run is one insert, not two.
            guard seenPlaces.insert(insert.location).inserted else { continue }
            let key = ([insert.project, insert.table] + omitted.map(\.name)).joined(separator: "\u{1F}")
            if groups[key] == nil {
                order.append(key)
                groups[key] = (omitted, table, database.name, [])
            }
            groups[key]?.inserts.append(insert)
        }
        return order.compactMap { key in
            groups[key].map { finding($0.inserts, omitted: $0.omitted, table: $0.table, database: $0.database) }
        }
    }

    /// The database and table an insert writes, when the table is there.
    func target(_ insert: InsertStatement, schema: String, table: String,
                _ lookup: SchemaLookup) -> (ReplayedDatabase, TableSchema)? {
        for database in lookup.databases(for: insert.columns[0]) {
            if let found = database.schema.table(table, schema: schema) { return (database, found) }
        }
        return nil
    }

    /// NOT NULL, and nothing fills it in: no default (a `DEFAULT NULL` is none), no identity, not
    /// generated, and not of a domain type (whose default the replay does not keep).
    static func needsValue(_ column: ColumnSchema, _ schema: DatabaseSchema) -> Bool {
        guard column.notNull, column.identity == nil, column.generated == nil else { return false }
        if let type = column.userType, schema.domains[type] != nil { return false }
        guard let value = column.defaultValue else { return true }
        return value.lowercased().hasPrefix("null")
    }

    func finding(_ inserts: [InsertStatement], omitted: [ColumnSchema], table: TableSchema,
                 database: String) -> Finding {
        let first = inserts[0]
        let tableName = first.table.hasPrefix("public.") ? String(first.table.dropFirst("public.".count)) : first.table
        let names = omitted.map(\.name)
        let list = NameContractWording.list(names)
        let verb = names.count == 1 ? "is" : "are"
        let origins = omitted.compactMap { column in Self.origin(of: column).map { (column.name, $0) } }
        let written = first.columns.compactMap { $0.name.split(separator: ".").last.map(String.init) }
        return description.finding(
            "\(first.project) inserts into \(tableName) without \(list), which \(verb) NOT NULL with no default",
            kind: "column", projects: [first.project] + origins.map(\.1.project),
            names: [first.table] + names.map { first.table + "." + $0 },
            at: first.location,
            related: inserts.dropFirst().map { RelatedLocation($0.location, note: "also leaves out \(list)") }
                + origins.map { name, origin in
                    RelatedLocation(origin.location, note: "\(name): NOT NULL, no default (\(origin.project))")
                },
            what: "`\(first.evidence)` at \(first.location) writes \(written.joined(separator: ", ")) into "
                + "\(first.table); as the migrations of '\(database)' leave it, \(list) \(verb) NOT NULL with no "
                + "default, identity or generation expression, so PostgreSQL rejects the row.",
            fix: "Write \(list) at \(first.location)"
                + (inserts.count > 1 ? " (and at every related insert)" : "")
                + ", or give \(names.count == 1 ? "it" : "them") a default in a migration "
                + "(`ALTER TABLE \(SchemaLookup.sqlName(first.table)) ALTER COLUMN \(SchemaLookup.sqlName(names[0])) "
                + "SET DEFAULT …`).")
    }

    /// Where the column became what it is: the migration that last set NOT NULL, dropped the
    /// default, or added it.
    static func origin(of column: ColumnSchema) -> SchemaProvenance? {
        column.history.last { change in
            switch change.kind {
            case .added, .notNullSet, .defaultDropped: return true
            default: return false
            }
        }?.provenance
    }
}
