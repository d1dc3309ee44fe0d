/// Lint: a project inserts rows with an initial state (`status: 'queued'`) that no claiming
/// query selects — where a claiming query is one that picks rows to work on: the filter of an
/// UPDATE or DELETE, or a SELECT inside a function that updates the same table (the
/// `… WHERE status = 'pending' FOR UPDATE SKIP LOCKED` of a pickup). It fires only when the
/// column has claiming queries and the value is not a state any UPDATE moves rows into (a row
/// inserted already `completed` is a finished record, not work to claim).
public struct ValueUnclaimedRule: Rule {
    public init() {}

    static let jobs = """
        create table jobs (id bigint generated always as identity primary key, status text not null default 'pending');
        create function pickup() returns setof jobs language sql as $$
          update jobs set status = 'running'
           where id = (select id from jobs where status = 'pending' limit 1 for update skip locked)
          returning *;
        $$;

        """

    public let description = RuleDescription(
        id: "value-unclaimed",
        severity: .critical,
        summary: "A project inserts rows in a state that no claiming query of the workspace selects.",
        rationale: "Rows written in a state the consumer never selects are never picked up: the job waits forever, "
            + "and both services look healthy (the seed's worst bug: 'queued' inserted, only 'pending' claimed).",
        fix: "Insert a state the claiming query selects (or leave the column to a default it selects), or widen "
            + "the claim to the state the writer uses; when the row's state is a default, change the default in a "
            + "migration.",
        triggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await supabase.from(\"jobs\").insert({ status: ↓\"queued\" });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs,
            ], note: "supabase-js insert; the pickup function claims only 'pending'"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await db.query(\"insert into jobs (status) values (↓'new')\");\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs,
            ], note: "SQL in code"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await db.query(\"insert into tasks (state) values (↓'todo')\");\n",
                "worker/package.json": "{}\n",
                "worker/src/claim.ts": "await db.query(\"update tasks set state = 'doing' where state in ('ready', 'retry')\");\n",
            ], note: "the claim is an UPDATE in code"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await supabase.from(\"jobs\").insert({ ↓user_id: id });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs.replacingOccurrences(of: "default 'pending'",
                    with: "default 'queued'") + "alter table jobs add column user_id uuid;\n",
            ], note: "the insert leaves status out: its DDL default 'queued' is the row's state"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { status: text(\"status\")"
                    + ".default(\"new\"), userId: uuid(\"user_id\") });\n",
                "web/src/enqueue.ts": "import { jobs } from \"./schema\";\n"
                    + "await db.insert(jobs).values({ ↓userId: id });\n",
                "worker/package.json": "{}\n",
                "worker/src/claim.ts": "await db.query(\"update jobs set status = 'running' "
                    + "where status = 'pending'\");\n",
            ], note: "no migrations: the drizzle mirror's default is the row's state"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20250101000000_init.sql": "create table sync_history (id uuid primary key "
                    + "default gen_random_uuid(), status text not null);\n",
                "app/src/sync.ts": "const { data: rec } = await sb.from(\"sync_history\")"
                    + ".insert({ status: \"pending\" })"
                    + ".select().single();\nawait sb.from(\"sync_history\").update({ status: \"running\" })"
                    + ".eq(\"id\", rec.id);\n",
                "app/src/cancel.ts": "await sb.from(\"sync_history\").update({ status: \"cancelled\" })"
                    + ".eq(\"status\", \"running\");\n",
            ], note: "the file that inserts the row moves it on itself: no claim is awaited"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await supabase.from(\"jobs\").insert({ status: \"pending\" });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs,
            ], note: "the state the pickup claims"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await db.query(\"insert into tasks (state) values ('done')\");\n",
                "worker/package.json": "{}\n",
                "worker/src/claim.ts": "await db.query(\"update tasks set state = 'done' where state = 'ready'\");\n",
            ], note: "a row inserted in a state an UPDATE also moves rows into is a finished record"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await db.query(\"insert into tasks (state) values ('fresh')\");\n",
                "worker/package.json": "{}\n",
                "worker/src/claim.ts": "await db.query(\"update tasks set state = 'doing' where state <> 'done'\");\n"
                    + "await db.query(\"select * from tasks where state = 'ready'\");\n",
            ], note: "a claim that excludes values selects every other one; a plain SELECT claims nothing"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/enqueue.ts": "await supabase.from(\"jobs\").insert({ user_id: id });\n"
                    + "await supabase.from(\"jobs\").insert({ ...row, user_id: id });\n",
                "web/src/schema.ts": "export const jobs = pgTable(\"jobs\", { status: text(\"status\")"
                    + ".default(\"new\") });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs
                    + "alter table jobs add column user_id uuid;\n",
            ], note: "the DDL default is claimed (the mirror's stale default is orm-mirror-drift's); "
                + "a spread may set it"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/touch.ts": "await supabase.from(\"jobs\").upsert({ id, user_id: id });\n",
                "worker/package.json": "{}\n",
                "worker/supabase/migrations/20240101000000_jobs.sql": jobs.replacingOccurrences(of: "default 'pending'",
                    with: "default 'queued'") + "alter table jobs add column user_id uuid;\n",
            ], note: "an upsert mostly updates rows that exist: its default state is not judged"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20240101000000_init.sql": "create table annotations (id uuid primary key, "
                    + "annotation_type text not null, content text, content_jsonb jsonb);\n",
                "app/supabase/migrations/20240201000000_backfill.sql": "update annotations set content_jsonb = "
                    + "to_jsonb(content) where annotation_type = 'ai_suggestion';\n",
                "app/src/notes.ts":
                    "await supabase.from(\"annotations\").insert({ annotation_type: \"note\", content });\n",
            ], note: "a backfill a migration ran once claims nothing: 'note' rows are no work left unclaimed"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/supabase/migrations/20240101000000_init.sql": "create table lens_templates (template_key text "
                    + "primary key, template_name text not null);\n",
                "app/src/lens.ts": "await supabase.from(\"lens_templates\").insert({ template_key: \"qa-summary\", "
                    + "template_name: \"Q&A\" });\n"
                    + "await supabase.from(\"lens_templates\").update({ template_name: name })"
                    + ".eq(\"template_key\", \"jtbd\");\n",
            ], note: "a filter on a primary key looks one row up; it claims no work"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let values = workspace.context.facts.of(.columnValue)
        var byColumn: [String: [Fact]] = [:]
        for fact in values { byColumn[fact.name, default: []].append(fact) }
        var findings: [Finding] = []
        var implicit: [String: [OmittedColumnDefaults.Write]]?
        let identifying = Self.identifyingColumns(workspace.context.databases)
        for column in byColumn.keys.sorted() where !identifying.contains(column) {
            // A statement a migration ran once (a backfill, a seed row) neither claims work nor
            // enqueues it: only code and functions that keep running take part.
            let facts = (byColumn[column] ?? []).filter { $0.attributes["schema"] != "past" }
            let claims = ClaimingQuery.all(facts)
            guard !claims.isEmpty else { continue }
            let transitions = Set(facts.filter { $0.direction == .writes && $0.attributes["role"] == "transition" }.compactMap(\.value))
            if implicit == nil { implicit = OmittedColumnDefaults.writes(workspace.context) }
            let omitted = implicit?[column] ?? []
            let inserts = facts.filter {
                $0.direction == .writes && $0.attributes["role"] == "initial" && !OmittedColumnDefaults.isDefault($0)
            } + omitted.map(\.fact)
            // A value another project filters on is one it looks for (perhaps to claim it in two steps).
            let filtered = facts.filter { $0.direction == .reads && $0.attributes["negated"] == nil }
            // A file that inserts a row and moves the column on itself (`.update({ status: "running" })
            // .eq("id", row.id)`) drives that row; it does not wait for a claim.
            let selfDriven = Set(facts.filter { $0.direction == .writes && $0.attributes["role"] == "transition" }
                .map { $0.project + "\u{1F}" + $0.location.path })
            var seen = Set<String>()
            for insert in inserts {
                guard let value = insert.value, !transitions.contains(value), !claims.contains(where: { $0.selects(value) }),
                      !filtered.contains(where: { $0.value == value && $0.project != insert.project }),
                      !selfDriven.contains(insert.project + "\u{1F}" + insert.location.path),
                      seen.insert(insert.project + "\u{1F}" + value).inserted else { continue }
                let sources = omitted.filter { $0.fact.value == value }.compactMap(\.defaultLocation)
                let defaults = facts.filter { $0.evidence == "column default" || sources.contains($0.location) }
                findings.append(finding(column: column, value: value, writers: inserts.filter { $0.value == value },
                                        claims: claims, defaults: defaults))
            }
        }
        return findings
    }

