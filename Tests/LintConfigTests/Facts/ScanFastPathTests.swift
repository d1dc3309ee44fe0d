import Foundation
import Testing
@testable import LintConfig

/// The fact scan answers several questions on bytes that it used to answer with Swift strings
/// or Foundation (which cost a large share of the scan): each byte-level answer is held here to
/// the string answer, on ASCII input and on the non-ASCII input that takes the string path.
@Suite struct ScanFastPathTests {
    @Test func runtimeCodeOnBytesAgreesWithSplittingThePath() {
        let paths = [
            "src/index.ts", "src/__tests__/a.ts", "tests/a.ts", "a/b/c/test/x.ts", "test", "/src//x.ts",
            "src/x.test.ts", "src/x.stories.tsx", "mocks.ts", "src/.mocks.ts", "..seed.ts", "seed", "seeds.json",
            "vite.config.ts", ".eslintrc.js", "src/.storybook/main.ts", "docs/", "x/docs", "scripts/seed.ts",
            "test_a.py", "prisma/seed.ts",
            "apps/web/next.config.mjs", "a/b.config.c.config.ts", "fixture.d.ts", "fixtures", "src/testing/x.ts",
            "setupTests.ts", "src/jest.setup.ts", "", "/", "//", ".", "src/..", "tailwind.config.js", "x.spec.",
            "src/é/x.ts", "tests/é.ts", "é/x.test.ts", "src/seed.é.ts", "é.config.ts", "vite.config.é",
        ]
        for path in paths {
            #expect(RuntimeCode.defaultReason(path) == RuntimeCode.nonASCIIReason(path), "\(path)")
        }
        #expect(RuntimeCode.defaultReason("src/__tests__/a.ts") == "not runtime code (its folder)")
        #expect(RuntimeCode.defaultReason("src/a.test.ts") == "a test")
        #expect(RuntimeCode.defaultReason("prisma/seed.ts") == "test data")
        #expect(RuntimeCode.defaultReason("vite.config.ts") == "a tool config")
        // electron-forge signs and notarises with APPLE_ID at build time (Insights' desktop app).
        #expect(RuntimeCode.defaultReason("desktop/forge.config.js") == "a tool config")
        #expect(RuntimeCode.defaultReason("trigger.config.ts") == "a tool config")
        #expect(RuntimeCode.defaultReason("sentry.client.config.ts") == nil)
        #expect(RuntimeCode.defaultReason("src/server.ts") == nil)
    }

    @Test func rootOfAConstantAgreesWithSplit() {
        for name in ["QUEUES.APPLY", "QUEUES", "", ".x", "a..b", "a.", "jobs.$col.status", "é.x", "a.\u{301}b", "."] {
            let split = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
            #expect(JSProjectConstants.root(of: name) == split, "\(name)")
        }
    }

    @Test func urlHelpersOnBytesAgreeWithFoundation() {
        let texts = ["https://api.x.com/v1?", "https://", "/hooks/", "ws://h:1/a.b", "", "a://b://c", "x:/y", "://",
                     "/a=b/", "/bot", "/a/b.", "é://h/x", "https://é.x/ø/", "/é/"]
        for text in texts {
            #expect(JSURLParameterFacts.afterScheme(text) == text.range(of: "://")?.upperBound, "\(text)")
            let slash = text.lastIndex(of: "/")
            let expected = slash.map { !text[$0...].contains { $0 == "=" || $0 == "&" || $0 == "." || $0 == ":" } }
            #expect(JSURLParameterFacts.endsInPathSegment(text) == (expected ?? false), "\(text)")
        }
    }

    /// A template that is already flat is returned as it is; any other is flattened as before.
    @Test func resolvingAFlatTemplateKeepsIt() {
        let flat = JSValue.template([.text("/v1/"), .env("BASE"), .text("/x"), .unknown])
        #expect(flat.resolved { _ in nil } == flat)
        let withEmpty = JSValue.template([.text(""), .env("BASE"), .text("/x")])
        #expect(withEmpty.resolved { _ in nil } == .template([.env("BASE"), .text("/x")]))
        let adjacent = JSValue.template([.text("a"), .text("b"), .pathRest])
        #expect(adjacent.resolved { _ in nil } == .template([.text("ab"), .pathRest]))
        let reference = JSValue.template([.text("jobs/"), .reference("Q")])
        #expect(reference.resolved { $0 == "Q" ? .text("x") : nil } == .text("jobs/x"))
    }
}
