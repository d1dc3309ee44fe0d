import Testing
@testable import LintConfig

/// Input the tool cannot read must stop the run with a located error and exit status 2 —
/// never a crash, a hang, or a clean-looking partial result.
@Suite struct BadInputTests {
    func errors(_ files: [String: String]) throws -> (messages: [String], status: Int32) {
        let result = try lint(files)
        return (result.errors.map(\.description), result.exitCode(failOn: .medium))
    }

    func errors(bytes files: [String: [UInt8]]) throws -> (messages: [String], status: Int32) {
        let result = try Linter.run(InMemoryWorkspaceFiles(bytes: files))
        return (result.errors.map(\.description), result.exitCode(failOn: .medium))
    }

    @Test func emptyFile() throws {
        let (messages, status) = try errors(["config/deploy.yml": ""])
        #expect(messages == ["config/deploy.yml:1:1: error: is empty: a Kamal config must be a YAML mapping of keys such as 'service' and 'image'"])
        #expect(status == 2)
    }

    @Test func commentsOnlyIsEmptyToo() throws {
        let (messages, status) = try errors(["config/deploy.yml": "# nothing yet\n"])
        #expect(messages.first?.hasSuffix("error: is empty: a Kamal config must be a YAML mapping of keys such as 'service' and 'image'") == true)
        #expect(status == 2)
    }

    @Test func scalarWhereAMappingIsRequired() throws {
        let (messages, status) = try errors(["config/deploy.yml": "just a string\n"])
        #expect(messages == ["config/deploy.yml:1:1: error: a Kamal config must be a YAML mapping, but the document is a string"])
        #expect(status == 2)
    }

    @Test func sequenceWhereAMappingIsRequired() throws {
        let (messages, status) = try errors(["config/deploy.yml": "- service: a\n"])
        #expect(messages == ["config/deploy.yml:1:1: error: a Kamal config must be a YAML mapping, but the document is a sequence"])
        #expect(status == 2)
    }

    @Test func directoryWhereAFileIsExpected() throws {
        let (messages, status) = try errors(["config/deploy.yml/inner.txt": "x"])
        #expect(messages == ["config/deploy.yml:1:1: error: is a directory, not a file"])
        #expect(status == 2)
    }

    @Test func invalidUTF8() throws {
        var bytes = Array("service: a\nimage: caf".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        let (messages, status) = try errors(bytes: ["config/deploy.yml": bytes])
        #expect(messages == ["config/deploy.yml:2:11: error: invalid UTF-8 (byte 0xC3 at offset 21)"])
        #expect(status == 2)
    }

    @Test func nulByte() throws {
        let (messages, status) = try errors(bytes: ["config/deploy.yml": Array("service: a\nimage: b\u{0}c\n".utf8)])
        #expect(messages == ["config/deploy.yml:2:9: error: NUL byte in text (is this a binary file?)"])
        #expect(status == 2)
    }

    @Test func tabIndentation() throws {
        let (messages, status) = try errors(["config/deploy.yml": "service: a\nservers:\n\t- 1.1.1.1\n"])
        #expect(messages == ["config/deploy.yml:3:1: error: invalid YAML: found character that cannot start any token while scanning for the next token (a tab cannot indent YAML; use spaces)"])
        #expect(status == 2)
    }

    @Test func malformedYAML() throws {
        let (messages, status) = try errors(["config/deploy.yml": "service: \"unclosed\nimage: x\n"])
        #expect(messages == ["config/deploy.yml:3:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar"])
        #expect(status == 2)
    }

    @Test func unterminatedERBTag() throws {
        let (messages, status) = try errors(["config/deploy.yml": "service: a\nimage: <%= ENV[\"IMAGE\"]\n"])
        #expect(messages == ["config/deploy.yml:2:8: error: unterminated ERB tag: '<%' has no closing '%>'"])
        #expect(status == 2)
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let (messages, status) = try errors(["config/deploy.yml": "service: a\n" + text])
        #expect(messages.count == 1)
        #expect(messages.first?.contains("error: alias '*") == true)
        #expect(messages.first?.contains("past 1000000 nodes; refusing to expand it (an alias bomb?)") == true)
        #expect(status == 2)
    }

    @Test func hugeFile() throws {
        let line = "# " + String(repeating: "x", count: 1022) + "\n"
        let text = "service: a\n" + String(repeating: line, count: 50 * 1024)
        let (messages, status) = try errors(["config/deploy.yml": text])
        #expect(messages == ["config/deploy.yml:1:1: error: file is too large to be a config (50.0 MB; the limit is 8.0 MB)"])
        #expect(status == 2)
    }

    @Test func badSecretsFileBytesAreAnErrorToo() throws {
        let (messages, status) = try errors(bytes: [
            "config/deploy.yml": Array("service: a\nimage: b\nservers: [1.1.1.1]\nenv:\n  secret: [A]\n".utf8),
            ".kamal/secrets": [0x41, 0x3D, 0xFF, 0x0A],
        ])
        #expect(messages == [".kamal/secrets:1:3: error: invalid UTF-8 (byte 0xFF at offset 2)"])
        #expect(status == 2)
    }

    @Test func oneBadProjectDoesNotHideAnother() throws {
        let result = try lint([
            "A/config/deploy.yml": "service: a\nimage: b\nregistry: {server: localhost:5555}\nbuilder: {arch: amd64}\nservers: [1.1.1.1]\nbogus: 1\n",
            "B/config/deploy.yml": "service: [\n",
        ])
        #expect(result.errors.map(\.location.path) == ["B/config/deploy.yml"])
        #expect(result.findings.map(\.ruleID) == ["kamal-config-invalid"], "the readable project is still checked")
        #expect(result.exitCode(failOn: .medium) == 2)
    }

    @Test func unknownDestinationIsAUsageError() {
        #expect(throws: UsageError("unknown environment 'qa' (this workspace has: staging)")) {
            try lint(["config/deploy.yml": "service: a\n", "config/deploy.staging.yml": "service: a\n"], env: "qa")
        }
    }

    @Test func unknownRuleIsAUsageError() {
        #expect(throws: UsageError("unknown rule 'no-such-rule'; `lint-config rules` lists them")) {
            try lint(["config/deploy.yml": "service: a\n"], rules: ["no-such-rule"])
        }
    }
}
