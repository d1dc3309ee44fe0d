/// A schema-qualified name as written; the replay fills in `public` when no schema is given
/// (the default `search_path` of a migration run).
public struct QualifiedName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var schema: String?
    public var name: String

    public init(schema: String? = nil, _ name: String) {
        self.schema = schema
        self.name = name
    }

    public var description: String { schema.map { "\($0).\(name)" } ?? name }

    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
        (lhs.schema ?? "", lhs.name) < (rhs.schema ?? "", rhs.name)
    }
}

/// An expression kept as text (tokens re-joined in one canonical spacing), plus the shape of
/// it when it is a bare literal, because that is what defaults and CHECK lists compare.
public struct SQLExpression: Hashable, Sendable {
    public var text: String
    public var location: Location
    public var literal: SQLLiteral?
    /// `'x'::text`: the literal's explicit cast.
    public var cast: SQLTypeName?
    /// Values a `col IN (…)` / `col = ANY (ARRAY[…])` / `col = 'x' OR …` list allows, by column.
    public var allowedValues: [String: [String]]

    public init(text: String, location: Location, literal: SQLLiteral? = nil, cast: SQLTypeName? = nil, allowedValues: [String: [String]] = [:]) {
        self.text = text
        self.location = location
        self.literal = literal
        self.cast = cast
        self.allowedValues = allowedValues
    }
}

public enum SQLLiteral: Hashable, Sendable {
    case string(String)
    case number(String)
    case boolean(Bool)
    case null
}

public enum ColumnConstraintKind: Hashable, Sendable {
    case notNull
    case null
    case defaultValue(SQLExpression)
    case primaryKey
    case unique
    case references(ForeignKeyTarget)
    case check(SQLExpression)
    case identity(always: Bool)
    case generated(SQLExpression)
    case collate(String)
}

public struct ColumnConstraint: Hashable, Sendable {
    public var name: String?
    public var kind: ColumnConstraintKind
    public var location: Location
}

public struct ForeignKeyTarget: Hashable, Sendable {
    public var table: QualifiedName
    public var columns: [String]
    public var onDelete: String?
}

public struct ColumnDefinition: Hashable, Sendable {
    public var name: String
    public var location: Location
    public var type: SQLTypeName
    public var constraints: [ColumnConstraint]
}

public enum TableConstraintKind: Hashable, Sendable {
    case primaryKey([String])
    case unique([String])
    case foreignKey([String], ForeignKeyTarget)
    case check(SQLExpression)
    case exclude
}

public struct TableConstraint: Hashable, Sendable {
    public var name: String?
    public var kind: TableConstraintKind
    public var location: Location
}

public enum TableElement: Hashable, Sendable {
    case column(ColumnDefinition)
    case constraint(TableConstraint)
    /// `LIKE source [INCLUDING … | EXCLUDING …]`.
    case like(QualifiedName, options: LikeOptions, location: Location)
}

/// What `LIKE` copies besides column names, types and NOT NULL (which it always copies).
public struct LikeOptions: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let defaults = LikeOptions(rawValue: 1)
    public static let constraints = LikeOptions(rawValue: 2)
    public static let identity = LikeOptions(rawValue: 4)
    public static let generated = LikeOptions(rawValue: 8)
    public static let indexes = LikeOptions(rawValue: 16)
    public static let all: LikeOptions = [.defaults, .constraints, .identity, .generated, .indexes]
}

public struct CreateTable: Hashable, Sendable {
    public var name: QualifiedName
    public var ifNotExists: Bool
    public var elements: [TableElement]
    public var inherits: [QualifiedName]
    public var partitionOf: QualifiedName?
    public var partitionBy: String?
}

public enum AlterTableAction: Hashable, Sendable {
    case addColumn(ColumnDefinition, ifNotExists: Bool)
    case dropColumn(String, ifExists: Bool)
    case setType(column: String, type: SQLTypeName, using: SQLExpression?)
    case setNotNull(String)
    case dropNotNull(String)
    case setDefault(String, SQLExpression)
    case dropDefault(String)
    case addIdentity(String, always: Bool)
    case dropIdentity(String)
    case addConstraint(TableConstraint)
    case dropConstraint(String, ifExists: Bool)
    case renameColumn(from: String, to: String)
    case renameConstraint(from: String, to: String)
    case renameTable(to: String)
    case setSchema(String)
    case rowLevelSecurity(enabled: Bool)
    case forceRowLevelSecurity(Bool)
    /// An action that does not change columns (`OWNER TO`, `SET (…)`, `ATTACH PARTITION`, …).
    case other(String)
}

public struct LocatedAction: Hashable, Sendable {
    public var action: AlterTableAction
    public var location: Location
}

public struct AlterTable: Hashable, Sendable {
    public var name: QualifiedName
    public var ifExists: Bool
    public var only: Bool
    public var actions: [LocatedAction]
}

public enum AlterEnumAction: Hashable, Sendable {
    case addValue(String, before: String?, after: String?, ifNotExists: Bool)
    case renameValue(from: String, to: String)
    case renameType(to: String)
}

/// What a function, procedure or `DO` body does to tables, as far as the DML subset reads it.
public struct RoutineBody: Hashable, Sendable {
    public var language: String
    public var effects: [DMLEffect]
    public var notifications: [Located<String>]
    /// DDL a `DO` block runs directly (not inside `EXECUTE`), parsed as statements.
    public var statements: [SQLStatement] = []
    /// Columns a trigger function sets on the row it returns (`NEW.col := …`): a BEFORE INSERT
    /// trigger fills them in for an INSERT that leaves them out.
    public var newRowAssignments: [String] = []
}

public enum SQLStatementKind: Hashable, Sendable {
    case createTable(CreateTable)
    case alterTable(AlterTable)
    case dropTable([QualifiedName], ifExists: Bool)
    case createEnum(QualifiedName, labels: [Located<String>])
    case alterEnum(QualifiedName, AlterEnumAction)
    case dropType([QualifiedName], ifExists: Bool)
    case createDomain(QualifiedName, type: SQLTypeName, notNull: Bool, defaultValue: SQLExpression?, checks: [SQLExpression])
    case createIndex(name: String?, table: QualifiedName, unique: Bool)
    case createView(QualifiedName)
    case createSchema(String)
    case createRoutine(QualifiedName, body: RoutineBody?)
    /// `DROP FUNCTION` / `DROP PROCEDURE`: the routines of these names (every overload).
    case dropRoutine([QualifiedName])
    case doBlock(RoutineBody)
    case notify(Located<String>)
    case createTrigger(SQLTrigger)
    case dropTrigger(String, table: QualifiedName)
    case dml(DMLEffect)
    /// A statement recognised and recorded by kind only (`CREATE POLICY`, `GRANT`, …).
    case recorded
    /// A statement the parser does not model, or could not follow; `reason` says which.
    case skipped(reason: String)
    /// A psql backslash command line.
    case metaCommand(String)
}

/// One statement of a file: what it is, its kind as words (`CREATE TABLE`, `GRANT`), and
/// where it starts.
public struct SQLStatement: Hashable, Sendable {
    public var kind: SQLStatementKind
    public var keyword: String
    public var location: Location

    public var isSkipped: Bool {
        if case .skipped = kind { return true }
        return false
    }
}
