/// `ALTER TABLE` actions, constraints with PostgreSQL's generated names, and enum changes.
extension SchemaReplay {
    mutating func alterTable(_ alter: AlterTable, project: String) {
        var key = resolve(alter.name)
        // Taken out of the dictionary while it changes, so its arrays are not copied.
        guard var table = schema.tables.removeValue(forKey: key) else {
            if !alter.ifExists, let first = alter.actions.first {
                problem("ALTER TABLE of unknown table \(key)", SchemaProvenance(project: project, location: first.location))
            }
            return
        }
        for located in alter.actions {
            let provenance = SchemaProvenance(project: project, location: located.location)
            func columnIndex(_ name: String) -> Int? {
                let index = table.columnIndex(name)
                if index == nil { problem("\(key) has no column \(name)", provenance) }
                return index
            }
            switch located.action {
            case .addColumn(let definition, let ifNotExists):
                if table.columnIndex(definition.name) != nil {
                    if !ifNotExists { problem("\(key) already has a column \(definition.name)", provenance) }
                    continue
                }
                addColumn(definition, to: &table, provenance)
            case .dropColumn(let name, let ifExists):
                guard let index = table.columnIndex(name) else {
                    if !ifExists { problem("\(key) has no column \(name)", provenance) }
                    continue
                }
                var column = table.columns.remove(at: index)
                column.history.append(SchemaChange(kind: .dropped, provenance: provenance))
                table.droppedColumns.append(column)
                // Constraints on the column go with it (PostgreSQL drops dependent constraints).
                table.constraints.removeAll { $0.columns.contains(name) }
            case .setType(let name, let type, _):
                guard let index = columnIndex(name) else { continue }
                let old = table.columns[index].type
                table.columns[index].type = spell(type)
                table.columns[index].userType = type.userType
                table.columns[index].domainNotNull = isNotNullDomain(type)
                table.columns[index].history.append(SchemaChange(kind: .typeChanged(from: old, to: spell(type)), provenance: provenance))
            case .setNotNull(let name):
                guard let index = columnIndex(name) else { continue }
                table.columns[index].notNull = true
                table.columns[index].history.append(SchemaChange(kind: .notNullSet, provenance: provenance))
            case .dropNotNull(let name):
                guard let index = columnIndex(name) else { continue }
                table.columns[index].notNull = false
                table.columns[index].history.append(SchemaChange(kind: .notNullDropped, provenance: provenance))
            case .setDefault(let name, let expression):
                guard let index = columnIndex(name) else { continue }
                let rendered = SchemaDefaults.render(expression, columnType: table.columns[index], inAlter: true)
                table.columns[index].defaultValue = rendered
                table.columns[index].history.append(SchemaChange(kind: .defaultSet(rendered ?? "NULL"), provenance: provenance))
            case .dropDefault(let name):
                guard let index = columnIndex(name) else { continue }
                table.columns[index].defaultValue = nil
                table.columns[index].history.append(SchemaChange(kind: .defaultDropped, provenance: provenance))
            case .addIdentity(let name, let always):
                guard let index = columnIndex(name) else { continue }
                table.columns[index].identity = always ? "always" : "by default"
            case .dropIdentity(let name):
                guard let index = columnIndex(name) else { continue }
                table.columns[index].identity = nil
            case .addConstraint(let constraint):
                addConstraint(constraint, to: &table, project: project)
            case .dropConstraint(let name, let ifExists):
                let before = table.constraints.count
                table.constraints.removeAll { $0.name == name }
                if before == table.constraints.count, !ifExists { problem("\(key) has no constraint \(name)", provenance) }
            case .renameColumn(let from, let to):
                guard let index = columnIndex(from) else { continue }
                table.columns[index].name = to
                table.columns[index].history.append(SchemaChange(kind: .renamed(from: from), provenance: provenance))
                for c in table.constraints.indices {
                    table.constraints[c].columns = table.constraints[c].columns.map { $0 == from ? to : $0 }
                    if let values = table.constraints[c].allowedValues.removeValue(forKey: from) { table.constraints[c].allowedValues[to] = values }
                }
            case .renameConstraint(let from, let to):
                if let c = table.constraints.firstIndex(where: { $0.name == from }) { table.constraints[c].name = to } else {
                    problem("\(key) has no constraint \(from)", provenance)
                }
            case .renameTable(let to):
                let old = key
                key = QualifiedName(schema: key.schema, to)
                table.name = key
                table.history.append(SchemaChange(kind: .renamed(from: old.name), provenance: provenance))
            case .setSchema(let newSchema):
                let old = key
                moveOwnedSequences(of: &table, from: old.schema ?? "public", to: newSchema)
                key = QualifiedName(schema: newSchema, key.name)
                table.name = key
                table.history.append(SchemaChange(kind: .movedToSchema(from: old.schema ?? "public"), provenance: provenance))
            case .rowLevelSecurity(let enabled):
                table.rowLevelSecurity = enabled
            case .forceRowLevelSecurity, .other:
                break
            }
        }
        schema.tables[key] = table
    }

