# Writes DotenvOracleCases.swift from python-dotenv's own answers. Run from the package root:
#   python3 Tests/LintConfigTests/Fixtures/Dotenv/generate-oracle-cases.py > Tests/LintConfigTests/Dotenv/DotenvOracleCases.swift
# (needs python-dotenv; the Swift tests never call Python).
import os, logging, io
from dotenv import dotenv_values
from dotenv.main import DotEnv

warnings = []
class H(logging.Handler):
    def emit(self, rec): warnings.append(rec.getMessage())
logging.getLogger("dotenv.main").addHandler(H())
logging.getLogger("dotenv.main").setLevel(logging.WARNING)

cases = [
 ("plain binding", "A=1\n", {}, True),
 ("export prefix", "export A=1\n", {}, True),
 ("export with tabs and spaces", "export\t  A=1\n", {}, True),
 ("a key named export", "export=1\n", {}, True),
 ("exported key without value", "export A\n", {}, True),
 ("single quotes are literal", "A='a b # not a comment'\n", {}, True),
 ("single-quote escapes", "A='it\\'s \\\\ and \\n'\n", {}, True),
 ("double-quote escapes", "A=\"a\\nb\\t\\\"c\\\" \\\\ \\x41 \\'\"\n", {}, True),
 ("double-quote control escapes", "A=\"\\a\\b\\f\\r\\v\"\n", {}, True),
 ("escaped backslash before n", "A=\"\\\\n\"\n", {}, True),
 ("multi-line double-quoted", "A=\"line one\nline two\"\nB=2\n", {}, True),
 ("multi-line single-quoted", "A='line one\nline two'\nB=2\n", {}, True),
 ("multi-line single-quoted with escaped quote", "A='it\\'s\nfine'\n", {}, True),
 ("unquoted inline comment", "A=abc # comment\n", {}, True),
 ("hash without space is value", "A=abc#def\n", {}, True),
 ("url fragment", "A=http://x/#frag\n", {}, True),
 ("hash right after equals and space", "A= # looks like a comment\n", {}, True),
 ("empty value", "A=\n", {}, True),
 ("empty value with spaces", "A=   \nB=1\n", {}, True),
 ("empty quotes", "A=\"\"\nB=''\n", {}, True),
 ("key without equals", "A\nB=1\n", {}, True),
 ("key without equals then comment", "A # comment\n", {}, True),
 ("hash ends an unquoted key", "FOO#x=1\n", {}, True),
 ("comments and blank lines", "# top\n\n  # indented\nA=1\n\n\n", {}, True),
 ("crlf line ends", "A=1\r\nB=two words\r\n", {}, True),
 ("lone cr line ends", "A=1\rB=2\r", {}, True),
 ("crlf inside double quotes", "A=\"x\r\ny\"\r\nB=1\r\n", {}, True),
 ("key and word", "BAR baz\nC=1\n", {}, True),
 ("no key before equals", "=1\nC=1\n", {}, True),
 ("unterminated double quote", "A=\"abc\nB=1\n", {}, True),
 ("unterminated single quote", "A='abc\nB=1\n", {}, True),
 ("text after closing quote", "A=\"x\" y\nB=1\n", {}, True),
 ("comment after closing quote", "A=\"x\" # note\n", {}, True),
 ("escaped quote fallback at end", "A=\"a\\\\\"", {}, True),
 ("escaped quote swallows lines", "A=\"a\\\\\"\nB=\"x\"\nC=1\n", {}, True),
 ("escaped quotes inside", "A=\"say \\\"hi\\\"\"\n", {}, True),
 ("reference to earlier key", "A=x\nB=${A}/y\n", {}, True),
 ("reference to environment", "B=${HOME_DIR}/bin\n", {"HOME_DIR": "/home/u"}, True),
 ("default used", "B=${MISSING:-fallback}\n", {}, True),
 ("empty default", "B=[${MISSING:-}]\n", {}, True),
 ("file wins over environment", "A=file\nB=${A}\n", {"A": "env"}, True),
 ("environment wins without override", "A=file\nB=${A}\n", {"A": "env"}, False),
 ("reference to key without value", "A\nB=${A:-dflt}\n", {}, True),
 ("bare dollar not expanded", "A=x\nB=$A\n", {}, True),
 ("single-quoted values are expanded too", "A=x\nB='${A}'\n", {}, True),
 ("colon-equals form is literal", "B=${A:=x}\n", {"A": "a"}, True),
 ("dash form is an odd name", "B=${A-x}\n", {"A": "a"}, True),
 ("empty name", "B=[${}]\n", {}, True),
 ("nested default", "A=a\nB=${X:-${A}}\n", {}, True),
 ("backslash before dollar", "A=a\nB=\"\\${A}\"\n", {}, True),
 ("later reference sees earlier value only", "B=${A}\nA=x\n", {}, True),
 ("duplicate keys, last wins", "A=1\nA=2\n", {}, True),
 ("quoted key", "'my key'=1\n", {}, True),
 ("non-ascii key and value", "CL\u00c9=\u00e9t\u00e9\n", {}, True),
 ("no-break space before hash", "A=x\u00a0# c\n", {}, True),
 ("trailing spaces dropped", "A=x   \n", {}, True),
 ("leading spaces", "   A=1\n\tB=2\n", {}, True),
 ("spaces around equals", "A = 1\nB\t=\t2\n", {}, True),
 ("equals inside value", "A=b=c\n", {}, True),
 ("closing quote at end of file", "A=\"x\"", {}, True),
 ("text glued after quote", "A=\"x\"B=1\n", {}, True),
 ("only comments", "# a\n# b\n", {}, True),
 ("empty file", "", {}, True),
 ("unparsable after blank lines", "A=1\n\n\nbad line\nZ=1\n", {}, True),
 ("export then end of file", "A=1\nexport ", {}, True),
 ("export then comment", "export # c\nA=1\n", {}, True),
 ("line separator inside unquoted value", "A=x\u2028y\n", {}, True),
 ("vertical tab before hash", "A=x\x0b# c\n", {}, True),
 ("single-quoted value swallows an escaped quote", "A='x\\'\n", {}, True),
]

