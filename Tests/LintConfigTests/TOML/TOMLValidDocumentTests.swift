import Testing
@testable import LintConfig

/// Documents TOML 1.0 accepts, each with the whole table it must read as. Written from the
/// spec's rules (https://toml.io/en/v1.0.0), one concern per case.
@Suite struct TOMLValidDocumentTests {
    struct Case: CustomTestStringConvertible {
        let toml: String
        let expected: String
        init(_ toml: String, _ expected: String) { self.toml = toml; self.expected = expected }
        var testDescription: String { toml.debugDescription }
    }

    static let keys: [Case] = [
        Case("", "{}"),
        Case("# only a comment\n\n   \n", "{}"),
        Case("name = 1", "{name: 1}"),
        Case("bare_key-2 = 1\n", "{bare_key-2: 1}"),
        Case("1234 = 'digits are a bare key'\n", #"{1234: "digits are a bare key"}"#),
        Case("\"quoted key\" = 1\n", #"{"quoted key": 1}"#),
        Case("'literal \\ key' = 1\n", #"{"literal \\ key": 1}"#),
        Case("\"\" = 'empty quoted key'\n", #"{"": "empty quoted key"}"#),
        Case("\"\\u0041\\u00e9\" = 1\n", #"{"Aé": 1}"#),
        Case("a.b.c = 1\n", "{a: {b: {c: 1}}}"),
        Case("a . b\t.  c = 1\n", "{a: {b: {c: 1}}}"),
        Case("site.\"google.com\" = true\n", #"{site: {"google.com": true}}"#),
        Case("3.14159 = 'pi'\n", #"{3: {14159: "pi"}}"#),
        Case("a.b = 1\na.c = 2\nd = 3\n", "{a: {b: 1, c: 2}, d: 3}"),
        Case("\t  key\t=\t'indented'   # trailing comment\n", #"{key: "indented"}"#),
        Case("a=1\nb=2", "{a: 1, b: 2}"),
        Case("a = 1\r\nb = 2\r\n", "{a: 1, b: 2}"),
        Case("\u{FEFF}a = 1\n", "{a: 1}"),
        Case("\"é\" = 1\n\"e\u{301}\" = 2\n", #"{"é": 1, "é": 2}"#),
        Case("a = 1 # comment with \t tab and é\n", "{a: 1}"),
    ]

    static let strings: [Case] = [
        Case(#"s = "tab\there""#, #"{s: "tab\there"}"#),
        Case(#"s = "\b\t\n\f\r\"\\""#, #"{s: "\u{8}\t\n\u{c}\r\"\\"}"#),
        Case(#"s = "\u00E9 \U0001F600""#, #"{s: "é 😀"}"#),
        Case(#"s = "raw é and emoji 😀""#, #"{s: "raw é and emoji 😀"}"#),
        Case(#"s = 'C:\Users\no escapes'"#, #"{s: "C:\\Users\\no escapes"}"#),
        Case(#"s = '"quoted" inside'"#, #"{s: "\"quoted\" inside"}"#),
        Case(#"s = """""""#, #"{s: ""}"#),
        Case("s = '''\n'''", #"{s: ""}"#),
        Case("s = \"\"\"\nfirst\nsecond\"\"\"", #"{s: "first\nsecond"}"#),
        Case("s = \"\"\"\r\nfirst\r\nsecond\"\"\"", #"{s: "first\nsecond"}"#),
        Case("s = \"\"\"no newline trimmed\n\"\"\"", #"{s: "no newline trimmed\n"}"#),
        Case("s = \"\"\"one \\\n    two \\  \n\n  three\"\"\"", #"{s: "one two three"}"#),
        Case("s = \"\"\"a\\\\\nb\"\"\"", #"{s: "a\\\nb"}"#),
        Case("s = \"\"\"quote \" and two \"\" inside\"\"\"", #"{s: "quote \" and two \"\" inside"}"#),
        Case("s = \"\"\"ends with two quotes\"\"\"\"\"", #"{s: "ends with two quotes\"\""}"#),
        Case("s = \"\"\"\"one quote first\"\"\"", #"{s: "\"one quote first"}"#),
        Case("s = '''\nC:\\raw\\path\n  keeps 'single' quotes'''", #"{s: "C:\\raw\\path\n  keeps 'single' quotes"}"#),
        Case("s = '''two quotes at the end'''''", #"{s: "two quotes at the end''"}"#),
        Case("s = \"\"\"tab\tinside\"\"\"", #"{s: "tab\tinside"}"#),
        Case("s = \"\"\"# not a comment\n[not a table]\nkey = 'not a key'\"\"\"",
             ##"{s: "# not a comment\n[not a table]\nkey = 'not a key'"}"##),
    ]

    static let numbers: [Case] = [
        Case("i = [0, +0, -0, 42, +17, -17, 1_000, 5_349_221, 1_2_3_4]",
             "{i: [0, 0, 0, 42, 17, -17, 1000, 5349221, 1234]}"),
        Case("i = [0xDEADBEEF, 0xdead_beef, 0x0, 0x00ff]", "{i: [3735928559, 3735928559, 0, 255]}"),
        Case("i = [0o755, 0o0_7, 0b1101, 0b1_0]", "{i: [493, 7, 13, 2]}"),
        Case("i = [9223372036854775807, -9223372036854775808]", "{i: [9223372036854775807, -9223372036854775808]}"),
        Case("i = 0x7FFFFFFFFFFFFFFF", "{i: 9223372036854775807}"),
        Case("f = [1.0, +1.5, -0.01, 3.1415, 0.0, -0.0]", "{f: [1.0, 1.5, -0.01, 3.1415, 0.0, -0.0]}"),
        Case("f = [5e+22, 1e06, -2E-2, 6.626e-34, 1e1_0, 0e0]",
             "{f: [5e+22, 1000000.0, -0.02, 6.626e-34, 10000000000.0, 0.0]}"),
        Case("f = [224_617.445_991, 9_224_617.445_991_227]", "{f: [224617.445991, 9224617.445991227]}"),
        Case("f = [inf, +inf, -inf, nan, +nan, -nan]", "{f: [inf, inf, -inf, nan, nan, nan]}"),
        Case("f = 1e400", "{f: inf}"),
        Case("f = 0.1e-2", "{f: 0.001}"),
    ]

    static let others: [Case] = [
        Case("b = [true, false]", "{b: [true, false]}"),
        Case("d = 1979-05-27T07:32:00Z", "{d: 1979-05-27T07:32:00+00:00}"),
        Case("d = 1979-05-27t07:32:00z", "{d: 1979-05-27T07:32:00+00:00}"),
        Case("d = 1979-05-27T00:32:00-07:00", "{d: 1979-05-27T00:32:00-07:00}"),
        Case("d = 1979-05-27T00:32:00.999999+05:30", "{d: 1979-05-27T00:32:00.999999000+05:30}"),
        Case("d = 1979-05-27 07:32:00Z", "{d: 1979-05-27T07:32:00+00:00}"),
        Case("d = 1979-05-27T07:32:00", "{d: 1979-05-27T07:32:00}"),
        Case("d = 1979-05-27T07:32:00.5", "{d: 1979-05-27T07:32:00.500000000}"),
        Case("d = 1979-05-27T07:32:00.1234567891234", "{d: 1979-05-27T07:32:00.123456789}"),
        Case("d = 1979-05-27", "{d: 1979-05-27}"),
        Case("d = 2024-02-29 # a leap day", "{d: 2024-02-29}"),
        Case("d = 2000-02-29", "{d: 2000-02-29}"),
        Case("t = 07:32:00", "{t: 07:32:00}"),
        Case("t = 00:32:00.25", "{t: 00:32:00.250000000}"),
        Case("t = 23:59:60", "{t: 23:59:60}"),
        Case("a = []", "{a: []}"),
        Case("a = [ 1, 2, 3, ]", "{a: [1, 2, 3]}"),
        Case("a = [\"mixed\", 1, 2.0, [true], {x = 1}]", #"{a: ["mixed", 1, 2.0, [true], {x: 1}]}"#),
        Case("a = [\n  1, # one\n  # between\n  2\n\n]\n", "{a: [1, 2]}"),
        Case("a = [[1, 2], ['a', \"b\"], [[[]]]]", #"{a: [[1, 2], ["a", "b"], [[[]]]]}"#),
        Case("a = [\n  '''multi\nline''',\n]", #"{a: ["multi\nline"]}"#),
        Case("t = {}", "{t: {}}"),
        Case("t = { x = 1, y = 'two' }", #"{t: {x: 1, y: "two"}}"#),
        Case("t = {a.b = 1, a.c = 2, d = {e = []}}", "{t: {a: {b: 1, c: 2}, d: {e: []}}}"),
        Case("t = { list = [\n 1,\n 2 ] }", "{t: {list: [1, 2]}}"),
        Case("points = [ { x = 1 }, { x = 2 } ]", "{points: [{x: 1}, {x: 2}]}"),
    ]

    static let tables: [Case] = [
        Case("[table]\nkey = 1\n", "{table: {key: 1}}"),
        Case("[empty]\n[other]\n", "{empty: {}, other: {}}"),
        Case("top = 1\n[t]\nin_t = 2\n", "{top: 1, t: {in_t: 2}}"),
        Case("[ a . \"b c\" . 'd' ]\n", #"{a: {"b c": {d: {}}}}"#),
        Case("[a.b.c]\n[a]\nx = 1\n", "{a: {b: {c: {}}, x: 1}}"),
        Case("[a.b.c]\n[a.b]\nx = 1\n", "{a: {b: {c: {}, x: 1}}}"),
        Case("[a]\nb.c = 1\n[a.b.d]\ne = 2\n", "{a: {b: {c: 1, d: {e: 2}}}}"),
        Case("[a.b.c]\nz = 9\n[a]\nb.t = 1\n", "{a: {b: {c: {z: 9}, t: 1}}}"),
        Case("[x]\n[x.y]\n[x.z]\n[w]\n", "{x: {y: {}, z: {}}, w: {}}"),
        Case("[[items]]\nn = 1\n[[items]]\n[[items]]\nn = 3\n", "{items: [{n: 1}, {}, {n: 3}]}"),
        Case("[[a.b]]\n[[a.b]]\nx = 1\n", "{a: {b: [{}, {x: 1}]}}"),
        Case("""
            [[fruit]]
            name = "apple"
            [fruit.physical]
            color = "red"
            [[fruit.variety]]
            name = "red delicious"
            [[fruit.variety]]
            name = "granny smith"
            [[fruit]]
            name = "banana"
            [[fruit.variety]]
            name = "plantain"
            """,
             #"{fruit: [{name: "apple", physical: {color: "red"}, variety: [{name: "red delicious"}, "#
             + #"{name: "granny smith"}]}, {name: "banana", variety: [{name: "plantain"}]}]}"#),
        Case("[[a]]\nb.c = 1\n[[a]]\nb.c = 2\n", "{a: [{b: {c: 1}}, {b: {c: 2}}]}"),
        Case("[[a]]\n[a.b]\nx = 1\n[[a]]\n[a.b]\nx = 2\n", "{a: [{b: {x: 1}}, {b: {x: 2}}]}"),
        Case("[\"quoted.dot\"]\nk = 1\n", #"{"quoted.dot": {k: 1}}"#),
        Case("[t] # comment after a header\n[[u]]\t# and after an array header\n", "{t: {}, u: [{}]}"),
    ]

    @Test(arguments: keys + strings + numbers + others + tables)
    func readsAs(_ c: Case) throws {
        #expect(shape(try parseTOML(c.toml)) == c.expected)
    }
}
