/// Splits a token stream into statements the way psql sends them to the server: at `;`
/// outside parentheses, except inside a `BEGIN ATOMIC … END` routine body; a psql backslash
/// command is a statement of its own, and drizzle's `--> statement-breakpoint` ends one.
public enum SQLStatementSplitter {
    /// Token index ranges, without the terminating `;`. Empty statements are dropped.
    public static func split(_ source: SQLSource) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let tokens = source.tokens
        var start = 0
        var depth = 0
        var atomicDepth = 0
        var index = 0
        func close(_ end: Int) {
            if end > start { result.append(start..<end) }
        }
        while index < tokens.count {
            let kind = tokens[index].kind
            switch kind {
            case .leftParen, .leftBracket:
                depth += 1
            case .rightParen, .rightBracket:
                if depth > 0 { depth -= 1 }
            case .semicolon where depth == 0 && atomicDepth == 0:
                close(index)
                start = index + 1
            case .metaCommand where depth == 0 && atomicDepth == 0:
                close(index)
                result.append(index..<(index + 1))
                start = index + 1
            case .statementBreakpoint:
                close(index)
                start = index + 1
                depth = 0
                atomicDepth = 0
            case .identifier where depth == 0:
                // SQL-standard routine bodies (`BEGIN ATOMIC … END`) contain `;`.
                if atomicDepth > 0 {
                    if source.isWord(index, "begin") || source.isWord(index, "case") {
                        atomicDepth += 1
                    } else if source.isWord(index, "end") {
                        atomicDepth -= 1
                    }
                } else if source.isWord(index, "begin"), source.isWord(index + 1, "atomic"), source.isWord(start, "create") {
                    atomicDepth = 1
                    index += 1
                }
            default:
                break
            }
            index += 1
        }
        close(tokens.count)
        return result
    }
}
