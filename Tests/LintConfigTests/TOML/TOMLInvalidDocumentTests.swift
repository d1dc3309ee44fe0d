import Testing
@testable import LintConfig

/// Documents TOML 1.0 calls invalid: each must be an `InputError` exactly where the marker
/// (1️⃣) stands, in words that start with "invalid TOML". Written from the spec's rules, one
/// fault per case.
@Suite struct TOMLInvalidDocumentTests {
    struct Case: CustomTestStringConvertible {
        let marked: String
        init(_ marked: String) { self.marked = marked }
        var testDescription: String { marked.debugDescription }
    }

    static let keys: [Case] = [
        Case("1️⃣= 1"),
        Case("a 1️⃣b = 1"),
        Case("a1️⃣"),
        Case("key1️⃣\n= 1"),
        Case("a. 1️⃣= 1"),
        Case("a.1️⃣.b = 1"),
        Case("1️⃣.a = 1"),
        Case("1️⃣\"\"\"key\"\"\" = 1"),
        Case("1️⃣'''key''' = 1"),
        Case("a = 1\n1️⃣a = 2"),
        Case("a = 1\n1️⃣\"a\" = 2"),
        Case("'b' = 1\n1️⃣b = 2"),
        Case("1️⃣é = 1"),
        Case("a = 1️⃣"),
        Case("a = 1️⃣\nb = 1"),
        Case("a = 1 1️⃣b = 2"),
        Case("a = \"x\" 1️⃣\"y\""),
        Case("a = 1 # bell 1️⃣\u{7} in a comment"),
        Case("# DEL 1️⃣\u{7F} in a comment"),
        Case("a = 11️⃣\rb = 2"),
        Case("1️⃣\u{7F} = 1"),
        Case("a.b = 1\n1️⃣a = 2"),
        Case("a.b = 1\na.1️⃣b.c = 2"),
        Case("a = 1\n1️⃣a.b = 2"),
    ]

    static let strings: [Case] = [
        Case("s = 1️⃣\"not closed\n"),
        Case("s = 1️⃣'not closed\nt = 1"),
        Case("s = 1️⃣\"not closed"),
        Case("s = \"bad 1️⃣\\x escape\""),
        Case("s = \"1️⃣\\e is TOML 1.1\""),
        Case("s = \"1️⃣\\u12\""),
        Case("s = \"1️⃣\\uD800\""),
        Case("s = \"1️⃣\\U00110000\""),
        Case("s = \"1️⃣\\"),
        Case("s = \"a 1️⃣\\\nb\""),
        Case("s = \"nul 1️⃣\u{0} inside\""),
        Case("s = \"del 1️⃣\u{7F}\""),
        Case("s = 'esc 1️⃣\u{1B} inside'"),
        Case("s = 1️⃣\"\"\"never closed\n"),
        Case("s = 1️⃣'''never closed\n''"),
        Case("s = \"\"\"ab1️⃣\"\"\"\"\"\""),
        Case("s = '''ab1️⃣''''''"),
        Case("s = '''a 1️⃣\u{1}'''"),
        Case("s = \"\"\"a1️⃣\rb\"\"\""),
        Case("s = \"\"\"1️⃣\\ x\n\"\"\""),
        Case("s = \"\"\"bell 1️⃣\u{7}\"\"\""),
        Case("s = \"\"\"1️⃣\"\"\"\"\"\""),
    ]

    static let numbers: [Case] = [
        Case("i = 1️⃣01"),
        Case("i = 1️⃣-01"),
        Case("i = 1️⃣1__2"),
        Case("i = 1️⃣_1"),
        Case("i = 1️⃣1_"),
        Case("i = 1️⃣+0x10"),
        Case("i = 1️⃣-0b1"),
        Case("i = 1️⃣0x"),
        Case("i = 1️⃣0xG1"),
        Case("i = 1️⃣0x_1"),
        Case("i = 1️⃣0x1_"),
        Case("i = 1️⃣0o8"),
        Case("i = 1️⃣0b2"),
        Case("i = 1️⃣0X10"),
        Case("i = 1️⃣9223372036854775808"),
        Case("i = 1️⃣-9223372036854775809"),
        Case("i = 1️⃣0x8000000000000000"),
        Case("i = 1️⃣1a"),
        Case("i = 1️⃣1-2"),
        Case("i = 11️⃣:2"),
        Case("f = 1️⃣1."),
        Case("f = 1️⃣.5"),
        Case("f = 1️⃣1e"),
        Case("f = 1️⃣1e+"),
        Case("f = 1️⃣1.e5"),
        Case("f = 1️⃣1._5"),
        Case("f = 1️⃣1e_5"),
        Case("f = 1️⃣1.5_"),
        Case("f = 1️⃣03.14"),
        Case("f = 1️⃣1.5.6"),
        Case("f = 1️⃣1e5e6"),
        Case("f = 1️⃣inf_"),
        Case("f = 1️⃣infinity"),
        Case("f = 1️⃣Inf"),
        Case("f = 1️⃣NaN"),
        Case("f = 1️⃣nan1"),
        Case("f = 1️⃣0x1.5"),
        Case("f = 1️⃣++1"),
        Case("b = 1️⃣True"),
        Case("b = 1️⃣tru"),
        Case("b = 1️⃣truex"),
        Case("b = 1️⃣yes"),
    ]