def swift(s):
    if s is None: return "nil"
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\": out.append("\\\\")
        elif ch == '"': out.append('\\"')
        elif ch == "\n": out.append("\\n")
        elif ch == "\r": out.append("\\r")
        elif ch == "\t": out.append("\\t")
        elif o < 0x20 or o >= 0x7f: out.append("\\u{%X}" % o)
        else: out.append(ch)
    return '"' + "".join(out) + '"'

import tempfile
p = os.path.join(tempfile.mkdtemp(), "case.env")
lines = []
for name, text, env, override in cases:
    with open(p, "w", newline="") as f: f.write(text)
    saved = dict(os.environ); os.environ.clear(); os.environ.update(env)
    try:
        warnings.clear()
        raw = list(DotEnv(p, interpolate=False, encoding="utf-8").parse())
        count = len(warnings)
        vals = dict(DotEnv(p, encoding="utf-8", override=override).dict())
    finally:
        os.environ.clear(); os.environ.update(saved)
    rawS = ", ".join("(%s, %s)" % (swift(k), swift(v)) for k, v in raw)
    valS = ", ".join("%s: %s" % (swift(k), swift(v)) for k, v in vals.items()) or ":"
    envS = ", ".join("%s: %s" % (swift(k), swift(v)) for k, v in env.items()) or ":"
    lines.append("        DotenvOracleCase(%s, %s, environment: [%s], override: %s,\n                         raw: [%s], values: [%s], skipped: %d)," % (
        swift(name), swift(text), envS, "true" if override else "false", rawS, valS, count))

print("""// Generated from python-dotenv 1.2.2 (`DotEnv(...).parse()` without interpolation for `raw`,
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
    static let all: [DotenvOracleCase] = [""")
print("\n".join(lines))
print("""    ]
}""")
