import Testing
@testable import LintConfig

/// Literal values a handler returns in a JSON field (produces, with its route when the handler
/// is registered inline) and literals a client compares that field of a parsed response with
/// (consumes): `state: "up"` served, `data.state === "online"` expected.
@Suite struct ResponseValueFactsTests {
    func described(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.name)=\($0.value ?? "") \($0.direction.rawValue)\($0.attributes["route"].map { " " + $0 } ?? "")" }
    }

    // MARK: triggering

    @Test func honoHandlerReturnsAStateForItsRoute() {
        let m = MarkedScript("""
            app.get("/status/:id", async (c) => {
              return c.json({ 1️⃣state: "up", checkedAt: Date.now() });
            });
            """)
        let facts = m.facts(.responseValue)
        #expect(described(facts) == ["state=up produces GET /status/{}"])
        #expect(facts.first?.location == m[1])
    }

    @Test func expressResAndStatusChain() {
        let m = MarkedScript("""
            router.post("/jobs", (req, res) => {
              res.status(202).json({ 1️⃣status: "queued" });
            });
            app.get("/health", (req, res) => res.json({ 2️⃣ok: "yes" }));
            """)
        #expect(described(m.facts(.responseValue)) == ["status=queued produces POST /jobs", "ok=yes produces GET /health"])
        #expect(m.facts(.responseValue).map(\.location) == [m[1], m[2]])
    }

    @Test func responseJsonAndNextResponse() {
        let m = MarkedScript("""
            return Response.json({ 1️⃣mode: "maintenance" });
            return NextResponse.json({ 2️⃣phase: "done" }, { status: 200 });
            """)
        #expect(m.facts(.responseValue).map(\.location) == [m[1], m[2]])
    }

    @Test func nextRouteFileGivesTheRoute() {
        let text = "export async function GET() { return Response.json({ state: 'operational' }); }"
        let source = FactsBuilder.lex(text, path: "web/app/api/status/route.ts").0
        let facts = JSFactScan.facts([JSFactScan.scan(source)], project: "P").filter { $0.kind == .responseValue }
        #expect(described(facts) == ["state=operational produces /api/status"])
    }

    @Test func valuesThroughConstants() {
        let m = MarkedScript("""
            const UP = "up";
            app.get("/s", (c) => c.json({ 1️⃣state: UP }));
            """)
        #expect(described(m.facts(.responseValue)) == ["state=up produces GET /s"])
    }

    @Test func clientComparesAFieldOfAParsedResponse() {
        let m = MarkedScript("""
            const res = await fetch(`${base}/status`);
            const data = await res.json();
            if (data.state === 1️⃣"online") notify();
            """)
        let facts = m.facts(.responseValue)
        #expect(described(facts) == ["state=online consumes"])
        #expect(facts.first?.location == m[1])
    }

    @Test func literalOnTheLeftAndNegation() {
        let m = MarkedScript("""
            const body = await (await fetch(u)).json();
            if (1️⃣"failed" !== body.status) retry();
            """)
        let fact = m.facts(.responseValue).first
        #expect(fact?.name == "status" && fact?.value == "failed" && fact?.location == m[1])
        #expect(fact?.attributes["negated"] == "true")
    }

    @Test func optionalChainedField() {
        let m = MarkedScript("""
            const json = await r.json();
            return json?.phase == 1️⃣"ready";
            """)
        #expect(m.facts(.responseValue).map(\.location) == [m[1]])
    }

    @Test func axiosDataField() {
        let m = MarkedScript("""
            const { data } = await axios.get("/api/status");
            if (data.state === 1️⃣"degraded") warn();
            """)
        #expect(described(m.facts(.responseValue)) == ["state=degraded consumes"])
    }

    @Test func severalFieldsInOneResponse() {
        let m = MarkedScript("app.get('/v', (c) => c.json({ 1️⃣a: 'x', 2️⃣b: 'y', n: 1, nested: { c: 'z' } }))")
        #expect(m.facts(.responseValue).map(\.location) == [m[1], m[2]])
    }

    // MARK: non-triggering

    @Test func computedValuesAndNonLiteralsAreNothing() {
        let m = MarkedScript("app.get('/x', (c) => c.json({ state: current(), id, count: 2, ok: true }))")
        #expect(m.facts(.responseValue).isEmpty)
    }

    @Test func comparisonsOfOtherObjectsAreNothing() {
        let m = MarkedScript("""
            const cfg = loadConfig();
            if (cfg.mode === "dev") debug();
            if (process.env.NODE_ENV === "production") x();
            if (user.role === "admin") y();
            """)
        #expect(m.facts(.responseValue).isEmpty)
    }

    @Test func jsonOfOtherObjectsIsNotAResponse() {
        let m = MarkedScript("logger.json({ level: 'info' }); JSON.stringify({ state: 'up' }); schema.json({ a: 'b' });")
        #expect(m.facts(.responseValue).isEmpty)
    }

    @Test func commentsAndStringsAreNothing() {
        let m = MarkedScript("""
            // return c.json({ state: "up" })
            const s = "if (data.state === 'online')";
            """)
        #expect(m.facts(.responseValue).isEmpty)
    }

    @Test func aComparisonBeforeTheResponseIsParsedIsNothing() {
        let m = MarkedScript("""
            if (data.state === "online") go();
            const data = await res.json();
            """)
        #expect(m.facts(.responseValue).isEmpty)
    }

    /// openstatus: `typeof data.latency === "number"` checks a type, not a value.
    @Test func typeofChecksAreNotValues() {
        let m = MarkedScript("""
            const data = await res.json();
            if (typeof data.latency === "number" && typeof data.body !== "string") ok();
            """)
        #expect(m.facts(.responseValue).isEmpty)
    }
}
