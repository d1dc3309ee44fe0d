import Testing
@testable import LintConfig

/// The command an image runs, as monorepo discovery reads it to tell which app the image holds.
@Suite struct DockerfileCommandTests {
    @Test(arguments: [
        ("FROM node\nCMD [\"node\", \"apps/api/dist/server.js\"]\n", ["node", "apps/api/dist/server.js"]),
        ("FROM node\nCMD node apps/worker/index.js\n", ["node", "apps/worker/index.js"]),
        ("FROM node\nCMD [\"a\"]\nFROM node AS final\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"node\", \\\n  \"b.js\"]\n",
         ["tini", "--", "node", "b.js"]),
        ("FROM node\nENV X=1\n", []),
    ])
    func lastCommandAndEntrypoint(text: String, expected: [String]) {
        #expect(DockerfileCommand.words(text, path: "Dockerfile") == expected)
    }
}
