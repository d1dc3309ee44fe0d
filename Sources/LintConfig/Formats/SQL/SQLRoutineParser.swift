/// `CREATE FUNCTION` / `CREATE PROCEDURE` and `DO` blocks: the routine's name, and what its
/// body (SQL or PL/pgSQL) does to tables and which channels it notifies. A `$$…$$` body is
/// lexed in place, so every fact inside it points at its line in the migration file.
extension SQLCursor {
    mutating func createRoutine() throws(SQLParseFailure) -> SQLStatementKind {
        skipTo(["function", "procedure"])
        index += 1
        let name = try qualifiedName()
        var parameters = Set<String>()
        if kind == .leftParen { parameters = parameterNames(try skipGroup()) }
        var language = "sql"
        var bodyToken: Int?
        var atomicRange: Range<Int>?
        var depth = 0
        while !atEnd {
            switch source.tokens[index].kind {
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            case .identifier where depth == 0:
                if peek("language") {
                    if let value = source.name(index + 1) ?? source.stringValue(index + 1) { language = value.lowercased() }
                    index += 1
                } else if peek("as"), kind(at: 1) == .string || kind(at: 1) == .dollarString {
                    bodyToken = index + 1
                    index += 1
                } else if peek("begin"), peek("atomic", offset: 1) {
                    atomicRange = (index + 2)..<end
                    index = end
                    continue
                } else if peek("return") {
                    atomicRange = (index + 1)..<end
                    index = end
                    continue
                }
            default: break
            }
            index += 1
        }
        var body: RoutineBody?
        if let bodyToken {
            body = SQLRoutineBodyReader.read(source, token: bodyToken, language: language, parameters: parameters)
        } else if let atomicRange {
            body = SQLRoutineBodyReader.read(source, range: atomicRange, language: language, variables: parameters)
        }
        return .createRoutine(name, body: body)
    }

    /// `(p_worker text, OUT n int, VARIADIC xs text[])`: the names, without modes and types.
    func parameterNames(_ range: Range<Int>) -> Set<String> {
        var names = Set<String>()
        var atStart = true
        var depth = 0
        for i in range {
            switch source.tokens[i].kind {
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            case .comma where depth == 0: atStart = true
            case .identifier, .quotedIdentifier:
                guard atStart, depth == 0 else { continue }
                if source.isWord(i, "in") || source.isWord(i, "out") || source.isWord(i, "inout") || source.isWord(i, "variadic") { continue }
                // `name type`: a lone word is an unnamed parameter's type.
                if i + 1 < range.upperBound, source.tokens[i + 1].kind == .identifier || source.tokens[i + 1].kind == .quotedIdentifier,
                   let name = source.name(i) {
                    names.insert(name)
                }
                atStart = false
            default: break
            }
        }
        return names
    }

    mutating func doBlock() throws(SQLParseFailure) -> SQLStatementKind {
        index += 1
        var language = "plpgsql"
        var bodyToken: Int?
        while !atEnd {
            if accept("language") {
                if let value = source.name(index) ?? source.stringValue(index) { language = value.lowercased() }
            } else if kind == .string || kind == .dollarString {
                bodyToken = index
            }
            index += 1
        }
        guard let bodyToken else { throw fail("expected the DO block's body") }
        return .doBlock(SQLRoutineBodyReader.read(source, token: bodyToken, language: language, runsDDL: true))
    }
}

/// Reads routine bodies with the DML subset and collects `pg_notify('chan', …)` and
/// `NOTIFY chan`. A body in another language (plv8, plpython) is recorded with no effects.
enum SQLRoutineBodyReader {
    static func read(_ source: SQLSource, token: Int, language: String, parameters: Set<String> = [], runsDDL: Bool = false) -> RoutineBody {
        guard language == "sql" || language == "plpgsql" else { return RoutineBody(language: language, effects: [], notifications: []) }
        let t = source.tokens[token]
        let range: Range<Int>
        var column = Int(t.column)
        if t.kind == .dollarString {
            range = source.dollarBody(token)
            column += range.lowerBound - Int(t.start)  // the tag is ASCII
        } else {
            // `'…'` bodies: doubled quotes inside are lexed as empty strings, which the DML
            // reader ignores; positions stay exact.
            let prefix = t.flavor == SQLToken.plain && source.bytes[Int(t.start)] == 0x27 ? 1 : 2
            range = (Int(t.start) + prefix)..<(Int(t.end) - 1)
            column += prefix
        }
        guard let tokens = try? SQLLexer(path: source.path).tokenize(source.bytes, range: range, line: Int(t.line), column: column) else {
            return RoutineBody(language: language, effects: [], notifications: [])
        }
        let body = SQLSource(path: source.path, bytes: source.bytes, tokens: tokens)
        // A body nested past the bound is left unread, as a body that does not lex is.
        if body.groups.firstTooDeep != nil { return RoutineBody(language: language, effects: [], notifications: []) }
        var variables = parameters
        if language == "plpgsql" { variables.formUnion(declaredVariables(body)) }
        var result = read(body, range: 0..<tokens.count, language: language, variables: variables)
        if runsDDL, language == "plpgsql" { result.statements = ddlStatements(body) }
        return result
    }