    /// Columns that identify a row on their own (a one-column primary key or unique constraint):
    /// a filter on one looks a row up (`template_key = 'qa-summary'`); it does not choose work.
    static func identifyingColumns(_ databases: [ReplayedDatabase]) -> Set<String> {
        var columns = Set<String>()
        for database in databases {
            for table in database.schema.tables.values {
                let prefix = MigrationFacts.qualified(table.name) + "."
                for constraint in table.constraints where constraint.columns.count == 1
                    && (constraint.kind == .primaryKey || constraint.kind == .unique) {
                    columns.insert(prefix + constraint.columns[0])
                }
            }
        }
        return columns
    }

    func finding(column: String, value: String, writers: [Fact], claims: [ClaimingQuery], defaults: [Fact]) -> Finding {
        let writer = writers[0]
        let writerProjects = NameContractWording.list(Array(Set(writers.map(\.project))).sorted())
        let claimText = claims.map { "\($0.project)'s \($0.evidence) at \($0.location) selects \($0.describedValues)" }
            .joined(separator: "; ")
        let selected = Array(Set(claims.flatMap(\.selected))).sorted()
        let defaultText = defaults.first.flatMap { d in d.value.map { " The column's default is '\($0)' (\(d.location))." } } ?? ""
        let target = selected.first.map { "'\($0)'" } ?? "a claimed state"
        if writer.attributes["omitted"] == "true" {
            return omittedFinding(column: column, value: value, writers: writers, claims: claims, defaults: defaults,
                                  claimText: claimText, target: target)
        }
        return description.finding(
            "\(writerProjects) inserts \(shortColumn(column)) = '\(value)', which no claiming query selects",
            kind: "column-value", projects: writers.map(\.project) + claims.map(\.project), names: [column, value],
            at: writer.location,
            related: writers.dropFirst().map { RelatedLocation($0.location, note: "also inserts '\(value)'") }
                + claims.map { RelatedLocation($0.location, note: "\($0.project) claims \($0.describedValues) here") }
                + defaults.map { RelatedLocation($0.location, note: "default '\($0.value ?? "")'") },
            what: "\(writerProjects) writes new rows with \(column) = '\(value)' (`\(writer.evidence)` at \(writer.location)); "
                + "no query that claims rows of this column selects '\(value)': \(claimText).\(defaultText)",
            fix: "Write \(target) at \(writer.location) (or omit the column and let its default apply), or add '\(value)' to "
                + "what the claiming query selects at \(claims[0].location).")
    }