    /// Adds a constraint, naming it as PostgreSQL does when the migration did not.
    mutating func addConstraint(_ constraint: TableConstraint, to table: inout TableSchema, project: String) {
        let provenance = SchemaProvenance(project: project, location: constraint.location)
        var result = ConstraintSchema(name: "", kind: .check, columns: [], references: nil, referencedColumns: [], expression: nil, allowedValues: [:], provenance: provenance)
        switch constraint.kind {
        case .primaryKey(let columns):
            result.kind = .primaryKey
            result.columns = columns
            for column in columns { if let i = table.columnIndex(column) { table.columns[i].notNull = true } }
        case .unique(let columns):
            result.kind = .unique
            result.columns = columns
        case .foreignKey(let columns, let target):
            result.kind = .foreignKey
            result.columns = columns
            result.references = resolve(target.table)
            result.referencedColumns = target.columns
            if target.columns.isEmpty, let referenced = schema.tables[resolve(target.table)],
               let key = referenced.constraints.first(where: { $0.kind == .primaryKey }) {
                result.referencedColumns = key.columns
            }
        case .check(let expression):
            result.kind = .check
            result.expression = expression.text
            result.allowedValues = expression.allowedValues
            // The columns a CHECK mentions, in order of first mention; its default name uses the first.
            var seen: [String] = []
            for word in Self.words(expression.text) where table.columnIndex(word) != nil && !seen.contains(word) { seen.append(word) }
            result.columns = seen
        case .exclude:
            result.kind = .exclude
        }
        result.name = constraint.name ?? Self.constraintName(for: result, table: table)
        table.constraints.append(result)
    }

    /// The identifier-like words of an expression's text, split on bytes (quoted names keep
    /// their quotes and so match no column; the replay's CHECK naming needs only plain ones).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80 || (b >= 0x41 && b <= 0x5A) {
                current.append(b)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// PostgreSQL's `ChooseConstraintName`: `<table>_<columns>_<suffix>` (`pkey`, `key`,
    /// `fkey`, `check`, `excl`), each part truncated so the whole fits in 63 bytes, and a
    /// number appended when the name is taken.
    static func constraintName(for constraint: ConstraintSchema, table: TableSchema) -> String {
        let suffix: String
        var columnPart: String? = constraint.columns.joined(separator: "_")
        switch constraint.kind {
        case .primaryKey: suffix = "pkey"; columnPart = nil
        case .unique: suffix = "key"
        case .foreignKey: suffix = "fkey"
        case .check: suffix = "check"; columnPart = constraint.columns.first
        case .exclude: suffix = "excl"
        }
        if columnPart?.isEmpty == true { columnPart = nil }
        let taken = Set(table.constraints.map(\.name))
        var attempt = 0
        while true {
            let label = attempt == 0 ? suffix : suffix + String(attempt)
            let name = makeObjectName(table.name.name, columnPart, label)
            if !taken.contains(name) { return name }
            attempt += 1
        }
    }

    /// `makeObjectName`: truncates the longer of the two name parts until `a_b_label` fits in
    /// NAMEDATALEN - 1 = 63 bytes.
    static func makeObjectName(_ first: String, _ second: String?, _ label: String) -> String {
        var a = Array(first.utf8)
        var b = second.map { Array($0.utf8) } ?? []
        let overhead = label.utf8.count + 1 + (second == nil ? 0 : 1)
        while a.count + b.count + overhead > 63 {
            if a.count > b.count { a.removeLast() } else { b.removeLast() }
        }
        let head = String(decoding: a, as: UTF8.self)
        return second == nil ? "\(head)_\(label)" : "\(head)_\(String(decoding: b, as: UTF8.self))_\(label)"
    }

