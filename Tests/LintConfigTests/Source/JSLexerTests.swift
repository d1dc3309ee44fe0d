import Testing
@testable import LintConfig

/// The TypeScript/JavaScript lexer: each token's kind, text and exact location, and located
/// errors for text that never ends.
@Suite struct JSLexerTests {
    func lex(_ text: String, dialect: JSLexer.Dialect = .script) throws -> JSSource {
        try JSLexer.tokenize(text, path: "src/a.ts", dialect: dialect)
    }

    func texts(_ text: String, dialect: JSLexer.Dialect = .script) throws -> [String] {
        let s = try lex(text, dialect: dialect)
        return s.tokens.map { s.text($0) }
    }

    func kinds(_ text: String) throws -> [JSToken.Kind] {
        try lex(text).tokens.map(\.kind)
    }

    func at(_ line: Int, _ column: Int) -> Location { Location(path: "src/a.ts", line: line, column: column) }

    func lexError(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try lex(text) }
    }

    @Test func identifiersAndPunctuation() throws {
        #expect(try texts("const x = a.b?.c;") == ["const", "x", "=", "a", ".", "b", "?.", "c", ";"])
    }

    @Test func locationsAreLineAndColumn() throws {
        let s = try lex("let a\n  = 1")
        #expect(s.tokens.map(s.location(of:)) == [at(1, 1), at(1, 5), at(2, 3), at(2, 5)])
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let s = try lex("'héllo' x")
        #expect(s.location(1) == at(1, 9))
    }

    @Test func identifiersMayHoldUnicodeAndDollar() throws {
        #expect(try texts("$el _x café") == ["$el", "_x", "café"])
    }

    @Test func maximalMunchPunctuators() throws {
        #expect(try texts("a ?? b ||= c >>>= d === e !== f ... g => h") ==
                ["a", "??", "b", "||=", "c", ">>>=", "d", "===", "e", "!==", "f", "...", "g", "=>", "h"])
    }

    @Test func optionalChainIsNotConditionalBeforeDigit() throws {
        #expect(try texts("a?.5:b") == ["a", "?", ".5", ":", "b"])
    }

    @Test func numbers() throws {
        let s = try lex("1 2.5 .5 0x1F 1e-3 1_000n 3.0E+2")
        #expect(s.tokens.map(\.kind) == Array(repeating: .number, count: 7))
        #expect(s.tokens.map { s.text($0) } == ["1", "2.5", ".5", "0x1F", "1e-3", "1_000n", "3.0E+2"])
    }

    @Test func hexNumberDoesNotSwallowMinus() throws {
        #expect(try texts("0xE-1") == ["0xE", "-", "1"])
    }

    @Test func singleAndDoubleQuotedStrings() throws {
        let s = try lex(#"f('a', "b")"#)
        #expect(s.tokens.filter { $0.kind == .string }.map { s.stringValue($0) } == ["a", "b"])
    }

    @Test func stringEscapesDecodeLazily() throws {
        let s = try lex(#""a\"b\n\t\x41\u0042\u{1F600}\\""#)
        #expect(s.tokens.count == 1)
        #expect(s.stringValue(s.tokens[0]) == "a\"b\n\tAB😀\\")
    }

    @Test func quoteInsideOtherQuoteAndEscapedQuote() throws {
        let s = try lex(#"'it\'s' "say 'hi'""#)
        #expect(s.tokens.map { s.stringValue($0) } == ["it's", "say 'hi'"])
    }

    @Test func lineContinuationInString() throws {
        let s = try lex("'a\\\nb' x")
        #expect(s.stringValue(s.tokens[0]) == "ab")
        #expect(s.location(1) == at(2, 4))
    }

    @Test func unterminatedStringIsAnErrorAtItsStart() {
        let error = lexError("let a = 1;\nlet s = 'abc\nfoo")
        #expect(error?.location == at(2, 9))
        #expect(error?.message == "unterminated string literal")
    }

    @Test func unterminatedDoubleQuotedStringAtEndOfFile() {
        #expect(lexError("x = \"abc")?.location == at(1, 5))
    }

    @Test func lineComment() throws {
        #expect(try texts("a // process.env.X 'unterminated\nb") == ["a", "b"])
    }

    @Test func blockComment() throws {
        let s = try lex("a /* x\n ' ` y */ b")
        #expect(s.tokens.map { s.text($0) } == ["a", "b"])
        #expect(s.location(1) == at(2, 11))
    }

    @Test func unterminatedBlockCommentIsAnError() {
        let error = lexError("a\n  /* never closed")
        #expect(error?.location == at(2, 3))
        #expect(error?.message == "unterminated block comment")
    }

    @Test func plainTemplate() throws {
        let s = try lex("`a x b`")
        #expect(s.tokens.map(\.kind) == [.template(.whole)])
        #expect(s.stringValue(s.tokens[0]) == "a x b")
    }

    @Test func templateWithSubstitutions() throws {
        let s = try lex("`a${b}c${d}e`")
        #expect(s.tokens.map(\.kind) == [.template(.head), .identifier, .template(.middle), .identifier, .template(.tail)])
        #expect(s.tokens.map { s.text($0) } == ["`a${", "b", "}c${", "d", "}e`"])
        #expect(s.tokens.compactMap { s.stringValue($0) } == ["a", "c", "e"])
    }

    @Test func templateNestedInSubstitution() throws {
        let s = try lex("`x${ `y${ `z${q}` }` }w`")
        #expect(s.tokens.map(\.kind) == [
            .template(.head), .template(.head), .template(.head), .identifier, .template(.tail), .template(.tail), .template(.tail),
        ])
    }

    @Test func bracesInsideSubstitutionDoNotCloseIt() throws {
        let s = try lex("`a${ {k: 1}.k }b` + c")
        #expect(s.tokens.map { s.text($0) } == ["`a${", "{", "k", ":", "1", "}", ".", "k", "}b`", "+", "c"])
    }

    @Test func stringsInsideSubstitution() throws {
        let s = try lex("`${ '}' + \"`\" }`")
        #expect(s.tokens.map(\.kind) == [.template(.head), .string, .punctuator, .string, .template(.tail)])
    }

    @Test func templateSpansLinesAndLocationsFollow() throws {
        let s = try lex("`line1\nline2 ${x}`\ny")
        #expect(s.location(1) == at(2, 9))
        #expect(s.tokens.last.map(s.location(of:)) == at(3, 1))
    }

    @Test func escapedBacktickAndDollarInTemplate() throws {
        let s = try lex("`a\\`b\\${c}`")
        #expect(s.tokens.map(\.kind) == [.template(.whole)])
        #expect(s.stringValue(s.tokens[0]) == "a`b${c}")
    }

    @Test func unterminatedTemplateIsAnErrorAtItsStart() {
        let error = lexError("x = 1\ny = `abc ${d}\n")
        #expect(error?.location == at(2, 5))
        #expect(error?.message == "unterminated template literal")
    }

    @Test func unterminatedNestedSubstitutionReportsOuterTemplate() {
        #expect(lexError("  `a${ b ")?.location == at(1, 3))
    }

    @Test func regexAtStartAndAfterOperators() throws {
        let s = try lex("x = /ab+c/gi; y(/\\//)")
        #expect(s.tokens.filter { $0.kind == .regex }.map { s.text($0) } == ["/ab+c/gi", "/\\//"])
    }

    @Test func divisionAfterValues() throws {
        #expect(try kinds("a / b / c").filter { $0 == .regex }.isEmpty)
        #expect(try kinds("f(x) / 2").filter { $0 == .regex }.isEmpty)
        #expect(try kinds("arr[0] / 2 / arr[1]").filter { $0 == .regex }.isEmpty)
        #expect(try kinds("10 / 2").filter { $0 == .regex }.isEmpty)
        #expect(try texts("a /= 2") == ["a", "/=", "2"])
    }

    @Test func divisionAfterTypeScriptNonNullAssertion() throws {
        #expect(try kinds("const half = total! / 2; const q = f()! / 3").filter { $0 == .regex }.isEmpty)
        // A prefix `!` still starts an expression.
        let s = try lex("if (!/x/.test(s) && ! /y/.test(t)) {}")
        #expect(s.tokens.filter { $0.kind == .regex }.map { s.text($0) } == ["/x/", "/y/"])
    }

    @Test func regexAfterKeywords() throws {
        let s = try lex("return /'/.test(s)")
        #expect(s.tokens[1].kind == .regex)
        #expect(s.text(s.tokens[1]) == "/'/")
    }

    @Test func slashInsideRegexClass() throws {
        let s = try lex("s.replace(/[/'\"]/g, '')")
        #expect(s.tokens.filter { $0.kind == .regex }.map { s.text($0) } == ["/[/'\"]/g"])
    }

    @Test func regexInsideTemplateSubstitution() throws {
        let s = try lex("`${/a`b/.source}`")
        #expect(s.tokens.map(\.kind) == [.template(.head), .regex, .punctuator, .identifier, .template(.tail)])
    }

    @Test func unterminatedRegexIsAnError() {
        let error = lexError("const r = /abc\n")
        #expect(error?.location == at(1, 11))
        #expect(error?.message == "unterminated regular expression")
    }

    @Test func hashbangIsSkipped() throws {
        #expect(try texts("#!/usr/bin/env node\nrun()") == ["run", "(", ")"])
    }

    @Test func jsxTextWithApostropheAndClosingTags() throws {
        let t = try texts("const a = <p>Don't {x}</p>;", dialect: .jsx)
        #expect(t.contains("x"))
        #expect(t.suffix(5) == ["<", "/", "p", ">", ";"])
    }

    @Test func scriptDialectRejectsWhatJSXTolerates() {
        #expect(lexError("<p>Don't</p>") != nil)
        #expect(lexError("<p>Novu`s server</p>;\nconst a = `x`;")?.message == "unterminated template literal")
    }

    @Test func jsxTextBacktickOpenAtTheEndIsAPunctuator() throws {
        let t = try texts("const d = <p>Point your MX record to Novu`s inbound server.</p>;\nconst u = env.API;",
                          dialect: .jsx)
        #expect(t.contains("`"))
        #expect(t.suffix(7) == ["const", "u", "=", "env", ".", "API", ";"])
        // An odd backtick before a real template pairs with its first backtick; the last one,
        // open at the end of the file, falls back and the code after it is still lexed.
        let later = try texts("<p>Novu`s</p>;\nconst u = `${base}/x`;\nf(y)", dialect: .jsx)
        #expect(later.suffix(4) == ["f", "(", "y", ")"])
        // Open at the end through a `${`.
        let open = try texts("<p>a`b ${x</p>\nf(y)", dialect: .jsx)
        #expect(open == ["<", "p", ">", "a", "`", "b", "$", "{", "x", "<", "/", "p", ">", "f", "(", "y", ")"])
    }

    @Test func literalValueOnlyForPlainLiterals() throws {
        let s = try lex("f('a', `b`, `c${d}`, e)")
        #expect(s.literalValue(2) == "a")
        #expect(s.literalValue(4) == "b")
        #expect(s.literalValue(6) == nil)
        #expect(s.isIdentifier(0, "f"))
        #expect(s.isPunctuator(1, "("))
        #expect(!s.isIdentifier(1, "("))
    }

    @Test func emptyInput() throws {
        #expect(try lex("").tokens.isEmpty)
        #expect(try lex("  // only a comment").tokens.isEmpty)
    }
}
