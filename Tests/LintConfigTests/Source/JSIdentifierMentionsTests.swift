import Testing
@testable import LintConfig

/// The mention index answers what a walk over the following tokens would: every later
/// identifier spelled the same, in order, and nothing else.
@Suite struct JSIdentifierMentionsTests {
    @Test func laterMentionsAreTheSameAsAScan() throws {
        let text = """
        const url = process.env.DATABASE_URL;
        const other = url ?? "x"; // url in a comment is not a token
        function f(url) { return url.length + other.url; }
        const s = "url";
        export { url };
        """
        let source = try JSLexer.tokenize(text, path: "src/a.ts")
        let mentions = JSIdentifierMentions(source)
        for (index, token) in source.tokens.enumerated() where token.kind == .identifier {
            let spelling = source.text(token)
            let scanned = source.tokens.indices.filter { k in
                k > index && source.tokens[k].kind == .identifier && source.text(source.tokens[k]) == spelling
            }
            let found = mentions.after(index, spelledLike: index, in: source).filter { source.text(source.tokens[$0]) == spelling }
            #expect(Array(found) == scanned, "mentions of \(spelling) after token \(index)")
        }
    }

    @Test func theFirstUseOfABindingSkipsPropertiesAndKeys() throws {
        // The read is optional only because its binding is later compared; the index must find
        // that use past a property and an object key of the same spelling.
        let text = """
        const mode = process.env.WORKER_MODE;
        const config = { mode: 1 };
        config.mode = 2;
        export const queued = mode === 'queue';
        """
        let reads = try JSEnvReads.scan(JSLexer.tokenize(text, path: "src/a.ts"), language: .typescript).reads
        #expect(reads.map(\.name) == ["WORKER_MODE"])
        #expect(reads.first?.use == .optional)
    }
}
