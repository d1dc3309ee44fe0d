/// What one DML statement does to one table: the columns it writes and reads, the literal
/// values it writes into columns, and the literal values it filters columns on. This is the
/// evidence for the contract a state column carries (`status = 'queued'` written by one
/// service, `WHERE status = 'pending'` read by another).
public struct DMLEffect: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case insert, update, select, delete
    }

    public var kind: Kind
    public var table: QualifiedName
    public var location: Location
    public var columnsWritten: [Located<String>] = []
    public var columnsRead: [Located<String>] = []
    public var valuesWritten: [ColumnValue] = []
    public var valuesFiltered: [ColumnValue] = []
    /// `INSERT … ON CONFLICT … DO UPDATE`: the write is an upsert.
    public var isUpsert = false
    /// An INSERT's column list when it is written out whole — `(a, b)` of plain names, closed and
    /// followed by `VALUES`, `SELECT` or `OVERRIDING` — so every column it leaves out is known;
    /// nil for `INSERT … SELECT *` without a list, `DEFAULT VALUES`, or a list built at run time.
    /// The first entries of `columnsWritten` are these columns.
    public var insertColumnList: [Located<String>]?

    public init(kind: Kind, table: QualifiedName, location: Location) {
        self.kind = kind
        self.table = table
        self.location = location
    }
}

/// A literal tied to a column: `SET status = 'queued'`, `WHERE status IN ('a', 'b')`.
public struct ColumnValue: Hashable, Sendable {
    public var column: String
    public var value: SQLLiteral
    public var location: Location
    /// `<>`, `!=`, `NOT IN`: the value is excluded rather than selected.
    public var negated: Bool

    public init(column: String, value: SQLLiteral, location: Location, negated: Bool = false) {
        self.column = column
        self.value = value
        self.location = location
        self.negated = negated
    }
}
