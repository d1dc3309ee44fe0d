/// Where a change to the schema came from: the project whose migration made it and the place
/// in that migration. A shared database is built from several projects' migrations, so the
/// project is part of the answer to "who added this column".
public struct SchemaProvenance: Hashable, Sendable {
    public var project: String
    public var location: Location

    public init(project: String, location: Location) {
        self.project = project
        self.location = location
    }
}

/// One event in the life of a column or table.
public struct SchemaChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case added
        case renamed(from: String)
        case typeChanged(from: String, to: String)
        case notNullSet, notNullDropped
        case defaultSet(String), defaultDropped
        case dropped
        case movedToSchema(from: String)
    }

    public var kind: Kind
    public var provenance: SchemaProvenance
}

/// A column of the final schema, spelled as PostgreSQL's catalog spells it.
public struct ColumnSchema: Hashable, Sendable {
    public var name: String
    /// `format_type()` spelling: `integer`, `character varying(20)`, `timestamp with time zone`.
    public var type: String
    public var userType: QualifiedName?
    public var notNull: Bool
    /// The column's type is a domain declared `NOT NULL`: the column is not nullable
    /// (`information_schema` says so) although `attnotnull` is false.
    public var domainNotNull = false
    /// The default as `pg_get_expr` prints it, for the forms the replay models.
    public var defaultValue: String?
    /// `always` or `by default` for identity columns.
    public var identity: String?
    /// The expression of a `GENERATED ALWAYS AS (…) STORED` column.
    public var generated: String?
    public var history: [SchemaChange]
}

public struct ConstraintSchema: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case primaryKey = "primary key"
        case unique
        case foreignKey = "foreign key"
        case check
        case exclude
    }

    public var name: String
    public var kind: Kind
    public var columns: [String]
    public var references: QualifiedName?
    public var referencedColumns: [String]
    public var expression: String?
    /// For a CHECK: the values it allows per column (`status IN ('a', 'b')`).
    public var allowedValues: [String: [String]]
    public var provenance: SchemaProvenance
}

public struct TableSchema: Hashable, Sendable {
    public var name: QualifiedName
    public var columns: [ColumnSchema]
    /// Columns a later migration dropped, with their history, so a writer of a dropped column
    /// can be told which migration removed it.
    public var droppedColumns: [ColumnSchema]
    public var constraints: [ConstraintSchema]
    public var rowLevelSecurity: Bool
    public var isPartitioned: Bool
    public var history: [SchemaChange]

    public func column(_ name: String) -> ColumnSchema? { columns.first { $0.name == name } }

    func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
}

public struct EnumSchema: Hashable, Sendable {
    public var name: QualifiedName
    public var labels: [String]
    public var provenance: SchemaProvenance
}

public struct DomainSchema: Hashable, Sendable {
    public var name: QualifiedName
    public var type: String
    public var notNull: Bool
}

/// A function, procedure or `DO` block of the migrations, with what its body does; a `DO`
/// block or top-level DML statement (a seed row, a backfill) has no name.
public struct RoutineSchema: Hashable, Sendable {
    public var name: QualifiedName?
    public var body: RoutineBody
    public var provenance: SchemaProvenance
}

/// A trigger of the migrations: the function a table's row changes run (`after insert`).
public struct TriggerSchema: Hashable, Sendable {
    public var trigger: SQLTrigger
    public var provenance: SchemaProvenance
}

/// A statement the replay kept by kind only, or could not follow.
public struct SchemaNote: Hashable, Sendable {
    public var message: String
    public var provenance: SchemaProvenance
}

/// The schema a database has after all its migrations ran, with the history of each column.
public struct DatabaseSchema: Hashable, Sendable {
    /// Keyed by schema-qualified name (`public.jobs`).
    public var tables: [QualifiedName: TableSchema] = [:]
    public var droppedTables: [TableSchema] = []
    public var enums: [QualifiedName: EnumSchema] = [:]
    public var domains: [QualifiedName: DomainSchema] = [:]
    public var routines: [RoutineSchema] = []
    /// Views the migrations create (their columns are not modelled): a name code may read.
    public var views: Set<QualifiedName> = []
    /// Columns a second `CREATE TABLE` of an existing table declares and the table lacks
    /// (`schema.table.column`): the history is broken there, and which definition the database
    /// holds cannot be told, so a rule does not call them missing.
    public var contestedColumns: Set<String> = []
    /// Triggers in place after the last migration: which function each table change runs.
    public var triggers: [TriggerSchema] = []
    /// Statements recorded by kind and not modelled (`CREATE POLICY`, `GRANT`, …).
    public var recorded: [SchemaNote] = []
    /// Statements skipped and changes the replay could not apply, each with a reason.
    public var problems: [SchemaNote] = []

    public init() {}

    public func table(_ name: String, schema: String = "public") -> TableSchema? {
        tables[QualifiedName(schema: schema, name)]
    }
}
