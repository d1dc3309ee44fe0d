import Testing
@testable import LintConfig

/// The byte checks every format goes through: size, NUL, UTF-8 — each refused with a message
/// and the line:column of the first bad byte.
@Suite struct SourceTextTests {
    func decodeError(_ bytes: [UInt8], maxBytes: Int = SourceText.defaultMaxBytes) -> InputError? {
        do {
            let text = try SourceText.decode(bytes, path: "config/deploy.yml", maxBytes: maxBytes)
            Issue.record("expected an InputError, decoded \(String(reflecting: text))")
            return nil
        } catch {
            return error
        }
    }

    func at(_ line: Int, _ column: Int) -> Location { Location(path: "config/deploy.yml", line: line, column: column) }

    @Test func wellFormedTextIsReturnedUnchanged() throws {
        let text = "service: café\nimage: \"😀\"\r\nempty:\n"
        #expect(try SourceText.decode(Array(text.utf8), path: "a.yml") == text)
        #expect(try SourceText.decode([], path: "a.yml") == "")
    }

    @Test func nulByteIsRefusedWhereItIs() throws {
        let e = try #require(decodeError(Array("service: a\nimage: b\u{0}c\n".utf8)))
        #expect(e.message == "NUL byte in text (is this a binary file?)")
        #expect(e.location == at(2, 9))
        #expect(e.description == "config/deploy.yml:2:9: error: NUL byte in text (is this a binary file?)")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // é (2 bytes), € (3), 😀 (4): the NUL is the fourth character on its line.
        let e = try #require(decodeError(Array("x\né€😀\u{0}".utf8)))
        #expect(e.location == at(2, 4))
    }

    @Test func carriageReturnIsAColumnAndLineFeedEndsTheLine() throws {
        let e = try #require(decodeError(Array("a: 1\r\nb\u{0}".utf8)))
        #expect(e.location == at(2, 2))
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var byte: String
        var testDescription: String { name }
    }

