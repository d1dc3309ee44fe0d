import Testing
@testable import LintConfig

/// Where the lexer says tokens and errors are: lines and columns come from `LinePositions`,
/// which finds newlines and UTF-8 continuation bytes ahead of the lexer instead of walking each
/// byte, so these pin it to the definition — 1-based lines, columns in Unicode scalars — across
/// multi-byte characters, CRLF, comments and templates that span lines, and errors behind the
/// last token.
@Suite struct JSLexerPositionTests {
    func at(_ line: Int, _ column: Int) -> Location { Location(path: "src/a.ts", line: line, column: column) }

    func locations(_ text: String, dialect: JSLexer.Dialect = .script) throws -> [Location] {
        let s = try JSLexer.tokenize(text, path: "src/a.ts", dialect: dialect)
        return s.tokens.map(s.location(of:))
    }

    func lexError(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try JSLexer.tokenize(text, path: "src/a.ts") }
    }

    /// The definition: the line is one more than the newlines before the token, the column one
    /// more than the scalars between the last newline and the token (split by scalars: as
    /// `Character`s, `\r\n` is one and would hide its newline).
    func reference(_ text: String, byteOffset: Int) -> Location {
        let prefix = String(decoding: Array(text.utf8)[..<byteOffset], as: UTF8.self)
        let lines = prefix.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        return at(lines.count, (lines.last?.count ?? 0) + 1)
    }

    @Test func columnsAfterMultiByteCharactersOnTheTokensLine() throws {
        #expect(try locations("const é = \"日本語\"; x") == [at(1, 1), at(1, 7), at(1, 9), at(1, 11), at(1, 16),
                                                              at(1, 18)])
        #expect(try locations("😀😀 x\né y") == [at(1, 1), at(1, 4), at(2, 1), at(2, 3)])
    }

    @Test func columnsRestartAfterALineWithMultiByteCharacters() throws {
        #expect(try locations("a = 'ü'\nbb = 1") == [at(1, 1), at(1, 3), at(1, 5), at(2, 1), at(2, 4), at(2, 6)])
    }

    @Test func crlfCountsOneLineAndCarriageReturnIsAColumn() throws {
        #expect(try locations("a\r\nb\r\n\r\n  c") == [at(1, 1), at(2, 1), at(4, 3)])
        #expect(try locations("a\rb") == [at(1, 1), at(1, 3)])
    }

    @Test func tokenRightAfterABlockCommentSpanningLines() throws {
        #expect(try locations("/* one\n two */x") == [at(2, 8)])
        #expect(try locations("a /* é\r\n ü */ y") == [at(1, 1), at(2, 7)])
    }

    @Test func tokenAfterATemplateSpanningLines() throws {
        #expect(try locations("`é\nü${a}ö\n`\n b") == [at(1, 1), at(2, 4), at(2, 5), at(4, 2)])
    }

    @Test func tokenAfterAnEscapedNewlineInAStringOrRegex() throws {
        #expect(try locations("'a\\\nb' c") == [at(1, 1), at(2, 4)])
        #expect(try locations("x = /a\\\nb/g; y") == [at(1, 1), at(1, 3), at(1, 5), at(2, 4), at(2, 6)])
    }

    @Test func jsxFallbackDoesNotMoveLaterTokens() throws {
        #expect(try locations("<p>Don't</p>\né x", dialect: .jsx).suffix(2) == [at(2, 1), at(2, 3)])
    }

    @Test func errorsAfterMultiByteCharactersAreColumnsInScalars() {
        #expect(lexError("é = 'abc")?.location == at(1, 5))
        #expect(lexError("ü\n日本 = /* x")?.location == at(2, 6))
    }

    @Test func errorBehindTheLastTokenIsLocatedWhereItStarts() {
        #expect(lexError("x\n é `a ${ `b` \n c + d")?.location == at(2, 4))
    }

    @Test func everyTokenAgreesWithTheDefinition() throws {
        let pieces = ["a", "bc", " ", "  ", "\n", "\r\n", "\t", "é", "日本", "😀", "'s'", "\"ü\"", "`t${x}é`",
                      "/* c\né */",
                      "// ü\n", "1.5", "+=", "(", ")", "{", "}", ";", "x.y", "#!"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let (s, _) = JSLexer.tokenizePrefix(text, path: "src/a.ts")
            for token in s.tokens {
                #expect(s.location(of: token) == reference(text, byteOffset: token.range.lowerBound), "\(text)")
            }
        }
    }

    @Test func linePositionsMatchBytePositionsAtEveryOffset() {
        let texts = ["", "a", "é", "ab\ncd", "\n\n", "a\r\nbé😀c\n  日本語 x\n", String(repeating: "é1234567", count: 5)]
        for text in texts {
            let bytes = Array(text.utf8)
            var slow = BytePositions(bytes: bytes, path: "p")
            bytes.withUnsafeBufferPointer { buffer in
                var fast = LinePositions(buffer)
                for offset in 0...(bytes.count + 1) {
                    let expected = slow.lineAndColumn(at: offset)
                    let found = fast.lineAndColumn(at: offset)
                    #expect(found.line == expected.line && found.column == expected.column, "\(text) at \(offset)")
                }
            }
        }
    }

    @Test func byteClassMasksMatchTheirDefinitions() {
        for value in 0...255 {
            let c = UInt8(value)
            let identifier = ASCII.isLetter(c) || ASCII.isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
                || c == UInt8(ascii: "\\") || c >= 0x80
            #expect(JSLexer.isIdentifierPart(c) == identifier, "byte \(value)")
            #expect(JSLexer.isBlank(c) == (ASCII.isSpace(c) || c == 0x0A), "byte \(value)")
        }
    }

    /// Names are scanned a word at a time: each byte value, at each of the eight places in a
    /// word of name bytes, stops the scan exactly when it cannot continue a name.
    @Test func wordAtATimeNameScanMatchesTheByteTest() {
        for value in 0...255 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let stops = JSLexer.nonIdentifierBytes(word)
                let expected: UInt64 = JSLexer.isIdentifierPart(UInt8(value)) ? 0 : 0x80 << (8 * UInt64(place))
                #expect(stops == expected, "byte \(value) at \(place)")
            }
        }
    }

    @Test func namesLongerThanAWordAndAtTheEndOfTheFile() throws {
        let s = try JSLexer.tokenize("averyveryverylongname_$1é+x\nshort", path: "src/a.ts")
        #expect(s.tokens.map { s.text($0) } == ["averyveryverylongname_$1é", "+", "x", "short"])
        #expect(s.tokens.map(s.location(of:)) == [at(1, 1), at(1, 26), at(1, 27), at(2, 1)])
    }
}
