import Foundation
import Testing
@testable import LintConfig

/// Hostile TypeScript: the extractors never crash, stay linear, and keep what they can.
@Suite struct FactsBadInputTests {
    func load(_ files: [String: String]) throws -> WorkspaceLoad {
        var all = files
        all["p/package.json"] = "{}"
        return try WorkspaceLoader.load(InMemoryWorkspaceFiles(all), environment: nil)
    }

    @Test func unterminatedTemplateKeepsEarlierFactsAndReportsTheFile() throws {
        let load = try load(["p/a.ts": "boss.send('before', {});\nconst t = `never closed ${x}\nboss.send('after', {})"])
        #expect(load.model.context.facts.of(.queue).map(\.name) == ["before"])
        #expect(load.errors.contains { $0.location.path == "p/a.ts" && $0.description.contains("unterminated template") })
    }

    @Test func unterminatedRegexAndComment() throws {
        let load = try load([
            "p/r.ts": "boss.work('r1', h);\nconst re = /abc\nmore",
            "p/c.ts": "boss.work('c1', h);\n/* never closed",
            "p/ok.ts": "boss.work('ok', h);",
        ])
        #expect(Set(load.model.context.facts.of(.queue).map(\.name)) == ["r1", "c1", "ok"])
        #expect(load.errors.count == 2)
    }

    @Test func minifiedBundleIsSkippedWithANote() throws {
        let line = String(repeating: "var a=1;boss.send('min',{});", count: 4_000)
        let load = try load(["p/bundle.js": line, "p/ok.ts": "boss.send('kept', {})"])
        #expect(load.model.context.facts.of(.queue).map(\.name) == ["kept"])
        #expect(load.model.context.notes == ["p/bundle.js: skipped, it looks minified or generated"])
    }

    @Test func nonUTF8IsAnErrorAndOtherFilesStay() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("facts-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("p"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("{}".utf8).write(to: root.appendingPathComponent("p/package.json"))
        try Data([0x62, 0x6F, 0x73, 0x73, 0xFF, 0xFE, 0x0A]).write(to: root.appendingPathComponent("p/bad.ts"))
        try Data("boss.send('good', {})".utf8).write(to: root.appendingPathComponent("p/good.ts"))
        let load = try WorkspaceLoader.load(DiskWorkspaceFiles(root: root), environment: nil)
        #expect(load.model.context.facts.of(.queue).map(\.name) == ["good"])
        #expect(load.errors.contains { $0.location.path == "p/bad.ts" })
    }

    @Test func deeplyNestedTemplatesAndFallbacksDoNotOverflow() throws {
        let depth = 5_000
        // Line breaks inside, so the file is not taken for a minified bundle and skipped.
        let nested = String(repeating: "`a${\n", count: depth) + "x" + String(repeating: "}`\n", count: depth)
        let fallbacks = "const v = " + (0..<depth).map { "a\($0)" }.joined(separator: " ??\n") + ";"
        let parens = "const w = " + String(repeating: "(\n", count: depth) + "1" + String(repeating: ")\n", count: depth) + ";"
        let text = "boss.send(\(nested), {});\n\(fallbacks)\n\(parens)\nboss.send('deep-ok', {})"
        let load = try load(["p/deep.ts": text])
        #expect(load.model.context.facts.of(.queue).map(\.name).contains("deep-ok"))
    }

    @Test func hugeSQLStringIsNotRead() {
        let sql = "select a from t where s = 'x' " + String(repeating: "and b = 1 ", count: 10_000)
        let m = MarkedScript("q(\"\(sql)\")")
        #expect(m.facts().isEmpty)
    }
}