    /// The row's state is the column's default: the insert leaves the column out.
    func omittedFinding(column: String, value: String, writers: [Fact], claims: [ClaimingQuery], defaults: [Fact],
                        claimText: String, target: String) -> Finding {
        let writer = writers[0]
        let writerProjects = NameContractWording.list(Array(Set(writers.map(\.project))).sorted())
        let source = defaults.first { $0.value == value }
        let sourceText = source.map { " (\($0.evidence) at \($0.location))" } ?? ""
        let name = shortColumn(column).split(separator: ".").last.map(String.init) ?? column
        return description.finding(
            "\(writerProjects) inserts \(shortColumn(column)) = '\(value)' by default, which no claiming query selects",
            kind: "column-value", projects: writers.map(\.project) + claims.map(\.project), names: [column, value],
            at: writer.location,
            related: writers.dropFirst().map {
                RelatedLocation($0.location, note: "also leaves \(name) to its default")
            }
                + claims.map { RelatedLocation($0.location, note: "\($0.project) claims \($0.describedValues) here") }
                + defaults.filter { $0.value == value }.map {
                    RelatedLocation($0.location, note: "default '\(value)'")
                },
            what: "`\(writer.evidence)` at \(writer.location) leaves \(name) out, so new rows start as its default "
                + "'\(value)'\(sourceText); no query that claims rows of this column selects '\(value)': \(claimText).",
            fix: "Write \(name): \(target) at \(writer.location), or change the default to \(target) in a migration, "
                + "or add '\(value)' to what the claiming query selects at \(claims[0].location).")
    }

    func shortColumn(_ column: String) -> String {
        column.hasPrefix("public.") ? String(column.dropFirst("public.".count)) : column
    }
}

/// One query that chooses rows to work on, by the values it selects in one column: the values
/// it names (`IN ('a', 'b')`) and those it excludes (`<> 'done'`).
struct ClaimingQuery {
    var project: String
    var evidence: String
    var location: Location
    var selected: [String]
    var excluded: [String]

    /// A row with this value is chosen by the query.
    func selects(_ value: String) -> Bool {
        (selected.isEmpty || selected.contains(value)) && !excluded.contains(value)
    }

    var describedValues: String {
        if !selected.isEmpty { return selected.map { "'\($0)'" }.joined(separator: ", ") }
        return "everything but " + excluded.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// Claim facts of one column grouped into queries: one per project, evidence and file line.
    static func all(_ facts: [Fact]) -> [ClaimingQuery] {
        var queries: [String: ClaimingQuery] = [:]
        var order: [String] = []
        for fact in facts where fact.direction == .reads && fact.attributes["role"] == "claim" {
            guard let value = fact.value else { continue }
            // Excluding and selecting filters are kept apart: merging `<> 'done'` with `= 'ready'` of another
            // query in the same file would claim less than either does.
            let negated = fact.attributes["negated"] == "true"
            let key = [fact.project, fact.evidence, fact.location.path, negated ? "not" : ""].joined(separator: "\u{1F}")
            if queries[key] == nil {
                queries[key] = ClaimingQuery(project: fact.project, evidence: fact.evidence, location: fact.location,
                                             selected: [], excluded: [])
                order.append(key)
            }
            if negated {
                queries[key]?.excluded.append(value)
            } else {
                queries[key]?.selected.append(value)
            }
        }
        return order.compactMap { queries[$0] }
    }
}
