import Testing
@testable import LintConfig

/// What a reader of untrusted text owes: no message quotes the document (values in a
/// `fly.toml` may be secrets: issue 8, item 12), nesting is bounded, and large documents are
/// read in one pass.
@Suite struct TOMLHostileInputTests {
    static let planted = "PLANTED_sk_live_9f8e7d6c5b4a"

    /// The planted value at every place a fault can sit next to it or in it.
    static let brokenDocuments: [String] = [
        "A = \(planted)",
        "A = \"\(planted)",
        "A = '\(planted)",
        "A = \"\"\"\(planted)",
        "A = '''\(planted)",
        "A = \"\(planted)\\q\"",
        "A = \"\(planted)\" \(planted)",
        "A = \"\(planted)\" # \u{1}\(planted)",
        "A = [\"\(planted)\" \(planted)]",
        "A = {k = \"\(planted)\" \(planted)}",
        "A = {k = \"\(planted)\"\n}",
        "A = 1\(planted)",
        "A = 0x\(planted)",
        "A = 1979-05-27T\(planted)",
        "\(planted)",
        "\(planted) = ",
        "[\(planted)\n",
        "[[\(planted)]\n",
        "\"\(planted)\" = 1\n\"\(planted)\" = 2",
        "[env]\n\(planted) = 1\n[env.\(planted)]",
        "[env]\nA = \"\(planted)\"\n[env]",
        "t = {\(planted) = 1}\nt.\(planted) = 2",
        "A = \"\(planted)\u{7F}\"",
        "A = \"\(planted)\r\"",
    ]

    @Test(arguments: brokenDocuments)
    func anErrorNeverQuotesTheDocument(_ text: String) {
        let error = #expect(throws: InputError.self) { try parseTOML(text) }
        #expect(error?.description.contains("PLANTED") == false, "\(error?.description ?? "")")
        #expect(error?.description.contains("9f8e7d6c") == false)
    }

    /// Through the product's entry point too: `FlyAppConfig.parse`.
    @Test func flyConfigErrorsDoNotQuoteTheValue() {
        for text in Self.brokenDocuments.map({ "app = \"x\"\n[env]\n" + $0 }) {
            let error = #expect(throws: InputError.self) { try FlyAppConfig.parse(text, path: "fly.toml") }
            #expect(error?.description.contains("PLANTED") == false, "\(error?.description ?? "")")
        }
    }

    @Test func nestingIsBoundedForArraysInlineTablesKeysAndHeaders() throws {
        let limit = TOMLCursor.maxDepth
        // Root is level 0, the value of `a` level 1: arrays can open up to level 127.
        _ = try parseTOML("a = " + String(repeating: "[", count: limit - 1) + String(repeating: "]", count: limit - 1))
        let arrays = MarkedText("a = " + String(repeating: "[", count: limit - 1) + "1️⃣[", path: "t.toml")
        #expect(throws: InputError.self) { try parseTOML(arrays.text) }
        #expect((try? parseTOML(arrays.text)) == nil)
        do {
            _ = try parseTOML(arrays.text)
        } catch {
            #expect(error.location == arrays[1])
            #expect(error.message.contains("nested deeper than 128 levels"))
        }
        let inline = "a = " + String(repeating: "{b = ", count: 200_000)
        #expect(throws: InputError.self) { try parseTOML(inline) }
        let mixed = "a = " + String(repeating: "[{b = ", count: 100_000)
        #expect(throws: InputError.self) { try parseTOML(mixed) }
        let longKey = Array(repeating: "k", count: 100_000).joined(separator: ".")
        #expect(throws: InputError.self) { try parseTOML(longKey + " = 1") }
        #expect(throws: InputError.self) { try parseTOML("[" + longKey + "]") }
        // Headers that nest arrays of tables count each array as a level.
        let arrayHeaders = (1...70).map { n in "[[" + Array(repeating: "a", count: n).joined(separator: ".") + "]]" }
        #expect(throws: InputError.self) { try parseTOML(arrayHeaders.joined(separator: "\n")) }
        // A deep document within the bound is read (and freed) without trouble.
        let deepest = (1...limit).map { n in "[" + Array(repeating: "t", count: n).joined(separator: ".") + "]" }
        #expect(try parseTOML(deepest.joined(separator: "\n")).entries.count == 1)
    }

    /// Many tables, many elements, long keys and long lines: each costs a dictionary lookup, so
    /// these read in one pass. Doubling every size here doubles the time (a debug build read
    /// 10,000 and 20,000 headers in 0.85 and 1.64 s); `make bench` is where speed is measured.
    @Test func largeDocumentsAreReadInOnePass() throws {
        let tables = (0..<4_000).map { "[t\($0)]\nk = \($0)\n" }.joined()
        let doc = try parseTOML(tables)
        #expect(doc.entries.count == 4_000)
        #expect(doc["t3999"]?.table?["k"]?.integer == 3_999)
        let elements = String(repeating: "[[services]]\ninternal_port = 1\n", count: 4_000)
        #expect(try parseTOML(elements)["services"]?.array?.count == 4_000)
        let longName = String(repeating: "k", count: 100_000)
        let long = try parseTOML("\(longName) = 1\n\"\(longName)x\" = 2\n[\(longName)y]\n")
        #expect(long.entries.count == 3)
        let oneLine = "a = [" + String(repeating: "{x = 1}, ", count: 5_000) + "]"
        #expect(try parseTOML(oneLine)["a"]?.array?.count == 5_000)
        let keys = "[env]\n" + (0..<4_000).map { "K\($0) = \"v\"\n" }.joined()
        #expect(try parseTOML(keys)["env"]?.table?.entries.count == 4_000)
    }
}
