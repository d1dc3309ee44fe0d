/// Reads the DML subset contracts depend on — `INSERT … VALUES … ON CONFLICT DO UPDATE`,
/// `UPDATE … SET … WHERE`, `SELECT … FROM … JOIN … WHERE`, `DELETE`, `WITH` — anywhere in a
/// token range: a whole statement, a PL/pgSQL body, or SQL found in code. Every `SELECT`,
/// `INSERT INTO`, `UPDATE … SET` and `DELETE FROM` in the range becomes one effect per table,
/// subqueries included; each clause reader skips parenthesised subqueries so that a column is
/// attributed to the query it belongs to.
public struct SQLDMLReader {
    public let source: SQLSource
    /// Names that are variables, not columns: a routine's parameters and PL/pgSQL `DECLARE`d
    /// variables (`SET worker_id = p_worker_id` reads no column `p_worker_id`).
    public var variables: Set<String>

    public init(source: SQLSource, variables: Set<String> = []) {
        self.source = source
        self.variables = variables
    }

    public func read(_ range: Range<Int>) -> [DMLEffect] {
        var effects: [DMLEffect] = []
        let cteNames = commonTableExpressionNames(range)
        var i = range.lowerBound
        while i < range.upperBound {
            if source.tokens[i].kind == .identifier {
                var found: [DMLEffect] = []
                if source.isWord(i, "insert"), source.isWord(i + 1, "into") {
                    found = insert(at: i, range.upperBound)
                } else if source.isWord(i, "update"), !source.isWord(i - 1, "do"), !source.isWord(i - 1, "for") {
                    found = update(at: i, range.upperBound)
                } else if source.isWord(i, "delete"), source.isWord(i + 1, "from") {
                    found = delete(at: i, range.upperBound)
                } else if source.isWord(i, "select") || (source.isWord(i, "perform") && i > range.lowerBound) {
                    found = select(at: i, range.upperBound)
                }
                effects += found.filter { !($0.table.schema == nil && cteNames.contains($0.table.name)) }
            }
            i += 1
        }
        return effects
    }

