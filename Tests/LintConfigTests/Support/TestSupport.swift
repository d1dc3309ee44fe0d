import Foundation
@testable import LintConfig

/// Paths of files the tests read from disk, found from this source file so that tests need no
/// resource bundle.
enum TestPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
}

/// Parses YAML text the way the Kamal front end does (no ERB).
func parseYAML(_ text: String, path: String = "test.yml", limits: YAMLLimits = .default) throws(InputError) -> YAMLStream {
    try YAMLParser(limits: limits).parse(text, path: path)
}

/// Runs the linter on an in-memory workspace.
func lint(_ files: [String: String], env: String? = nil, rules: Set<String> = []) throws -> LintResult {
    try Linter.run(InMemoryWorkspaceFiles(files), options: LintOptions(environment: env, onlyRules: rules))
}
