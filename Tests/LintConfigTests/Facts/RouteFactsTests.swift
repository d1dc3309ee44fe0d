import Testing
@testable import LintConfig

/// Routes served and called, parameters normalised, prefixes applied, base env vars kept.
@Suite struct RouteFactsTests {
    @Test func expressRoutesAndParameters() {
        let m = MarkedScript("""
            app.get(1️⃣"/jobs/:id", handler);
            router.post(2️⃣'/jobs', async (req, res) => res.json({}));
            app.delete(3️⃣"/jobs/{id}/", function (req, res) {});
            """)
        #expect(summary(m.facts(.route)) == ["GET /jobs/{} produces", "POST /jobs produces", "DELETE /jobs/{} produces"])
        #expect(m.facts(.route).map(\.location) == [m[1], m[2], m[3]])
    }

    /// `` `${API}/api/v1/tenants${qs ? `?${qs}` : ""}` `` calls `/api/v1/tenants`: the
    /// substitution is a query string or nothing, not part of the last segment (blunari). Any
    /// other conditional reads as its first branch.
    @Test func anOptionalQueryStringEndsThePath() {
        let m = MarkedScript("""
            const API_URL = process.env.API_URL;
            await fetch(`${API_URL}/api/v1/tenants${params.toString() ? `?${params.toString()}` : ""}`);
            await fetch(`${API_URL}/api/v1/items${q ? "?q=" + q : ""}`);
            await fetch(`${API_URL}/api/v1/files/${isRaw ? "raw" : ""}`);
            """)
        #expect(summary(m.facts(.route)) == ["GET /api/v1/tenants consumes", "GET /api/v1/items consumes",
                                             "GET /api/v1/files/raw consumes"])
    }

    @Test func fetchWithTemplateAndBaseEnv() {
        let m = MarkedScript("""
            const base = process.env.GH_API_BASE_URL!;
            await fetch(1️⃣`${base}/api/jobs/${job.id}/cancel`, { method: "POST" });
            """)
        let fact = m.facts(.route).first
        #expect(fact?.name == "POST /api/jobs/{}/cancel" && fact?.direction == .consumes && fact?.location == m[1])
        #expect(fact?.attributes == ["base-env": "GH_API_BASE_URL"])
    }

    @Test func fetchDefaultsToGetAndLiteralOrigin() {
        let m = MarkedScript("fetch(1️⃣'https://api.example.com/v1/status?verbose=1&token=' + t)")
        #expect(m.facts(.route).first?.name == "GET /v1/status")
        #expect(m.facts(.route).first?.attributes == ["host": "api.example.com", "query": "token,verbose"])
    }

    @Test func axiosVerbsAndConfigForm() {
        let m = MarkedScript("""
            axios.put(1️⃣`/api/users/${id}`, body);
            axios({ url: 2️⃣"/api/sync", method: "patch" });
            """)
        #expect(summary(m.facts(.route)) == ["PUT /api/users/{} consumes", "PATCH /api/sync consumes"])
    }

    @Test func newURLBase() {
        let m = MarkedScript("fetch(new URL(1️⃣'/callbacks/done', process.env.CALLBACK_BASE))")
        #expect(m.facts(.route).first?.attributes["base-env"] == "CALLBACK_BASE")
        #expect(m.facts(.route).first?.name == "GET /callbacks/done")
    }

    @Test func mountPrefixSameFileAndImported() {
        let m = MarkedScript("""
            import { jobs } from "./jobs";
            app.use("/api/v1", jobs);
            """, others: ["jobs.ts": """
            export const jobs = express.Router();
            jobs.post(1️⃣"/apply", (req, res) => {});
            """])
        #expect(m.facts(.route).map(\.name) == ["POST /api/v1/apply"])
    }

    @Test func honoRouteAndFastifyRegister() {
        let m = MarkedScript("""
            api.get("/health", (c) => c.text("ok"));
            app.route("/admin", api);
            fastify.register(plugin, { prefix: "/v2" });
            plugin.get("/items/:id", handler);
            """)
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /admin/health", "GET /v2/items/{}"])
    }

    @Test func fastifyRouteObject() {
        let m = MarkedScript("fastify.route({ method: 'POST', url: 1️⃣'/hooks/:name', handler })")
        #expect(m.facts(.route).first?.name == "POST /hooks/{}")
    }

    @Test func nextAppRouterFile() {
        let m = MarkedScript("export async function 1️⃣POST(req: Request) { return Response.json({}) }\nexport const 2️⃣GET = () => 1;")
        let source = FactsBuilder.lex(m.marked["m.ts"]!.text, path: "web/app/(api)/jobs/[id]/route.ts").0
        let facts = JSFactScan.facts([JSFactScan.scan(source)], project: "P")
        #expect(Set(facts.map(\.name)) == ["POST /jobs/{}", "GET /jobs/{}"])
    }

    @Test func routeConstants() {
        let m = MarkedScript("""
            const ROUTES = { apply: "/api/apply" };
            app.post(ROUTES.apply, h);
            fetch(ROUTES.apply, { method: "POST" });
            """)
        #expect(summary(m.facts(.route)) == ["POST /api/apply produces", "POST /api/apply consumes"])
    }

    // Non-triggering.

    @Test func mapGetAndCacheGetAreNotRoutes() {
        let m = MarkedScript("map.get('/x'); cache.get(\"/jobs\"); params.delete('/a'); store.get(key, fallback)")
        #expect(m.facts(.route).isEmpty)
    }

    @Test func fetchOfAComputedURLIsNothing() {
        let m = MarkedScript("fetch(url); fetch(buildUrl(x)); fetch(`${base}${path}`)")
        #expect(m.facts(.route).isEmpty)
    }

    @Test func routesInCommentsAndStrings() {
        let m = MarkedScript("// app.get('/old', h)\nconst s = \"fetch('/x')\";")
        #expect(m.facts(.route).isEmpty)
    }

    @Test func useWithMiddlewareIsNotAMount() {
        let m = MarkedScript("app.use(express.json()); app.use('/static', express.static('p')); x.get('/a', h);")
        #expect(m.facts(.route).map(\.name) == ["GET /a"])
    }

    @Test func routeExportOutsideAppFolderIsNotNext() {
        let m = MarkedScript("export async function POST() {}")
        #expect(m.facts(.route).isEmpty)
    }

    @Test func functionNamedFetchIsNotACall() {
        let m = MarkedScript("async function fetch(url) { return 1 }")
        #expect(m.facts(.route).isEmpty)
    }
}
