// Generated from python-dotenv 1.2.2 (`DotEnv(...).parse()` without interpolation for `raw`,
// `DotEnv(..., override:).dict()` for `values`, and the number of "could not parse" warnings for
// `skipped`) on each text written to a file, as python-dotenv reads files (universal newlines).
// Do not edit by hand: change the cases in
// Tests/LintConfigTests/Fixtures/Dotenv/generate-oracle-cases.py and regenerate.

import Testing

/// One text and what python-dotenv made of it.
struct DotenvOracleCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var environment: [String: String]
    var override: Bool
    var raw: [(String, String?)]
    var values: [String: String?]
    var skipped: Int

    init(_ name: String, _ text: String, environment: [String: String], override: Bool,
         raw: [(String, String?)], values: [String: String?], skipped: Int) {
        self.name = name
        self.text = text
        self.environment = environment
        self.override = override
        self.raw = raw
        self.values = values
        self.skipped = skipped
    }

    var testDescription: String { name }
}

extension DotenvOracleCase {
    static let all: [DotenvOracleCase] = [
        DotenvOracleCase("plain binding", "A=1\n", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 0),
        DotenvOracleCase("export prefix", "export A=1\n", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 0),
        DotenvOracleCase("export with tabs and spaces", "export\t  A=1\n", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 0),
        DotenvOracleCase("a key named export", "export=1\n", environment: [:], override: true,
                         raw: [("export", "1")], values: ["export": "1"], skipped: 0),
        DotenvOracleCase("exported key without value", "export A\n", environment: [:], override: true,
                         raw: [("A", nil)], values: ["A": nil], skipped: 0),
        DotenvOracleCase("single quotes are literal", "A='a b # not a comment'\n", environment: [:], override: true,
                         raw: [("A", "a b # not a comment")], values: ["A": "a b # not a comment"], skipped: 0),
        DotenvOracleCase("single-quote escapes", "A='it\\'s \\\\ and \\n'\n", environment: [:], override: true,
                         raw: [("A", "it's \\ and \\n")], values: ["A": "it's \\ and \\n"], skipped: 0),
        DotenvOracleCase("double-quote escapes", "A=\"a\\nb\\t\\\"c\\\" \\\\ \\x41 \\'\"\n", environment: [:], override: true,
                         raw: [("A", "a\nb\t\"c\" \\ \\x41 '")], values: ["A": "a\nb\t\"c\" \\ \\x41 '"], skipped: 0),
        DotenvOracleCase("double-quote control escapes", "A=\"\\a\\b\\f\\r\\v\"\n", environment: [:], override: true,
                         raw: [("A", "\u{7}\u{8}\u{C}\r\u{B}")], values: ["A": "\u{7}\u{8}\u{C}\r\u{B}"], skipped: 0),
        DotenvOracleCase("escaped backslash before n", "A=\"\\\\n\"\n", environment: [:], override: true,
                         raw: [("A", "\\n")], values: ["A": "\\n"], skipped: 0),
        DotenvOracleCase("multi-line double-quoted", "A=\"line one\nline two\"\nB=2\n", environment: [:], override: true,
                         raw: [("A", "line one\nline two"), ("B", "2")], values: ["A": "line one\nline two", "B": "2"], skipped: 0),
        DotenvOracleCase("multi-line single-quoted", "A='line one\nline two'\nB=2\n", environment: [:], override: true,
                         raw: [("A", "line one\nline two"), ("B", "2")], values: ["A": "line one\nline two", "B": "2"], skipped: 0),
        DotenvOracleCase("multi-line single-quoted with escaped quote", "A='it\\'s\nfine'\n", environment: [:], override: true,
                         raw: [("A", "it's\nfine")], values: ["A": "it's\nfine"], skipped: 0),
        DotenvOracleCase("unquoted inline comment", "A=abc # comment\n", environment: [:], override: true,
                         raw: [("A", "abc")], values: ["A": "abc"], skipped: 0),
        DotenvOracleCase("hash without space is value", "A=abc#def\n", environment: [:], override: true,
                         raw: [("A", "abc#def")], values: ["A": "abc#def"], skipped: 0),
        DotenvOracleCase("url fragment", "A=http://x/#frag\n", environment: [:], override: true,
                         raw: [("A", "http://x/#frag")], values: ["A": "http://x/#frag"], skipped: 0),
        DotenvOracleCase("hash right after equals and space", "A= # looks like a comment\n", environment: [:], override: true,
                         raw: [("A", "# looks like a comment")], values: ["A": "# looks like a comment"], skipped: 0),
        DotenvOracleCase("empty value", "A=\n", environment: [:], override: true,
                         raw: [("A", "")], values: ["A": ""], skipped: 0),
        DotenvOracleCase("empty value with spaces", "A=   \nB=1\n", environment: [:], override: true,
                         raw: [("A", ""), ("B", "1")], values: ["A": "", "B": "1"], skipped: 0),
        DotenvOracleCase("empty quotes", "A=\"\"\nB=''\n", environment: [:], override: true,
                         raw: [("A", ""), ("B", "")], values: ["A": "", "B": ""], skipped: 0),
        DotenvOracleCase("key without equals", "A\nB=1\n", environment: [:], override: true,
                         raw: [("A", nil), ("B", "1")], values: ["A": nil, "B": "1"], skipped: 0),
        DotenvOracleCase("key without equals then comment", "A # comment\n", environment: [:], override: true,
                         raw: [("A", nil)], values: ["A": nil], skipped: 0),
        DotenvOracleCase("hash ends an unquoted key", "FOO#x=1\n", environment: [:], override: true,
                         raw: [("FOO", nil)], values: ["FOO": nil], skipped: 0),
        DotenvOracleCase("comments and blank lines", "# top\n\n  # indented\nA=1\n\n\n", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 0),
        DotenvOracleCase("crlf line ends", "A=1\r\nB=two words\r\n", environment: [:], override: true,
                         raw: [("A", "1"), ("B", "two words")], values: ["A": "1", "B": "two words"], skipped: 0),
        DotenvOracleCase("lone cr line ends", "A=1\rB=2\r", environment: [:], override: true,
                         raw: [("A", "1"), ("B", "2")], values: ["A": "1", "B": "2"], skipped: 0),
        DotenvOracleCase("crlf inside double quotes", "A=\"x\r\ny\"\r\nB=1\r\n", environment: [:], override: true,
                         raw: [("A", "x\ny"), ("B", "1")], values: ["A": "x\ny", "B": "1"], skipped: 0),
        DotenvOracleCase("key and word", "BAR baz\nC=1\n", environment: [:], override: true,
                         raw: [("C", "1")], values: ["C": "1"], skipped: 1),
        DotenvOracleCase("no key before equals", "=1\nC=1\n", environment: [:], override: true,
                         raw: [("C", "1")], values: ["C": "1"], skipped: 1),
        DotenvOracleCase("unterminated double quote", "A=\"abc\nB=1\n", environment: [:], override: true,
                         raw: [("B", "1")], values: ["B": "1"], skipped: 1),
        DotenvOracleCase("unterminated single quote", "A='abc\nB=1\n", environment: [:], override: true,
                         raw: [("B", "1")], values: ["B": "1"], skipped: 1),
        DotenvOracleCase("text after closing quote", "A=\"x\" y\nB=1\n", environment: [:], override: true,
                         raw: [("B", "1")], values: ["B": "1"], skipped: 1),
        DotenvOracleCase("comment after closing quote", "A=\"x\" # note\n", environment: [:], override: true,
                         raw: [("A", "x")], values: ["A": "x"], skipped: 0),
        DotenvOracleCase("escaped quote fallback at end", "A=\"a\\\\\"", environment: [:], override: true,
                         raw: [("A", "a\\")], values: ["A": "a\\"], skipped: 0),
        DotenvOracleCase("escaped quote swallows lines", "A=\"a\\\\\"\nB=\"x\"\nC=1\n", environment: [:], override: true,
                         raw: [("C", "1")], values: ["C": "1"], skipped: 1),
        DotenvOracleCase("escaped quotes inside", "A=\"say \\\"hi\\\"\"\n", environment: [:], override: true,
                         raw: [("A", "say \"hi\"")], values: ["A": "say \"hi\""], skipped: 0),
        DotenvOracleCase("reference to earlier key", "A=x\nB=${A}/y\n", environment: [:], override: true,
                         raw: [("A", "x"), ("B", "${A}/y")], values: ["A": "x", "B": "x/y"], skipped: 0),
        DotenvOracleCase("reference to environment", "B=${HOME_DIR}/bin\n", environment: ["HOME_DIR": "/home/u"], override: true,
                         raw: [("B", "${HOME_DIR}/bin")], values: ["B": "/home/u/bin"], skipped: 0),
        DotenvOracleCase("default used", "B=${MISSING:-fallback}\n", environment: [:], override: true,
                         raw: [("B", "${MISSING:-fallback}")], values: ["B": "fallback"], skipped: 0),
        DotenvOracleCase("empty default", "B=[${MISSING:-}]\n", environment: [:], override: true,
                         raw: [("B", "[${MISSING:-}]")], values: ["B": "[]"], skipped: 0),
        DotenvOracleCase("file wins over environment", "A=file\nB=${A}\n", environment: ["A": "env"], override: true,
                         raw: [("A", "file"), ("B", "${A}")], values: ["A": "file", "B": "file"], skipped: 0),
        DotenvOracleCase("environment wins without override", "A=file\nB=${A}\n", environment: ["A": "env"], override: false,
                         raw: [("A", "file"), ("B", "${A}")], values: ["A": "file", "B": "env"], skipped: 0),
        DotenvOracleCase("reference to key without value", "A\nB=${A:-dflt}\n", environment: [:], override: true,
                         raw: [("A", nil), ("B", "${A:-dflt}")], values: ["A": nil, "B": ""], skipped: 0),
        DotenvOracleCase("bare dollar not expanded", "A=x\nB=$A\n", environment: [:], override: true,
                         raw: [("A", "x"), ("B", "$A")], values: ["A": "x", "B": "$A"], skipped: 0),
        DotenvOracleCase("single-quoted values are expanded too", "A=x\nB='${A}'\n", environment: [:], override: true,
                         raw: [("A", "x"), ("B", "${A}")], values: ["A": "x", "B": "x"], skipped: 0),
        DotenvOracleCase("colon-equals form is literal", "B=${A:=x}\n", environment: ["A": "a"], override: true,
                         raw: [("B", "${A:=x}")], values: ["B": "${A:=x}"], skipped: 0),
        DotenvOracleCase("dash form is an odd name", "B=${A-x}\n", environment: ["A": "a"], override: true,
                         raw: [("B", "${A-x}")], values: ["B": ""], skipped: 0),
        DotenvOracleCase("empty name", "B=[${}]\n", environment: [:], override: true,
                         raw: [("B", "[${}]")], values: ["B": "[]"], skipped: 0),
        DotenvOracleCase("nested default", "A=a\nB=${X:-${A}}\n", environment: [:], override: true,
                         raw: [("A", "a"), ("B", "${X:-${A}}")], values: ["A": "a", "B": "${A}"], skipped: 0),
        DotenvOracleCase("backslash before dollar", "A=a\nB=\"\\${A}\"\n", environment: [:], override: true,
                         raw: [("A", "a"), ("B", "\\${A}")], values: ["A": "a", "B": "\\a"], skipped: 0),
        DotenvOracleCase("later reference sees earlier value only", "B=${A}\nA=x\n", environment: [:], override: true,
                         raw: [("B", "${A}"), ("A", "x")], values: ["B": "", "A": "x"], skipped: 0),
        DotenvOracleCase("duplicate keys, last wins", "A=1\nA=2\n", environment: [:], override: true,
                         raw: [("A", "1"), ("A", "2")], values: ["A": "2"], skipped: 0),
        DotenvOracleCase("quoted key", "'my key'=1\n", environment: [:], override: true,
                         raw: [("my key", "1")], values: ["my key": "1"], skipped: 0),
        DotenvOracleCase("non-ascii key and value", "CL\u{C9}=\u{E9}t\u{E9}\n", environment: [:], override: true,
                         raw: [("CL\u{C9}", "\u{E9}t\u{E9}")], values: ["CL\u{C9}": "\u{E9}t\u{E9}"], skipped: 0),
        DotenvOracleCase("no-break space before hash", "A=x\u{A0}# c\n", environment: [:], override: true,
                         raw: [("A", "x")], values: ["A": "x"], skipped: 0),
        DotenvOracleCase("trailing spaces dropped", "A=x   \n", environment: [:], override: true,
                         raw: [("A", "x")], values: ["A": "x"], skipped: 0),
        DotenvOracleCase("leading spaces", "   A=1\n\tB=2\n", environment: [:], override: true,
                         raw: [("A", "1"), ("B", "2")], values: ["A": "1", "B": "2"], skipped: 0),
        DotenvOracleCase("spaces around equals", "A = 1\nB\t=\t2\n", environment: [:], override: true,
                         raw: [("A", "1"), ("B", "2")], values: ["A": "1", "B": "2"], skipped: 0),
        DotenvOracleCase("equals inside value", "A=b=c\n", environment: [:], override: true,
                         raw: [("A", "b=c")], values: ["A": "b=c"], skipped: 0),
        DotenvOracleCase("closing quote at end of file", "A=\"x\"", environment: [:], override: true,
                         raw: [("A", "x")], values: ["A": "x"], skipped: 0),
        DotenvOracleCase("text glued after quote", "A=\"x\"B=1\n", environment: [:], override: true,
                         raw: [], values: [:], skipped: 1),
        DotenvOracleCase("only comments", "# a\n# b\n", environment: [:], override: true,
                         raw: [], values: [:], skipped: 0),
        DotenvOracleCase("empty file", "", environment: [:], override: true,
                         raw: [], values: [:], skipped: 0),
        DotenvOracleCase("unparsable after blank lines", "A=1\n\n\nbad line\nZ=1\n", environment: [:], override: true,
                         raw: [("A", "1"), ("Z", "1")], values: ["A": "1", "Z": "1"], skipped: 1),
        DotenvOracleCase("export then end of file", "A=1\nexport ", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 1),
        DotenvOracleCase("export then comment", "export # c\nA=1\n", environment: [:], override: true,
                         raw: [("A", "1")], values: ["A": "1"], skipped: 0),
        DotenvOracleCase("line separator inside unquoted value", "A=x\u{2028}y\n", environment: [:], override: true,
                         raw: [("A", "x\u{2028}y")], values: ["A": "x\u{2028}y"], skipped: 0),
        DotenvOracleCase("vertical tab before hash", "A=x\u{B}# c\n", environment: [:], override: true,
                         raw: [("A", "x")], values: ["A": "x"], skipped: 0),
        DotenvOracleCase("single-quoted value swallows an escaped quote", "A='x\\'\n", environment: [:], override: true,
                         raw: [("A", "x\\")], values: ["A": "x\\"], skipped: 0),
    ]
}
