import Testing
@testable import LintConfig

/// Values placed into URLs (`url-parameter` facts): template query strings and path segments,
/// `searchParams.set`, HTTP clients' `params`, each with the env variable or variable its value
/// comes from. Form bodies, fragments, literals, hosts and ids stay out.
@Suite struct URLParameterFactsTests {
    func described(_ facts: [Fact]) -> [String] {
        facts.map { fact in
            let source = fact.attributes["env"].map { "env=" + $0 }
                ?? fact.attributes["value"].map { "value=" + $0 } ?? "-"
            return "\(fact.name) \(fact.attributes["in"] ?? "?") \(source)"
        }
    }

    @Test func templateQueryFromEnvAndFromAConstant() {
        let m = MarkedScript("""
            const secret = process.env.SERVICE_SECRET;
            await fetch(`${process.env.GH_API_URL}/jobs?token=${1️⃣secret}&page=${2️⃣page}`);
            const u = `https://api.example.com/v1/rates?base=EUR&api_key=${3️⃣process.env.RATES_KEY ?? ""}`;
            """)
        let facts = m.facts(.urlParameter)
        #expect(described(facts) == [
            "token query env=SERVICE_SECRET", "page query value=page", "api_key query env=RATES_KEY",
        ])
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
        #expect(facts[0].attributes["base-env"] == "GH_API_URL")
        #expect(facts[2].attributes["host"] == "api.example.com")
    }

    @Test func queryAfterARunTimePathAndThroughEncodeURIComponent() {
        let m = MarkedScript("const link = `${base}${path}?key=${1️⃣encodeURIComponent(apiKey)}`;\n")
        #expect(described(m.facts(.urlParameter)) == ["key query value=apiKey"])
        #expect(m.facts(.urlParameter).first?.location == m[1])
    }

    @Test func pathSegmentsThatCarryASecret() {
        let m = MarkedScript("""
            await fetch(`${process.env.OPS_URL}/hooks/${1️⃣process.env.DEPLOY_HOOK}`);
            await fetch(`https://api.telegram.org/bot${2️⃣botToken}/sendMessage`);
            await fetch(`/api/jobs/${jobId}/cancel`);
            """)
        #expect(described(m.facts(.urlParameter)) == ["path path env=DEPLOY_HOOK", "path path value=botToken"])
        #expect(m.facts(.urlParameter).map(\.location) == [m[1], m[2]])
    }

    @Test func searchParamsSetAndAppend() {
        let m = MarkedScript("""
            const url = new URL("/export", process.env.API_BASE_URL);
            url.searchParams.set("key", 1️⃣process.env.EXPORT_KEY!);
            url.searchParams.append("format", 2️⃣format);
            headers.set("x-key", process.env.EXPORT_KEY);
            """)
        #expect(described(m.facts(.urlParameter)) == ["key query env=EXPORT_KEY", "format query value=format"])
        #expect(m.facts(.urlParameter).map(\.evidence) == ["searchParams.set", "searchParams.append"])
    }

    @Test func httpClientParams() {
        let m = MarkedScript("""
            const KEY = process.env.RATES_API_KEY!;
            await axios.get(url, { params: { api_key: 1️⃣KEY, base: "EUR" } });
            const client = axios.create({ baseURL, params: { token: 2️⃣process.env.SERVICE_TOKEN } });
            await ky(url, { searchParams: { q: 3️⃣query } });
            """)
        #expect(described(m.facts(.urlParameter)) == [
            "api_key query env=RATES_API_KEY", "token query env=SERVICE_TOKEN", "q query value=query",
        ])
        #expect(m.facts(.urlParameter).map(\.location) == [m[1], m[2], m[3]])
    }

    @Test func notAURL() {
        let m = MarkedScript("""
            const body = `grant_type=client_credentials&client_secret=${process.env.CLIENT_SECRET}`;
            const auth = `Bearer ${process.env.SERVICE_SECRET}`;
            const back = `${origin}/#access_token=${token}`;
            const route = { params: { id: process.env.ID } };
            router.push({ pathname: "/x", params: { token: process.env.SERVICE_TOKEN } });
            const host = `https://${process.env.API_HOST}/v1`;
            const literal = `/items?page=2&sort=${"asc"}`;
            """)
        #expect(m.facts(.urlParameter).isEmpty, "\(described(m.facts(.urlParameter)))")
    }
}

