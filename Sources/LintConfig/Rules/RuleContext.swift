/// What contract rules read besides the env model: every fact of the workspace and every
/// database replayed from its migrations. Rules never see a file format; a column or value rule
/// matches facts against a database's final schema and its history.
public struct RuleContext: Sendable {
    public var facts: FactSet
    public var databases: [ReplayedDatabase]
    /// Files skipped or partly read while extracting facts, said once each.
    public var notes: [String]

    public init(facts: FactSet = FactSet(), databases: [ReplayedDatabase] = [], notes: [String] = []) {
        self.facts = facts
        self.databases = databases
        self.notes = notes
    }
}

/// One database of the workspace, as its migrations leave it.
public struct ReplayedDatabase: Sendable {
    public var name: String
    public var schema: DatabaseSchema

    public init(name: String, schema: DatabaseSchema) {
        self.name = name
        self.schema = schema
    }
}
