/// `SELECT … FROM … [JOIN …] WHERE …`, and the condition reader shared with `UPDATE` and
/// `DELETE`: which columns a query reads and which literal values it filters them on.
extension SQLDMLReader {
    struct ColumnReference {
        var qualifier: String?
        var name: Located<String>
    }

    func select(at start: Int, _ limit: Int) -> [DMLEffect] {
        let listEnd = clauseEnd(from: start + 1, limit, stops: ["from", "into", "where", "group", "order", "limit", "union", "having", "window", "for", "loop", "then"])
        var fromStart = listEnd
        if source.isWord(listEnd, "into") {
            fromStart = clauseEnd(from: listEnd + 1, limit, stops: ["from", "where", "group", "order", "limit", "loop", "then"])
        }
        guard source.isWord(fromStart, "from") else { return [] }
        // FROM items and joins.
        var tables: [(QualifiedName, Location)] = []
        var aliases: [String: QualifiedName?] = [:]
        var joinConditions: [Range<Int>] = []
        var i = fromStart + 1
        let fromEnd = clauseEnd(from: i, limit, stops: ["where", "group", "order", "limit", "union", "having", "window", "for", "offset", "fetch", "into", "loop", "then", "returning", "except", "intersect"])
        while i < fromEnd {
            if source.tokens[i].kind == .comma { i += 1; continue }
            if source.isWord(i, "natural") || source.isWord(i, "inner") || source.isWord(i, "left") || source.isWord(i, "right")
                || source.isWord(i, "full") || source.isWord(i, "cross") || source.isWord(i, "outer") || source.isWord(i, "join") || source.isWord(i, "lateral") {
                i += 1
                continue
            }
            if source.isWord(i, "on") {
                let end = clauseEnd(from: i + 1, fromEnd, stops: ["join", "inner", "left", "right", "full", "cross", "natural"])
                joinConditions.append((i + 1)..<end)
                i = end
                continue
            }
            if source.isWord(i, "using"), i + 1 < fromEnd, source.tokens[i + 1].kind == .leftParen {
                var cursor = SQLCursor(source: source, range: (i + 1)..<fromEnd)
                _ = try? cursor.skipGroup()
                i = cursor.index
                continue
            }
            if source.tokens[i].kind == .leftParen {
                // A subquery or function in FROM: its own SELECT is read separately.
                var cursor = SQLCursor(source: source, range: i..<fromEnd)
                _ = try? cursor.skipGroup()
                i = cursor.index
                if source.isWord(i, "as") { i += 1 }
                if i < fromEnd, source.tokens[i].kind == .identifier, !Self.isClauseWord(source, i), let alias = source.name(i) {
                    aliases[alias] = .some(nil)
                    i += 1
                }
                continue
            }
            guard let (table, location, alias, after) = tableReference(at: i, fromEnd), after > i else { i += 1; continue }
            if after < fromEnd, source.tokens[after].kind == .leftParen {
                // A set-returning function (`FROM jsonb_array_elements(x) AS e`).
                var cursor = SQLCursor(source: source, range: after..<fromEnd)
                _ = try? cursor.skipGroup()
                i = cursor.index
                if source.isWord(i, "as") { i += 1 }
                if let alias = source.name(i), !Self.isClauseWord(source, i) { aliases[alias] = .some(nil); i += 1 }
                continue
            }
            tables.append((table, location))
            aliases[table.name] = table
            if let alias { aliases[alias] = table }
            i = after
        }
        guard let primary = tables.first else { return [] }
        var effects = tables.map { DMLEffect(kind: .select, table: $0.0, location: $0.1) }
        func effectIndex(_ qualifier: String?) -> Int? {
            guard let qualifier else { return 0 }
            guard let entry = aliases[qualifier], let table = entry else { return nil }
            return tables.firstIndex { $0.0 == table }
        }
        for reference in references((start + 1)..<listEnd) {
            if let k = effectIndex(reference.qualifier) { effects[k].columnsRead.append(reference.name) }
        }
        var filterRanges = joinConditions
        if source.isWord(fromEnd, "where") {
            filterRanges.append((fromEnd + 1)..<clauseEnd(from: fromEnd + 1, limit, stops: Self.queryEnds))
        }
        for range in filterRanges {
            for reference in references(range) {
                if let k = effectIndex(reference.qualifier) { effects[k].columnsRead.append(reference.name) }
            }
            for (reference, value) in comparisons(range) {
                if let k = effectIndex(reference.qualifier) { effects[k].valuesFiltered.append(value) }
            }
        }
        _ = primary
        return effects
    }