    /// Each sequence follows `k: ` on line 2 (offset 5, column 4).
    static let badSequences: [Bad] = [
        Bad(name: "lone continuation byte", bytes: [0x80], byte: "0x80"),
        Bad(name: "overlong 2-byte '/'", bytes: [0xC0, 0xAF], byte: "0xC0"),
        Bad(name: "overlong 2-byte U+007F", bytes: [0xC1, 0xBF], byte: "0xC1"),
        Bad(name: "overlong 3-byte '/'", bytes: [0xE0, 0x80, 0xAF], byte: "0xE0"),
        Bad(name: "overlong 4-byte '/'", bytes: [0xF0, 0x80, 0x80, 0xAF], byte: "0xF0"),
        Bad(name: "high surrogate U+D800", bytes: [0xED, 0xA0, 0x80], byte: "0xED"),
        Bad(name: "low surrogate U+DFFF", bytes: [0xED, 0xBF, 0xBF], byte: "0xED"),
        Bad(name: "past U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], byte: "0xF4"),
        Bad(name: "lead byte 0xF5", bytes: [0xF5, 0x80, 0x80, 0x80], byte: "0xF5"),
        Bad(name: "byte 0xFF", bytes: [0xFF], byte: "0xFF"),
        Bad(name: "UTF-16 byte-order mark", bytes: [0xFF, 0xFE, 0x61, 0x00], byte: "0xFF"),
        Bad(name: "truncated at end of file", bytes: [0xE2, 0x82], byte: "0xE2"),
        Bad(name: "truncated before ASCII", bytes: [0xC3, 0x28], byte: "0xC3"),
        Bad(name: "Latin-1 é", bytes: [0xE9, 0x0A], byte: "0xE9"),
    ]

    @Test(arguments: badSequences)
    func invalidUTF8IsRefusedWithTheByteAndItsPlace(_ bad: Bad) throws {
        let e = try #require(decodeError(Array("a: 1\nk: ".utf8) + bad.bytes))
        #expect(e.message == "invalid UTF-8 (byte \(bad.byte) at offset 8)")
        #expect(e.location == at(2, 4))
    }

    @Test(arguments: [
        [0xC2, 0x80] as [UInt8],          // U+0080, the first 2-byte character
        [0xED, 0x9F, 0xBF],               // U+D7FF, just below the surrogates
        [0xEE, 0x80, 0x80],               // U+E000, just above them
        [0xEF, 0xBF, 0xBF],               // U+FFFF
        [0xF0, 0x90, 0x80, 0x80],         // U+10000, the first 4-byte character
        [0xF4, 0x8F, 0xBF, 0xBF],         // U+10FFFF, the last one
    ])
    func boundaryCharactersAreAccepted(_ bytes: [UInt8]) throws {
        let text = try SourceText.decode(Array("k: ".utf8) + bytes, path: "a.yml")
        #expect(text.unicodeScalars.count == 4)
    }

    /// Clean input is passed eight bytes at a time: a bad byte is found, and located, wherever it
    /// falls in or across those words, after ASCII or after multi-byte characters.
    @Test(arguments: badSequences)
    func invalidUTF8IsFoundAtEveryOffsetOfAWord(_ bad: Bad) throws {
        for length in 0..<20 {
            let prefix = Array(String(repeating: "a", count: length).utf8)
            let e = try #require(decodeError(prefix + bad.bytes))
            #expect(e.message == "invalid UTF-8 (byte \(bad.byte) at offset \(length))")
            #expect(e.location == at(1, length + 1))
            let wide = Array(String(repeating: "é", count: length).utf8)
            #expect(decodeError(wide + bad.bytes)?.location == at(1, length + 1))
        }
    }

    @Test func nulByteIsFoundAtEveryOffsetOfAWord() throws {
        for length in 0..<20 {
            let e = try #require(decodeError(Array((String(repeating: "ab\n", count: length) + "\u{0}").utf8)))
            #expect(e.location == at(length + 1, 1))
        }
    }

    @Test func multiByteCharactersAcrossWordsAreAccepted() throws {
        for length in 0..<16 {
            let text = String(repeating: "x", count: length) + "é€😀\u{10FFFF}" + String(repeating: "y", count: 9)
            #expect(try SourceText.decode(Array(text.utf8), path: "a.yml") == text)
        }
    }

    @Test func checkedBytesAreTheDecodedTextsBytes() throws {
        let limit = FileSizeLimit.source
        for bytes in [Array("a: é\n".utf8), [0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8), []] {
            let text = try SourceText.decode(bytes, path: "a.ts", limit: limit)
            #expect(try SourceText.checkedBytes(bytes, path: "a.ts", limit: limit) == Array(text.utf8))
        }
        #expect(throws: InputError.self) { try SourceText.checkedBytes([0x61, 0xFF], path: "a.ts", limit: limit) }
    }

    @Test func byteOrderMarkIsSkippedAndLeftOutOfTheText() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = try SourceText.decode(bom + Array("a: 1\n".utf8), path: "a.yml")
        #expect(text == "a: 1\n")
        // So YAML marks on line 1 are the columns an editor shows.
        let key = try #require(parseYAML(text).root?.mapping?.entries.first?.key)
        #expect(key.start == Location(path: "test.yml", line: 1, column: 1))
        // And a bad byte after it is located without counting it.
        let e = try #require(decodeError(bom + Array("a\u{0}".utf8)))
        #expect(e.location == at(1, 2))
    }

    @Test func aByteOrderMarkInsideTheTextIsJustACharacter() throws {
        let text = try SourceText.decode(Array("a: x\u{FEFF}y\n".utf8), path: "a.yml")
        #expect(text == "a: x\u{FEFF}y\n")
    }

    @Test func sizeLimitIsCheckedFirstAndReportedInMegabytes() throws {
        let mib = 1024 * 1024
        // Too large, even though it also holds a NUL: the size is the first thing said.
        let e = try #require(decodeError([UInt8](repeating: 0, count: mib * 3 / 2), maxBytes: mib))
        #expect(e.message == "file is too large to be a config (1.5 MB; the limit is 1.0 MB)")
        #expect(e.location == at(1, 1))
        // Exactly at the limit is fine.
        let atLimit = try SourceText.decode([UInt8](repeating: 0x61, count: mib), path: "a.yml", maxBytes: mib)
        #expect(atLimit.utf8.count == mib)
    }

    @Test func defaultLimitIsEightMegabytes() throws {
        #expect(SourceText.defaultMaxBytes == 8 * 1024 * 1024)
        let e = try #require(decodeError([UInt8](repeating: 0x61, count: 9 * 1024 * 1024)))
        #expect(e.message == "file is too large to be a config (9.0 MB; the limit is 8.0 MB)")
    }
}