    static let dates: [Case] = [
        Case("d = 1️⃣1979-13-01"),
        Case("d = 1️⃣1979-00-10"),
        Case("d = 1️⃣1979-02-30"),
        Case("d = 1️⃣2023-02-29"),
        Case("d = 1️⃣1900-02-29"),
        Case("d = 1️⃣1979-04-31"),
        Case("d = 1️⃣1979-05-00"),
        Case("d = 1️⃣1979-05-27T24:00:00"),
        Case("d = 1️⃣1979-05-27T07:60:00"),
        Case("d = 1️⃣1979-05-27T07:32:61"),
        Case("d = 1️⃣1979-05-27T07:32"),
        Case("d = 1️⃣1979-5-27"),
        Case("d = 1️⃣1979-05-27T07:32:00."),
        Case("d = 1️⃣1979-05-27T07:32:00+7:00"),
        Case("d = 1️⃣1979-05-27T07:32:00+24:00"),
        Case("d = 1️⃣1979-05-27T07:32:00+05:60"),
        Case("d = 1️⃣1979-05-27T07:32:00+0530"),
        Case("d = 1979-05-271️⃣Z"),
        Case("d = 1️⃣1979-05-27T"),
        Case("d = 1️⃣1979-05-27 07:32"),
        Case("d = 1979-05-27 1️⃣7:32:00"),
        Case("t = 1️⃣07:32"),
        Case("t = 71️⃣:32:00"),
        Case("t = 07:32:001️⃣Z"),
        Case("t = 07:32:001️⃣+01:00"),
        Case("t = 1️⃣25:00:00"),
    ]

    static let arraysAndInlineTables: [Case] = [
        Case("a = 1️⃣[1, 2"),
        Case("a = 1️⃣[\n1,\n"),
        Case("a = [1 1️⃣2]"),
        Case("a = [1️⃣,]"),
        Case("a = [1,1️⃣,2]"),
        Case("a = [1️⃣=]"),
        Case("a = [1 # comment\n1️⃣2]"),
        Case("a = [1]1️⃣]"),
        Case("t = {a = 1,1️⃣}"),
        Case("t = 1️⃣{a = 1\n}"),
        Case("t = 1️⃣{\n}"),
        Case("t = 1️⃣{a = \n1}"),
        Case("t = {a = 1 1️⃣b = 2}"),
        Case("t = {a = 1, 1️⃣a = 2}"),
        Case("t = {a.b = 1, 1️⃣a = 2}"),
        Case("t = {a = {b = 1}, 1️⃣a.c = 2}"),
        Case("t = {a 1️⃣1}"),
        Case("t = {1️⃣,}"),
        Case("t = {a = 1}\n1️⃣t.b = 2"),
        Case("t = {a = 1}\n[1️⃣t]"),
        Case("t = {a = 1}\n[1️⃣t.b]"),
        Case("t = {}\n[[1️⃣t]]"),
        Case("[x]\nt = {a = 1}\n[x.1️⃣t.b]"),
        Case("t = {a = 1 1️⃣# no comments inside\n}"),
    ]

    static let tables: [Case] = [
        Case("[1️⃣]"),
        Case("[ 1️⃣]"),
        Case("[a1️⃣"),
        Case("[a1️⃣\nb = 1"),
        Case("[[a1️⃣] ]"),
        Case("[[a1️⃣]"),
        Case("[a]1️⃣]"),
        Case("[ 1️⃣[a] ]"),
        Case("[a]1️⃣b = 1"),
        Case("[a] 1️⃣[b]"),
        Case("[1️⃣#a]"),
        Case("[a.1️⃣]"),
        Case("[a]\n[1️⃣a]"),
        Case("[a]\nx = 1\n[b]\n[1️⃣a]"),
        Case("[a.b]\n[a]\n[1️⃣a]"),
        Case("[a.b]\n[a.1️⃣b]"),
        Case("[a]\nb = 1\n[a.1️⃣b]"),
        Case("a = 1\n[1️⃣a]"),
        Case("[a]\nb.c = 1\n[a.1️⃣b]"),
        Case("[a]\nb.c.d = 1\n[a.b.1️⃣c]"),
        Case("a.b = 1\n[1️⃣a]"),
        Case("[a.b]\nc = 1\n[a]\n1️⃣b.d = 2"),
        Case("[a.b.c]\nz = 9\n[a]\nb.1️⃣c.t = 1"),
        Case("[a]\nb.c = 1\n[a.x]\n[a.b.c]\n"),
        Case("[[a]]\n[1️⃣a]"),
        Case("[a]\n[[1️⃣a]]"),
        Case("[a.b]\n[[1️⃣a]]"),
        Case("a = [1]\n[[1️⃣a]]"),
        Case("a = []\n[1️⃣a.b]"),
        Case("a = 'x'\n[1️⃣a.b]"),
        Case("[[x.a]]\n[x]\n1️⃣a.c = 1"),
        Case("[a.b]\n[[a.1️⃣b]]"),
        Case("[[a.b]]\n[a.1️⃣b]"),
        Case("[fruit]\napple.color = 'red'\n[fruit.1️⃣apple]"),
    ]

    @Test(arguments: keys + strings + numbers + dates + arraysAndInlineTables + tables)
    func isAnErrorAtTheMarker(_ c: Case) throws {
        let marked = MarkedText(c.marked, path: "t.toml")
        guard let expected = marked.markers[1] else {
            // A case without a marker must still fail (written that way when the place is the
            // only interesting part of it).
            #expect(throws: InputError.self) { try parseTOML(marked.text) }
            return
        }
        let error = #expect(throws: InputError.self) { try parseTOML(marked.text) }
        #expect(error?.location == expected, "\(error?.description ?? "")")
        #expect(error?.message.hasPrefix("invalid TOML: ") == true)
    }
}
