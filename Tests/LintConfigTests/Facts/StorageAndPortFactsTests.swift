import Testing
@testable import LintConfig

/// Browser storage keys and listening ports.
@Suite struct StorageAndPortFactsTests {
    @Test func setAndGetWithConstants() {
        let m = MarkedScript("""
            const KEY = "valet.returnTo";
            sessionStorage.setItem(1️⃣KEY, path);
            const back = sessionStorage.getItem(2️⃣"valet.returnTo");
            window.localStorage.removeItem(3️⃣"theme");
            """)
        let facts = m.facts(.storageKey)
        #expect(summary(facts) == ["valet.returnTo produces", "valet.returnTo consumes", "theme consumes"])
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
        #expect(facts.map { $0.attributes["storage"] } == ["session", "session", "local"])
        #expect(facts.last?.attributes["operation"] == "remove")
    }

    @Test func asyncStorageAndTemplateFamily() {
        let m = MarkedScript("""
            const PREFIX = "draft";
            await AsyncStorage.setItem(1️⃣`${PREFIX}:${id}`, json);
            """)
        #expect(m.facts(.storageKey).first?.name == "draft:*")
        #expect(m.facts(.storageKey).first?.attributes["storage"] == "async")
    }

    @Test func importedKey() {
        let m = MarkedScript("import { K } from './k'; localStorage.getItem(1️⃣K)", others: ["k.ts": "export const K = 'session-token'"])
        #expect(m.facts(.storageKey).map(\.name) == ["session-token"])
    }

    @Test func listenWithLiteralAndEnvFallback() {
        let m = MarkedScript("""
            app.listen(1️⃣3000);
            server.listen(2️⃣Number(process.env.PORT ?? 3100), () => log("up"));
            const port = parseInt(process.env.API_PORT || "8080", 10);
            api.listen(3️⃣port);
            """)
        let facts = m.facts(.port)
        #expect(facts.map(\.name) == ["3000", "3100", "8080"])
        #expect(facts.map { $0.attributes["env"] } == [nil, "PORT", "API_PORT"])
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
    }

    @Test func envOnlyPort() {
        let m = MarkedScript("app.listen(1️⃣process.env.PORT)")
        #expect(m.facts(.port).first?.name == "$PORT")
    }

    @Test func bunAndHonoServe() {
        let m = MarkedScript("""
            Bun.serve({ port: 1️⃣4000, fetch });
            serve({ fetch: app.fetch, port: 2️⃣Number(process.env.PORT) || 8787 });
            """)
        #expect(m.facts(.port).map(\.name) == ["4000", "8787"])
        #expect(m.facts(.port).map(\.evidence) == ["Bun.serve", "serve"])
    }

    @Test func fastifyListenObject() {
        let m = MarkedScript("await fastify.listen({ port: 1️⃣5000, host: '0.0.0.0' })")
        #expect(m.facts(.port).map(\.location) == [m[1]])
    }

    @Test func denoServe() {
        let m = MarkedScript("Deno.serve({ port: 1️⃣9000 }, handler)")
        #expect(m.facts(.port).map(\.name) == ["9000"])
    }

    @Test func portConstantImported() {
        let m = MarkedScript("import { PORT } from './c'; app.listen(1️⃣PORT)", others: ["c.ts": "export const PORT = 7070;"])
        #expect(m.facts(.port).map(\.name) == ["7070"])
    }

    @Test func storageKeyThroughObjectConstant() {
        let m = MarkedScript("const KEYS = { token: 'auth.token' } as const; localStorage.setItem(1️⃣KEYS.token, t)")
        #expect(m.facts(.storageKey).map(\.name) == ["auth.token"])
    }

    // Non-triggering.

    @Test func otherStoresAreNotBrowserStorage() {
        let m = MarkedScript("cache.setItem('k', 1); redis.get('k'); store.getItem('x'); map.removeItem('y')")
        #expect(m.facts(.storageKey).isEmpty)
    }

    @Test func channelListensAreNotPorts() {
        let m = MarkedScript("sql.listen('events', cb); emitter.listen(handler); subscriber.listen('x')")
        #expect(m.facts(.port).isEmpty)
    }

    @Test func computedPortIsNothing() {
        let m = MarkedScript("app.listen(getPort()); app.listen(config.port)")
        #expect(m.facts(.port).isEmpty)
    }

    @Test func commentedAndQuoted() {
        let m = MarkedScript("// app.listen(80)\nconst s = \"localStorage.setItem('k', v)\";")
        #expect(m.facts().isEmpty)
    }

    @Test func serveWithoutPortIsNothing() {
        let m = MarkedScript("Bun.serve({ fetch }); serve(app)")
        #expect(m.facts(.port).isEmpty)
    }

    // Storage keys: more triggering shapes.

    @Test func enumMemberAndNamespaceImportKeys() {
        let m = MarkedScript("""
            import * as keys from "./keys";
            enum StorageKey { Theme = "ui.theme" }
            localStorage.getItem(1️⃣StorageKey.Theme);
            sessionStorage.setItem(2️⃣keys.RETURN_TO, path);
            """, others: ["keys.ts": "export const RETURN_TO = 'auth.returnTo';"])
        #expect(summary(m.facts(.storageKey)) == ["ui.theme consumes", "auth.returnTo produces"])
        #expect(m.facts(.storageKey).map(\.location) == [m[1], m[2]])
    }

    @Test func optionalChainedStorage() {
        let m = MarkedScript("const v = window?.localStorage?.getItem(1️⃣'onboarding.done');")
        #expect(m.facts(.storageKey).map(\.location) == [m[1]])
        #expect(m.facts(.storageKey).first?.attributes["storage"] == "local")
    }

    @Test func templateKeyWithAConstantPrefixAndSuffix() {
        let m = MarkedScript("const P = 'draft'; sessionStorage.getItem(1️⃣`${P}.${userId}.body`);")
        #expect(m.facts(.storageKey).map(\.name) == ["draft.*.body"])
    }

    @Test func asyncStorageRemove() {
        let m = MarkedScript("await AsyncStorage.removeItem(1️⃣'push.token');")
        let fact = m.facts(.storageKey).first
        #expect(fact?.direction == .consumes && fact?.attributes == ["storage": "async", "operation": "remove"])
        #expect(fact?.location == m[1])
    }

    // Storage keys: more non-triggering shapes.

    @Test func otherObjectsWithStorageMethodNames() {
        let m = MarkedScript("myStorage.setItem('x', 1); storage.getItem('y'); cache.removeItem('z'); localStorage.clear();")
        #expect(m.facts(.storageKey).isEmpty)
    }

    @Test func aKeyFromAParameterIsNothing() {
        let m = MarkedScript("function read(key) { return localStorage.getItem(key) } const n = localStorage.length;")
        #expect(m.facts(.storageKey).isEmpty)
    }
}
