/// Punctuators, and the regex-or-division decision that reads the tokens before a `/`.
extension JSLexer {
    /// Longest match among the multi-byte punctuators (`>>>=`, `...`, `===`, `!==`, `**=`,
    /// `<<=`, `>>=`, `>>>`, `&&=`, `||=`, `??=`, `=>`, `==`, `!=`, `<=`, `>=`, `&&`, `||`, `??`,
    /// `?.`, `++`, `--`, the compound assignments, `**`, `<<`, `>>`), else one byte — decided by
    /// a switch on the first bytes. `?.` followed by a digit is a conditional and a number
    /// (`a?.5:b`), not optional chaining.
    mutating func punctuator() {
        let start = i
        let c0 = bytes[start]
        // Bytes past the end read as 0, which no punctuator contains.
        let c1: UInt8 = start + 1 < end ? bytes[start + 1] : 0
        let c2: UInt8 = start + 2 < end ? bytes[start + 2] : 0
        let equals = UInt8(ascii: "=")
        var length = 1
        switch c0 {
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") {
                if c2 == UInt8(ascii: ">") {
                    length = start + 3 < end && bytes[start + 3] == equals ? 4 : 3
                } else {
                    length = c2 == equals ? 3 : 2
                }
            } else if c1 == equals {
                length = 2
            }
        case UInt8(ascii: "."):
            if c1 == UInt8(ascii: "."), c2 == UInt8(ascii: ".") { length = 3 }
        case UInt8(ascii: "="), UInt8(ascii: "!"):
            if c1 == equals {
                length = c2 == equals ? 3 : 2
            } else if c0 == equals, c1 == UInt8(ascii: ">") {
                length = 2
            }
        case UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            if c1 == c0 { length = c2 == equals ? 3 : 2 } else if c1 == equals { length = 2 }
        case UInt8(ascii: "?"):
            if c1 == UInt8(ascii: "?") {
                length = c2 == equals ? 3 : 2
            } else if c1 == UInt8(ascii: "."), !ASCII.isDigit(c2) {
                length = 2
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if c1 == c0 || c1 == equals { length = 2 }
        case UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "^"):
            if c1 == equals { length = 2 }
        default:
            break
        }
        i += length
        emit(.punctuator, from: start)
    }

    /// Whether a token can end an operand: a non-keyword identifier, a literal, or a closing bracket.
    func isValueEnd(_ token: JSToken) -> Bool {
        switch token.kind {
        case .identifier: return !isKeywordBeforeExpression(token.range)
        case .number, .string, .regex, .template(.whole), .template(.tail): return true
        case .template(.head), .template(.middle): return false
        case .punctuator:
            let c = bytes[token.range.lowerBound]
            return token.range.count == 1 && (c == UInt8(ascii: ")") || c == UInt8(ascii: "]"))
        }
    }

    /// After these keywords an expression starts, so `/` opens a regex.
    static let keywordsBeforeExpression: [StaticString] = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await", "extends",
    ]

    /// Whether the identifier at `range` is one of `keywordsBeforeExpression`, compared as bytes.
    func isKeywordBeforeExpression(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 10 else { return false }
        for word in Self.keywordsBeforeExpression where equals(range, word) { return true }
        return false
    }

    /// Whether the bytes at `range` are `word`.
    func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            var k = 0
            while k < w.count {
                if bytes[range.lowerBound + k] != w[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Regex or division: `/` starts a regex where an expression may start — at the beginning,
    /// after most punctuators, after an opening template piece and after the keywords above;
    /// after a value (identifier, number, string, `)`, `]`, `}`) it divides. A `}` that closed a
    /// block and is followed by a regex reads as division: rare in real code, and documented.
    func regexAllowed() -> Bool {
        guard count > 0 else { return true }
        let last = out[count - 1]
        switch last.kind {
        case .identifier:
            return isKeywordBeforeExpression(last.range)
        case .number, .string, .regex, .template(.whole), .template(.tail):
            return false
        case .template(.head), .template(.middle):
            return true
        case .punctuator:
            let c = bytes[last.range.lowerBound]
            if last.range.count == 1 {
                if dialect == .jsx, c == UInt8(ascii: "<") { return false }
                // TypeScript's non-null `!` glued to a value (`total! / 2`) ends a value.
                if c == UInt8(ascii: "!"), count >= 2, isValueEnd(out[count - 2]),
                   out[count - 2].range.upperBound == last.range.lowerBound {
                    return false
                }
                return c != UInt8(ascii: ")") && c != UInt8(ascii: "]") && c != UInt8(ascii: "}")
            }
            return !equals(last.range, "++") && !equals(last.range, "--")
        }
    }
}
