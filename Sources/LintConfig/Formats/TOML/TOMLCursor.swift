/// The TOML reader's place in a document's UTF-8 bytes, and the rules shared by every part of
/// the grammar: what whitespace, newlines and comments are, and how an error is located.
///
/// Errors say what was expected and where, never what was found: the text at fault is often a
/// value, and values in a `fly.toml` can be secrets (issue 8, item 12).
struct TOMLCursor {
    let bytes: [UInt8]
    let path: String
    var offset = 0
    private var positions: BytePositions

    /// Arrays, inline tables and tables nested deeper than this are an error: a document is
    /// read recursively, and the stack must stay bounded whatever the input.
    static let maxDepth = 128

    init(text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
        positions = BytePositions(bytes: bytes, path: path)
        // A byte-order mark is not part of the grammar, but editors write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    var isAtEnd: Bool { offset >= bytes.count }

    func peek(_ ahead: Int = 0) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    func peek(is byte: UInt8, _ ahead: Int = 0) -> Bool { peek(ahead) == byte }

    /// Locations are asked for in increasing order while reading, so this stays linear.
    mutating func location(at byteOffset: Int) -> Location { positions.location(at: byteOffset) }

    mutating func location() -> Location { location(at: offset) }

    mutating func error(_ expected: String, at byteOffset: Int? = nil) -> InputError {
        InputError("invalid TOML: \(expected)", at: location(at: byteOffset ?? offset))
    }

    /// Spaces and tabs, the only whitespace TOML has.
    mutating func skipBlanks() {
        while let c = peek(), c == 0x20 || c == 0x09 { offset += 1 }
    }

    /// A `#` comment up to (not including) the end of its line. Control characters other than
    /// tab are not allowed in one.
    mutating func skipComment() throws(InputError) {
        guard peek(is: UInt8(ascii: "#")) else { return }
        offset += 1
        while let c = peek(), c != 0x0A {
            if c == 0x0D, peek(is: 0x0A, 1) { return }
            if Self.isControl(c) { throw error("a comment may not contain a control character") }
            offset += 1
        }
    }

    /// Consumes an LF or CRLF; false when the next byte starts no newline. A carriage return
    /// alone is not a newline in TOML.
    mutating func skipNewline() throws(InputError) -> Bool {
        if peek(is: 0x0A) { offset += 1; return true }
        if peek(is: 0x0D) {
            guard peek(is: 0x0A, 1) else { throw error("a carriage return must be followed by a line feed") }
            offset += 2
            return true
        }
        return false
    }

    /// Between the values of an array: blanks, comments and newlines.
    mutating func skipBlanksCommentsAndNewlines() throws(InputError) {
        while true {
            skipBlanks()
            try skipComment()
            if try !skipNewline() { return }
        }
    }

    /// After a key/value pair or a table header nothing but blanks and a comment may follow on
    /// the line.
    mutating func expectEndOfLine(after what: String) throws(InputError) {
        skipBlanks()
        try skipComment()
        if isAtEnd { return }
        if try !skipNewline() { throw error("expected the end of the line after \(what)") }
    }

    /// Bytes that may not appear raw in strings or comments: C0 controls but tab, and DEL.
    static func isControl(_ c: UInt8) -> Bool { (c < 0x20 && c != 0x09) || c == 0x7F }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isBareKeyByte(_ c: UInt8) -> Bool {
        ASCII.isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }
}