    static func read(_ source: SQLSource, range: Range<Int>, language: String, variables: Set<String> = []) -> RoutineBody {
        let effects = SQLDMLReader(source: source, variables: variables).read(range)
        var body = RoutineBody(language: language, effects: effects, notifications: notifications(source, range))
        if language == "plpgsql" { body.newRowAssignments = newRowAssignments(source, range) }
        return body
    }

    /// `NEW.col := …` / `NEW.col = …` at the start of a PL/pgSQL statement: the columns a trigger
    /// function sets on the row it returns.
    static func newRowAssignments(_ source: SQLSource, _ range: Range<Int>) -> [String] {
        var names: [String] = []
        var i = range.lowerBound
        while i + 3 < range.upperBound {
            defer { i += 1 }
            guard source.isWord(i, "new"), source.tokens[i + 1].kind == .dot, let column = source.name(i + 2) else {
                continue
            }
            let startsStatement = i == range.lowerBound || source.tokens[i - 1].kind == .semicolon
                || source.isWord(i - 1, "begin") || source.isWord(i - 1, "then") || source.isWord(i - 1, "else")
                || source.isWord(i - 1, "loop")
            let next = i + 3
            let assigns = source.tokens[next].kind == .op && (source.text(next) == ":=" || source.text(next) == "=")
                || (source.tokens[next].kind == .colon && next + 1 < range.upperBound && source.text(next + 1) == "=")
            if startsStatement, assigns, !names.contains(column) { names.append(column) }
        }
        return names
    }

    /// The DDL statements of a PL/pgSQL block: each `;`-separated part whose first word after
    /// block keywords (`BEGIN`, `THEN`, `ELSE`, `LOOP`, `DECLARE`) is `CREATE`, `ALTER`, `DROP`
    /// or `COMMENT`. Conditions are not evaluated: a guarded statement is taken as run, which
    /// is what a first run on an empty database does.
    static func ddlStatements(_ body: SQLSource) -> [SQLStatement] {
        var result: [SQLStatement] = []
        for range in SQLStatementSplitter.split(body) {
            var start = range.lowerBound
            var depth = 0
            // Skip to the token after the last block keyword at depth 0.
            for i in range {
                switch body.tokens[i].kind {
                case .leftParen: depth += 1
                case .rightParen: depth -= 1
                case .identifier where depth == 0:
                    if body.isWord(i, "begin") || body.isWord(i, "then") || body.isWord(i, "else") || body.isWord(i, "loop") || body.isWord(i, "declare") {
                        start = i + 1
                    }
                default: break
                }
            }
            guard start < range.upperBound,
                  body.isWord(start, "create") || body.isWord(start, "alter") || body.isWord(start, "drop") || body.isWord(start, "comment") else { continue }
            result.append(SQLParser().parseStatement(body, start..<range.upperBound))
        }
        return result
    }

    /// PL/pgSQL `DECLARE` sections: `name [CONSTANT] type [:= …];` up to `BEGIN`, and the loop
    /// variable of `FOR name IN`.
    static func declaredVariables(_ body: SQLSource) -> Set<String> {
        var names = Set<String>()
        var i = 0
        let count = body.tokens.count
        while i < count {
            if body.isWord(i, "declare") {
                var atStart = true
                i += 1
                while i < count, !body.isWord(i, "begin") {
                    if body.tokens[i].kind == .semicolon {
                        atStart = true
                    } else if atStart, let name = body.name(i) {
                        names.insert(name)
                        atStart = false
                    }
                    i += 1
                }
            } else if body.isWord(i, "for"), i + 2 < count, body.isWord(i + 2, "in"), let name = body.name(i + 1) {
                names.insert(name)
            }
            i += 1
        }
        return names
    }

    /// `pg_notify('channel', …)` with a literal channel, and `NOTIFY channel`.
    static func notifications(_ source: SQLSource, _ range: Range<Int>) -> [Located<String>] {
        var result: [Located<String>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if source.isWord(i, "pg_notify"), i + 2 < range.upperBound, source.tokens[i + 1].kind == .leftParen,
               let channel = source.stringValue(i + 2), source.tokens[i + 2].kind == .string {
                result.append(Located(channel, at: source.location(i + 2)))
                i += 3
                continue
            }
            if source.isWord(i, "notify"), i + 1 < range.upperBound, i == range.lowerBound || source.tokens[i - 1].kind == .semicolon || !source.isWord(i - 1, "pg"),
               let channel = source.name(i + 1) {
                result.append(Located(channel, at: source.location(i + 1)))
                i += 2
                continue
            }
            i += 1
        }
        return result
    }
}
