import Testing
@testable import LintConfig

/// `KEY=  # leave empty`: an empty value with a comment for Node's dotenv, Ruby's dotenv and
/// docker compose; python-dotenv keeps the text. Each project's files are read with its loader.
@Suite struct DotenvLoaderTests {
    static let text = "EMPTY=  # leave empty\nTIGHT=# note\nQUOTED=\"# kept\"\nVALUE=abc # note\n"

    @Test func nodeReadsACommentAfterEqualsAsEmpty() {
        let file = DotenvFile.parse(Self.text, path: ".env.example")
        let values = file.entries.map { DotenvLoader.node.value(of: $0) }
        #expect(values == ["", "", "# kept", "abc"])
    }

    @Test func pythonKeepsTheText() {
        let file = DotenvFile.parse(Self.text, path: ".env.example")
        let values = file.entries.map { DotenvLoader.python.value(of: $0) }
        #expect(values == ["# leave empty", "# note", "# kept", "abc"])
    }

    @Test func aProjectIsReadWithItsOwnLoader() throws {
        let secretish = "API_SECRET=  # q8Zr2LmN4vX9tB6yK1wP3sD7\n"
        let node = try Linter.run(InMemoryWorkspaceFiles(["package.json": "{}\n", ".env.example": secretish]))
        #expect(!node.findings.contains { $0.ruleID == "secret-in-clear" })
        let python = try Linter.run(InMemoryWorkspaceFiles(["pyproject.toml": "[project]\nname='a'\n", ".env.example": secretish]))
        #expect(!python.findings.contains { $0.ruleID == "secret-in-clear" }, "the text holds a space: a note, not a key")
    }
}