    private func commonTableExpressionNames(_ range: Range<Int>) -> Set<String> {
        var names = Set<String>()
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if source.isWord(i + 1, "as"), source.tokens[i + 2].kind == .leftParen || source.isWord(i + 2, "materialized") || source.isWord(i + 2, "not"),
               i > range.lowerBound, source.isWord(i - 1, "with") || source.isWord(i - 1, "recursive") || source.tokens[i - 1].kind == .comma,
               let name = source.name(i) {
                names.insert(name)
            }
            i += 1
        }
        return names
    }

    /// The end of a clause: the first of `stops` at depth 0, a `)` closing the enclosing
    /// group, a `;`, or `limit`.
    func clauseEnd(from start: Int, _ limit: Int, stops: [StaticString]) -> Int {
        var i = start
        while i < limit {
            switch source.tokens[i].kind {
            case .leftParen, .leftBracket:
                i = source.afterGroup(at: i, limit)
                continue
            case .rightParen, .rightBracket, .semicolon: return i
            case .identifier:
                for stop in stops where source.isWord(i, stop) { return i }
            default: break
            }
            i += 1
        }
        return limit
    }

    static let queryEnds: [StaticString] = ["returning", "group", "order", "limit", "offset", "for", "union", "intersect", "except", "having", "window", "into", "fetch", "on", "loop", "then"]

    /// `name [AS] alias`: returns the table, its location, alias and the index after them.
    func tableReference(at start: Int, _ limit: Int) -> (QualifiedName, Location, String?, Int)? {
        var cursor = SQLCursor(source: source, range: start..<limit)
        _ = cursor.accept("only")
        guard let name = try? cursor.qualifiedName() else { return nil }
        let location = source.location(start)
        var alias: String?
        if cursor.accept("as") {
            alias = try? cursor.name()
        } else if cursor.kind == .identifier, !Self.isClauseWord(source, cursor.index) {
            alias = try? cursor.name()
        }
        return (name, location, alias, cursor.index)
    }

    static func isClauseWord(_ source: SQLSource, _ i: Int) -> Bool {
        for word in ["set", "where", "on", "using", "join", "inner", "left", "right", "full", "cross", "natural", "group", "order", "limit",
                     "returning", "values", "default", "select", "union", "for", "offset", "having", "window", "lateral", "overriding", "except", "intersect", "into", "loop", "then", "fetch", "tablesample"] as [StaticString]
            where source.isWord(i, word) { return true }
        return false
    }

    private func insert(at start: Int, _ limit: Int) -> [DMLEffect] {
        guard let (table, location, _, after) = tableReference(at: start + 2, limit) else { return [] }
        var effect = DMLEffect(kind: .insert, table: table, location: location)
        var i = after
        var columns: [Located<String>] = []
        var plainList = false
        if i < limit, source.tokens[i].kind == .leftParen, !source.isWord(i + 1, "select") {
            i += 1
            plainList = true
            while i < limit, source.tokens[i].kind != .rightParen {
                if let name = source.name(i) {
                    columns.append(Located(name, at: source.location(i)))
                } else {
                    plainList = false
                }
                i += 1
                // Anything but `,` or `)` after a name (`a[1]`, `a.b`, a `$1` list) leaves the list not plain.
                if i < limit, source.tokens[i].kind != .comma, source.tokens[i].kind != .rightParen {
                    plainList = false
                }
                while i < limit, source.tokens[i].kind != .comma, source.tokens[i].kind != .rightParen { i += 1 }
                if i < limit, source.tokens[i].kind == .comma { i += 1 }
            }
            if i >= limit { plainList = false }
            i += 1
        }
        effect.columnsWritten = columns
        let rowSource = source.isWord(i, "values") || source.isWord(i, "select") || source.isWord(i, "overriding")
            || (i < limit && source.tokens[i].kind == .leftParen && source.isWord(i + 1, "select"))
        if plainList, !columns.isEmpty, rowSource { effect.insertColumnList = columns }
        if source.isWord(i, "overriding") { i += 3 }
        if source.isWord(i, "values") {
            i += 1
            while i < limit, source.tokens[i].kind == .leftParen {
                var column = 0
                var j = i + 1
                while j < limit {
                    let valueStart = j
                    var cursor = SQLCursor(source: source, range: j..<limit)
                    let valueRange = cursor.skipExpression(stopWords: [])
                    j = cursor.index
                    if column < columns.count, let literal = literalValue(valueRange), valueRange.lowerBound == valueStart {
                        effect.valuesWritten.append(ColumnValue(column: columns[column].value, value: literal, location: source.location(valueStart)))
                    }
                    column += 1
                    if j < limit, source.tokens[j].kind == .comma { j += 1; continue }
                    break
                }
                i = j + 1
                if i < limit, source.tokens[i].kind == .comma { i += 1 } else { break }
            }
        }
        // ON CONFLICT (…) DO UPDATE SET …
        var k = i
        while k < limit, source.tokens[k].kind != .semicolon {
            if source.isWord(k, "do"), source.isWord(k + 1, "update"), source.isWord(k + 2, "set") {
                effect.isUpsert = true
                let end = clauseEnd(from: k + 3, limit, stops: ["where", "returning"])
                assignments(k + 3, end, into: &effect, aliases: ["excluded": nil])
                break
            }
            // A `)` met here closes the group the INSERT sits in (a CTE); inner groups are jumped.
            if source.tokens[k].kind == .rightParen { break }
            if source.tokens[k].kind == .leftParen || source.tokens[k].kind == .leftBracket {
                k = source.afterGroup(at: k, limit)
                continue
            }
            k += 1
        }
        return [effect]
    }

    private func update(at start: Int, _ limit: Int) -> [DMLEffect] {
        guard let (table, location, alias, after) = tableReference(at: start + 1, limit), source.isWord(after, "set") else { return [] }
        var effect = DMLEffect(kind: .update, table: table, location: location)
        let setEnd = clauseEnd(from: after + 1, limit, stops: ["from", "where", "returning"])
        var aliases: [String: QualifiedName?] = [table.name: table]
        if let alias { aliases[alias] = table }
        assignments(after + 1, setEnd, into: &effect, aliases: aliases)
        if source.isWord(setEnd, "where") {
            let whereEnd = clauseEnd(from: setEnd + 1, limit, stops: Self.queryEnds)
            conditions(setEnd + 1, whereEnd, into: &effect, table: table, aliases: aliases)
        }
        return [effect]
    }

    private func delete(at start: Int, _ limit: Int) -> [DMLEffect] {
        guard let (table, location, alias, after) = tableReference(at: start + 2, limit) else { return [] }
        var effect = DMLEffect(kind: .delete, table: table, location: location)
        var aliases: [String: QualifiedName?] = [table.name: table]
        if let alias { aliases[alias] = table }
        let whereStart = clauseEnd(from: after, limit, stops: ["where", "returning"])
        if source.isWord(whereStart, "where") {
            conditions(whereStart + 1, clauseEnd(from: whereStart + 1, limit, stops: Self.queryEnds), into: &effect, table: table, aliases: aliases)
        }
        return [effect]
    }

    /// `col = expr, (a, b) = (…)`: columns written, and literal values written.
    private func assignments(_ start: Int, _ end: Int, into effect: inout DMLEffect, aliases: [String: QualifiedName?]) {
        var i = start
        while i < end {
            var cursor = SQLCursor(source: source, range: i..<end)
            let target = cursor.skipExpression(stopWords: [])
            i = cursor.index + 1
            // target is `col = value` or `alias.col = value`
            var j = target.lowerBound
            if j + 2 < target.upperBound, source.tokens[j + 1].kind == .dot { j += 2 }
            guard let column = source.name(j), j + 1 < target.upperBound, source.tokens[j + 1].kind == .op, source.text(j + 1) == "=" else { continue }
            effect.columnsWritten.append(Located(column, at: source.location(j)))
            let valueRange = (j + 2)..<target.upperBound
            if let literal = literalValue(valueRange) {
                effect.valuesWritten.append(ColumnValue(column: column, value: literal, location: source.location(j + 2)))
            }
            columnReferences(valueRange, into: &effect.columnsRead, table: effect.table, aliases: aliases)
        }
    }

    /// A bare literal, optionally cast (`'queued'`, `'queued'::job_status`, `42`, `true`).
    func literalValue(_ range: Range<Int>) -> SQLLiteral? {
        guard !range.isEmpty else { return nil }
        let first = range.lowerBound
        if range.count == 1 || (range.count >= 3 && source.tokens[first + 1].kind == .doubleColon) {
            return SQLExpressionReader.literal(source, first)
        }
        return nil
    }
}
