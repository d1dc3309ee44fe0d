/// The ways one ORM mirror column disagrees with the replayed table: its default, its
/// nullability, its type — each one finding of `orm-mirror-drift`, naming the mirror's line and
/// the migration's.
struct MirrorDrift {
    var mirror: MirrorColumn
    var column: ColumnSchema
    var table: TableSchema
    var database: String

    enum Aspect: String {
        case defaultValue = "default"
        case nullability
        case type
    }

    func findings(_ description: RuleDescription) -> [Finding] {
        var result: [Finding] = []
        if let text = defaultDrift() { result.append(finding(description, .defaultValue, text, severity: .high)) }
        if let text = nullabilityDrift() { result.append(finding(description, .nullability, text, severity: .high)) }
        if let text = typeDrift() { result.append(finding(description, .type, text, severity: .medium)) }
        return result
    }

    /// The database's default as a literal (`'pending'::text` → `pending`, `0`, `true`); nil for
    /// expressions (`now()`, `nextval(…)`) and for no default.
    static func literal(_ defaultValue: String?) -> String? {
        guard let text = defaultValue?.trimmingPrefix("(") else { return nil }
        if let quoted = MigrationFacts.defaultLiteral(String(text)) { return quoted }
        let bare = String(text)
        if bare == "true" || bare == "false" || Double(bare) != nil { return bare }
        return nil
    }

    static func same(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        if let l = Double(lhs), let r = Double(rhs) { return l == r }
        return false
    }

    /// The mirror's words and the migration's, when they disagree.
    func defaultDrift() -> (mirror: String, migration: String)? {
        // An array's default is spelled too many ways (`'{}'`, `[]`, `sql\`ARRAY[]\``) to compare as text.
        if mirror.fact.attributes["array"] == "true" || column.type.hasSuffix("]") { return nil }
        let databaseFills = column.defaultValue != nil || column.identity != nil || column.generated != nil
        if let value = mirror.literalDefault?.value {
            if let stored = Self.literal(column.defaultValue) {
                return Self.same(value, stored) ? nil : ("defaults to '\(value)'", "defaults to '\(stored)'")
            }
            return databaseFills ? nil : ("defaults to '\(value)'", "has no default")
        }
        if mirror.declaresDatabaseDefault, !databaseFills {
            return ("declares a default", "has no default")
        }
        return nil
    }

    func nullabilityDrift() -> (mirror: String, migration: String)? {
        // A Prisma list (`String[]`) has no `?` to say whether its column is nullable.
        if !mirror.isDrizzle, column.type.hasSuffix("]") { return nil }
        let databaseNotNull = column.notNull || column.domainNotNull
        if mirror.notNull, !databaseNotNull { return ("is NOT NULL", "is nullable") }
        if !mirror.notNull, databaseNotNull, !mirror.hasDefault, column.defaultValue == nil, column.identity == nil,
           column.generated == nil, !inPrimaryKey {
            return ("is nullable (writes may leave it out)", "is NOT NULL with no default")
        }
        return nil
    }

    var inPrimaryKey: Bool {
        table.constraints.contains { $0.kind == .primaryKey && $0.columns.contains(column.name) }
    }

    func typeDrift() -> (mirror: String, migration: String)? {
        if !mirror.isDrizzle, mirror.fact.attributes["nativeType"] == nil {
            guard let family = OrmColumnType.prismaFamily(mirror.typeName), let stored = OrmColumnType.schema(column),
                  !family.contains(stored.base) else { return nil }
            return ("is \(mirror.typeName)", "is \(column.type)")
        }
        guard mirror.fact.attributes["array"] == nil, let ormType = mirror.type,
              let stored = OrmColumnType.schema(column), !ormType.agrees(with: stored) else { return nil }
        return ("is \(mirror.typeName) (\(ormType.spelled))", "is \(column.type)")
    }

    /// The migration that last set what is compared.
    func origin(_ aspect: Aspect) -> SchemaProvenance? {
        column.history.last { change in
            switch (aspect, change.kind) {
            case (_, .added): return true
            case (.defaultValue, .defaultSet), (.defaultValue, .defaultDropped): return true
            case (.nullability, .notNullSet), (.nullability, .notNullDropped): return true
            case (.type, .typeChanged): return true
            default: return false
            }
        }?.provenance
    }

    func finding(_ description: RuleDescription, _ aspect: Aspect, _ text: (mirror: String, migration: String),
                 severity: Severity) -> Finding {
        let fact = mirror.fact
        let at = aspect == .defaultValue ? mirror.literalDefault?.location ?? fact.location : fact.location
        let origin = origin(aspect)
        let tableName = table.name.name
        let owner = origin.map { " (\($0.project), \($0.location))" } ?? ""
        let sqlTable = SchemaLookup.sqlName((table.name.schema ?? "public") + "." + table.name.name)
        let sqlColumn = SchemaLookup.sqlName(column.name)
        let fix: String
        switch aspect {
        case .defaultValue:
            fix = "Make the mirror at \(at) say what the migrations do, or change the default in a new migration "
                + "(`ALTER TABLE \(sqlTable) ALTER COLUMN \(sqlColumn) SET DEFAULT …`); code that relies on the "
                + "mirror's default gets the database's."
        case .nullability:
            fix = "Make the mirror at \(at) match the migrations (`.notNull()` added or removed), or change the column "
                + "in a new migration (`ALTER TABLE \(sqlTable) ALTER COLUMN \(sqlColumn) SET|DROP NOT NULL`)."
        case .type:
            fix = "Declare the mirror's column at \(at) with the migration's type (\(column.type)), or change the "
                + "column's type in a new migration."
        }
        return description.finding(
            "\(fact.project)'s \(mirror.isDrizzle ? "drizzle" : "Prisma") mirror of \(tableName).\(column.name) "
                + "\(text.mirror); the migrations say it \(text.migration)",
            kind: "column", projects: [fact.project] + (origin.map { [$0.project] } ?? []),
            names: [fact.name, aspect.rawValue], at: at,
            related: origin.map { [RelatedLocation($0.location, note: "\(column.name) \(text.migration) here")] } ?? [],
            what: "`\(fact.evidence)` at \(fact.location) says \(column.name) \(text.mirror); the table as the "
                + "migrations of '\(database)' leave it\(owner) says it \(text.migration).",
            fix: fix, severity: severity)
    }
}
