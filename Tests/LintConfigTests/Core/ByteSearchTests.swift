import Testing
@testable import LintConfig

/// `ByteSearch` stands in for Foundation's `contains`, `range(of:)` and
/// `replacingOccurrences(of:with:)` on hot paths: the same answers for ASCII needles, in any text.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("in {environments} only", "{environments}", 3), ("abc", "abc", 0), ("abc", "", 0),
        ("ab", "abc", nil), ("ünïcode lint-config", "lint-config", 10), ("", "x", nil), ("aaab", "aab", 1),
    ] as [(String, String, Int?)])
    func findsTheFirstByteOffset(text: String, needle: String, offset: Int?) {
        #expect(ByteSearch.firstOffset(of: needle, in: text) == offset)
        #expect(ByteSearch.contains(text, needle) == (offset != nil))
    }

    @Test(arguments: [
        "in {environments}.", "{environments}{environments}", "none here", "", "ä {environments} ö",
        "{environment} {environments", "x{environments}x{environments}",
    ])
    func replacesAsFoundationDoes(text: String) {
        let expected = text.replacingOccurrences(of: "{environments}", with: "staging and production")
        #expect(ByteSearch.replacing("{environments}", with: "staging and production", in: text) == expected)
    }

    @Test func overlappingOccurrencesAreReplacedLeftToRight() {
        #expect(ByteSearch.replacing("aa", with: "b", in: "aaaaa") == "bba")
    }

    @Test(arguments: [
        ("x-anchors", "^x-", true), ("images", "^x-", false), ("box-x-", "^x-", false),
        ("x-anchors", "^x-a.*s$", true), ("x-b", "^x-a.*s$", false), ("proxy", "prox", true),
    ])
    func schemaKeyPatternsMatchAsRegularExpressions(key: String, pattern: String, matches: Bool) {
        #expect(StructureValidator.key(key, matches: pattern) == matches)
    }
}
