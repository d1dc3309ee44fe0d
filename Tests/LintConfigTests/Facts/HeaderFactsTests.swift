import Testing
@testable import LintConfig

/// HTTP headers sent (with the env var of their value) and read (with the env var compared).
@Suite struct HeaderFactsTests {
    @Test func fetchHeadersWithEnvValue() {
        let m = MarkedScript("""
            const key = process.env.GH_SERVICE_SECRET!;
            fetch(url, { headers: { 1️⃣"X-GH-Service-Key": key, 2️⃣Authorization: `Bearer ${process.env.TOKEN}` } });
            """)
        let facts = m.facts(.httpHeader)
        #expect(summary(facts) == ["x-gh-service-key produces", "authorization produces"])
        #expect(facts.map(\.location) == [m[1], m[2]])
        #expect(facts.map { $0.attributes["env"] } == ["GH_SERVICE_SECRET", "TOKEN"])
    }

    @Test func headersThroughAnImportedConstant() {
        let m = MarkedScript("""
            import { SERVICE_HEADER } from "./h";
            axios.post(u, body, { headers: { [SERVICE_HEADER]: k, 1️⃣"x-trace": id } });
            """, others: ["h.ts": "export const SERVICE_HEADER = 'x-service-key';"])
        #expect(m.facts(.httpHeader).map(\.location) == [m[1]])
    }

    @Test func newHeadersAndSet() {
        let m = MarkedScript("""
            const h = new Headers({ 1️⃣"X-A": "1" });
            reqHeaders.set(2️⃣"X-B", process.env.B_KEY);
            requestHeaders.append(3️⃣"X-C", "c");
            """)
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2], m[3]])
        #expect(m.facts(.httpHeader)[1].attributes["env"] == "B_KEY")
    }

    @Test func expressIndexReadComparedWithEnv() {
        let m = MarkedScript("""
            app.post("/x", (req, res) => {
              if (req.headers[1️⃣"x-gh-service-key"] !== process.env.GH_SERVICE_KEY) return res.sendStatus(401);
            });
            """)
        let fact = m.facts(.httpHeader).first
        #expect(fact?.direction == .consumes && fact?.location == m[1] && fact?.attributes["env"] == "GH_SERVICE_KEY")
    }

    @Test func timingSafeEqualThroughAConstant() {
        let m = MarkedScript("""
            const expected = process.env.CALLBACK_SECRET ?? "";
            function check(req) {
              const got = req.header(1️⃣"X-Signature");
              return timingSafeEqual(Buffer.from(got), Buffer.from(expected));
            }
            """)
        #expect(m.facts(.httpHeader).first?.attributes["env"] == "CALLBACK_SECRET")
        #expect(m.facts(.httpHeader).first?.name == "x-signature")
    }

    @Test func hmacKey() {
        let m = MarkedScript("""
            export async function POST(request: Request) {
              const signature = request.headers.get(1️⃣"x-hub-signature-256");
              const digest = createHmac("sha256", process.env.WEBHOOK_SECRET!).update(body).digest("hex");
              return signature === digest;
            }
            """)
        #expect(m.facts(.httpHeader).first?.attributes["env"] == "WEBHOOK_SECRET")
    }

    @Test func honoAndNextReads() {
        let m = MarkedScript("""
            app.get("/", (c) => c.req.header(1️⃣"x-api-key"));
            const h = headers().get(2️⃣"x-forwarded-for");
            """)
        #expect(m.facts(.httpHeader).map(\.location) == [m[1], m[2]])
    }

    @Test func memberRead() {
        let m = MarkedScript("const auth = req.headers.1️⃣authorization;")
        #expect(summary(m.facts(.httpHeader)) == ["authorization consumes"])
    }

    @Test func expressGet() {
        let m = MarkedScript("const t = req.get(1️⃣'X-Tenant');")
        #expect(m.facts(.httpHeader).map(\.name) == ["x-tenant"])
    }

    @Test func axiosCreateDefaults() {
        let m = MarkedScript("const api = axios.create({ baseURL: b, headers: { 1️⃣'apikey': process.env.SUPABASE_ANON_KEY } });")
        #expect(m.facts(.httpHeader).first?.attributes["env"] == "SUPABASE_ANON_KEY")
    }

    @Test func readWithoutComparisonHasNoEnv() {
        let m = MarkedScript("function f(req) { log(req.headers['x-request-id']); }")
        #expect(m.facts(.httpHeader).first?.attributes.isEmpty == true)
    }

    // Non-triggering.

    @Test func mapsAndCachesAreNotHeaders() {
        let m = MarkedScript("""
            cache.set("x-key", 1); params.append("page", "2"); map.get("X-A");
            config.get("x-header");
            """)
        #expect(m.facts(.httpHeader).isEmpty)
    }

    @Test func headersInCommentsAndStrings() {
        let m = MarkedScript("""
            // fetch(u, { headers: { "X-Old": k } })
            const doc = "req.headers['x-in-string']";
            """)
        #expect(m.facts(.httpHeader).isEmpty)
    }

    @Test func headersWithAComputedObjectIsNothing() {
        let m = MarkedScript("fetch(u, { headers: buildHeaders() }); fetch(u, { headers })")
        #expect(m.facts(.httpHeader).isEmpty)
    }

    @Test func typeDeclarationsAreNotSent() {
        let m = MarkedScript("type Options = { headers: Record<string, string> };")
        #expect(m.facts(.httpHeader).isEmpty)
    }

    @Test func headerGetOnANonRequestIsNothing() {
        let m = MarkedScript("const v = settings.headers; row.get('x-y'); response.header;")
        #expect(m.facts(.httpHeader).isEmpty)
    }
}
