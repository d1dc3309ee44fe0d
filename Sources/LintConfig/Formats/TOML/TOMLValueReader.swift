/// A value after `=` or inside an array: the first byte decides its type. Arrays and inline
/// tables recurse, with `depth` counting the tables and arrays around the value so that no
/// input nests deeper than `TOMLCursor.maxDepth`.
extension TOMLCursor {
    mutating func readValue(depth: Int) throws(InputError) -> TOMLValue {
        let at = location()
        guard let c = peek() else { throw error("expected a value") }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return TOMLValue(.string(try readString()), at: at)
        case UInt8(ascii: "["):
            return TOMLValue(.array(try readArray(depth: depth)), at: at)
        case UInt8(ascii: "{"):
            return TOMLValue(.table(try readInlineTable(depth: depth)), at: at)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return TOMLValue(.boolean(try readBoolean()), at: at)
        case UInt8(ascii: "0")...UInt8(ascii: "9") where startsDateOrTime():
            return TOMLValue(try readDateOrTime(), at: at)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "i"), UInt8(ascii: "n"):
            return TOMLValue(try readNumber(), at: at)
        default:
            throw error("expected a value (a string needs quotes)")
        }
    }

    private mutating func readBoolean() throws(InputError) -> Bool {
        let start = offset
        while let c = peek(), ASCII.isLetter(c) { offset += 1 }
        if ASCII.equals(bytes, start..<offset, "true") { return true }
        if ASCII.equals(bytes, start..<offset, "false") { return false }
        throw error("expected a value (a string needs quotes; booleans are `true` and `false`)", at: start)
    }

    private mutating func enter(depth: Int) throws(InputError) {
        guard depth < Self.maxDepth else {
            throw error("tables and arrays nested deeper than \(Self.maxDepth) levels")
        }
        offset += 1
    }

    /// `[ v, v, … ]` over any number of lines, with comments, and a trailing comma allowed.
    private mutating func readArray(depth: Int) throws(InputError) -> [TOMLValue] {
        let open = offset
        try enter(depth: depth)
        var elements: [TOMLValue] = []
        while true {
            try skipBlanksCommentsAndNewlines()
            if isAtEnd { throw error("the array that starts here is never closed", at: open) }
            if peek(is: UInt8(ascii: "]")) { offset += 1; return elements }
            elements.append(try readValue(depth: depth + 1))
            try skipBlanksCommentsAndNewlines()
            if peek(is: UInt8(ascii: ",")) {
                offset += 1
            } else if peek(is: UInt8(ascii: "]")) {
                offset += 1
                return elements
            } else if isAtEnd {
                throw error("the array that starts here is never closed", at: open)
            } else {
                throw error("expected `,` or `]` after a value in an array")
            }
        }
    }

    /// `{ k = v, k.l = w }` on one line (values such as arrays may span lines), with no
    /// trailing comma; once closed it cannot be extended.
    private mutating func readInlineTable(depth: Int) throws(InputError) -> TOMLTable {
        let open = offset
        let draft = TOMLDraftTable(origin: .dotted, section: -1, depth: depth, location: location())
        try enter(depth: depth)
        skipBlanks()
        if peek(is: UInt8(ascii: "}")) {
            offset += 1
            return draft.finished()
        }
        while true {
            skipBlanks()
            try expectOnTheLine(open: open)
            let key = try readKey()
            skipBlanks()
            guard peek(is: UInt8(ascii: "=")) else { throw error("expected `=` after a key") }
            offset += 1
            skipBlanks()
            try expectOnTheLine(open: open)
            let value = try readValue(depth: depth + key.parts.count)
            try TOMLDocumentBuilder.assign(key, value, into: draft, section: -1)
            skipBlanks()
            if peek(is: UInt8(ascii: ",")) {
                offset += 1
            } else if peek(is: UInt8(ascii: "}")) {
                offset += 1
                return draft.finished()
            } else {
                try expectOnTheLine(open: open)
                throw error("expected `,` or `}` after a value in an inline table")
            }
        }
    }

    private mutating func expectOnTheLine(open: Int) throws(InputError) {
        if isAtEnd || peek(is: 0x0A) || peek(is: 0x0D) {
            throw error("the inline table that starts here is not closed on its line", at: open)
        }
    }
}
