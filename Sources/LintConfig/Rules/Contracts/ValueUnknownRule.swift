/// Lint: code or a migration's function writes a literal into a column, or selects rows by one,
/// that the column can never hold — outside its CHECK list (`status IN ('pending', …)`) or its
/// enum's labels. A write is refused by PostgreSQL; a filter never matches (on an enum, the
/// whole query fails with `invalid input value for enum`). Values excluded (`<> 'x'`) are not
/// judged: excluding an impossible value is harmless.
public struct ValueUnknownRule: Rule {
    public init() {}

    static let schema = """
        create type health as enum ('unknown', 'up', 'degraded', 'down');
        create table sandboxes (id serial primary key, health health not null default 'unknown',
          status text not null default 'pending' check (status in ('pending', 'running', 'completed', 'failed')));

        """

    public let description = RuleDescription(
        id: "value-unknown",
        severity: .high,
        summary: "A literal is written to or compared with a column whose CHECK list or enum does not allow it.",
        rationale: "A write outside a CHECK list or enum is refused, so the row is never saved; a filter on a value the column "
            + "never holds selects nothing — the two sides spell a state differently ('done' vs 'completed').",
        triggeringExamples: [
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": schema,
                "web/package.json": "{}\n",
                "web/src/health.ts": "await supabase.from(\"sandboxes\").select(\"id\").eq(\"health\", ↓\"healthy\");\n",
            ], note: "an enum without that label"),
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": schema,
                "ops/src/finish.ts": "await db.query(\"update sandboxes set status = ↓'done' where id = $1\", [id]);\n",
            ], note: "a transition the CHECK refuses"),
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": schema,
                "web/package.json": "{}\n",
                "web/src/create.ts": "await supabase.from(\"sandboxes\").insert({ status: ↓\"queued\" });\n",
            ], note: "an initial state the CHECK refuses"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "db/package.json": "{}\n",
                "db/supabase/migrations/20250101000000_init.sql": "create type dietary_restriction as enum "
                    + "('vegetarian', 'vegan');\ncreate table menu_items (id uuid primary key, "
                    + "dietary_restrictions dietary_restriction[] default '{}');\n",
            ], note: "an empty array is a value of any array column"),
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": schema,
                "web/package.json": "{}\n",
                "web/src/health.ts": "await supabase.from(\"sandboxes\").select(\"id\").eq(\"health\", \"up\");\n"
                    + "await supabase.from(\"sandboxes\").update({ status: \"completed\" }).eq(\"status\", \"running\");\n",
            ], note: "values the enum and the CHECK allow"),
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": schema,
                "ops/src/list.ts": "await db.query(\"select id from sandboxes where status <> 'archived'\");\n",
            ], note: "excluding a value the column never holds is harmless"),
            RuleExample([
                "ops/package.json": "{}\n",
                "ops/supabase/migrations/20240101000000_sandboxes.sql": "create table sandboxes (id serial primary key, status text);\n",
                "ops/src/list.ts": "await db.query(\"update sandboxes set status = 'anything' where id = 1\");\n",
            ], note: "a column without a CHECK list or enum takes any text"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let lookup = SchemaLookup(databases: workspace.context.databases)
        var findings: [Finding] = []
        var seen = Set<String>()
        for fact in workspace.context.facts.of(.columnValue) where fact.attributes["negated"] == nil {
            // An array literal (`'{}'`, the empty default of an enum-array column) is no label.
            guard let value = fact.value, !value.hasPrefix("sha256:"), !(value.hasPrefix("{") && value.hasSuffix("}")),
                  let (schemaName, tableName, columnName) = SchemaLookup.split(fact.name) else { continue }
            for database in lookup.databases(for: fact) {
                guard let table = database.schema.table(tableName, schema: schemaName), let column = table.column(columnName),
                      let allowed = Self.allowed(column, in: table, schema: database.schema), !allowed.values.contains(value),
                      seen.insert([fact.project, fact.name, value, fact.direction.rawValue].joined(separator: "\u{1F}")).inserted
                else { continue }
                findings.append(finding(fact, value: value, allowed: allowed))
                break
            }
        }
        return findings
    }

    /// The values a column may hold, and where that is declared; nil when it takes any value.
    static func allowed(_ column: ColumnSchema, in table: TableSchema, schema: DatabaseSchema)
        -> (values: [String], source: String, provenance: SchemaProvenance)? {
        if let type = column.userType {
            let enumType = schema.enums[type] ?? schema.enums[QualifiedName(schema: type.schema ?? "public", type.name)]
            if let enumType { return (enumType.labels, "enum \(enumType.name.name)", enumType.provenance) }
        }
        for constraint in table.constraints where constraint.kind == .check {
            if let values = constraint.allowedValues[column.name] {
                return (values, "CHECK \(constraint.name)", constraint.provenance)
            }
        }
        return nil
    }

    func finding(_ fact: Fact, value: String, allowed: (values: [String], source: String, provenance: SchemaProvenance)) -> Finding {
        let writes = fact.direction == .writes
        let near = NameNearMiss.nearest(to: value, among: allowed.values).map { " — did you mean '\($0.name)'?" } ?? ""
        let list = allowed.values.map { "'\($0)'" }.joined(separator: ", ")
        let column = fact.name.hasPrefix("public.") ? String(fact.name.dropFirst("public.".count)) : fact.name
        return description.finding(
            "\(fact.project) \(writes ? "writes" : "selects") \(column) = '\(value)', which its \(allowed.source) does not allow",
            kind: "column-value", projects: [fact.project, allowed.provenance.project], names: [fact.name, value],
            at: fact.location,
            related: [RelatedLocation(allowed.provenance.location, note: "\(allowed.source) allows \(list)")],
            what: "`\(fact.evidence)` at \(fact.location) \(writes ? "writes" : "compares") \(fact.name) "
                + "\(writes ? "=" : "with") '\(value)'; the column allows only \(list) (\(allowed.source), "
                + "\(allowed.provenance.project) at \(allowed.provenance.location))" + (near.isEmpty ? "." : near),
            impact: writes ? "PostgreSQL refuses the row (check or enum violation): the write is lost."
                : "The filter never matches (on an enum the query fails outright), so this code path never sees its rows.",
            fix: "Use one of \(list) at \(fact.location), or add '\(value)' to the \(allowed.source) in a migration.")
    }
}
