/// `ALTER TABLE [IF EXISTS] [ONLY] name action [, action …]` (gram.y `AlterTableStmt`), and the
/// single-action forms `RENAME [COLUMN] a TO b`, `RENAME TO n`, `SET SCHEMA s`.
extension SQLCursor {
    mutating func alterTable() throws(SQLParseFailure) -> AlterTable {
        index += 2
        let ifExists = accept("if", "exists")
        let only = accept("only")
        let name = try qualifiedName()
        if kind == .op, source.text(index) == "*" { index += 1 }
        var table = AlterTable(name: name, ifExists: ifExists, only: only, actions: [])
        repeat {
            let location = self.location
            let action = try alterTableAction()
            table.actions.append(LocatedAction(action: action, location: location))
        } while accept(.comma)
        if !atEnd { throw fail("unexpected \(currentText) after an ALTER TABLE action") }
        return table
    }

    private mutating func alterTableAction() throws(SQLParseFailure) -> AlterTableAction {
        if accept("add") {
            if peek("constraint") || peek("primary") || peek("foreign") || peek("exclude")
                || (peek("unique") && (kind(at: 1) == .leftParen || peek("nulls", offset: 1)))
                || (peek("check") && kind(at: 1) == .leftParen) {
                guard let constraint = try tableConstraint() else { throw fail("expected a constraint") }
                return .addConstraint(constraint)
            }
            _ = accept("column")
            let ifNotExists = accept("if", "not", "exists")
            return .addColumn(try columnDefinition(), ifNotExists: ifNotExists)
        }
        if accept("drop") {
            if accept("constraint") {
                let ifExists = accept("if", "exists")
                let name = try self.name()
                _ = accept("cascade") || accept("restrict")
                return .dropConstraint(name, ifExists: ifExists)
            }
            _ = accept("column")
            let ifExists = accept("if", "exists")
            let name = try self.name()
            _ = accept("cascade") || accept("restrict")
            return .dropColumn(name, ifExists: ifExists)
        }
        if accept("alter") {
            _ = accept("column")
            let column = try name()
            if accept("set", "not", "null") { return .setNotNull(column) }
            if accept("drop", "not", "null") { return .dropNotNull(column) }
            if accept("set", "default") {
                let range = skipExpression(stopWords: [])
                return .setDefault(column, SQLExpressionReader.read(source, range))
            }
            if accept("drop", "default") { return .dropDefault(column) }
            if accept("drop", "identity") {
                _ = accept("if", "exists")
                return .dropIdentity(column)
            }
            if accept("add", "generated") {
                let always = accept("always")
                if !always { try expect("by"); try expect("default") }
                try expect("as")
                try expect("identity")
                if kind == .leftParen { try skipGroup() }
                return .addIdentity(column, always: always)
            }
            if accept("set", "data", "type") || accept("type") {
                let type = try typeName()
                if accept("collate") { _ = try qualifiedName() }
                var using: SQLExpression?
                if accept("using") { using = SQLExpressionReader.read(source, skipExpression(stopWords: [])) }
                return .setType(column: column, type: type, using: using)
            }
            let start = index
            skipExpression(stopWords: [])
            return .other("ALTER COLUMN " + describe(start..<index))
        }
        if accept("rename") {
            if accept("constraint") {
                let from = try name()
                try expect("to")
                return .renameConstraint(from: from, to: try name())
            }
            if accept("to") { return .renameTable(to: try name()) }
            _ = accept("column")
            let from = try name()
            try expect("to")
            return .renameColumn(from: from, to: try name())
        }
        if accept("set", "schema") { return .setSchema(try name()) }
        if accept("enable", "row", "level") { try expect("security"); return .rowLevelSecurity(enabled: true) }
        if accept("disable", "row", "level") { try expect("security"); return .rowLevelSecurity(enabled: false) }
        if accept("force", "row", "level") { try expect("security"); return .forceRowLevelSecurity(true) }
        if accept("no", "force", "row") { _ = accept("level"); try expect("security"); return .forceRowLevelSecurity(false) }
        let start = index
        skipExpression(stopWords: [])
        guard index > start else { throw fail("expected an ALTER TABLE action") }
        return .other(describe(start..<index))
    }
}
