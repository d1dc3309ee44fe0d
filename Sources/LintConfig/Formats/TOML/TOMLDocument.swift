/// Our TOML 1.0 reader (https://toml.io/en/v1.0.0): the whole document as a table whose every
/// key and value knows where it is written. Written for `fly.toml`, but a complete reader:
/// what the spec accepts it accepts, and what the spec calls invalid is an `InputError` at the
/// line and column of the fault, in words that never quote the document (values in it may be
/// secrets). Linear in the input; nesting is bounded by `TOMLCursor.maxDepth`.
public enum TOMLDocument {
    public static func parse(_ text: String, path: String) throws(InputError) -> TOMLTable {
        var cursor = TOMLCursor(text: text, path: path)
        var builder = TOMLDocumentBuilder(at: .file(path))
        while true {
            cursor.skipBlanks()
            guard let c = cursor.peek() else { break }
            switch c {
            case UInt8(ascii: "#"):
                try cursor.expectEndOfLine(after: "a comment")
            case 0x0A, 0x0D:
                _ = try cursor.skipNewline()
            case UInt8(ascii: "["):
                try readHeader(&cursor, into: &builder)
                try cursor.expectEndOfLine(after: "a table header")
            default:
                let key = try cursor.readKey()
                cursor.skipBlanks()
                guard cursor.peek(is: UInt8(ascii: "=")) else {
                    throw cursor.error("expected `=` after a key")
                }
                cursor.offset += 1
                cursor.skipBlanks()
                if cursor.isAtEnd || cursor.peek(is: 0x0A) || cursor.peek(is: 0x0D) {
                    throw cursor.error("expected a value after `=`")
                }
                let value = try cursor.readValue(depth: builder.current.depth + key.parts.count)
                try builder.assign(key, value)
                try cursor.expectEndOfLine(after: "a value")
            }
        }
        return builder.root.finished()
    }

    /// `[key]` or `[[key]]`; blanks are allowed inside the brackets, not between `[[` or `]]`.
    private static func readHeader(_ cursor: inout TOMLCursor,
                                   into builder: inout TOMLDocumentBuilder) throws(InputError) {
        let isArray = cursor.peek(is: UInt8(ascii: "["), 1)
        cursor.offset += isArray ? 2 : 1
        cursor.skipBlanks()
        let key = try cursor.readKey()
        cursor.skipBlanks()
        let closing = isArray ? "`]]`" : "`]`"
        guard cursor.peek(is: UInt8(ascii: "]")), !isArray || cursor.peek(is: UInt8(ascii: "]"), 1) else {
            throw cursor.error("expected \(closing) to close the table header")
        }
        cursor.offset += isArray ? 2 : 1
        if isArray { try builder.openTableArray(key) } else { try builder.openTable(key) }
    }
}
