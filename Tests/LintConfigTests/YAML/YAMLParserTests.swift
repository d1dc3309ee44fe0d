import Testing
@testable import LintConfig

/// The YAML front end: libyaml's events turned into Psych-shaped trees, with marks, anchors,
/// merge keys, duplicate keys, bounds, and libyaml's errors as located `InputError`s.
@Suite struct YAMLParserTests {
    // MARK: - Helpers

    func at(_ line: Int, _ column: Int, _ path: String = "test.yml") -> Location {
        Location(path: path, line: line, column: column)
    }

    /// The single document of `text`.
    func root(_ text: String) throws -> YAMLNode {
        let stream = try parseYAML(text)
        #expect(stream.documents.count == 1)
        return try #require(stream.root)
    }

    func keys(_ node: YAMLNode?) -> [String] {
        node?.mapping?.entries.map { $0.key.scalar?.text ?? "?" } ?? []
    }

    func value(_ node: YAMLNode?) -> YAMLScalarValue? { node?.scalar?.value }

    /// The `InputError` that parsing `text` throws (nil, and a recorded issue, when none).
    func error(_ text: String, limits: YAMLLimits = .default) -> InputError? {
        do {
            _ = try parseYAML(text, limits: limits)
            Issue.record("expected an InputError for \(String(reflecting: text))")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Tree shapes and marks

    @Test func blockMappingAndSequenceShapesAndMarks() throws {
        let doc = try root("a: 1\nb:\n  - x\n  - 'y'\n")
        #expect(keys(doc) == ["a", "b"])
        #expect(doc.start == at(1, 1))
        #expect(doc.end == at(5, 1))

        let a = try #require(doc.mapping?.entry(forKey: "a"))
        #expect(a.key.start == at(1, 1) && a.key.end == at(1, 2))
        #expect(a.value.start == at(1, 4) && a.value.end == at(1, 5))
        #expect(value(a.value) == .integer(1))

        let b = try #require(doc["b"]?.sequence)
        #expect(doc["b"]?.start == at(3, 3))
        #expect(doc["b"]?.end == at(5, 1))
        #expect(b.map(\.string) == ["x", "y"])
        #expect(b[0].start == at(3, 5) && b[0].end == at(3, 6))
        #expect(b[1].start == at(4, 5) && b[1].end == at(4, 8), "the quotes belong to the scalar's span")
    }

    @Test func flowCollectionsAndTheirMarks() throws {
        let doc = try root("base: {x: 1, y: [a, b]}\n")
        let base = try #require(doc["base"])
        #expect(base.start == at(1, 7))
        #expect(base.end == at(1, 24), "end is just past the closing brace")
        #expect(keys(base) == ["x", "y"])
        #expect(base["y"]?.sequence?.map(\.string) == ["a", "b"])
        #expect(base["y"]?.start == at(1, 17))
        #expect(base["y"]?.end == at(1, 23))
    }

    @Test func scalarStylesKeepTheirTextAndStyle() throws {
        let doc = try root("a: |\n  lit\n  x\nb: >\n  fold\n  y\nc: \"dq\"\nd: 'sq'\ne: plain\n")
        let styles = doc.mapping!.entries.map { $0.value.scalar!.style }
        #expect(styles == [.literal, .folded, .doubleQuoted, .singleQuoted, .plain])
        #expect(doc["a"]?.string == "lit\nx\n")
        #expect(doc["a"]?.start == at(1, 4) && doc["a"]?.end == at(4, 1))
        #expect(doc["b"]?.string == "fold y\n")
        #expect(doc["c"]?.start == at(7, 4) && doc["c"]?.end == at(7, 8))
    }

    @Test func multiLinePlainScalarIsFoldedAndSpansItsLines() throws {
        let doc = try root("a: plain\n  continued\nb: 1\n")
        #expect(doc["a"]?.string == "plain continued")
        #expect(doc["a"]?.start == at(1, 4))
        #expect(doc["a"]?.end == at(2, 12))
        #expect(doc.mapping?.entry(forKey: "b")?.key.start == at(3, 1))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let doc = try root("名前: 値\nb: 1\n")
        let entry = try #require(doc.mapping?.entry(forKey: "名前"))
        #expect(entry.key.end == at(1, 3))
        #expect(entry.value.start == at(1, 5))
        #expect(entry.value.string == "値")
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
        let doc = try root("a: 'yes'\nb: \"0600\"\nc: |\n  true\nd: ''\ne: \"~\"\n")
        #expect(value(doc["a"]) == .string("yes"))
        #expect(value(doc["b"]) == .string("0600"))
        #expect(value(doc["c"]) == .string("true\n"))
        #expect(value(doc["d"]) == .string(""))
        #expect(value(doc["e"]) == .string("~"))
    }

    @Test func plainScalarsAreTypedLikePsych() throws {
        let doc = try root("a: yes\nb: 0600\nc: 22:22\nd: ~\ne:\nf: 1.5\ng: :sym\nh: 2001-12-14\ni: y\n")
        #expect(value(doc["a"]) == .bool(true))
        #expect(value(doc["b"]) == .integer(384))
        #expect(value(doc["c"]) == .integer(80_520))
        #expect(value(doc["d"]) == .null)
        #expect(value(doc["e"]) == .null, "an empty value is null")
        #expect(value(doc["f"]) == .float(1.5))
        #expect(value(doc["g"]) == .symbol("sym"))
        #expect(value(doc["h"]) == .timestamp("2001-12-14"))
        #expect(value(doc["i"]) == .string("y"))
        #expect(doc["a"]?.kindDescription == "a boolean")
        #expect(doc.kindDescription == "a mapping")
    }

    @Test func keysOfOtherTypesAreRubyHashKeys() throws {
        // `1` and `0x1` are the same Integer key; `"1"` is a String and a different key.
        let stream = try parseYAML("1: a\n\"1\": b\n0x1: c\n")
        let doc = try #require(stream.root)
        #expect(doc.mapping?.count == 2)
        #expect(doc["1"]?.string == "b")
        let integerKey = try #require(doc.mapping?.entries.first)
        #expect(integerKey.key.scalar?.text == "1", "the first spelling of the key stays")
        #expect(integerKey.value.string == "c", "the later value replaces it")
        #expect(stream.duplicateKeys == [YAMLDuplicateKey(key: "0x1", first: at(1, 1), second: at(3, 1))])
    }

    // MARK: - Tags

    @Test func strTagsForceAString() throws {
        let doc = try root("a: !!str 0600\nb: !str 5\nc: !ruby/string yes\nd: !<tag:yaml.org,2002:str> 7\n")
        #expect(value(doc["a"]) == .string("0600"))
        #expect(doc["a"]?.tag == "tag:yaml.org,2002:str", "the tag is resolved to its full form")
        #expect(doc["a"]?.start == at(1, 4))
        #expect(value(doc["b"]) == .string("5"))
        #expect(value(doc["c"]) == .string("yes"))
        #expect(value(doc["d"]) == .string("7"))
        #expect(doc["d"]?.tag == "tag:yaml.org,2002:str")
    }

    @Test func otherTagsLeaveTheTextToTheScalarScanner() throws {
        // Psych's ToRuby#deserialize tokenizes the text of any scalar whose tag it does not know,
        // the non-specific `!` included; libyaml does not flag a tagged quoted scalar as quoted.
        let doc = try root("a: ! 12\nb: !custom 5\nc: !!int \"7\"\nd: ! \"12\"\ne: !custom x\n")
        #expect(value(doc["a"]) == .integer(12))
        #expect(doc["a"]?.tag == "!")
        #expect(value(doc["b"]) == .integer(5))
        #expect(doc["b"]?.tag == "!custom")
        #expect(value(doc["c"]) == .integer(7))
        #expect(value(doc["d"]) == .integer(12))
        #expect(value(doc["e"]) == .string("x"))
    }

    @Test func collectionTagsAreKept() throws {
        let doc = try root("a: !!set {x: null}\nb: !list [1]\n")
        #expect(doc["a"]?.tag == "tag:yaml.org,2002:set")
        #expect(doc["b"]?.tag == "!list")
        #expect(doc.tag == nil)
    }

    // MARK: - Anchors and aliases

    @Test func aliasesShareTheAnchoredNode() throws {
        let doc = try root("k:\n  - &A {x: 1}\n  - *A\nname: &n web\nagain: *n\n")
        let items = try #require(doc["k"]?.sequence)
        #expect(items.count == 2)
        #expect(value(items[1]["x"]) == .integer(1))
        #expect(items[1].start == at(2, 5), "an alias stands for the anchored node, marks included")
        #expect(doc["again"]?.string == "web")
    }

    @Test func aLaterAnchorOfTheSameNameWins() throws {
        let doc = try root("a: &x one\nb: *x\nc: &x two\nd: *x\n")
        #expect(doc["b"]?.string == "one")
        #expect(doc["d"]?.string == "two")
    }

    @Test func unknownAliasIsAnError() throws {
        let e = try #require(error("a: 1\nb: *nope\n"))
        #expect(e.message == "unknown alias '*nope': no anchor '&nope' is defined before it")
        #expect(e.location == at(2, 4))
    }

    @Test func anAliasInsideItsOwnAnchorIsAnError() throws {
        let e = try #require(error("a: &x [1, *x]\n"))
        #expect(e.message == "unknown alias '*x': no anchor '&x' is defined before it")
        #expect(e.location == at(1, 11))
    }

    @Test func anchorsDoNotCrossDocuments() throws {
        let e = try #require(error("--- &a 1\n--- *a\n"))
        #expect(e.message == "unknown alias '*a': no anchor '&a' is defined before it")
        #expect(e.location == at(2, 5))
    }

    // MARK: - Merge keys (Psych's revive_hash: Hash#merge!)

    @Test func mergeAnAliasedMappingThenOverrideExplicitly() throws {
        let stream = try parseYAML("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n")
        let m = try #require(stream.root?["m"])
        #expect(keys(m) == ["x", "y"])
        #expect(value(m["x"]) == .integer(1))
        #expect(value(m["y"]) == .integer(3), "a later explicit key overrides a merged one")
        #expect(m["y"]?.start == at(4, 6))
        #expect(stream.duplicateKeys.isEmpty, "overriding a merged key is not a duplicate")
    }

    @Test func mergeAnInlineMapping() throws {
        let doc = try root("m:\n  <<: {a: 1, b: 2}\n  c: 3\n")
        #expect(keys(doc["m"]) == ["a", "b", "c"])
        #expect(value(doc["m"]?["a"]) == .integer(1))
    }

    @Test func mergedKeysOverrideEarlierExplicitKeys() throws {
        let stream = try parseYAML("m:\n  a: 1\n  z: 0\n  <<: {a: 2, b: 3}\n")
        let m = try #require(stream.root?["m"])
        #expect(keys(m) == ["a", "z", "b"], "merge! keeps a key's place and appends new ones")
        #expect(value(m["a"]) == .integer(2))
        #expect(value(m["b"]) == .integer(3))
        #expect(stream.duplicateKeys.isEmpty)
    }

    @Test func mergeAListOfMappingsTheFirstWins() throws {
        // Psych's own test_override: `<< : [ *BIG, *LEFT, *SMALL ]` then `x: 1`.
        let doc = try root("""
            - &CENTER { x: 1, y: 2 }
            - &LEFT { x: 0, y: 2 }
            - &BIG { r: 10 }
            - &SMALL { r: 1 }
            - << : [ *BIG, *LEFT, *SMALL ]
              x: 1
              label: center/big
            """)
        let merged = try #require(doc.sequence?[4])
        #expect(keys(merged) == ["r", "x", "y", "label"])
        #expect(value(merged["r"]) == .integer(10), "BIG comes before SMALL in the list, so it wins")
        #expect(value(merged["x"]) == .integer(1))
        #expect(value(merged["y"]) == .integer(2))
        #expect(merged["label"]?.string == "center/big")
    }

    @Test func mergeAnInlineListOfInlineMappings() throws {
        let doc = try root("m:\n  <<: [{a: 1}, {a: 2, b: 2}]\n")
        #expect(value(doc["m"]?["a"]) == .integer(1))
        #expect(value(doc["m"]?["b"]) == .integer(2))
        #expect(doc["m"]?["<<"] == nil)
    }

    @Test func mergingAnAliasedListKeepsTheKey() throws {
        // Psych's test_bad_seq_merge: `hash.merge!(array)` raises TypeError, rescued by
        // keeping `<<` as an ordinary key — even when the list holds mappings.
        let doc = try root("defaults: &d [1, 2, 3]\nmaps: &ms [{a: 1}]\ndev:\n  <<: *d\nqa:\n  <<: *ms\n")
        #expect(doc["dev"]?["<<"]?.sequence?.count == 3)
        #expect(keys(doc["qa"]) == ["<<"])
        #expect(value(doc["qa"]?["<<"]?.sequence?.first?["a"]) == .integer(1))
    }

    @Test func mergingNullOrAScalarKeepsTheKey() throws {
        let doc = try root("defaults: &defaults\ndev:\n  <<: *defaults\nqa:\n  <<: foo\n")
        #expect(keys(doc["dev"]) == ["<<"])
        #expect(value(doc["dev"]?["<<"]) == .null)
        #expect(doc["qa"]?["<<"]?.string == "foo")
    }

    @Test func aListWithAnythingButMappingsIsNotMergedAtAll() throws {
        // Psych's test_merge_is_not_partial and test_merge_seq_nil.
        let doc = try root("""
            default: &default
              hello: world
            foo: &hello
            - 1
            nothing: &nothing
            baz:
              <<: [*hello, *default]
            qux:
              <<: [*nothing]
            """)
        #expect(keys(doc["baz"]) == ["<<"])
        #expect(doc["baz"]?["hello"] == nil)
        #expect(doc["baz"]?["<<"]?.sequence?.count == 2)
        #expect(doc["qux"]?["<<"]?.sequence.map { $0.map(\.scalar?.value) } == [.null])
    }

    @Test func strTaggedMergeKeyIsAnOrdinaryKey() throws {
        // Psych's test_explicit_string.
        let doc = try root("a: &me { hello: world }\nb: { !!str '<<': *me }\n")
        #expect(keys(doc["b"]) == ["<<"])
        #expect(doc["b"]?["<<"]?["hello"]?.string == "world")
    }

    @Test func quotedMergeKeyStillMerges() throws {
        // Psych compares the key's value with '<<' and only exempts an explicit !!str tag.
        let doc = try root("base: &b {a: 1}\nm:\n  \"<<\": *b\n  c: 2\n")
        #expect(keys(doc["m"]) == ["a", "c"])
    }

    // MARK: - Duplicate keys

    @Test func duplicateKeysAreRecordedWithBothLocations() throws {
        let stream = try parseYAML("a: 1\nb: 2\na: 3\n")
        #expect(stream.duplicateKeys == [YAMLDuplicateKey(key: "a", first: at(1, 1), second: at(3, 1))])
        let doc = try #require(stream.root)
        #expect(keys(doc) == ["a", "b"], "Ruby's Hash keeps the first position")
        #expect(value(doc["a"]) == .integer(3), "and the later value")
    }

    @Test func duplicatesInNestedAndFlowMappings() throws {
        let stream = try parseYAML("x:\n  k: 1\n  k: 2\ny: {k: 1, k: 2}\n")
        #expect(stream.duplicateKeys == [
            YAMLDuplicateKey(key: "k", first: at(2, 3), second: at(3, 3)),
            YAMLDuplicateKey(key: "k", first: at(4, 5), second: at(4, 11)),
        ])
    }

