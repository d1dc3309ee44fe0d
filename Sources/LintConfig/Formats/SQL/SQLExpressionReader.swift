/// Turns the tokens of an expression into an `SQLExpression`: canonical text, the literal it
/// is when it is one, and the value lists a CHECK constraint allows. It does not build a tree:
/// defaults and CHECKs in migrations are short, and the forms that matter are few.
enum SQLExpressionReader {
    static func read(_ source: SQLSource, _ range: Range<Int>) -> SQLExpression {
        let location = source.location(range.isEmpty ? max(range.lowerBound - 1, 0) : range.lowerBound)
        var expression = SQLExpression(text: canonicalText(source, range), location: location)
        var lower = range.lowerBound
        var upper = range.upperBound
        // Outer parentheses: `DEFAULT ('x')`.
        while upper - lower >= 2, source.tokens[lower].kind == .leftParen, source.tokens[upper - 1].kind == .rightParen,
              matchingParen(source, lower, upper) == upper - 1 {
            lower += 1
            upper -= 1
        }
        var literalEnd = upper
        if upper - lower >= 3, source.tokens[lower + 1].kind == .doubleColon {
            var cursor = SQLCursor(source: source, range: (lower + 2)..<upper)
            if let type = try? cursor.typeName(), cursor.atEnd {
                expression.cast = type
                literalEnd = lower + 1
            }
        }
        if literalEnd == lower + 1 {
            expression.literal = literal(source, lower)
        } else if literalEnd == lower + 2, source.tokens[lower].kind == .op, source.text(lower) == "-", source.tokens[lower + 1].kind == .number {
            expression.literal = .number("-" + source.text(lower + 1))
        }
        expression.allowedValues = allowedValues(source, range)
        return expression
    }

    static func literal(_ source: SQLSource, _ index: Int) -> SQLLiteral? {
        switch source.tokens[index].kind {
        case .string, .dollarString: return source.stringValue(index).map(SQLLiteral.string)
        case .number: return .number(source.text(index))
        case .identifier:
            if source.isWord(index, "true") { return .boolean(true) }
            if source.isWord(index, "false") { return .boolean(false) }
            if source.isWord(index, "null") { return .null }
            return nil
        default: return nil
        }
    }

    static func matchingParen(_ source: SQLSource, _ open: Int, _ end: Int) -> Int? {
        let close = source.groups.end(ofGroupAt: open)
        return close > open && close < end ? close : nil
    }

    /// Tokens joined with one spacing: no space inside parentheses or around `::` and `.`,
    /// one after commas and around words; unquoted words lower-cased except string contents.
    static func canonicalText(_ source: SQLSource, _ range: Range<Int>) -> String {
        var out = ""
        var previous: SQLTokenKind?
        for i in range {
            let kind = source.tokens[i].kind
            let tight: Bool
            switch (previous, kind) {
            case (nil, _): tight = true
            case (.leftParen?, _), (.leftBracket?, _), (.doubleColon?, _), (.dot?, _): tight = true
            case (_, .rightParen), (_, .rightBracket), (_, .comma), (_, .doubleColon), (_, .dot): tight = true
            case (.identifier?, .leftParen):
                // A function call is tight; an operator word before a group is not (`IN (…)`).
                tight = !spacedWords.contains(source.text(i - 1).lowercased())
            case (.quotedIdentifier?, .leftParen), (.identifier?, .leftBracket): tight = true
            default: tight = false
            }
            if !tight { out += " " }
            out += kind == .identifier ? source.text(i).lowercased() : source.text(i)
            previous = kind
        }
        return out
    }

    static let spacedWords: Set<String> = ["in", "and", "or", "not", "exists", "any", "all", "some", "is", "then", "else", "when", "as", "on", "check"]

    /// Lists of values a CHECK allows, per column: `col IN ('a', 'b')`,
    /// `col = ANY (ARRAY['a', 'b'])` (how PostgreSQL prints an IN list back), and
    /// `col = 'a' OR col = 'b'`. Casts on either side (`(col)::text`, `'a'::text`) are ignored.
    static func allowedValues(_ source: SQLSource, _ range: Range<Int>) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var i = range.lowerBound
        let end = range.upperBound
        func skipCast(_ j: inout Int) {
            while j + 1 < end, source.tokens[j].kind == .doubleColon {
                var cursor = SQLCursor(source: source, range: (j + 1)..<end)
                guard (try? cursor.typeName()) != nil else { return }
                j = cursor.index
            }
        }
        /// Reads `'a'[::t]` at j; returns the value.
        func stringAt(_ j: inout Int) -> String? {
            while j < end, source.tokens[j].kind == .leftParen { j += 1 }
            guard j < end, source.tokens[j].kind == .string, let value = source.stringValue(j) else { return nil }
            j += 1
            skipCast(&j)
            while j < end, source.tokens[j].kind == .rightParen, false { j += 1 }
            return value
        }
        while i < end {
            guard source.tokens[i].kind == .identifier || source.tokens[i].kind == .quotedIdentifier,
                  !source.isWord(i, "array"), !source.isWord(i, "any") else { i += 1; continue }
            guard let column = source.name(i) else { i += 1; continue }
            var j = i + 1
            // `(col)::text` — PostgreSQL prints a varchar column's CHECK this way.
            if j < end, source.tokens[j].kind == .rightParen, i > range.lowerBound, source.tokens[i - 1].kind == .leftParen { j += 1 }
            skipCast(&j)
            if j < end, source.isWord(j, "in"), j + 1 < end, source.tokens[j + 1].kind == .leftParen {
                j += 2
                var values: [String] = []
                while j < end, let value = stringAt(&j) {
                    values.append(value)
                    if j < end, source.tokens[j].kind == .comma { j += 1 } else { break }
                }
                if !values.isEmpty { result[column, default: []].append(contentsOf: values) }
                i = j
                continue
            }
            if j < end, source.tokens[j].kind == .op, source.text(j) == "=" {
                var k = j + 1
                if k < end, source.isWord(k, "any") {
                    k += 1
                    while k < end, source.tokens[k].kind == .leftParen { k += 1 }
                    if k < end, source.isWord(k, "array"), k + 1 < end, source.tokens[k + 1].kind == .leftBracket {
                        k += 2
                        var values: [String] = []
                        while k < end, let value = stringAt(&k) {
                            values.append(value)
                            if k < end, source.tokens[k].kind == .comma { k += 1 } else { break }
                        }
                        if !values.isEmpty { result[column, default: []].append(contentsOf: values) }
                        i = k
                        continue
                    }
                } else if let value = stringAt(&k) {
                    result[column, default: []].append(value)
                    i = k
                    continue
                }
            }
            i += 1
        }
        return result
    }
}
