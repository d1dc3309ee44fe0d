import Foundation
import Testing
@testable import LintConfig

/// Sub-app prefixes followed across files (Hono `route`, Express `use`, Fastify `register`),
/// and `@hono/zod-openapi` routes (`createRoute` registered with `.openapi`).
@Suite struct RouteMountFactsTests {
    static let telegram = """
        const app = new OpenAPIHono<Context>();
        app.post(1️⃣"/", async (c) => c.json({}));
        export const telegramWebhookRouter = app;
        """
    static let whatsapp = """
        const app = new OpenAPIHono<Context>();
        app.post(2️⃣"/", async (c) => c.json({}));
        app.get("/", async (c) => c.text("ok"));
        export const whatsappWebhookRouter = app;
        """
    static let webhooks = """
        import { telegramWebhookRouter } from "./telegram";
        import { whatsappWebhookRouter } from "./whatsapp";
        const app = new OpenAPIHono<Context>();
        app.use("*", ...publicMiddleware);
        app.route("/telegram", telegramWebhookRouter);
        app.route("/whatsapp", whatsappWebhookRouter);
        export { app as webhookRouter };
        """
    static let routers = """
        import { webhookRouter } from "./webhooks";
        const routers = new OpenAPIHono();
        routers.route("/webhook", webhookRouter);
        export { routers };
        """

    // MARK: triggering

    @Test func nestedSubAppsAcrossFilesGetEveryPrefix() {
        let m = MarkedScript("""
            import { routers } from "./rest/routers";
            const app = new OpenAPIHono();
            app.route("/", routers);
            app.get(3️⃣"/health", (c) => c.text("ok"));
            """, others: ["rest/routers/index.ts": Self.routers, "rest/routers/webhooks/index.ts": Self.webhooks,
                          "rest/routers/webhooks/telegram.ts": Self.telegram, "rest/routers/webhooks/whatsapp.ts": Self.whatsapp])
        let routes = m.facts(.route)
        #expect(Set(routes.map(\.name)) == ["GET /health", "POST /webhook/telegram", "POST /webhook/whatsapp", "GET /webhook/whatsapp"])
        #expect(routes.first { $0.name == "POST /webhook/telegram" }?.location == m[1])
        #expect(routes.first { $0.name == "POST /webhook/whatsapp" }?.location == m[2])
        #expect(routes.first { $0.name == "GET /health" }?.location == m[3])
    }

    @Test func defaultExportAndDefaultImport() {
        let m = MarkedScript("""
            import jobs from "./jobs";
            app.route("/jobs", jobs);
            """, others: ["jobs.ts": "const r = new Hono();\nr.delete(1️⃣'/:id', (c) => c.body(null));\nexport default r;"])
        #expect(m.facts(.route).map(\.name) == ["DELETE /jobs/{}"])
        #expect(m.facts(.route).first?.location == m[1])
    }

    @Test func aRouterMountedTwiceServesBothPaths() {
        let m = MarkedScript("""
            const v = new Hono();
            v.get(1️⃣"/status", h);
            app.route("/v1", v);
            app.route("/latest", v);
            """)
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /v1/status", "GET /latest/status"])
        #expect(m.facts(.route).allSatisfy { $0.location == m[1] })
    }

    @Test func createRouteInlineInOpenapi() {
        let m = MarkedScript("""
            const app = new OpenAPIHono();
            app.openapi(
              createRoute({ method: "patch", path: 1️⃣"/{id}", summary: "Update a tag" }),
              async (c) => c.json({}));
            export const tagsRouter = app;
            """, others: ["index.ts": "import { tagsRouter } from './m';\nroutes.route('/tags', tagsRouter);"])
        #expect(m.facts(.route).map(\.name) == ["PATCH /tags/{}"])
        #expect(m.facts(.route).first?.location == m[1])
        #expect(m.facts(.route).first?.evidence == "createRoute")
    }

