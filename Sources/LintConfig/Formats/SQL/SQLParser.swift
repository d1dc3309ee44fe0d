/// Parses a migration file into statements. A statement it does not model, or cannot follow,
/// is kept with its kind and location and marked skipped — a migration that PostgreSQL
/// accepts must never fail a lint run because this parser is smaller than PostgreSQL's.
public struct SQLParser {
    public init() {}

    public func parse(_ source: SQLSource) -> [SQLStatement] {
        SQLStatementSplitter.split(source).map { parseStatement(source, $0) }
    }

    /// Lexes and parses text in one step (tests, code strings).
    public func parse(_ text: String, path: String) throws(InputError) -> [SQLStatement] {
        parse(try SQLSource.lex(text, path: path))
    }

    func parseStatement(_ source: SQLSource, _ range: Range<Int>) -> SQLStatement {
        var cursor = SQLCursor(source: source, range: range)
        let location = source.location(range.lowerBound)
        if source.tokens[range.lowerBound].kind == .metaCommand {
            return SQLStatement(kind: .metaCommand(source.text(range.lowerBound)), keyword: "psql meta-command", location: location)
        }
        let keyword = Self.keyword(source, range)
        do throws(SQLParseFailure) {
            let kind = try dispatch(&cursor, keyword: keyword)
            return SQLStatement(kind: kind, keyword: keyword, location: location)
        } catch {
            let at = source.location(error.tokenIndex)
            return SQLStatement(kind: .skipped(reason: "\(error.message) at \(at.line):\(at.column)"), keyword: keyword, location: location)
        }
    }

    /// The statement's kind as PostgreSQL's documentation titles it: `CREATE TABLE`,
    /// `ALTER TYPE`, `CREATE UNIQUE INDEX` → `CREATE INDEX`, `CREATE OR REPLACE FUNCTION` →
    /// `CREATE FUNCTION`.
    static func keyword(_ source: SQLSource, _ range: Range<Int>) -> String {
        var words: [String] = []
        var i = range.lowerBound
        while i < range.upperBound, source.tokens[i].kind == .identifier, words.count < 3 {
            let word = source.name(i) ?? ""
            i += 1
            if words.isEmpty { words.append(word); if word != "create", word != "alter", word != "drop" { break }; continue }
            if Self.keywordFillers.contains(word), !(words.first == "alter" && word == "default") { continue }
            words.append(word)
            if words.count == 2, !Self.twoWordObjects.contains(word) { break }
        }
        if words.first == "comment" { return "COMMENT ON" }
        if words.first == "grant" || words.first == "revoke" { return words[0].uppercased() }
        if words.isEmpty { return source.tokens[range.lowerBound].kind == .leftParen ? "SELECT" : "UNKNOWN" }
        return words.joined(separator: " ").uppercased()
    }

    /// Words skipped when naming a statement's kind (`CREATE OR REPLACE FUNCTION` is a `CREATE FUNCTION`).
    static let keywordFillers: Set<String> = [
        "or", "replace", "unique", "temporary", "temp", "unlogged", "global", "local", "materialized", "recursive", "trusted",
        "procedural", "constraint", "default", "if", "not", "exists",
    ]
    /// Object kinds named by two words (`FOREIGN TABLE`, `EVENT TRIGGER`, `DEFAULT PRIVILEGES`).
    static let twoWordObjects: Set<String> = ["materialized", "foreign", "event", "text", "access", "default", "operator", "user", "row", "large"]

