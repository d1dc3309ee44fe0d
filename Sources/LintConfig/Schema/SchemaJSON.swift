/// The replayed schema as canonical JSON (`lint-config schema`). Tables are keyed by
/// qualified name; columns stay in table order because that order is the catalog's.
enum SchemaJSON {
    static func database(_ result: SchemaBuilder.Result) -> JSONValue {
        let schema = result.schema
        var tables: [String: JSONValue] = [:]
        for (name, table) in schema.tables { tables[name.description] = self.table(table) }
        var enums: [String: JSONValue] = [:]
        for (name, type) in schema.enums {
            enums[name.description] = .object(["labels": .array(type.labels.map(JSONValue.string)), "created": provenance(type.provenance)])
        }
        var domains: [String: JSONValue] = [:]
        for (name, domain) in schema.domains {
            domains[name.description] = .object(["type": .string(domain.type), "notNull": .bool(domain.notNull)])
        }
        return .object([
            "migrations": .array(result.files.map { .object(["project": .string($0.project), "path": .string($0.path)]) }),
            "tables": .object(tables),
            "droppedTables": .array(schema.droppedTables.map(table)),
            "enums": .object(enums),
            "domains": .object(domains),
            "routines": .array(schema.routines.map(routine)),
            "recorded": .array(schema.recorded.map(note)),
            "problems": .array(schema.problems.map(note)),
            "orderNotes": .array(result.orderNotes.map { .object(["message": .string($0.message), "path": .string($0.location.path)]) }),
        ])
    }

    static func table(_ table: TableSchema) -> JSONValue {
        .object([
            "columns": .array(table.columns.map(column)),
            "droppedColumns": .array(table.droppedColumns.map(column)),
            "constraints": .array(table.constraints.map(constraint)),
            "rowLevelSecurity": .bool(table.rowLevelSecurity),
            "history": .array(table.history.map(change)),
        ])
    }

    static func column(_ column: ColumnSchema) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(column.name),
            "type": .string(column.type),
            "notNull": .bool(column.notNull),
            "history": .array(column.history.map { change($0, column: column.name) }),
        ]
        if let value = column.defaultValue { members["default"] = .string(Redaction.sqlText(value, column: column.name)) }
        if column.domainNotNull { members["domainNotNull"] = .bool(true) }
        if let identity = column.identity { members["identity"] = .string(identity) }
        if let generated = column.generated { members["generated"] = .string(Redaction.sqlText(generated, column: column.name)) }
        return .object(members)
    }

    static func constraint(_ constraint: ConstraintSchema) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(constraint.name),
            "kind": .string(constraint.kind.rawValue),
            "columns": .array(constraint.columns.map(JSONValue.string)),
        ]
        if let references = constraint.references {
            members["references"] = .object(["table": .string(references.description), "columns": .array(constraint.referencedColumns.map(JSONValue.string))])
        }
        // A CHECK names its columns; a literal in it is judged against them all.
        let secretColumn = constraint.columns.first(where: SecretShape.isSecretName)
        if let expression = constraint.expression { members["expression"] = .string(Redaction.sqlText(expression, column: secretColumn)) }
        if !constraint.allowedValues.isEmpty {
            var allowed: [String: JSONValue] = [:]
            for (column, values) in constraint.allowedValues {
                allowed[column] = .array(values.map { .string(Redaction.literal($0, column: column)) })
            }
            members["allowedValues"] = .object(allowed)
        }
        return .object(members)
    }

    static func change(_ change: SchemaChange) -> JSONValue { self.change(change, column: nil) }

    static func change(_ change: SchemaChange, column: String?) -> JSONValue {
        var members = provenanceMembers(change.provenance)
        switch change.kind {
        case .added: members["change"] = .string("added")
        case .renamed(let from): members["change"] = .string("renamed"); members["from"] = .string(from)
        case .typeChanged(let from, let to): members["change"] = .string("type changed"); members["from"] = .string(from); members["to"] = .string(to)
        case .notNullSet: members["change"] = .string("not null set")
        case .notNullDropped: members["change"] = .string("not null dropped")
        case .defaultSet(let value): members["change"] = .string("default set"); members["to"] = .string(Redaction.sqlText(value, column: column))
        case .defaultDropped: members["change"] = .string("default dropped")
        case .dropped: members["change"] = .string("dropped")
        case .movedToSchema(let from): members["change"] = .string("schema changed"); members["from"] = .string(from)
        }
        return .object(members)
    }

    static func provenanceMembers(_ provenance: SchemaProvenance) -> [String: JSONValue] {
        ["project": .string(provenance.project), "path": .string(provenance.location.path), "line": .integer(provenance.location.line)]
    }

    static func provenance(_ provenance: SchemaProvenance) -> JSONValue { .object(provenanceMembers(provenance)) }

    static func note(_ note: SchemaNote) -> JSONValue {
        var members = provenanceMembers(note.provenance)
        members["message"] = .string(Redaction.scrub(note.message))
        return .object(members)
    }

    static func routine(_ routine: RoutineSchema) -> JSONValue {
        var members = provenanceMembers(routine.provenance)
        members["name"] = routine.name.map { .string($0.description) } ?? .null
        members["language"] = .string(routine.body.language)
        members["effects"] = .array(routine.body.effects.map(effect))
        members["notifications"] = .array(routine.body.notifications.map { .object(["channel": .string($0.value), "line": .integer($0.location.line)]) })
        return .object(members)
    }

    static func effect(_ effect: DMLEffect) -> JSONValue {
        func values(_ list: [ColumnValue]) -> JSONValue {
            .array(list.map { value in
                var literal: JSONValue
                switch value.value {
                case .string(let s): literal = .string(Redaction.literal(s, column: value.column))
                case .number(let n): literal = .string(Redaction.literal(n, column: value.column))
                case .boolean(let b): literal = .bool(b)
                case .null: literal = .null
                }
                var members: [String: JSONValue] = ["column": .string(value.column), "value": literal, "line": .integer(value.location.line)]
                if value.negated { members["negated"] = .bool(true) }
                return .object(members)
            })
        }
        func names(_ list: [Located<String>]) -> JSONValue {
            var seen = Set<String>()
            return .array(list.compactMap { seen.insert($0.value).inserted ? .string($0.value) : nil })
        }
        return .object([
            "kind": .string(effect.kind.rawValue),
            "table": .string(effect.table.description),
            "line": .integer(effect.location.line),
            "columnsWritten": names(effect.columnsWritten),
            "columnsRead": names(effect.columnsRead),
            "valuesWritten": values(effect.valuesWritten),
            "valuesFiltered": values(effect.valuesFiltered),
        ])
    }
}