    @Test func createRouteConstantRegisteredThroughATypedParameter() {
        let m = MarkedScript("""
            import { createRoute } from "@hono/zod-openapi";
            import type { monitorsApi } from "./index";
            const getRoute = createRoute({
              method: "get",
              tags: ["monitor"],
              path: 1️⃣"/{id}",
            });
            export function registerGetMonitor(api: typeof monitorsApi) {
              return api.openapi(getRoute, async (c) => c.json({}));
            }
            """, others: [
                "routes/v1/monitors/index.ts": "export const monitorsApi = new OpenAPIHono();\nregisterGetMonitor(monitorsApi);",
                "routes/v1/index.ts": "import { monitorsApi } from './monitors';\nexport const api = new OpenAPIHono();\napi.route('/monitor', monitorsApi);",
                "index.ts": "import { api } from './routes/v1';\nconst app = new Hono();\napp.route('/v1', api);",
            ])
        #expect(m.facts(.route).map(\.name) == ["GET /v1/monitor/{}"])
        #expect(m.facts(.route).first?.location == m[1])
    }

    @Test func aRouteConstantImportedByTheRegisteringFile() {
        let m = MarkedScript("""
            import { listRoute } from "./routes";
            const jobs = new OpenAPIHono();
            jobs.openapi(listRoute, (c) => c.json([]));
            app.route("/jobs", jobs);
            """, others: ["routes.ts": "export const listRoute = createRoute({ method: 'get', path: 1️⃣'/' });"])
        #expect(m.facts(.route).map(\.name) == ["GET /jobs"])
        #expect(m.facts(.route).first?.location == m[1])
    }

    @Test func theImportsModulePathPicksAmongSameNamedExports() {
        let m = MarkedScript("""
            import { router } from "./billing";
            app.use("/billing", router);
            """, others: [
                "billing/index.ts": "export const router = express.Router();\nrouter.post(1️⃣'/charge', h);",
                "users/index.ts": "export const router = express.Router();\nrouter.get(2️⃣'/me', h);",
            ])
        #expect(Set(m.facts(.route).map(\.name)) == ["POST /billing/charge", "GET /me"])
    }

    @Test func fastifyRegisterWithAnImportedPlugin() {
        let m = MarkedScript("""
            import { jobsPlugin } from "./plugins/jobs";
            server.register(jobsPlugin, { prefix: "/api" });
            """, others: ["plugins/jobs.ts": "export async function jobsPlugin(f) {}\nexport const x = 1;"])
        // A plugin function registers on its parameter: nothing to prefix, and nothing invented.
        #expect(m.facts(.route).isEmpty)
    }

    @Test func expressUseChainThroughConstants() {
        let m = MarkedScript("""
            const API = "/api/v2";
            import users from "./users";
            app.use(API, users);
            """, others: ["users.ts": "const r = Router();\nr.get(1️⃣'/users/:id', h);\nexport default r;"])
        #expect(m.facts(.route).map(\.name) == ["GET /api/v2/users/{}"])
    }

    @Test func openapiWithAnHTTPVerbHelperStaysServed() {
        let m = MarkedScript("""
            const r = createRoute({ method: "delete", path: 1️⃣"/keys/{key}" });
            app.openapi(r, h);
            """)
        #expect(summary(m.facts(.route)) == ["DELETE /keys/{} produces"])
    }

    static let authFactory = """
        import { Hono } from "hono";
        export function createAuthRouter(deps: Deps): Hono {
          const router = new Hono();
          router.get(1️⃣"/me", (c) => c.json({}));
          return router;
        }
        """
    static let secretsFactory = """
        export const createSecretsRouter = (deps) => {
          const router = new Hono();
          router.put(2️⃣"/:repoId/:name", (c) => c.json({}));
          return router;
        };
        """

    @Test func aRouterAFunctionReturnsGetsThePrefixOfTheCallMountingIt() {
        let m = MarkedScript("""
            import { createAuthRouter } from "./routes/auth";
            import { createSecretsRouter } from "./routes/secrets";
            export function createCoreApp(deps) {
              const app = new Hono();
              app.get(3️⃣"/health", (c) => c.json({ ok: true }));
              app.route("/auth", createAuthRouter(deps));
              app.route("/secrets", createSecretsRouter(deps));
              return app;
            }
            """, others: ["routes/auth.ts": Self.authFactory, "routes/secrets.ts": Self.secretsFactory])
        let routes = m.facts(.route)
        #expect(Set(routes.map(\.name)) == ["GET /health", "GET /auth/me", "PUT /secrets/{}/{}"])
        #expect(routes.first { $0.name == "GET /auth/me" }?.location == m[1])
        #expect(routes.first { $0.name == "PUT /secrets/{}/{}" }?.location == m[2])
        #expect(routes.first { $0.name == "GET /health" }?.location == m[3])
    }