    private func dispatch(_ c: inout SQLCursor, keyword: String) throws(SQLParseFailure) -> SQLStatementKind {
        switch keyword {
        case "CREATE TABLE":
            return .createTable(try c.createTable())
        case "ALTER TABLE":
            return .alterTable(try c.alterTable())
        case "DROP TABLE":
            c.index += 2
            let ifExists = c.accept("if", "exists")
            var names = [try c.qualifiedName()]
            while c.accept(.comma) { names.append(try c.qualifiedName()) }
            return .dropTable(names, ifExists: ifExists)
        case "CREATE TYPE":
            return try c.createType()
        case "ALTER TYPE":
            return try c.alterType()
        case "DROP TYPE":
            c.index += 2
            let ifExists = c.accept("if", "exists")
            var names = [try c.qualifiedName()]
            while c.accept(.comma) { names.append(try c.qualifiedName()) }
            return .dropType(names, ifExists: ifExists)
        case "CREATE DOMAIN":
            return try c.createDomain()
        case "CREATE INDEX":
            return try c.createIndex()
        case "CREATE VIEW", "CREATE MATERIALIZED VIEW":
            c.skipTo(["view"])
            c.index += 1
            _ = c.accept("if", "not", "exists")
            return .createView(try c.qualifiedName())
        case "CREATE SCHEMA":
            c.index += 2
            _ = c.accept("if", "not", "exists")
            if c.accept("authorization") { return .createSchema(try c.name()) }
            return .createSchema(try c.name())
        case "CREATE FUNCTION", "CREATE PROCEDURE":
            return try c.createRoutine()
        case "DO":
            return try c.doBlock()
        case "CREATE TRIGGER", "DROP TRIGGER":
            // Known by kind even when its form is one this reader does not follow.
            var trigger = c
            do throws(SQLParseFailure) {
                return keyword == "DROP TRIGGER" ? try trigger.dropTrigger() : try trigger.createTrigger()
            } catch {
                return .recorded
            }
        case "DROP FUNCTION", "DROP PROCEDURE":
            var drop = c
            do throws(SQLParseFailure) {
                return try drop.dropRoutine()
            } catch {
                return .recorded
            }
        case "NOTIFY":
            c.index += 1
            return .notify(try c.locatedName())
        case "INSERT", "UPDATE", "DELETE", "SELECT", "WITH":
            let effects = SQLDMLReader(source: c.source).read(c.index..<c.end)
            guard let first = effects.first else { return .recorded }
            return .dml(first)
        default:
            return Self.recordedKinds.contains(keyword) ? .recorded : .skipped(reason: "not modelled")
        }
    }

    /// Statements recognised by kind: they matter to a reader of the migrations (security,
    /// extensions, grants) but do not change tables or columns.
    static let recordedKinds: Set<String> = [
        "CREATE POLICY", "ALTER POLICY", "DROP POLICY", "GRANT", "REVOKE",
        "CREATE EXTENSION", "DROP EXTENSION", "COMMENT ON", "CREATE SEQUENCE", "ALTER SEQUENCE", "DROP SEQUENCE",
        "DROP INDEX", "DROP VIEW", "DROP SCHEMA", "DROP DOMAIN", "CREATE ROLE",
        "ALTER ROLE", "BEGIN", "COMMIT", "SET", "RESET", "ALTER FUNCTION", "ALTER DEFAULT PRIVILEGES", "ANALYZE", "VACUUM",
        "CREATE PUBLICATION", "ALTER PUBLICATION", "ALTER INDEX", "ALTER VIEW", "ALTER SCHEMA", "ALTER DOMAIN", "START",
        "ROLLBACK", "CREATE RULE", "CREATE CAST", "CREATE AGGREGATE", "CREATE OPERATOR", "CALL", "LISTEN", "REFRESH",
        "SAVEPOINT", "RELEASE", "LOCK", "TRUNCATE", "ALTER MATERIALIZED VIEW", "CREATE EVENT TRIGGER", "ALTER EXTENSION",
    ]
}

extension SQLCursor {
    /// Moves to the first of `words` outside parentheses (or the end).
    mutating func skipTo(_ words: [StaticString]) {
        var depth = 0
        while index < end {
            switch source.tokens[index].kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth -= 1
            case .identifier where depth == 0:
                for word in words where source.isWord(index, word) { return }
            default: break
            }
            index += 1
        }
    }
}
