import Testing
@testable import LintConfig

/// Headers of a response are not headers a client sends: a server sets them, a client reads
/// them from what `fetch` returned. Both carry `message: response`, which the request-header
/// rules leave out. Header objects of recorded data (a sample array of logged requests) are
/// records, not requests.
@Suite struct ResponseHeaderFactsTests {
    func messages(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.name) \($0.direction.rawValue) \($0.attributes["message"] ?? "request")" }
    }

    // MARK: triggering

    @Test func newResponseAndResponseJson() {
        let m = MarkedScript("""
            return new Response(body, { status: 200, headers: { 1️⃣"X-Request-Id": id } });
            return Response.json(data, { headers: { 2️⃣"Cache-Control": "no-store" } });
            """)
        #expect(messages(m.facts(.httpHeader)) == ["x-request-id produces response", "cache-control produces response"])
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2]])
    }

    @Test func nextResponseHelpers() {
        let m = MarkedScript("""
            return NextResponse.json({ ok: true }, { headers: { 1️⃣"X-Robots-Tag": "noindex" } });
            return new NextResponse(null, { status: 302, headers: { 2️⃣Location: url } });
            return NextResponse.redirect(url, { headers: { 3️⃣"Set-Cookie": c } });
            """)
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2], m[3]])
        #expect(m.facts(.httpHeader).allSatisfy { $0.attributes["message"] == "response" })
    }

    @Test func honoContextResponseInit() {
        let m = MarkedScript("return c.json(result, { status: 201, headers: { 1️⃣\"X-Total\": String(n) } });")
        #expect(messages(m.facts(.httpHeader)) == ["x-total produces response"])
    }

    @Test func responseHeadersSetOnTheResponseObject() {
        let m = MarkedScript("""
            c.res.headers.set(1️⃣"X-Powered-By", "hono");
            response.headers.append(2️⃣"Vary", "Accept");
            nextResponse.headers.set(3️⃣"x-md-source", "page");
            """)
        #expect(messages(m.facts(.httpHeader)) == [
            "x-powered-by produces response", "vary produces response", "x-md-source produces response",
        ])
    }

    @Test func aClientReadingResponseHeaders() {
        let m = MarkedScript("""
            const res = await fetch(url);
            const left = res.headers.get(1️⃣"x-ratelimit-remaining");
            const tag = response.headers.get(2️⃣"etag");
            """)
        #expect(messages(m.facts(.httpHeader)) == ["x-ratelimit-remaining consumes response", "etag consumes response"])
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2]])
    }

    @Test func requestHeadersInTheSameFileStayRequests() {
        let m = MarkedScript("""
            const res = await fetch(url, { headers: { 1️⃣Authorization: `Bearer ${t}` } });
            const key = req.headers.get(2️⃣"x-api-key");
            return new Response("ok", { headers: { 3️⃣"X-Id": id } });
            """)
        #expect(messages(m.facts(.httpHeader)) == [
            "authorization produces request", "x-api-key consumes request", "x-id produces response",
        ])
    }

    // MARK: non-triggering

    @Test func headerObjectsOfRecordsInAnArrayAreNotSent() {
        let m = MarkedScript("""
            export const logs = [
              { url: "https://openstatus.dev", status: 200, headers: { Server: "Vercel", Date: "Sun, 28 Jan 2024" } },
            ];
            """)
        #expect(m.facts(.httpHeader).isEmpty)
    }

    @Test func sampleDataFilesRecordHeadersTheyNeverSend() {
        let marked = MarkedText("""
            export const exampleLogs = Array.from({ length: 10 }).map((_, i) => ({
              id: i.toString(),
              headers: { "Cache-Control": "private", "Content-Type": "text/html" },
            }));
            """, path: "src/data/response-logs.ts")
        let facts = JSFactScan.facts([JSFactScan.scan(FactsBuilder.lex(marked.text, path: "src/data/response-logs.ts").0)], project: "P")
        #expect(facts.filter { $0.kind == .httpHeader }.isEmpty)
    }

    @Test func aDataFolderFetchStillSends() {
        let marked = MarkedText("export const load = () => fetch(u, { headers: { 1️⃣\"X-Key\": k } });", path: "src/data/q.ts")
        let facts = JSFactScan.facts([JSFactScan.scan(FactsBuilder.lex(marked.text, path: "src/data/q.ts").0)], project: "P")
        #expect(facts.filter { $0.kind == .httpHeader }.map(\.location) == [marked[1]])
    }

    @Test func responseHeaderFactsDoNotFeedTheHeaderRules() throws {
        let facts = MarkedScript("""
            return new Response(body, { headers: { "X-Deploy-Secret": s } });
            const v = res.headers.get("x-deploy-secrets");
            """).facts(.httpHeader)
        #expect(facts.count == 2)
        #expect(facts.filter(\.isRequestHeader).isEmpty)
    }

    @Test func setHeaderAndCHeaderAreNotReads() {
        let m = MarkedScript("""
            res.setHeader("X-Frame-Options", "DENY");
            c.header("X-Trace", id);
            reply.header("x-served-by", host);
            """)
        #expect(m.facts(.httpHeader).filter(\.isRequestHeader).isEmpty)
    }
}
