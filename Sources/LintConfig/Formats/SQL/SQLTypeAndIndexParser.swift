/// `CREATE TYPE … AS ENUM`, `ALTER TYPE … ADD VALUE / RENAME VALUE`, `CREATE DOMAIN` and
/// `CREATE INDEX`: the other DDL that shapes what a column may hold.
extension SQLCursor {
    mutating func createType() throws(SQLParseFailure) -> SQLStatementKind {
        index += 2
        let name = try qualifiedName()
        guard accept("as", "enum") else { return .recorded }  // composite, range, base types
        try expect(.leftParen, "(")
        var labels: [Located<String>] = []
        if !accept(.rightParen) {
            repeat {
                guard kind == .string, let value = source.stringValue(index) else { throw fail("expected an enum label string") }
                labels.append(Located(value, at: location))
                index += 1
            } while accept(.comma)
            try expect(.rightParen, ")")
        }
        return .createEnum(name, labels: labels)
    }

    mutating func alterType() throws(SQLParseFailure) -> SQLStatementKind {
        index += 2
        let name = try qualifiedName()
        if accept("add", "value") {
            let ifNotExists = accept("if", "not", "exists")
            guard let label = source.stringValue(index), kind == .string else { throw fail("expected an enum label string") }
            index += 1
            var before: String?
            var after: String?
            if accept("before") { before = source.stringValue(index); index += 1 }
            if accept("after") { after = source.stringValue(index); index += 1 }
            return .alterEnum(name, .addValue(label, before: before, after: after, ifNotExists: ifNotExists))
        }
        if accept("rename", "value") {
            guard let from = source.stringValue(index) else { throw fail("expected an enum label string") }
            index += 1
            try expect("to")
            guard let to = source.stringValue(index) else { throw fail("expected an enum label string") }
            index += 1
            return .alterEnum(name, .renameValue(from: from, to: to))
        }
        if accept("rename", "to") { return .alterEnum(name, .renameType(to: try self.name())) }
        return .recorded  // OWNER TO, SET SCHEMA, attribute changes of composite types
    }

    mutating func createDomain() throws(SQLParseFailure) -> SQLStatementKind {
        index += 2
        let name = try qualifiedName()
        _ = accept("as")
        let type = try typeName()
        var notNull = false
        var defaultValue: SQLExpression?
        var checks: [SQLExpression] = []
        while !atEnd {
            if accept("constraint") { _ = try self.name(); continue }
            if accept("not", "null") { notNull = true } else if accept("null") { notNull = false } else if accept("default") {
                defaultValue = SQLExpressionReader.read(source, skipExpression(stopWords: Self.columnConstraintStarts))
            } else if accept("check") {
                checks.append(SQLExpressionReader.read(source, try skipGroup()))
            } else if accept("collate") {
                _ = try qualifiedName()
            } else {
                throw fail("unexpected \(currentText) in CREATE DOMAIN")
            }
        }
        return .createDomain(name, type: type, notNull: notNull, defaultValue: defaultValue, checks: checks)
    }

    mutating func createIndex() throws(SQLParseFailure) -> SQLStatementKind {
        index += 1
        let unique = accept("unique")
        try expect("index")
        _ = accept("concurrently")
        _ = accept("if", "not", "exists")
        var name: String?
        if !peek("on") { name = try self.name() }
        try expect("on")
        _ = accept("only")
        return .createIndex(name: name, table: try qualifiedName(), unique: unique)
    }
}
