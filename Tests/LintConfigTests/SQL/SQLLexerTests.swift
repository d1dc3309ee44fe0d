import Testing
@testable import LintConfig

/// The lexer against PostgreSQL's lexical rules (scan.l): each case marks where one token
/// must start, and says its kind and what it means (a folded name, a string value, its text).
@Suite struct SQLLexerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sql: String
        var kind: SQLTokenKind
        var value: String
        var testDescription: String { sql }
    }

    static let cases: [Case] = [
        Case(sql: "select 1️⃣Status from t", kind: .identifier, value: "status"),
        Case(sql: "select 1️⃣\"Status\" from t", kind: .quotedIdentifier, value: "Status"),
        Case(sql: "select 1️⃣\"say \"\"hi\"\"\"", kind: .quotedIdentifier, value: "say \"hi\""),
        Case(sql: "select 1️⃣U&\"d\\0061ta\"", kind: .quotedIdentifier, value: "data"),
        Case(sql: "select 1️⃣u&\"d!0061ta\" UESCAPE '!'", kind: .quotedIdentifier, value: "data"),
        Case(sql: "select 1️⃣'plain'", kind: .string, value: "plain"),
        Case(sql: "select 1️⃣'it''s'", kind: .string, value: "it's"),
        Case(sql: "select 1️⃣'back\\slash'", kind: .string, value: "back\\slash"),
        Case(sql: "select 1️⃣E'line\\nbreak'", kind: .string, value: "line\nbreak"),
        Case(sql: "select 1️⃣e'it\\'s'", kind: .string, value: "it's"),
        Case(sql: "select 1️⃣E'\\x41\\101\\u0041'", kind: .string, value: "AAA"),
        Case(sql: "select 1️⃣U&'\\0041BC'", kind: .string, value: "ABC"),
        Case(sql: "select 1️⃣N'national'", kind: .string, value: "national"),
        Case(sql: "select 1️⃣B'1010'", kind: .bitString, value: "B'1010'"),
        Case(sql: "select 1️⃣X'1F'", kind: .bitString, value: "X'1F'"),
        Case(sql: "select 1️⃣$$it's $ money$$", kind: .dollarString, value: "it's $ money"),
        Case(sql: "select 1️⃣$fn$ $$ inner $$ $fn$", kind: .dollarString, value: " $$ inner $$ "),
        Case(sql: "select 1️⃣$a_1$x$a_1$", kind: .dollarString, value: "x"),
        Case(sql: "select 1️⃣42", kind: .number, value: "42"),
        Case(sql: "select 1️⃣3.14", kind: .number, value: "3.14"),
        Case(sql: "select 1️⃣.5", kind: .number, value: ".5"),
        Case(sql: "select 1️⃣1e-10", kind: .number, value: "1e-10"),
        Case(sql: "select 1️⃣0x1F", kind: .number, value: "0x1F"),
        Case(sql: "select * from t where id = 1️⃣$1", kind: .parameter, value: "$1"),
        Case(sql: "select a 1️⃣<> b", kind: .op, value: "<>"),
        Case(sql: "select a1️⃣::text", kind: .doubleColon, value: "::"),
        Case(sql: "select a =1️⃣-1", kind: .op, value: "-"),
        Case(sql: "select data 1️⃣->> 'k'", kind: .op, value: "->>"),
        Case(sql: "select tags 1️⃣@> array['a']", kind: .op, value: "@>"),
        Case(sql: "select x 1️⃣:= 1", kind: .op, value: ":="),
        Case(sql: "select 1 -- trailing; comment\n1️⃣from", kind: .identifier, value: "from"),
        Case(sql: "/* a /* nested */ comment */ 1️⃣select", kind: .identifier, value: "select"),
        Case(sql: "create table t();\n1️⃣\\i other.sql\n", kind: .metaCommand, value: "\\i other.sql"),
        Case(sql: "select 1;1️⃣--> statement-breakpoint\nselect 2", kind: .statementBreakpoint, value: "--> statement-breakpoint"),
        Case(sql: "select 'café', 1️⃣x", kind: .identifier, value: "x"),
        Case(sql: "select 'a\nb',\n  1️⃣y", kind: .identifier, value: "y"),
        Case(sql: "select\r\n\t1️⃣z", kind: .identifier, value: "z"),
        Case(sql: "select $$\n\n$$, 1️⃣w", kind: .identifier, value: "w"),
        Case(sql: "select 1️⃣naïve_name", kind: .identifier, value: "naïve_name"),
        Case(sql: "select 1️⃣a$b", kind: .identifier, value: "a$b"),
        Case(sql: "select f(1️⃣)", kind: .rightParen, value: ")"),
        Case(sql: "select a1️⃣[1]", kind: .leftBracket, value: "["),
    ]

    @Test(arguments: cases)
    func tokenAtMarker(_ testCase: Case) throws {
        let marked = MarkedText(testCase.sql)
        let source = try SQLSource.lex(marked.text, path: "m.sql")
        let index = try #require(tokenAt(source, marked[1]), "no token starts at \(marked[1])")
        #expect(source.tokens[index].kind == testCase.kind)
        let value: String
        switch testCase.kind {
        case .identifier, .quotedIdentifier: value = source.name(index) ?? ""
        case .string, .dollarString: value = source.stringValue(index) ?? ""
        default: value = source.text(index)
        }
        #expect(value == testCase.value)
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var sql: String
        var message: String
        var testDescription: String { message }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(sql: "select 1️⃣'never closed", message: "unterminated quoted string"),
        ErrorCase(sql: "select\n  1️⃣\"never closed", message: "unterminated quoted identifier"),
        ErrorCase(sql: "create function f() as 1️⃣$body$ begin", message: "unterminated dollar-quoted string"),
        ErrorCase(sql: "select 1; 1️⃣/* open /* nested */ still open", message: "unterminated /* comment"),
        ErrorCase(sql: "select 1️⃣B'0101", message: "unterminated bit string literal"),
        ErrorCase(sql: "select 1️⃣X'ff", message: "unterminated hexadecimal string literal"),
        ErrorCase(sql: "select 1️⃣E'it\\'s", message: "unterminated quoted string"),
        ErrorCase(sql: "select 1️⃣\"\" from t", message: "zero-length delimited identifier"),
        ErrorCase(sql: "select 'é', 1️⃣'x", message: "unterminated quoted string"),
    ]

    @Test(arguments: errorCases)
    func unterminatedInputIsALocatedError(_ testCase: ErrorCase) {
        let marked = MarkedText(testCase.sql)
        #expect(throws: InputError(testCase.message, at: marked[1])) {
            try SQLSource.lex(marked.text, path: "m.sql")
        }
    }

    @Test func dollarParameterIsNotAQuote() throws {
        let source = try SQLSource.lex("select $1, $2 from t", path: "m.sql")
        #expect(source.tokens.filter { $0.kind == .parameter }.count == 2)
    }

    @Test func lexingInPlaceKeepsFileLocations() throws {
        let bytes = Array("xx\nyy $$ select\n  a $$".utf8)
        let source = try SQLSource.lex(bytes, path: "f.sql")
        let body = source.dollarBody(2)
        let tokens = try SQLLexer(path: "f.sql").tokenize(bytes, range: body, line: 2, column: 6)
        let inner = SQLSource(path: "f.sql", bytes: bytes, tokens: tokens)
        #expect(inner.location(0) == Location(path: "f.sql", line: 2, column: 7))
        #expect(inner.location(1) == Location(path: "f.sql", line: 3, column: 3))
    }
}
