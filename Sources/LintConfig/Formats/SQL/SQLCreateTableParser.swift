/// `CREATE TABLE` (gram.y `CreateStmt`): columns with their constraints, table constraints,
/// `LIKE`, `INHERITS`, `PARTITION BY` and `PARTITION OF`.
extension SQLCursor {
    /// Words that end a column's type or an expression inside a column definition.
    static let columnConstraintStarts: [StaticString] = [
        "not", "null", "default", "primary", "unique", "references", "check", "generated", "collate", "constraint",
        "deferrable", "initially",
    ]

    mutating func createTable() throws(SQLParseFailure) -> CreateTable {
        skipTo(["table"])
        index += 1
        let ifNotExists = accept("if", "not", "exists")
        let name = try qualifiedName()
        var table = CreateTable(name: name, ifNotExists: ifNotExists, elements: [], inherits: [], partitionOf: nil, partitionBy: nil)
        if accept("partition", "of") {
            table.partitionOf = try qualifiedName()
            if kind == .leftParen { try tableElements(into: &table) }
            return table  // `FOR VALUES …` / `DEFAULT` follow; they do not change columns.
        }
        if accept("of") { throw fail("typed tables (CREATE TABLE … OF type) are not modelled") }
        if accept("as") { throw fail("CREATE TABLE … AS is not modelled") }
        if kind == .leftParen { try tableElements(into: &table) }
        while !atEnd {
            if accept("inherits") {
                try expect(.leftParen, "(")
                repeat { table.inherits.append(try qualifiedName()) } while accept(.comma)
                try expect(.rightParen, ")")
            } else if accept("partition", "by") {
                let start = index
                index += 1  // RANGE | LIST | HASH
                try skipGroup()
                table.partitionBy = SQLExpressionReader.canonicalText(source, start..<index)
            } else {
                index += 1  // WITH (…), TABLESPACE x, USING method, ON COMMIT …
                if kind == .leftParen { try skipGroup() }
            }
        }
        return table
    }

    private mutating func tableElements(into table: inout CreateTable) throws(SQLParseFailure) {
        try expect(.leftParen, "(")
        if accept(.rightParen) { return }
        repeat {
            if peek("like") {
                let location = self.location
                index += 1
                let source = try qualifiedName()
                var options: LikeOptions = []
                while peek("including") || peek("excluding") {
                    let including = accept("including")
                    if !including { index += 1 }
                    var option: LikeOptions = []
                    if peek("defaults") { option = .defaults } else if peek("constraints") { option = .constraints } else if peek("identity") {
                        option = .identity
                    } else if peek("generated") { option = .generated } else if peek("indexes") { option = .indexes } else if peek("all") { option = .all }
                    if including { options.formUnion(option) } else { options.subtract(option) }
                    index += 1
                }
                table.elements.append(.like(source, options: options, location: location))
            } else if let constraint = try tableConstraint() {
                table.elements.append(.constraint(constraint))
            } else {
                table.elements.append(.column(try columnDefinition(typed: table.partitionOf == nil)))
            }
        } while accept(.comma)
        try expect(.rightParen, ")")
    }

    /// `name type [constraints…]`; in `PARTITION OF` the type is absent (`name WITH OPTIONS …`).
    mutating func columnDefinition(typed: Bool = true) throws(SQLParseFailure) -> ColumnDefinition {
        let location = self.location
        let name = try self.name()
        var type = SQLTypeName(formatted: "", base: "")
        if typed { type = try typeName() } else { _ = accept("with", "options") }
        var constraints: [ColumnConstraint] = []
        while !atEnd, kind != .comma, kind != .rightParen {
            constraints.append(try columnConstraint(column: name))
        }
        return ColumnDefinition(name: name, location: location, type: type, constraints: constraints)
    }

