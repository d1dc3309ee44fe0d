/// Lint: a column of an ORM mirror (drizzle `pgTable`; a Prisma model when its facts carry a
/// type) disagrees with the table the workspace's migrations build, on its default (literal
/// against literal, or a default the database lacks), its nullability, or its type (medium:
/// compared after bringing both to PostgreSQL's spelling, `OrmColumnType`; an ORM type the
/// mapping does not know is never a finding). Only tables and columns the database has are
/// compared — against the database the mirror's project builds with its migrations, else the
/// workspace's only one. A mirror column that is nullable while the database says NOT NULL is
/// reported only when nothing fills the column in (no default, identity, generation, client
/// default) and it is no part of a primary key.
public struct OrmMirrorDriftRule: Rule {
    public init() {}

    static let jobs = """
        create table jobs (
          id uuid primary key default gen_random_uuid(),
          status text not null default 'pending',
          attempts integer not null default 0,
          note text
        );

        """

    public let description = RuleDescription(
        id: "orm-mirror-drift",
        severity: .high,
        summary: "An ORM mirror (drizzle pgTable, Prisma model) disagrees with the migrations on a column's default, "
            + "nullability or type.",
        rationale: "Code written against the mirror believes something the database does not do: new rows start in "
            + "another state than the code expects, a value the types promise is null, or a write the types allow is "
            + "refused.",
        fix: "Change the mirror to say what the migrations do (they decide what the database does), or write a "
            + "migration that makes the table what the mirror says; regenerate the mirror if a tool writes it.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { status: text(\"status\").notNull()"
                    + ".default(↓\"queued\") });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs,
            ], note: "the mirror's default is not the table's"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { ↓note: text(\"note\").notNull() });\n",
                "web/drizzle/0000_jobs.sql": jobs,
            ], note: "NOT NULL in the mirror, nullable in the table"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { ↓attempts: text(\"attempts\")"
                    + ".notNull() });\n",
                "web/drizzle/0000_jobs.sql": jobs,
            ], note: "text in the mirror, integer in the table (medium)"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { ↓note: text(\"note\")"
                    + ".defaultNow() });\n",
                "web/drizzle/0000_jobs.sql": jobs,
            ], note: "a default the table does not have"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", {\n"
                    + "  id: uuid(\"id\").primaryKey().defaultRandom(),\n"
                    + "  status: varchar(\"status\", { length: 20 }).$type<\"pending\" | \"done\">().notNull()"
                    + ".default(\"pending\"),\n"
                    + "  attempts: integer(\"attempts\").notNull().default(0),\n"
                    + "  note: text(\"note\"),\n});\n",
                "web/drizzle/0000_jobs.sql": jobs.replacingOccurrences(of: "status text", with: "status varchar(20)"),
            ], note: "the mirror agrees (varchar = character varying, 0 = 0, `.$type<…>()` keeps the chain)"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { status: statusEnum(\"status\"), "
                    + "attempts: integer(\"attempts\"), extra: text(\"extra\").notNull(), "
                    + "tags: text(\"tags\").default(\"[]\").array() });\n",
                "web/drizzle/0000_jobs.sql": jobs + "alter table jobs add column tags text[] default '{}';\n",
            ], note: "an unknown ORM type; a nullable mirror of a column with a default; a column the table lacks; "
                + "an array's default"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { status: text(\"status\")"
                    + ".default(\"queued\") });\n",
            ], note: "no migrations in the workspace"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts
        let lookup = SchemaLookup(databases: workspace.context.databases)
        let ormDefaults = facts.of(.columnValue, .writes).filter {
            OmittedColumnDefaults.isDefault($0) && $0.evidence != "column default"
        }
        var findings: [Finding] = []
        // A package two projects run (a shared `packages/db`) declares its mirror once: one finding per place.
        var seen = Set<Location>()
        for fact in facts.of(.column, .declares) where Self.isMirror(fact) && seen.insert(fact.location).inserted {
            guard let (schemaName, tableName, columnName) = SchemaLookup.split(fact.name) else { continue }
            let found = lookup.databases(for: fact).lazy.compactMap { database in
                database.schema.table(tableName, schema: schemaName).map { (database, $0) }
            }.first
            guard let (database, table) = found, let column = table.column(columnName) else { continue }
            let literal = ormDefaults.first {
                $0.project == fact.project && $0.name == fact.name && $0.location.path == fact.location.path
            }
            let mirror = MirrorColumn(fact: fact, literalDefault: literal)
            let drift = MirrorDrift(mirror: mirror, column: column, table: table, database: database.name)
            findings += drift.findings(description)
        }
        return findings
    }

    static func isMirror(_ fact: Fact) -> Bool {
        fact.evidence == "drizzle pgTable" || fact.evidence.lowercased().contains("prisma")
    }
}

/// What an ORM mirror says of one column.
struct MirrorColumn {
    var fact: Fact
    /// The literal default's value fact (`.default("queued")`), if any.
    var literalDefault: Fact?

    var isDrizzle: Bool { fact.evidence.hasPrefix("drizzle") }
    var typeName: String { fact.attributes["type"] ?? "" }

    var type: OrmColumnType? {
        isDrizzle ? OrmColumnType.drizzle(typeName, attributes: fact.attributes)
            : OrmColumnType.prisma(typeName, native: fact.attributes["nativeType"])
    }

    /// drizzle's serial types and identity columns are NOT NULL without saying so.
    var notNull: Bool {
        fact.attributes["notNull"] == "true" || fact.attributes["identity"] == "true"
            || (isDrizzle && typeName.hasSuffix("serial"))
    }

    var hasDefault: Bool {
        fact.attributes["default"] != nil || literalDefault != nil || fact.attributes["clientDefault"] == "true"
            || fact.attributes["identity"] == "true" || fact.attributes["generated"] == "true"
            || (isDrizzle && typeName.hasSuffix("serial"))
    }

    /// A default that the database must hold (not one the ORM computes itself).
    var declaresDatabaseDefault: Bool { fact.attributes["default"] != nil || literalDefault != nil }
}
