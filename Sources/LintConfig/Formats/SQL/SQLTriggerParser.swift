/// `CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name {BEFORE | AFTER | INSTEAD OF} event [OR …]
/// ON table … EXECUTE {FUNCTION | PROCEDURE} f(…)`: which function a table's row changes run,
/// so a NOTIFY inside that function can say which change announces it.
public struct SQLTrigger: Hashable, Sendable {
    public var name: String
    public var table: QualifiedName
    /// `after insert or update`, lower case, as written (columns of `UPDATE OF` left out).
    public var event: String
    public var function: QualifiedName
}

extension SQLCursor {
    mutating func createTrigger() throws(SQLParseFailure) -> SQLStatementKind {
        skipTo(["trigger"])
        index += 1
        let name = try self.name()
        var timing: String
        if accept("instead", "of") {
            timing = "instead of"
        } else if accept("before") {
            timing = "before"
        } else {
            try expect("after")
            timing = "after"
        }
        var events: [String] = []
        repeat {
            guard let word = source.name(index), ["insert", "update", "delete", "truncate"].contains(word) else {
                throw fail("expected a trigger event")
            }
            index += 1
            events.append(word)
            // `UPDATE OF a, b`: the columns are not part of the event's name.
            if word == "update", accept("of") {
                _ = try self.name()
                while accept(.comma) { _ = try self.name() }
            }
        } while accept("or")
        try expect("on")
        let table = try qualifiedName()
        skipTo(["execute"])
        try expect("execute")
        guard accept("function") || accept("procedure") else { throw fail("expected FUNCTION") }
        let function = try qualifiedName()
        timing += " " + events.joined(separator: " or ")
        return .createTrigger(SQLTrigger(name: name, table: table, event: timing, function: function))
    }

    /// `DROP TRIGGER [IF EXISTS] name ON table`.
    mutating func dropTrigger() throws(SQLParseFailure) -> SQLStatementKind {
        index += 2
        _ = accept("if", "exists")
        let name = try self.name()
        try expect("on")
        return .dropTrigger(name, table: try qualifiedName())
    }

    /// `DROP {FUNCTION | PROCEDURE} [IF EXISTS] name [( args )] [, …] [CASCADE | RESTRICT]`.
    mutating func dropRoutine() throws(SQLParseFailure) -> SQLStatementKind {
        index += 2
        _ = accept("if", "exists")
        var names: [QualifiedName] = []
        repeat {
            names.append(try qualifiedName())
            if kind == .leftParen { try skipGroup() }
        } while accept(.comma)
        return .dropRoutine(names)
    }
}