    private mutating func columnConstraint(column: String) throws(SQLParseFailure) -> ColumnConstraint {
        let location = self.location
        var constraintName: String?
        if accept("constraint") { constraintName = try name() }
        let kind: ColumnConstraintKind
        if accept("not", "null") {
            kind = .notNull
        } else if accept("null") {
            kind = .null
        } else if accept("default") {
            let range = skipExpression(stopWords: Self.columnConstraintStarts)
            if range.isEmpty { throw fail("expected an expression after DEFAULT") }
            kind = .defaultValue(SQLExpressionReader.read(source, range))
        } else if accept("primary", "key") {
            kind = .primaryKey
            skipIndexParameters()
        } else if accept("unique") {
            _ = accept("nulls", "not", "distinct") || accept("nulls", "distinct")
            kind = .unique
            skipIndexParameters()
        } else if accept("references") {
            kind = .references(try foreignKeyTarget())
        } else if accept("check") {
            let inner = try skipGroup()
            kind = .check(SQLExpressionReader.read(source, inner))
            _ = accept("no", "inherit")
        } else if accept("generated") {
            if accept("always") || accept("by", "default") {
                let always = source.isWord(index - 1, "always")
                try expect("as")
                if accept("identity") {
                    if self.kind == .leftParen { try skipGroup() }  // sequence options
                    kind = .identity(always: always)
                } else {
                    let inner = try skipGroup()
                    _ = accept("stored")
                    kind = .generated(SQLExpressionReader.read(source, inner))
                }
            } else {
                throw fail("expected ALWAYS or BY DEFAULT after GENERATED")
            }
        } else if accept("collate") {
            kind = .collate(try qualifiedName().description)
        } else if accept("deferrable") || accept("not", "deferrable") || accept("initially") {
            if peek("deferred") || peek("immediate") { index += 1 }
            return try columnConstraint(column: column)
        } else {
            throw fail("unexpected \(currentText) in the definition of column \(column)")
        }
        while accept("deferrable") || accept("not", "deferrable") || accept("initially", "deferred") || accept("initially", "immediate") {}
        return ColumnConstraint(name: constraintName, kind: kind, location: location)
    }

    /// `INCLUDE (…)`, `WITH (…)`, `USING INDEX TABLESPACE x` after PRIMARY KEY / UNIQUE.
    private mutating func skipIndexParameters() {
        while true {
            if accept("include") || accept("with") {
                _ = try? skipGroup()
            } else if accept("using", "index", "tablespace") {
                index += 1
            } else {
                return
            }
        }
    }

    /// `REFERENCES table [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …]`.
    mutating func foreignKeyTarget() throws(SQLParseFailure) -> ForeignKeyTarget {
        let table = try qualifiedName()
        var columns: [String] = []
        if kind == .leftParen { columns = try nameList() }
        var onDelete: String?
        while !atEnd {
            if accept("match") {
                index += 1
            } else if accept("on", "delete") || accept("on", "update") {
                let isDelete = source.isWord(index - 1, "delete")
                var words: [String] = []
                while peek("cascade") || peek("restrict") || peek("no") || peek("action") || peek("set") || peek("null") || peek("default") {
                    words.append(source.text(index).uppercased())
                    index += 1
                }
                if kind == .leftParen { try skipGroup() }  // SET NULL (cols), PostgreSQL 15
                if isDelete { onDelete = words.joined(separator: " ") }
            } else {
                break
            }
        }
        return ForeignKeyTarget(table: table, columns: columns, onDelete: onDelete)
    }

    /// A table constraint, or nil (and the cursor unmoved) when a column definition starts here.
    mutating func tableConstraint() throws(SQLParseFailure) -> TableConstraint? {
        let location = self.location
        let start = index
        var constraintName: String?
        if accept("constraint") { constraintName = try name() }
        let kind: TableConstraintKind
        if accept("primary", "key") {
            kind = .primaryKey(try nameList())
            skipIndexParameters()
        } else if peek("unique"), self.kind(at: 1) == .leftParen || peek("nulls", offset: 1) {
            index += 1
            _ = accept("nulls", "not", "distinct") || accept("nulls", "distinct")
            kind = .unique(try nameList())
            skipIndexParameters()
        } else if peek("check"), self.kind(at: 1) == .leftParen {
            index += 1
            let inner = try skipGroup()
            kind = .check(SQLExpressionReader.read(source, inner))
            _ = accept("no", "inherit")
            _ = accept("not", "valid")
        } else if accept("foreign", "key") {
            let columns = try nameList()
            try expect("references")
            kind = .foreignKey(columns, try foreignKeyTarget())
        } else if peek("exclude") {
            index += 1
            skipExpression(stopWords: [])
            kind = .exclude
        } else {
            if constraintName != nil { throw fail("expected a constraint after CONSTRAINT name") }
            index = start
            return nil
        }
        while accept("deferrable") || accept("not", "deferrable") || accept("initially", "deferred") || accept("initially", "immediate") || accept("not", "valid") {}
        return TableConstraint(name: constraintName, kind: kind, location: location)
    }
}
