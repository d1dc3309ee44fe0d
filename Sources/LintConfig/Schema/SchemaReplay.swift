/// Applies parsed migration statements, in order, to an empty database the way PostgreSQL
/// would, and remembers which migration made each change. A statement PostgreSQL would have
/// refused (a table that does not exist) becomes a located problem, and the replay goes on.
public struct SchemaReplay {
    public internal(set) var schema = DatabaseSchema()

    public init() {}

    /// Replays the statements of one migration file of `project`.
    public mutating func apply(_ statements: [SQLStatement], project: String) {
        for statement in statements { apply(statement, project: project) }
    }

    public mutating func apply(_ statement: SQLStatement, project: String) {
        let provenance = SchemaProvenance(project: project, location: statement.location)
        switch statement.kind {
        case .createTable(let create):
            createTable(create, provenance)
        case .alterTable(let alter):
            alterTable(alter, project: project)
        case .dropTable(let names, let ifExists):
            for name in names {
                let key = resolve(name)
                guard var table = schema.tables.removeValue(forKey: key) else {
                    if !ifExists { problem("DROP TABLE of unknown table \(key)", provenance) }
                    continue
                }
                table.history.append(SchemaChange(kind: .dropped, provenance: provenance))
                schema.droppedTables.append(table)
            }
        case .createEnum(let name, let labels):
            schema.enums[resolve(name)] = EnumSchema(name: resolve(name), labels: labels.map(\.value), provenance: provenance)
        case .alterEnum(let name, let action):
            alterEnum(resolve(name), action, provenance)
        case .dropType(let names, _):
            for name in names {
                schema.enums[resolve(name)] = nil
                schema.domains[resolve(name)] = nil
            }
        case .createDomain(let name, let type, let notNull, _, _):
            schema.domains[resolve(name)] = DomainSchema(name: resolve(name), type: spell(type), notNull: notNull)
        case .createRoutine(let name, let body):
            // `CREATE OR REPLACE` replaces the body: the old one no longer runs, and its columns
            // must not be judged against later migrations. (Overloads of one name are merged.)
            let resolved = resolve(name)
            schema.routines.removeAll { $0.name == resolved }
            if let body { schema.routines.append(RoutineSchema(name: resolved, body: body, provenance: provenance)) }
            schema.recorded.append(SchemaNote(message: statement.keyword + " " + resolve(name).description, provenance: provenance))
        case .dropRoutine(let names):
            let dropped = Set(names.map { resolve($0) })
            schema.routines.removeAll { $0.name.map(dropped.contains) == true }
            schema.recorded.append(SchemaNote(message: statement.keyword, provenance: provenance))
        case .doBlock(let body):
            schema.routines.append(RoutineSchema(name: nil, body: body, provenance: provenance))
            // DDL a DO block runs directly (drizzle wraps ADD CONSTRAINT in one to ignore
            // duplicates); DDL inside EXECUTE strings is dynamic and not followed.
            for inner in body.statements { apply(inner, project: project) }
        case .dml(let effect):
            schema.routines.append(RoutineSchema(name: nil, body: RoutineBody(language: "sql", effects: [effect], notifications: []), provenance: provenance))
        case .notify(let channel):
            schema.routines.append(RoutineSchema(name: nil, body: RoutineBody(language: "sql", effects: [], notifications: [channel]), provenance: provenance))
        case .createTrigger(var trigger):
            trigger.table = resolve(trigger.table)
            trigger.function = resolve(trigger.function)
            // `CREATE OR REPLACE TRIGGER` replaces the trigger of that name on that table.
            schema.triggers.removeAll { $0.trigger.name == trigger.name && $0.trigger.table == trigger.table }
            schema.triggers.append(TriggerSchema(trigger: trigger, provenance: provenance))
            schema.recorded.append(SchemaNote(message: statement.keyword, provenance: provenance))
        case .dropTrigger(let name, let table):
            let table = resolve(table)
            schema.triggers.removeAll { $0.trigger.name == name && $0.trigger.table == table }
            schema.recorded.append(SchemaNote(message: statement.keyword, provenance: provenance))
        case .createView(let name):
            schema.views.insert(resolve(name))
            schema.recorded.append(SchemaNote(message: statement.keyword, provenance: provenance))
        case .createIndex, .createSchema, .recorded, .metaCommand:
            schema.recorded.append(SchemaNote(message: statement.keyword, provenance: provenance))
        case .skipped(let reason):
            problem("\(statement.keyword) skipped: \(reason)", provenance)
        }
    }

    mutating func problem(_ message: String, _ provenance: SchemaProvenance) {
        schema.problems.append(SchemaNote(message: message, provenance: provenance))
    }

    /// `public` unless qualified: migrations run with the default `search_path`.
    func resolve(_ name: QualifiedName) -> QualifiedName {
        QualifiedName(schema: name.schema ?? "public", name.name)
    }

    /// The catalog spelling of a type, with a user type qualified when it is not in `public`.
    func spell(_ type: SQLTypeName) -> String {
        type.formatted
    }

    // MARK: CREATE TABLE

