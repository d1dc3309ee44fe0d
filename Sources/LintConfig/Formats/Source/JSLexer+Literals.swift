/// Strings, template pieces, regexes and numbers: each scans from `i` to its end with a local
/// index, and moves `i` only once it knows where the token ends.
extension JSLexer {
    mutating func string(quote: UInt8) throws(InputError) {
        let start = i
        var j = i + 1
        while j < end {
            let c = bytes[j]
            if c == quote {
                i = j + 1
                emit(.string, from: start)
                return
            }
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == 0x0A || (c == 0x0D && j + 1 < end && bytes[j + 1] == 0x0A) { break }
            // The plain run up to the next byte that matters.
            j += 1
            while j < end, !Self.endsStringRun(bytes[j], quote: quote) { j += 1 }
        }
        if dialect == .jsx {
            i = start + 1
            emit(.punctuator, from: start)
            return
        }
        throw error("unterminated string literal", at: start)
    }

    @inline(__always)
    static func endsStringRun(_ c: UInt8, quote: UInt8) -> Bool {
        c == quote || c == UInt8(ascii: "\\") || (c <= 0x0D && (c == 0x0A || c == 0x0D))
    }

    /// Scans template text from just after `` ` `` or `}` up to `${` (pushing a substitution)
    /// or the closing backtick.
    mutating func template(start: Int, templateStart: Int, first: Bool) throws(InputError) {
        var j = i
        while true {
            while j < end, !Self.endsTemplateRun(bytes[j]) { j += 1 }
            guard j < end else { break }
            let c = bytes[j]
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == UInt8(ascii: "`") {
                i = j + 1
                emit(.template(first ? .whole : .tail), from: start)
                return
            }
            if j + 1 < end, bytes[j + 1] == UInt8(ascii: "{") {
                i = j + 2
                emit(.template(first ? .head : .middle), from: start)
                substitutions.append((braceDepth, templateStart))
                return
            }
            j += 1
        }
        if dialect == .jsx {
            reopenAsPunctuator(substitutions.first?.templateStart ?? templateStart,
                               braceDepth: substitutions.first?.depth ?? braceDepth)
            return
        }
        i = j
        throw error("unterminated template literal", at: templateStart)
    }

    /// `.jsx` at the end of the file: a template still open through a `${` started at a
    /// backtick of JSX text, so that backtick is a punctuator, lexed on from after it; false
    /// when no template is open (or not `.jsx`), so the file ends.
    mutating func reopenUnterminatedTemplate() -> Bool {
        guard dialect == .jsx, let open = substitutions.first else { return false }
        reopenAsPunctuator(open.templateStart, braceDepth: open.depth)
        return true
    }

    /// Drops the tokens from `start` on (the unterminated template's), emits its backtick as a
    /// punctuator and resumes after it with the brace depth it had there.
    mutating func reopenAsPunctuator(_ start: Int, braceDepth depth: Int) {
        while count > 0, out[count - 1].range.lowerBound >= start { count -= 1 }
        substitutions.removeAll()
        braceDepth = depth
        positions = LinePositions(bytes)
        i = start + 1
        emit(.punctuator, from: start)
    }

    @inline(__always)
    static func endsTemplateRun(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "\\") || c == UInt8(ascii: "`") || c == UInt8(ascii: "$")
    }

    mutating func regex() throws(InputError) {
        let start = i
        var j = i + 1
        var inClass = false
        while j < end {
            let c = bytes[j]
            if c == 0x0A { break }
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == UInt8(ascii: "[") { inClass = true }
            if c == UInt8(ascii: "]") { inClass = false }
            if c == UInt8(ascii: "/"), !inClass {
                j += 1
                while j < end, Self.isIdentifierPart(bytes[j]) { j += 1 }
                i = j
                emit(.regex, from: start)
                return
            }
            j += 1
        }
        if dialect == .jsx {
            punctuator()
            return
        }
        i = j
        throw error("unterminated regular expression", at: start)
    }

    mutating func number() {
        let start = i
        let isHex = bytes[i] == UInt8(ascii: "0") && i + 1 < end && bytes[i + 1] | 0x20 == UInt8(ascii: "x")
        var j = i
        while j < end {
            let c = bytes[j]
            if ASCII.isNameByte(c) || c == UInt8(ascii: ".") {
                j += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-"), !isHex, j > start,
                      bytes[j - 1] | 0x20 == UInt8(ascii: "e") {
                j += 1
            } else {
                break
            }
        }
        i = j
        emit(.number, from: start)
    }
}
