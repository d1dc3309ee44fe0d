import Testing
@testable import LintConfig

/// One env example serving several readers (corpus cause N9: a monorepo's root `.env.example`
/// listed by web and worker; a root example documenting a docker compose stack and Kamal
/// accessories): a key is stale only when none of them reads it, and is reported once.
@Suite struct SharedEnvExampleTests {
    static let monorepo: [String: String] = [
        "lint-config.yml": """
            projects:
              - {name: worker, root: apps/worker, env_examples: [../../.env.example]}
              - {name: web, root: apps/web, env_examples: [../../.env.example]}
            """,
        ".env.example": "DATABASE_URL=\nREDIS_URL=\nNEXT_PUBLIC_APP_URL=\nOLD_QUEUE_NAME=\n",
        "apps/worker/package.json": "{}\n",
        "apps/worker/src/main.ts": "const r = process.env.REDIS_URL!;\nconst d = process.env.DATABASE_URL!;\n",
        "apps/web/package.json": "{}\n",
        "apps/web/src/app.ts": "const u = process.env.NEXT_PUBLIC_APP_URL;\n",
    ]

    @Test func onlyAKeyNoSharerReadsIsStaleAndOnlyOnce() throws {
        let result = try lint(Self.monorepo, rules: ["env-example-stale"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map(\.title) == ["'OLD_QUEUE_NAME' is documented in .env.example but nothing in worker or web reads it"])
        #expect(result.findings.first?.subject.projects == ["web", "worker"])
    }

    @Test func aFileOfOneProjectKeepsItsFingerprintShape() throws {
        let files: [String: String] = [
            "package.json": "{}\n", ".env.example": "A=\nB=\n", "src/main.ts": "process.env.A!;\n",
        ]
        let result = try lint(files, rules: ["env-example-stale"])
        #expect(result.findings.map(\.title) == ["'B' is documented in .env.example but nothing in . reads it"])
        #expect(result.findings.first?.subject.projects == ["."])
    }

    @Test func composeAndKamalAccessoriesReadTheirKeys() throws {
        let files: [String: String] = [
            "Gemfile": "source 'https://rubygems.org'\n",
            ".env.example": "SECRET_KEY_BASE=\nPOSTGRES_PASSWORD=changeme\nWEB_PORT=5173\nREDIS_PASSWORD=\nUNUSED=\n",
            "compose.yaml": "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD?required}\n"
                + "  web:\n    ports: [\"$WEB_PORT:80\"]\n    command: echo $$NOT_A_VARIABLE\n",
            "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n"
                + "accessories:\n  redis:\n    image: redis:7\n    host: 10.0.0.1\n    env:\n      secret:\n        - REDIS_PASSWORD\n",
            ".kamal/secrets": "REDIS_PASSWORD=$REDIS_PASSWORD\n",
            "app/main.rb": "KEY = ENV.fetch(\"SECRET_KEY_BASE\")\n",
        ]
        let result = try lint(files, rules: ["env-example-stale"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map(\.subject.names) == [["UNUSED", ".env.example"]])
    }

    @Test func composeInterpolationNames() {
        #expect(ComposeInterpolation.names(in: "a: ${A}\nb: ${B:-x} $C $$D ${E?err} $1 ${A}\n") == ["A", "B", "C", "E"])
        #expect(ComposeInterpolation.isComposeFile("docker-compose.prod.yml"))
        #expect(ComposeInterpolation.isComposeFile("compose.yaml"))
        #expect(!ComposeInterpolation.isComposeFile("deploy.yml"))
    }
}