    @Test func everyRepeatPointsBackToTheFirstKey() throws {
        let stream = try parseYAML("a: 1\na: 2\na: 3\n", path: "config/deploy.yml")
        #expect(stream.path == "config/deploy.yml")
        #expect(stream.duplicateKeys == [
            YAMLDuplicateKey(key: "a", first: at(1, 1, "config/deploy.yml"), second: at(2, 1, "config/deploy.yml")),
            YAMLDuplicateKey(key: "a", first: at(1, 1, "config/deploy.yml"), second: at(3, 1, "config/deploy.yml")),
        ])
    }

    @Test func theSameKeyInDifferentMappingsIsNoDuplicate() throws {
        let stream = try parseYAML("a:\n  name: x\nb:\n  name: y\n--- \nname: z\n")
        #expect(stream.duplicateKeys.isEmpty)
        #expect(stream.documents.count == 2)
    }

    @Test func duplicatesInALaterDocumentAreFound() throws {
        let stream = try parseYAML("a: 1\n---\nb: 1\nb: 2\n")
        #expect(stream.duplicateKeys == [YAMLDuplicateKey(key: "b", first: at(3, 1), second: at(4, 1))])
    }

    // MARK: - Documents

    @Test func multiDocumentStreams() throws {
        let stream = try parseYAML("--- 1\n--- {b: 2}\n...\n--- \n")
        #expect(stream.documents.count == 3)
        #expect(value(stream.root) == .integer(1), "root is the first document, the only one YAML.load reads")
        #expect(stream.documents[1].start == at(2, 5))
        #expect(value(stream.documents[1]["b"]) == .integer(2))
        #expect(value(stream.documents[2]) == .null)
    }

    @Test func emptyAndCommentOnlyStreamsHaveNoDocument() throws {
        #expect(try parseYAML("").documents.isEmpty)
        #expect(try parseYAML("# nothing\n").root == nil)
        #expect(try parseYAML("---\n").documents.map(\.scalar?.value) == [.null])
    }

    // MARK: - Bounds

    @Test func billionLaughsIsRefusedWithAnInputError() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let e = try #require(error(text))
        #expect(e.message == "alias '*f' expands past 1000000 nodes; refusing to expand it (an alias bomb?)")
        #expect(e.location == at(7, 8))
    }

    @Test func expansionBoundCountsEveryAliasedNode() throws {
        // root, a, [ + 3 items, b, *a (4 nodes) = 11 nodes; c and a second *a go past 12.
        let limits = YAMLLimits(maxExpandedNodes: 12)
        #expect(try parseYAML("a: &a [1, 2, 3]\nb: *a\n", limits: limits).root?["b"]?.sequence?.count == 3)
        let e = try #require(error("a: &a [1, 2, 3]\nb: *a\nc: *a\n", limits: limits))
        #expect(e.message == "alias '*a' expands past 12 nodes; refusing to expand it (an alias bomb?)")
        #expect(e.location == at(3, 4))
    }

    @Test func expansionIsCountedPerDocument() throws {
        let limits = YAMLLimits(maxExpandedNodes: 5)
        let stream = try parseYAML("[1, 2, 3]\n--- [4, 5, 6]\n--- [7, 8, 9]\n", limits: limits)
        #expect(stream.documents.count == 3)
        let e = try #require(error("[1, 2, 3, 4, 5]\n", limits: limits))
        #expect(e.message == "the document expands past 5 nodes; refusing to expand it (an alias bomb?)")
        #expect(e.location == at(1, 14))
    }

    @Test func nestingDepthIsBounded() throws {
        let limits = YAMLLimits(maxDepth: 3)
        #expect(try parseYAML("[[[1]]]\n", limits: limits).root?.sequence?.first?.sequence?.first?.sequence?.count == 1)
        let e = try #require(error("a:\n  - [[1]]\n", limits: limits))
        #expect(e.message == "YAML nesting is deeper than 3 levels")
        #expect(e.location == at(2, 6))
    }

    @Test func defaultDepthBoundStopsDeepFlowNesting() throws {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n"
        let e = try #require(error(text))
        #expect(e.message == "YAML nesting is deeper than 512 levels")
        #expect(e.location == at(1, 513))
    }

    // MARK: - libyaml errors

    @Test func tabIndentationSaysSo() throws {
        let e = try #require(error("key:\n\t- x\n"))
        #expect(e.message == "invalid YAML: found character that cannot start any token while scanning for the next token (a tab cannot indent YAML; use spaces)")
        #expect(e.location == at(2, 1))
    }

    @Test func tabIndentingAKeySaysSoToo() throws {
        let e = try #require(error("a:\n  b: 1\n\tc: 2\n"))
        #expect(e.message == "invalid YAML: found a tab character that violates indentation while scanning a plain scalar (a tab cannot indent YAML; use spaces)")
        #expect(e.location == at(3, 1))
    }

    @Test func aTabAfterTheColonIsFine() throws {
        #expect(value(try root("a:\t1\n")["a"]) == .integer(1))
    }

    @Test func mappingValueInAPlainScalar() throws {
        let e = try #require(error("a: b: c\n"))
        #expect(e.message == "invalid YAML: mapping values are not allowed in this context")
        #expect(e.location == at(1, 5))
    }

    @Test func unclosedFlowSequence() throws {
        let e = try #require(error("a: [1, 2\n"))
        #expect(e.message == "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence")
        #expect(e.location == at(2, 1))
    }

    @Test func unclosedFlowMapping() throws {
        let e = try #require(error("{a: 1\n"))
        #expect(e.message == "invalid YAML: did not find expected ',' or '}' while parsing a flow mapping")
        #expect(e.location == at(2, 1))
    }

    @Test func mappingAfterASequenceAtTheSameIndent() throws {
        let e = try #require(error("- a\nb: 1\n"))
        #expect(e.message == "invalid YAML: did not find expected '-' indicator while parsing a block collection")
        #expect(e.location == at(2, 1))
    }

    @Test func overIndentedKey() throws {
        let e = try #require(error("a: 1\n b: 2\n"))
        #expect(e.message == "invalid YAML: mapping values are not allowed in this context")
        #expect(e.location == at(2, 3))
    }

    @Test func unclosedQuotedScalar() throws {
        let e = try #require(error("a: 'x\n", ))
        #expect(e.message == "invalid YAML: found unexpected end of stream while scanning a quoted scalar")
        #expect(e.location == at(2, 1))
    }

    @Test func reservedIndicatorsCannotStartAScalar() throws {
        for text in ["a: @x\n", "a: `x\n"] {
            let e = try #require(error(text))
            #expect(e.message == "invalid YAML: found character that cannot start any token while scanning for the next token")
            #expect(e.location == at(1, 4))
        }
    }

    @Test func undefinedTagHandle() throws {
        let e = try #require(error("x: !foo!bar 5\n"))
        #expect(e.message == "invalid YAML: found undefined tag handle while parsing a node")
        #expect(e.location == at(1, 4))
    }

    @Test func duplicateYAMLDirective() throws {
        let e = try #require(error("%YAML 1.1\n%YAML 1.1\n--- x\n"))
        #expect(e.message == "invalid YAML: found duplicate %YAML directive")
        #expect(e.location == at(2, 1))
    }

    @Test func controlCharacterIsLocatedWhereItIs() throws {
        // A libyaml reader error has no mark, only a byte offset.
        let e = try #require(error("a: 1\nb: x\u{7F}\n"))
        #expect(e.message == "invalid YAML: control characters are not allowed")
        #expect(e.location == at(2, 5))
        let quoted = try #require(error("a: 1\nb: \"é\u{1}\"\n"))
        #expect(quoted.location == at(2, 6), "columns after a non-ASCII character count it once")
    }

    @Test func errorsCarryThePathTheyWereGiven() throws {
        do {
            _ = try parseYAML("a: [\n", path: "config/deploy.staging.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.path == "config/deploy.staging.yml")
            #expect(error.description == "config/deploy.staging.yml:2:1: error: invalid YAML: did not find expected node content while parsing a flow node")
        }
    }
}