    /// Reads a `WHERE` of an `UPDATE`/`DELETE` into the target table's effect.
    func conditions(_ start: Int, _ end: Int, into effect: inout DMLEffect, table: QualifiedName, aliases: [String: QualifiedName?]) {
        for reference in references(start..<end) where reference.qualifier.map({ aliases[$0] == table }) ?? true {
            effect.columnsRead.append(reference.name)
        }
        for (reference, value) in comparisons(start..<end) where reference.qualifier.map({ aliases[$0] == table }) ?? true {
            effect.valuesFiltered.append(value)
        }
    }

    func columnReferences(_ range: Range<Int>, into columns: inout [Located<String>], table: QualifiedName, aliases: [String: QualifiedName?]) {
        for reference in references(range) where reference.qualifier.map({ aliases[$0] == table }) ?? true {
            columns.append(reference.name)
        }
    }

    /// Column references in a range, outside parenthesised subqueries: names that are not
    /// keywords, not function names, not types after `::`.
    func references(_ range: Range<Int>) -> [ColumnReference] {
        var result: [ColumnReference] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let kind = source.tokens[i].kind
            if kind == .leftParen, source.isWord(i + 1, "select") {
                var cursor = SQLCursor(source: source, range: i..<range.upperBound)
                _ = try? cursor.skipGroup()
                i = max(cursor.index, i + 1)
                continue
            }
            if kind == .doubleColon {
                var cursor = SQLCursor(source: source, range: (i + 1)..<range.upperBound)
                _ = try? cursor.typeName()
                i = max(cursor.index, i + 1)
                continue
            }
            guard let reference = reference(at: i, range.upperBound) else { i += 1; continue }
            result.append(reference.0)
            i = reference.1
        }
        return result
    }

    /// `[qualifier.]name` at `i` when it reads as a column; returns the index after it.
    private func reference(at i: Int, _ limit: Int) -> (ColumnReference, Int)? {
        let kind = source.tokens[i].kind
        guard kind == .identifier || kind == .quotedIdentifier else { return nil }
        if i > 0, source.tokens[i - 1].kind == .dot { return nil }
        // An ASCII word is lower-cased by `name` as `lowercased()` would: spelled once, and
        // kept as the column's name below.
        let folded = kind == .identifier && isASCII(i) ? source.name(i) : nil
        if kind == .identifier, Self.expressionWords.contains(folded ?? source.text(i).lowercased()) { return nil }
        if i > 0, source.isWord(i - 1, "as") { return nil }
        // The field of `EXTRACT(HOUR FROM t)` and the side of `TRIM(BOTH ' ' FROM s)` are keywords there.
        if i > 1, source.tokens[i - 1].kind == .leftParen,
           source.isWord(i - 2, "extract") || source.isWord(i - 2, "trim") {
            return nil
        }
        if i + 2 < limit, source.tokens[i + 1].kind == .dot, source.tokens[i + 2].kind == .identifier || source.tokens[i + 2].kind == .quotedIdentifier {
            if i + 3 < limit, source.tokens[i + 3].kind == .leftParen || source.tokens[i + 3].kind == .dot { return nil }
            guard let name = source.name(i + 2) else { return nil }
            return (ColumnReference(qualifier: source.name(i), name: Located(name, at: source.location(i + 2))), i + 3)
        }
        if i + 1 < limit, source.tokens[i + 1].kind == .leftParen || source.tokens[i + 1].kind == .dot || source.tokens[i + 1].kind == .string { return nil }
        guard let name = folded ?? source.name(i), !variables.contains(name) else { return nil }
        return (ColumnReference(qualifier: nil, name: Located(name, at: source.location(i))), i + 1)
    }

    /// Whether token `i` is all ASCII (then `name` folds it as `lowercased()` does).
    private func isASCII(_ i: Int) -> Bool {
        let token = source.tokens[i]
        return source.bytes[Int(token.start)..<Int(token.end)].allSatisfy { $0 < 0x80 }
    }

    /// `col = 'x'`, `'x' = col`, `col <> 'x'`, `col IN ('a', 'b')`, `col NOT IN (…)`,
    /// `col = ANY (ARRAY['a'])`.
    func comparisons(_ range: Range<Int>) -> [(ColumnReference, ColumnValue)] {
        var result: [(ColumnReference, ColumnValue)] = []
        var i = range.lowerBound
        let end = range.upperBound
        func skipCast(_ j: inout Int) {
            while j < end, source.tokens[j].kind == .doubleColon {
                var cursor = SQLCursor(source: source, range: (j + 1)..<end)
                guard (try? cursor.typeName()) != nil else { return }
                j = cursor.index
            }
        }
        func literalAt(_ j: inout Int) -> (SQLLiteral, Location)? {
            guard j < end, let literal = SQLExpressionReader.literal(source, j), source.tokens[j].kind != .identifier || literal != .null else { return nil }
            let location = source.location(j)
            j += 1
            skipCast(&j)
            return (literal, location)
        }
        while i < end {
            if source.tokens[i].kind == .leftParen, source.isWord(i + 1, "select") {
                var cursor = SQLCursor(source: source, range: i..<end)
                _ = try? cursor.skipGroup()
                i = max(cursor.index, i + 1)
                continue
            }
            // Reversed: 'x' = col
            var probe = i
            if let (literal, location) = literalAt(&probe), probe < end, source.tokens[probe].kind == .op, source.text(probe) == "=",
               let (reference, after) = reference(at: probe + 1, end) {
                result.append((reference, ColumnValue(column: reference.name.value, value: literal, location: location)))
                i = after
                continue
            }
            guard let (reference, after) = reference(at: i, end) else { i += 1; continue }
            var j = after
            skipCast(&j)
            let negatedIn = source.isWord(j, "not") && source.isWord(j + 1, "in")
            if source.isWord(j, "in") || negatedIn {
                j += negatedIn ? 2 : 1
                if j < end, source.tokens[j].kind == .leftParen {
                    j += 1
                    while let (literal, location) = literalAt(&j) {
                        result.append((reference, ColumnValue(column: reference.name.value, value: literal, location: location, negated: negatedIn)))
                        if j < end, source.tokens[j].kind == .comma { j += 1 } else { break }
                    }
                }
                i = j
                continue
            }
            if j < end, source.tokens[j].kind == .op {
                let op = source.text(j)
                if op == "=" || op == "<>" || op == "!=" {
                    var k = j + 1
                    if source.isWord(k, "any"), k + 1 < end, source.tokens[k + 1].kind == .leftParen, source.isWord(k + 2, "array") {
                        k += 4
                        while let (literal, location) = literalAt(&k) {
                            result.append((reference, ColumnValue(column: reference.name.value, value: literal, location: location, negated: op != "=")))
                            if k < end, source.tokens[k].kind == .comma { k += 1 } else { break }
                        }
                    } else if let (literal, location) = literalAt(&k) {
                        result.append((reference, ColumnValue(column: reference.name.value, value: literal, location: location, negated: op != "=")))
                    }
                    i = k
                    continue
                }
            }
            i = after
        }
        return result
    }

    static let expressionWords: Set<String> = [
        "and", "or", "not", "null", "is", "in", "true", "false", "case", "when", "then", "else", "end", "like", "ilike", "between",
        "exists", "any", "all", "some", "array", "distinct", "as", "interval", "current_timestamp", "current_date", "current_time",
        "localtimestamp", "localtime", "current_user", "session_user", "select", "from", "where", "on", "asc", "desc", "nulls",
        "first", "last", "by", "over", "partition", "filter", "within", "group", "order", "limit", "default", "unknown", "similar",
        "escape", "collate", "at", "time", "zone", "skip", "locked", "nowait", "of", "for", "update", "share", "key", "returning",
        "into", "strict", "using", "join", "left", "right", "inner", "outer", "full", "cross", "lateral", "natural", "union",
        "values", "set", "with", "recursive", "only", "offset", "fetch", "row", "rows", "next", "ties", "isnull", "notnull",
        "cast", "extract", "coalesce", "nullif", "greatest", "least", "distinct", "symmetric", "excluded", "new", "old", "perform",
        "found", "timestamp", "date", "text", "integer", "bigint", "boolean", "uuid", "jsonb", "json", "numeric", "varchar",
        // PL/pgSQL's own variables: the error of an EXCEPTION block, and a trigger's context.
        "sqlerrm", "sqlstate", "tg_op", "tg_name", "tg_when", "tg_level", "tg_relname", "tg_table_name",
        "tg_table_schema", "tg_nargs", "tg_argv",
    ]
}