    @Test func aFactoryInTheSameFileAndOneThroughADefaultImport() {
        let m = MarkedScript("""
            import makeSecrets from "./secrets";
            function jobs() {
              const r = new Hono();
              r.delete(1️⃣"/:id", h);
              return r;
            }
            app.route("/jobs", jobs());
            app.route("/secrets", makeSecrets());
            """, others: ["secrets.ts": "export default function build() {\n  const router = new Hono();\n"
                          + "  router.get(2️⃣'/', h);\n  return router;\n}"])
        #expect(Set(m.facts(.route).map(\.name)) == ["DELETE /jobs/{}", "GET /secrets"])
    }

    @Test func aFactorysRouterHeldInAConstantBeforeItIsMounted() {
        let m = MarkedScript("""
            import { createAuthRouter } from "./routes/auth";
            const app = new Hono();
            const auth = createAuthRouter(deps);
            const api = express.Router();
            api.get(2️⃣"/v", h);
            app.route("/auth", auth);
            app.route("/api", api);
            """, others: ["routes/auth.ts": Self.authFactory])
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /auth/me", "GET /api/v"])
        #expect(m.facts(.route).first { $0.name == "GET /api/v" }?.location == m[2])
    }

    // MARK: non-triggering

    @Test func aFactoryMountedThroughACallThatCannotBeFollowedServesNothingKnown() {
        let factory = Self.authFactory.replacingOccurrences(of: "createAuthRouter", with: "buildAuth")
        let m = MarkedScript("""
            app.route("/auth", buildAuth());
            """, others: ["routes/auth.ts": factory, "other/auth.ts": factory])
        // Two factories answer to the name: which one is mounted is unknown, and neither is at the root.
        #expect(m.facts(.route).isEmpty)
    }

    @Test func aRouterLocalToAFunctionThatDoesNotReturnItKeepsItsName() {
        let m = MarkedScript("""
            export function register(app) {
              const r = new Hono();
              r.get("/x", h);
              app.route("/r", r);
            }
            """)
        #expect(m.facts(.route).map(\.name) == ["GET /r/x"])
    }

    @Test func sameLocalNameInAnotherFileIsAnotherRouter() {
        let m = MarkedScript("""
            const app = new Hono();
            app.get(1️⃣"/a", h);
            """, others: ["other.ts": "const app = new Hono();\napp.route('/x', sub);\nsub.get('/b', h);"])
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /a", "GET /x/b"])
    }

    @Test func createRouteWithoutAPathOrInACommentIsNothing() {
        let m = MarkedScript("""
            // createRoute({ method: "get", path: "/old" })
            const s = "createRoute({ method: 'get', path: '/x' })";
            const r = createRoute({ method: "get", summary: "no path" });
            createRoute(config);
            """)
        #expect(m.facts(.route).isEmpty)
    }

    @Test func middlewareUseDoesNotPrefixOtherRouters() {
        let m = MarkedScript("""
            app.use("/admin", auth);
            app.get("/admin/stats", h);
            other.get("/open", h);
            """)
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /admin/stats", "GET /open"])
    }

    @Test func anAmbiguousImportAddsNoPrefix() {
        let m = MarkedScript("""
            import { router } from "@pkg/shared";
            app.use("/v9", router);
            """, others: [
                "a/router.ts": "export const router = Router();\nrouter.get('/one', h);",
                "b/router.ts": "export const router = Router();\nrouter.get('/two', h);",
            ])
        #expect(Set(m.facts(.route).map(\.name)) == ["GET /one", "GET /two"])
    }

    @Test func anOpenapiCallOfAnUnknownConstantIsNothing() {
        let m = MarkedScript("app.openapi(route, h); app.openapi(routes.list, h);")
        #expect(m.facts(.route).isEmpty)
    }
}
