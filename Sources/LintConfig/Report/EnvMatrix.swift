/// Every variable against every deployed project and environment: read and supplied, read but
/// missing, supplied but not read. The markdown report prints it, so a reviewer sees the whole
/// env contract of a workspace on one screen (the findings say which cells are defects).
public struct EnvMatrix: Sendable, Equatable {
    public enum Cell: String, Sendable {
        /// Read by the code and supplied by the deploy.
        case readAndSupplied = "read · supplied"
        /// Read as required, not supplied: the process fails or misbehaves.
        case missing = "**missing**"
        /// Read with a default or only optionally, not supplied.
        case readOptional = "read (optional)"
        /// Read, but the environment's supplies cannot be verified (no saved secrets list).
        case readUnverified = "read (unverified)"
        /// Supplied, never read.
        case supplied = "supplied"
        case none = ""
    }

    public struct Column: Sendable, Hashable {
        public var project: String
        public var environment: String
    }

    public var columns: [Column]
    /// Variable → one cell per column; only variables with at least one non-empty cell.
    public var rows: [(variable: String, cells: [Cell])]

    public static func == (lhs: EnvMatrix, rhs: EnvMatrix) -> Bool {
        lhs.columns == rhs.columns && lhs.rows.map(\.variable) == rhs.rows.map(\.variable)
            && lhs.rows.map(\.cells) == rhs.rows.map(\.cells)
    }

    /// Runtime reads (not built-ins) against each checked environment's supplies.
    public static func of(_ model: WorkspaceModel) -> EnvMatrix {
        var columns: [Column] = []
        var cells: [String: [Column: Cell]] = [:]
        for facts in model.envFacts {
            let reads = facts.reads.filter { $0.isRuntime && !$0.isBuiltIn }
            for supply in facts.environments where model.environments.contains(supply.environment) {
                let column = Column(project: facts.project.name, environment: supply.environment)
                columns.append(column)
                let supplied = Set(supply.supplies.filter { !$0.isFromImage }.map(\.name))
                for name in Set(reads.map(\.name)) {
                    let required = reads.contains { $0.name == name && $0.needsSupply }
                    let cell: Cell = supplied.contains(name) ? .readAndSupplied
                        : supply.unverifiable != nil ? .readUnverified : required ? .missing : .readOptional
                    cells[name, default: [:]][column] = cell
                }
                for name in supplied where cells[name]?[column] == nil { cells[name, default: [:]][column] = .supplied }
            }
        }
        // A "name" may be a value pasted where a name goes (a secrets list line): redacted as
        // every printed name is.
        let rows = cells.keys.sorted().map { name in (Redaction.scrub(name), columns.map { cells[name]?[$0] ?? .none }) }
        return EnvMatrix(columns: columns, rows: rows)
    }
}