    private mutating func createTable(_ create: CreateTable, _ provenance: SchemaProvenance) {
        let key = resolve(create.name)
        if let existing = schema.tables[key] {
            if !create.ifNotExists {
                problem("CREATE TABLE of existing table \(key)", provenance)
                for case .column(let column) in create.elements where existing.column(column.name) == nil {
                    schema.contestedColumns.insert((key.schema ?? "public") + "." + key.name + "." + column.name)
                }
            }
            return
        }
        var table = TableSchema(name: key, columns: [], droppedColumns: [], constraints: [], rowLevelSecurity: false,
                                isPartitioned: create.partitionBy != nil, history: [SchemaChange(kind: .added, provenance: provenance)])
        let added = SchemaChange(kind: .added, provenance: provenance)
        // Inherited columns come first (PostgreSQL's MergeAttributes), with NOT NULL and defaults.
        for parentName in create.inherits + (create.partitionOf.map { [$0] } ?? []) {
            guard let parent = schema.tables[resolve(parentName)] else {
                problem("\(key) inherits from unknown table \(resolve(parentName))", provenance)
                continue
            }
            for column in parent.columns where table.columnIndex(column.name) == nil {
                var copy = column
                copy.history = [added]
                table.columns.append(copy)
            }
            // CHECK constraints are inherited under their names; a partition also gets its
            // parent's keys (named for the partition) and foreign keys.
            for constraint in parent.constraints {
                switch constraint.kind {
                case .check: table.constraints.append(constraint)
                case .foreignKey where create.partitionOf != nil: table.constraints.append(constraint)
                case .primaryKey, .unique:
                    guard create.partitionOf != nil else { continue }
                    var copy = constraint
                    copy.name = Self.constraintName(for: copy, table: table)
                    table.constraints.append(copy)
                default: break
                }
            }
        }
        for element in create.elements {
            switch element {
            case .like(let sourceName, let options, let location):
                guard let source = schema.tables[resolve(sourceName)] else {
                    problem("LIKE of unknown table \(resolve(sourceName))", SchemaProvenance(project: provenance.project, location: location))
                    continue
                }
                for column in source.columns {
                    var copy = column
                    copy.history = [added]
                    if !options.contains(.defaults) { copy.defaultValue = nil }
                    if !options.contains(.identity) { copy.identity = nil }
                    if !options.contains(.generated) { copy.generated = nil }
                    table.columns.append(copy)
                }
                // CHECKs keep their names; keys become new indexes named for the new table.
                for constraint in source.constraints {
                    switch constraint.kind {
                    case .check where options.contains(.constraints):
                        table.constraints.append(constraint)
                    case .primaryKey where options.contains(.indexes), .unique where options.contains(.indexes):
                        var copy = constraint
                        copy.name = Self.constraintName(for: copy, table: table)
                        table.constraints.append(copy)
                    default: break
                    }
                }
            case .column(let definition):
                if create.partitionOf != nil, let index = table.columnIndex(definition.name) {
                    applyColumnOptions(definition, to: &table, at: index, provenance)
                } else if let index = table.columnIndex(definition.name) {
                    // A column declared again under INHERITS is merged with the parent's.
                    applyColumnOptions(definition, to: &table, at: index, provenance)
                } else {
                    addColumn(definition, to: &table, provenance)
                }
            case .constraint(let constraint):
                addConstraint(constraint, to: &table, project: provenance.project)
            }
        }
        schema.tables[key] = table
    }

    /// Adds a column with its inline constraints.
    mutating func addColumn(_ definition: ColumnDefinition, to table: inout TableSchema, _ provenance: SchemaProvenance) {
        let columnProvenance = SchemaProvenance(project: provenance.project, location: definition.location)
        var column = ColumnSchema(
            name: definition.name, type: spell(definition.type), userType: definition.type.userType, notNull: false,
            defaultValue: nil, identity: nil, generated: nil, history: [SchemaChange(kind: .added, provenance: columnProvenance)])
        if definition.type.isSerial {
            column.notNull = true
            let sequence = SchemaReplay.sequenceName(table: table.name, column: definition.name)
            column.defaultValue = "nextval('\(sequence)'::regclass)"
        }
        column.domainNotNull = isNotNullDomain(definition.type)
        table.columns.append(column)
        applyColumnOptions(definition, to: &table, at: table.columns.count - 1, provenance)
    }

    func isNotNullDomain(_ type: SQLTypeName) -> Bool {
        guard !type.isArray, let userType = type.userType else { return false }
        return schema.domains[resolve(userType)]?.notNull ?? false
    }

    /// Applies a column definition's constraints to an existing column.
    mutating func applyColumnOptions(_ definition: ColumnDefinition, to table: inout TableSchema, at index: Int, _ provenance: SchemaProvenance) {
        for constraint in definition.constraints {
            let constraintProvenance = SchemaProvenance(project: provenance.project, location: constraint.location)
            switch constraint.kind {
            case .notNull: table.columns[index].notNull = true
            case .null: break
            case .defaultValue(let expression):
                table.columns[index].defaultValue = SchemaDefaults.render(expression, columnType: table.columns[index])
            case .primaryKey:
                table.columns[index].notNull = true
                addConstraint(TableConstraint(name: constraint.name, kind: .primaryKey([definition.name]), location: constraint.location), to: &table, project: provenance.project)
            case .unique:
                addConstraint(TableConstraint(name: constraint.name, kind: .unique([definition.name]), location: constraint.location), to: &table, project: provenance.project)
            case .references(let target):
                addConstraint(TableConstraint(name: constraint.name, kind: .foreignKey([definition.name], target), location: constraint.location), to: &table, project: provenance.project)
            case .check(let expression):
                addConstraint(TableConstraint(name: constraint.name, kind: .check(expression), location: constraint.location), to: &table, project: provenance.project)
            case .identity(let always):
                table.columns[index].notNull = true
                table.columns[index].identity = always ? "always" : "by default"
            case .generated(let expression):
                table.columns[index].generated = SchemaDefaults.deparse(expression.text)
            case .collate:
                break
            }
            _ = constraintProvenance
        }
    }
}