/// The pg-boss major version a package.json declares.
@Suite struct PgBossVersionTests {
    @Test(arguments: [("^10.1.0", 10), ("~9.0.3", 9), (">=10 <11", 10), ("10.x", 10), ("npm:pg-boss@11.0.0", 11)])
    func majors(range: String, major: Int) {
        #expect(PgBossVersion.major(of: range) == major)
    }

    @Test func unknownRangesAndManifests() {
        #expect(PgBossVersion.major(of: "latest") == nil)
        #expect(PgBossVersion.major(of: "workspace:*") == nil)
        #expect(PgBossVersion.declaredRange(in: "{\"devDependencies\": {\"pg-boss\": \"^10\"}}") == "^10")
        #expect(PgBossVersion.declaredRange(in: "{\"dependencies\": {\"pg-boss-ui\": \"^10\"}}") == nil)
        #expect(PgBossVersion.declaredRange(in: "{ \"pg-boss\": not json") == nil)
    }

    @Test func nearestDeclaringManifestAboveTheFile() {
        let files = InMemoryWorkspaceFiles([
            "package.json": "{\"dependencies\": {\"pg-boss\": \"^9.0.0\"}}",
            "apps/api/package.json": "{\"dependencies\": {\"pg-boss\": \"^10.1.0\"}}",
            "apps/web/package.json": "{\"dependencies\": {}}",
        ])
        var cache: [String: Int?] = [:]
        #expect(PgBossVersion.major(for: "apps/api/src/jobs", files: files, cache: &cache) == 10)
        #expect(PgBossVersion.major(for: "apps/web/src", files: files, cache: &cache) == 9)
    }
}

/// Which PostgreSQL URLs go through a transaction pooler; the reason never holds the URL.
@Suite struct TransactionPoolerURLTests {
    @Test func poolers() {
        let urls = [
            "postgresql://postgres.ref:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
            "postgres://app:pw@db.internal:5432/app?pgbouncer=true&connection_limit=1",
            "\"postgres://app@pgbouncer.internal:6432/app\"",
            "postgres://app:pw@ep-cool-river-123-pooler.us-east-2.aws.neon.tech/app?sslmode=require",
        ]
        for url in urls {
            let reason = TransactionPoolerURL.reason(url)
            #expect(reason != nil, "\(url)")
            #expect(!(reason ?? "").contains("pw"))
        }
    }

    @Test func directOrSessionConnections() {
        for url in ["postgresql://postgres.ref:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres",
                    "postgres://postgres:postgres@localhost:54322/postgres", "redis://cache:6543", "not a url", ""] {
            #expect(TransactionPoolerURL.reason(url) == nil, "\(url)")
        }
    }
}

/// The connection a LISTEN runs on, which `listen-through-pooler` judges.
@Suite struct ListenConnectionFactsTests {
    @Test func clientsFromTheDefaultImportNamespace() {
        let m = MarkedScript("""
            import pg from "pg";
            const listener = new pg.Client({ connectionString: process.env.LISTEN_URL });
            await listener.query("LISTEN 1️⃣jobs");
            const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
            await pool.query("LISTEN 2️⃣cache");
            const other = new x.Client({ connectionString: process.env.OTHER_URL });
            """)
        let listens = m.facts(.notifyChannel)
        #expect(listens.map(\.location) == [m[1], m[2]])
        #expect(listens.map { $0.attributes["env"] } == ["LISTEN_URL", "DATABASE_URL"])
    }

    @Test func pgListenSubscriber() {
        let m = MarkedScript("""
            import createSubscriber from "pg-listen";
            const subscriber = createSubscriber({ connectionString: process.env.EVENTS_DATABASE_URL });
            await subscriber.listenTo(1️⃣"orders");
            """)
        #expect(m.facts(.notifyChannel).map(\.location) == [m[1]])
        #expect(m.facts(.notifyChannel).first?.attributes["env"] == "EVENTS_DATABASE_URL")
    }
}
