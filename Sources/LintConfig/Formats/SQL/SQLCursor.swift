/// Why a statement could not be followed: the parser records the statement as skipped with
/// this reason and goes on with the next one.
struct SQLParseFailure: Error {
    var message: String
    var tokenIndex: Int
}

/// A position in one statement's tokens, with the small vocabulary every statement parser
/// shares: accept a keyword, read a name, skip a parenthesised group. Nothing here recurses,
/// and groups are skipped
/// by jumping to where `SQLGroups` found them closing, so nesting costs one pass.
struct SQLCursor {
    let source: SQLSource
    var index: Int
    let end: Int

    init(source: SQLSource, range: Range<Int>) {
        self.source = source
        self.index = range.lowerBound
        self.end = range.upperBound
    }

    var atEnd: Bool { index >= end }

    var kind: SQLTokenKind? { index < end ? source.tokens[index].kind : nil }

    func kind(at offset: Int) -> SQLTokenKind? { index + offset < end ? source.tokens[index + offset].kind : nil }

    /// The current token's text for a message, or "the end of the statement". A string literal
    /// is named, never quoted: messages are printed, and literals may hold secrets.
    var currentText: String {
        guard index < end else { return "the end of the statement" }
        switch source.tokens[index].kind {
        case .string, .dollarString: return "a string literal"
        default: return "'" + source.text(index) + "'"
        }
    }

    var location: Location { source.location(min(index, max(end - 1, 0))) }

    func fail(_ message: String) -> SQLParseFailure { SQLParseFailure(message: message, tokenIndex: min(index, max(end - 1, 0))) }

    func peek(_ word: StaticString, offset: Int = 0) -> Bool {
        index + offset < end && source.isWord(index + offset, word)
    }

    mutating func accept(_ word: StaticString) -> Bool {
        guard peek(word) else { return false }
        index += 1
        return true
    }

    mutating func accept(_ first: StaticString, _ second: StaticString) -> Bool {
        guard peek(first), peek(second, offset: 1) else { return false }
        index += 2
        return true
    }

    mutating func accept(_ first: StaticString, _ second: StaticString, _ third: StaticString) -> Bool {
        guard peek(first), peek(second, offset: 1), peek(third, offset: 2) else { return false }
        index += 3
        return true
    }

    mutating func expect(_ word: StaticString) throws(SQLParseFailure) {
        guard accept(word) else { throw fail("expected \(word.description.uppercased())") }
    }

    mutating func accept(_ kind: SQLTokenKind) -> Bool {
        guard self.kind == kind else { return false }
        index += 1
        return true
    }

    mutating func expect(_ kind: SQLTokenKind, _ what: String) throws(SQLParseFailure) {
        guard accept(kind) else { throw fail("expected \(what)") }
    }

    /// An identifier (any unquoted word, since most keywords may be names) or quoted name.
    mutating func name() throws(SQLParseFailure) -> String {
        guard let kind, kind == .identifier || kind == .quotedIdentifier, let value = source.name(index) else {
            throw fail("expected a name")
        }
        index += 1
        return value
    }

    mutating func locatedName() throws(SQLParseFailure) -> Located<String> {
        let location = self.location
        return Located(try name(), at: location)
    }

    /// `name`, `schema.name` or `database.schema.name` (the database part is dropped).
    mutating func qualifiedName() throws(SQLParseFailure) -> QualifiedName {
        var parts = [try name()]
        while kind == .dot, kind(at: 1) == .identifier || kind(at: 1) == .quotedIdentifier {
            index += 1
            parts.append(try name())
        }
        if parts.count == 1 { return QualifiedName(parts[0]) }
        return QualifiedName(schema: parts[parts.count - 2], parts[parts.count - 1])
    }

    /// `(a, b, c)`: a parenthesised list of names.
    mutating func nameList() throws(SQLParseFailure) -> [String] {
        try expect(.leftParen, "(")
        var names: [String] = []
        repeat {
            names.append(try name())
            // `col ASC`, `col COLLATE x`, opclasses: skip to the next comma.
            skipExpression(stopWords: [])
        } while accept(.comma)
        try expect(.rightParen, ")")
        return names
    }

    /// Skips a balanced `( … )` or `[ … ]` group starting at the cursor; returns the range of
    /// tokens inside it.
    @discardableResult
    mutating func skipGroup() throws(SQLParseFailure) -> Range<Int> {
        guard kind == .leftParen || kind == .leftBracket else { throw fail("expected (") }
        let open = index
        let close = source.groups.end(ofGroupAt: open)
        if close < end {
            index = close + 1
            return (open + 1)..<close
        }
        index = end
        throw SQLParseFailure(message: "unbalanced parentheses", tokenIndex: open)
    }

    /// Advances over an expression: stops at `,` or `)` outside parentheses, at the end, or
    /// at one of `stopWords` outside parentheses. Returns the expression's token range.
    @discardableResult
    mutating func skipExpression(stopWords: [StaticString]) -> Range<Int> {
        let start = index
        while index < end {
            switch source.tokens[index].kind {
            case .leftParen, .leftBracket:
                index = source.afterGroup(at: index, end)
                continue
            case .rightParen, .rightBracket, .comma:
                return start..<index
            case .identifier where index > start:
                for word in stopWords where source.isWord(index, word) { return start..<index }
            default: break
            }
            index += 1
        }
        return start..<index
    }

    /// Everything from the cursor to the end of the statement, as words (for `other` actions).
    func describe(_ range: Range<Int>, limit: Int = 3) -> String {
        var words: [String] = []
        var i = range.lowerBound
        while i < range.upperBound, words.count < limit, source.tokens[i].kind == .identifier {
            words.append(source.text(i).uppercased())
            i += 1
        }
        return words.joined(separator: " ")
    }
}