    /// The sequence behind a `serial` column, as it appears in its `nextval` default.
    static func sequenceName(table: QualifiedName, column: String) -> String {
        let name = makeObjectName(table.name, column, "seq")
        let quoted = SQLTypeName.quoteIfNeeded(name)
        if let schema = table.schema, schema != "public" { return SQLTypeName.quoteIfNeeded(schema) + "." + quoted }
        return quoted
    }

    mutating func alterEnum(_ key: QualifiedName, _ action: AlterEnumAction, _ provenance: SchemaProvenance) {
        guard var type = schema.enums[key] else {
            problem("ALTER TYPE of unknown enum \(key)", provenance)
            return
        }
        switch action {
        case .addValue(let label, let before, let after, let ifNotExists):
            if type.labels.contains(label) {
                if !ifNotExists { problem("enum \(key) already has label '\(label)'", provenance) }
                return
            }
            if let before, let i = type.labels.firstIndex(of: before) {
                type.labels.insert(label, at: i)
            } else if let after, let i = type.labels.firstIndex(of: after) {
                type.labels.insert(label, at: i + 1)
            } else {
                type.labels.append(label)
            }
        case .renameValue(let from, let to):
            guard let i = type.labels.firstIndex(of: from) else {
                problem("enum \(key) has no label '\(from)'", provenance)
                return
            }
            type.labels[i] = to
        case .renameType(let to):
            schema.enums[key] = nil
            type.name = QualifiedName(schema: key.schema, to)
            schema.enums[type.name] = type
            renameUserType(key, to: type.name)
            return
        }
        schema.enums[key] = type
    }

    /// A column's type is stored by OID, so renaming a type renames it in every column (and in
    /// the casts of their defaults).
    mutating func renameUserType(_ old: QualifiedName, to new: QualifiedName) {
        func spelling(_ name: QualifiedName) -> String {
            let bare = SQLTypeName.quoteIfNeeded(name.name)
            guard let schema = name.schema, schema != "public" else { return bare }
            return SQLTypeName.quoteIfNeeded(schema) + "." + bare
        }
        let oldSpelling = spelling(old), newSpelling = spelling(new)
        for (tableKey, var table) in schema.tables {
            var changed = false
            for i in table.columns.indices {
                guard let userType = table.columns[i].userType, resolve(userType) == old else { continue }
                let isArray = table.columns[i].type.hasSuffix("[]")
                table.columns[i].type = newSpelling + (isArray ? "[]" : "")
                table.columns[i].userType = new
                if let value = table.columns[i].defaultValue {
                    for suffix in ["[]", ""] where value.hasSuffix("::" + oldSpelling + suffix) {
                        table.columns[i].defaultValue = String(value.dropLast(oldSpelling.count + suffix.count)) + newSpelling + suffix
                        break
                    }
                }
                changed = true
            }
            if changed { schema.tables[tableKey] = table }
        }
    }

    /// `SET SCHEMA` moves the sequences a table's serial columns own; every default that
    /// calls `nextval` on one of them (in any table) now names the new schema.
    mutating func moveOwnedSequences(of table: inout TableSchema, from oldSchema: String, to newSchema: String) {
        var renames: [(String, String)] = []
        for column in table.columns {
            guard let value = column.defaultValue, value.hasPrefix("nextval('"), value.hasSuffix("'::regclass)") else { continue }
            let quoted = String(value.dropFirst("nextval('".count).dropLast("'::regclass)".count))
            let bare = oldSchema == "public" ? quoted : String(quoted.dropFirst(SQLTypeName.quoteIfNeeded(oldSchema).count + 1))
            let moved = newSchema == "public" ? bare : SQLTypeName.quoteIfNeeded(newSchema) + "." + bare
            renames.append(("nextval('\(quoted)'::regclass)", "nextval('\(moved)'::regclass)"))
        }
        guard !renames.isEmpty else { return }
        func rewrite(_ t: inout TableSchema) {
            for i in t.columns.indices {
                for (from, to) in renames where t.columns[i].defaultValue == from { t.columns[i].defaultValue = to }
            }
        }
        rewrite(&table)
        for key in Array(schema.tables.keys) {
            var other = schema.tables[key]!
            rewrite(&other)
            schema.tables[key] = other
        }
    }
}
