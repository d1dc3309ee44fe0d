/// One component of a (possibly dotted) key, with where it is written, so that an error about
/// the component (a table defined twice, a key that is already a value) points at it.
struct TOMLKeyPart {
    var name: String
    var location: Location
}

/// A key as written: `name`, `"quoted name"`, `'literal'`, or several joined by dots.
struct TOMLKey {
    var parts: [TOMLKeyPart]
    /// Where the key expression begins: the location its entries are reported at.
    var location: Location
}

extension TOMLCursor {
    /// A simple or dotted key; blanks around the dots are allowed, as the spec says.
    mutating func readKey() throws(InputError) -> TOMLKey {
        let start = location()
        var parts: [TOMLKeyPart] = []
        while true {
            if parts.count >= Self.maxDepth {
                throw error("a dotted key may have at most \(Self.maxDepth) parts")
            }
            parts.append(try readSimpleKey())
            skipBlanks()
            guard peek(is: UInt8(ascii: ".")) else { return TOMLKey(parts: parts, location: start) }
            offset += 1
            skipBlanks()
        }
    }

    private mutating func readSimpleKey() throws(InputError) -> TOMLKeyPart {
        let at = location()
        switch peek() {
        case UInt8(ascii: "\""):
            if peek(is: UInt8(ascii: "\""), 1), peek(is: UInt8(ascii: "\""), 2) {
                throw error("a key may not be a multi-line string")
            }
            return TOMLKeyPart(name: try readBasicString(), location: at)
        case UInt8(ascii: "'"):
            if peek(is: UInt8(ascii: "'"), 1), peek(is: UInt8(ascii: "'"), 2) {
                throw error("a key may not be a multi-line string")
            }
            return TOMLKeyPart(name: try readLiteralString(), location: at)
        default:
            let start = offset
            while let c = peek(), Self.isBareKeyByte(c) { offset += 1 }
            guard offset > start else {
                throw error("expected a key (letters, digits, `_` and `-`, or a quoted key)")
            }
            return TOMLKeyPart(name: String(decoding: bytes[start..<offset], as: UTF8.self), location: at)
        }
    }
}
