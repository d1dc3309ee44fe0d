import Foundation
import Testing

/// The library's folders form layers that point one way (DESIGN.md, "Layout"): a folder may use
/// the types of folders to its left only. A cycle is how a front end ends up knowing a rule, so
/// this test reads the sources and fails on the first use that points right.
@Suite struct LayeringTests {
    /// Left to right. A new folder must be placed here, which forces the question of its layer.
    static let layers = ["Core", "Formats", "Schema", "Workspace", "Facts", "Findings", "Rules",
                         "Baseline", "Report", "Engine"]

    static let library = TestPaths.packageRoot.appendingPathComponent("Sources/LintConfig")

    @Test func everyFolderHasALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.library.path)
            .filter { !$0.hasPrefix(".") }
        for folder in folders {
            #expect(Self.layers.contains(folder), "Sources/LintConfig/\(folder) has no place in LayeringTests.layers")
        }
    }

    @Test func noFolderUsesAFolderToItsRight() throws {
        let sources = try Self.swiftSources()
        var owner: [String: String] = [:]
        for source in sources {
            for name in SwiftSourceScan.topLevelTypeNames(source.text) { owner[name] = source.folder }
        }
        var violations: [String] = []
        for source in sources {
            guard let rank = Self.layers.firstIndex(of: source.folder) else { continue }
            for name in SwiftSourceScan.capitalisedIdentifiers(source.text) {
                guard let folder = owner[name], let used = Self.layers.firstIndex(of: folder), used > rank else {
                    continue
                }
                violations.append("\(source.path) (\(source.folder)) uses \(name) from \(folder)")
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted().joined(separator: "\n"))")
    }

    @Test func theScanSeesDeclarationsAndIgnoresCommentsAndStrings() {
        let text = """
        /// Mentions `RuleDescription` in a doc comment.
        public struct Outer {
            enum Nested {}
            let label = "Finding in a string"
        }
        final class Other {} // uses Severity
        """
        #expect(SwiftSourceScan.topLevelTypeNames(text) == ["Outer", "Other"])
        #expect(SwiftSourceScan.capitalisedIdentifiers(text) == ["Outer", "Nested", "Other"])
    }

    private struct Source { var path: String; var folder: String; var text: String }

    private static func swiftSources() throws -> [Source] {
        guard let walker = FileManager.default.enumerator(atPath: library.path) else { return [] }
        var sources: [Source] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !relative.hasSuffix("+JSON.swift") else { continue }
            let folder = String(relative.split(separator: "/").first ?? "")
            let text = try String(contentsOf: library.appendingPathComponent(relative), encoding: .utf8)
            sources.append(Source(path: relative, folder: folder, text: text))
        }
        return sources
    }
}

/// Just enough of Swift's surface to see which types a file declares and names: comments and
/// string literals are blanked so that prose naming a type is not a dependency.
enum SwiftSourceScan {
    static func topLevelTypeNames(_ text: String) -> [String] {
        let keywords: Set<Substring> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
        let modifiers: Set<Substring> = ["public", "internal", "fileprivate", "private", "final", "indirect",
                                         "package"]
        var names: [String] = []
        for line in code(text).split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
            let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
            var index = 0
            while index < words.count, modifiers.contains(words[index]) { index += 1 }
            if index + 1 < words.count, keywords.contains(words[index]) { names.append(String(words[index + 1])) }
        }
        return names
    }

    /// Identifiers that start with a capital letter, in order of first use, without repeats.
    static func capitalisedIdentifiers(_ text: String) -> [String] {
        var seen: Set<Substring> = []
        var names: [String] = []
        for word in code(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
        where word.first?.isUppercase == true && seen.insert(word).inserted {
            names.append(String(word))
        }
        return names
    }

    /// The text with comments and string literals (single- and multi-line) replaced by spaces.
    static func code(_ text: String) -> String {
        var output = ""
        var inString = false
        var inMultiline = false
        var inBlockComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept = ""
            var skipRest = false
            let characters = Array(line)
            var index = 0
            if inMultiline {
                if line.contains("\"\"\"") { inMultiline = false }
                output += "\n"
                continue
            }
            while index < characters.count, !skipRest {
                let character = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if inBlockComment {
                    if character == "*" && next == "/" { inBlockComment = false; index += 1 }
                } else if inString {
                    if character == "\\" { index += 1 } else if character == "\"" { inString = false }
                } else if character == "\"" {
                    if index + 2 < characters.count, characters[index + 1] == "\"", characters[index + 2] == "\"" {
                        inMultiline = true
                        skipRest = true
                    } else {
                        inString = true
                    }
                } else if character == "/" && next == "/" {
                    skipRest = true
                } else if character == "/" && next == "*" {
                    inBlockComment = true
                    index += 1
                } else {
                    kept.append(character)
                }
                index += 1
            }
            inString = false
            output += kept + "\n"
        }
        return output
    }
}
