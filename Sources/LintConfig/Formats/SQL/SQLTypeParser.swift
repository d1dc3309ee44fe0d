/// Reads a type as PostgreSQL's grammar spells it (`Typename` in gram.y): multi-word names
/// (`double precision`, `character varying`, `timestamp (3) with time zone`), modifiers in
/// parentheses, and array bounds `[]`, `[4]` or `ARRAY`.
extension SQLCursor {
    mutating func typeName() throws(SQLParseFailure) -> SQLTypeName {
        _ = accept("setof")
        var words: [String] = []
        var schema: String?
        var quoted = false
        var timeZone: Bool?
        var modifiers: [String] = []

        if accept("double", "precision") {
            words = ["double", "precision"]
        } else if peek("character") || peek("char") || peek("national") || peek("nchar") {
            _ = accept("national")
            let isN = accept("nchar")
            if !isN { index += 1 }
            words = accept("varying") ? ["character", "varying"] : ["character"]
        } else if accept("bit") {
            words = accept("varying") ? ["bit", "varying"] : ["bit"]
        } else if peek("timestamp") || peek("time") {
            words = [try name()]
            if kind == .leftParen { modifiers = try typeModifiers() }
            if accept("with", "time", "zone") { timeZone = true } else if accept("without", "time", "zone") { timeZone = false }
        } else if accept("interval") {
            words = ["interval"]
            // interval fields (`YEAR TO MONTH`) print after the name; kept simple: dropped.
            while peek("year") || peek("month") || peek("day") || peek("hour") || peek("minute") || peek("second") || peek("to") { index += 1 }
        } else {
            guard kind == .identifier || kind == .quotedIdentifier else { throw fail("expected a type name") }
            quoted = kind == .quotedIdentifier
            let qualified = try qualifiedName()
            schema = qualified.schema
            words = [qualified.name]
        }
        if modifiers.isEmpty, kind == .leftParen { modifiers = try typeModifiers() }
        if words.count == 1, words[0] == "timestamp" || words[0] == "time", timeZone == nil {
            if accept("with", "time", "zone") { timeZone = true } else if accept("without", "time", "zone") { timeZone = false }
        }
        var arrayDepth = 0
        while true {
            if kind == .leftBracket {
                try skipGroup()
                arrayDepth += 1
            } else if accept("array") {
                arrayDepth += 1
                if kind == .leftBracket { try skipGroup() }
            } else {
                break
            }
        }
        // `%TYPE` / `%ROWTYPE` in routine signatures.
        if kind == .op, source.text(index) == "%" { index += 2 }
        return SQLTypeName.canonical(words: words, schema: schema, modifiers: modifiers, timeZone: timeZone, arrayDepth: arrayDepth, quoted: quoted)
    }

    /// `(10)`, `(10, 2)`: the modifiers, each as its token text.
    private mutating func typeModifiers() throws(SQLParseFailure) -> [String] {
        let inner = try skipGroup()
        var values: [String] = []
        var current = ""
        for i in inner {
            if source.tokens[i].kind == .comma {
                values.append(current)
                current = ""
            } else {
                current += source.text(i).lowercased()
            }
        }
        values.append(current)
        return values
    }
}
