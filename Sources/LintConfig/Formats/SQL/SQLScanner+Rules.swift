/// The scanner's rules for comments, quoted strings and identifiers, dollar quotes, numbers,
/// operators and words, each as PostgreSQL's scan.l defines it.
extension SQLScanner {
    mutating func lineComment(start: Int, line startLine: Int, column startColumn: Int) throws(InputError) {
        while position < end, bytes[position] != 0x0A { position += 1 }
        if SQLScanner.hasPrefix(bytes, from: start, end: position, "--> statement-breakpoint") {
            emit(.statementBreakpoint, from: start, line: startLine, column: startColumn)
        }
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let p = prefix.utf8Start
        for i in 0..<count where bytes[start + i] != p[i] { return false }
        return true
    }

    /// `/* … */`, nested as PostgreSQL nests them (unlike the SQL standard's C-style comments).
    mutating func blockComment(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        var depth = 1
        position += 2
        while position < end {
            let b = bytes[position]
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x2A, byte(position + 1) == 0x2F {
                depth -= 1
                position += 2
                if depth == 0 { return }
                continue
            } else if b == 0x2F, byte(position + 1) == 0x2A {
                depth += 1
                position += 2
                continue
            }
            position += 1
        }
        throw InputError("unterminated /* comment", at: location(line: startLine, column: startColumn, path: path))
    }

    /// Scans to the closing quote; a doubled quote is the quote itself.
    mutating func quoted(terminator: UInt8, backslashEscapes: Bool, what: String, at startLine: Int, _ startColumn: Int, path: String) throws(InputError) {
        while position < end {
            let b = bytes[position]
            if b == terminator {
                if byte(position + 1) == terminator {
                    position += 2
                    continue
                }
                position += 1
                return
            }
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x5C, backslashEscapes, position + 1 < end {
                if bytes[position + 1] == 0x0A { newline(at: position + 1) }
                position += 2
                continue
            }
            position += 1
        }
        throw InputError(what, at: location(line: startLine, column: startColumn, path: path))
    }

    /// `$1`, or a dollar quote `$tag$ … $tag$` whose tag follows identifier rules without `$`.
    mutating func dollar(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        var index = start + 1
        if SQLBytes.isDigit(byte(index)) {
            while SQLBytes.isDigit(byte(index)) { index += 1 }
            position = index
            emit(.parameter, from: start, line: startLine, column: startColumn)
            return
        }
        if SQLBytes.isIdentifierStart(byte(index)) {
            while index < end, SQLBytes.isIdentifierContinue(bytes[index]), bytes[index] != 0x24 { index += 1 }
        }
        guard byte(index) == 0x24 else {
            // A lone `$` is not valid SQL; keep it as an operator so only its statement is lost.
            position = start + 1
            emit(.op, from: start, line: startLine, column: startColumn)
            return
        }
        let tagLength = index + 1 - start
        position = index + 1
        while position < end {
            let b = bytes[position]
            if b == 0x0A {
                newline(at: position)
            } else if b == 0x24, position + tagLength <= end {
                var matches = true
                for i in 1..<tagLength where bytes[position + i] != bytes[start + i] { matches = false; break }
                if matches {
                    position += tagLength
                    emit(.dollarString, from: start, line: startLine, column: startColumn)
                    return
                }
            }
            position += 1
        }
        throw InputError("unterminated dollar-quoted string", at: location(line: startLine, column: startColumn, path: path))
    }

    mutating func number(start: Int, line startLine: Int, column startColumn: Int) {
        var index = start
        if byte(index) == 0x30, byte(index + 1) | 0x20 == 0x78 || byte(index + 1) | 0x20 == 0x6F || byte(index + 1) | 0x20 == 0x62 {
            index += 2
            while SQLBytes.isIdentifierContinue(byte(index)) { index += 1 }
            position = index
            emit(.number, from: start, line: startLine, column: startColumn)
            return
        }
        while SQLBytes.isDigit(byte(index)) || byte(index) == 0x5F { index += 1 }
        // `1..2` is an integer followed by `..`; a decimal point needs no second dot.
        if byte(index) == 0x2E, byte(index + 1) != 0x2E {
            index += 1
            while SQLBytes.isDigit(byte(index)) || byte(index) == 0x5F { index += 1 }
        }
        if byte(index) | 0x20 == 0x65 {
            var exponent = index + 1
            if byte(exponent) == 0x2B || byte(exponent) == 0x2D { exponent += 1 }
            if SQLBytes.isDigit(byte(exponent)) {
                index = exponent
                while SQLBytes.isDigit(byte(index)) { index += 1 }
            }
        }
        position = index
        emit(.number, from: start, line: startLine, column: startColumn)
    }

    /// Operators follow scan.l: the longest run of operator bytes, cut before a comment start,
    /// and a trailing `+`/`-` dropped unless the operator holds one of `~!@#^&|`?%`
    /// (so `a=-1` is `=` then `-`).
    mutating func operatorToken(start: Int, line startLine: Int, column startColumn: Int) {
        var index = start
        while index < end, SQLBytes.isOperator(bytes[index]) {
            if index > start, (bytes[index] == 0x2D && byte(index + 1) == 0x2D) || (bytes[index] == 0x2F && byte(index + 1) == 0x2A) { break }
            index += 1
        }
        var length = index - start
        if length > 1 {
            var hasSpecial = false
            for i in start..<index {
                switch bytes[i] {
                case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x25: hasSpecial = true
                default: break
                }
            }
            if !hasSpecial {
                while length > 1, bytes[start + length - 1] == 0x2B || bytes[start + length - 1] == 0x2D { length -= 1 }
            }
        }
        position = start + length
        emit(.op, from: start, line: startLine, column: startColumn)
    }

    /// Identifiers and keywords, and the prefixed literals that begin like one:
    /// `E'…'`, `N'…'`, `B'…'`, `X'…'`, `U&'…'`, `U&"…"`.
    mutating func word(start: Int, line startLine: Int, column startColumn: Int, path: String) throws(InputError) {
        let first = bytes[start] | 0x20
        let next = byte(start + 1)
        if next == 0x27 {
            switch first {
            case 0x65:  // E'…'
                position = start + 2
                try quoted(terminator: 0x27, backslashEscapes: true, what: "unterminated quoted string", at: startLine, startColumn, path: path)
                emit(.string, from: start, line: startLine, column: startColumn, flavor: SQLToken.escapeFlavor)
                return
            case 0x6E:  // N'…'
                position = start + 2
                try quoted(terminator: 0x27, backslashEscapes: false, what: "unterminated quoted string", at: startLine, startColumn, path: path)
                emit(.string, from: start, line: startLine, column: startColumn)
                return
            case 0x62, 0x78:
                position = start + 2
                let what = first == 0x62 ? "unterminated bit string literal" : "unterminated hexadecimal string literal"
                try quoted(terminator: 0x27, backslashEscapes: false, what: what, at: startLine, startColumn, path: path)
                emit(.bitString, from: start, line: startLine, column: startColumn)
                return
            default: break
            }
        }
        if first == 0x75, next == 0x26, byte(start + 2) == 0x27 || byte(start + 2) == 0x22 {
            let quote = byte(start + 2)
            position = start + 3
            let what = quote == 0x27 ? "unterminated quoted string" : "unterminated quoted identifier"
            try quoted(terminator: quote, backslashEscapes: false, what: what, at: startLine, startColumn, path: path)
            emit(quote == 0x27 ? .string : .quotedIdentifier, from: start, line: startLine, column: startColumn, flavor: SQLToken.unicodeFlavor)
            return
        }
        var index = start + 1
        while index < end, SQLBytes.isIdentifierContinue(bytes[index]) { index += 1 }
        position = index
        emit(.identifier, from: start, line: startLine, column: startColumn)
    }
}
