import Foundation
import Testing
@testable import LintConfig

/// The env contract as the loader assembles it from sources, examples, Kamal and Fly.
@Suite struct EnvFactsTests {
    func model(_ files: [String: String], env: String? = nil) throws -> WorkspaceModel {
        let load = try WorkspaceLoader.load(InMemoryWorkspaceFiles(files), environment: env)
        #expect(load.errors.isEmpty, "\(load.errors)")
        return load.model
    }

    static let kamal: [String: String] = [
        "lint-config.yml": """
            environments: [staging]
            projects:
              - name: worker
                root: worker
                sources: ["src/**/*.ts"]
                deploy:
                  staging:
                    kamal: {config: ops/config/deploy.yml, destination: staging, roles: [jobs]}
              - name: ops
                root: ops
            """,
        "ops/config/deploy.yml": ExampleConfigs.kamalHeader + """
            servers:
              web:
                hosts: [10.0.0.1]
                env:
                  clear:
                    WEB_ONLY: "1"
              jobs:
                hosts: [10.0.0.2]
                env:
                  secret:
                    - QUEUE_TOKEN:STAGING_QUEUE_TOKEN
            env:
              clear:
                LOG_LEVEL: info
              secret:
                - DATABASE_URL
            """,
        "ops/config/deploy.staging.yml": "env:\n  clear:\n    STAGE: staging\n",
        "ops/.kamal/secrets.staging": "DATABASE_URL=1\nSTAGING_QUEUE_TOKEN=2\n",
        "worker/package.json": "{}\n",
        "worker/src/main.ts": "const a = process.env.DATABASE_URL!;\nconst b = process.env.QUEUE_TOKEN ?? \"\";\n",
        "worker/scripts/seed.ts": "const c = process.env.SEED_ONLY!;\n",
        "worker/.env.example": "DATABASE_URL=\n",
    ]

    @Test func kamalSuppliesFollowTheRolesThatRunTheProject() throws {
        let facts = try #require(try model(Self.kamal).envFacts.first { $0.project.name == "worker" })
        let staging = try #require(facts.environments.first)
        #expect(staging.environment == "staging")
        #expect(staging.supplies.map(\.name).sorted() == ["DATABASE_URL", "LOG_LEVEL", "QUEUE_TOKEN", "STAGE"], "web's WEB_ONLY is not the worker's")
        #expect(staging.supply(named: "QUEUE_TOKEN")?.source == .kamalSecret)
        #expect(staging.supply(named: "STAGE")?.location.path == "ops/config/deploy.staging.yml")
        #expect(staging.unverifiable == nil)
        #expect(staging.deployDescription == "Kamal config ops/config/deploy.yml -d staging")
    }

    @Test func sourcesFollowTheGlobsAndExamplesTheProject() throws {
        let facts = try #require(try model(Self.kamal).envFacts.first { $0.project.name == "worker" })
        #expect(facts.reads.map(\.name) == ["DATABASE_URL", "QUEUE_TOKEN"], "scripts/ is outside the sources glob")
        #expect(facts.reads.map(\.isRequired) == [true, false])
        #expect(facts.reads[0].location == Location(path: "worker/src/main.ts", line: 1, column: 23))
        #expect(facts.exampleFiles == ["worker/.env.example"])
        #expect(facts.documented.map(\.name) == ["DATABASE_URL"])
        let ops = try #require(try model(Self.kamal).envFacts.first { $0.project.name == "ops" })
        #expect(ops.environments.isEmpty && ops.exampleFiles.isEmpty)
    }

    static let fly: [String: String] = [
        "web/package.json": "{}\n",
        "web/fly.staging.toml": "app = \"web-stg\"\n[env]\n  LOG_LEVEL = \"debug\"\n",
        "web/fly.production.toml": "app = \"web\"\n[env]\n  LOG_LEVEL = \"info\"\n",
        "web/fly-secrets.production.json": "[{\"name\": \"DATABASE_URL\", \"digest\": \"abc\"}]\n",
        "web/src/main.ts": "process.env.DATABASE_URL!;\n",
    ]

    @Test func flySuppliesAreEnvPlusSecrets() throws {
        let facts = try #require(try model(Self.fly).envFacts.first)
        let production = try #require(facts.environments.first { $0.environment == "production" })
        #expect(production.supplies.map(\.name) == ["LOG_LEVEL", "DATABASE_URL"])
        #expect(production.supply(named: "LOG_LEVEL")?.source == .flyEnv)
        #expect(production.supply(named: "DATABASE_URL")?.location == Location(path: "web/fly-secrets.production.json", line: 1, column: 12), "the name string in the JSON")
        #expect(production.deployDescription == "Fly app web")
        let staging = try #require(facts.environments.first { $0.environment == "staging" })
        #expect(staging.unverifiable == "the secrets of Fly app web-stg are not saved in the repository (no `secrets:` list)")
    }

    @Test func unverifiableFlySecretsGiveOneLowFindingNotAFalseCritical() throws {
        let result = try lint(Self.fly, env: "staging", rules: ["env-unsupplied"])
        #expect(result.findings.map(\.severity) == [.low])
        #expect(result.findings.first?.title == "Env of web in staging cannot be verified")
        let production = try lint(Self.fly, env: "production", rules: ["env-unsupplied"])
        #expect(production.findings.isEmpty)
    }

    @Test func manifestIsCanonicalAndMatchesItsSchema() throws {
        let model = try model(Self.kamal)
        let first = Manifest.json(model).rendered()
        #expect(first == Manifest.json(model).rendered())
        #expect(!first.contains("\"line\""), "no line numbers in a manifest")
        let schemaText = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/manifest.schema.json"), encoding: .utf8)
        let schema = try StructureSchema.parse(json: schemaText, path: "Schemas/manifest.schema.json")
        let document = try #require(try parseYAML(first, path: "manifest.json").root)
        #expect(StructureValidator(schema: schema).validate(document).isEmpty)
        #expect(first.contains("\"name\": \"QUEUE_TOKEN\""))
    }

    /// Reads, supplies and example keys are `env-var` facts in the rule context, and the typed
    /// view the env rules read is those facts, nothing else.
    @Test func envVariablesAreFactsAndTheRulesViewIsDerivedFromThem() throws {
        let model = try model(Self.kamal)
        let env = model.context.facts.of(.envVar).filter { $0.project == "worker" }
        let summary = Set(env.map { "\($0.name) \($0.direction.rawValue) \($0.environment ?? "-")" })
        #expect(summary == ["DATABASE_URL consumes -", "QUEUE_TOKEN consumes -", "DATABASE_URL declares -",
                            "DATABASE_URL produces staging", "QUEUE_TOKEN produces staging", "LOG_LEVEL produces staging",
                            "STAGE produces staging"])
        let read = try #require(env.first { $0.name == "DATABASE_URL" && $0.direction == .consumes })
        #expect(read.attributes["runtime"] == "true" && read.attributes["use"] == "required" && read.evidence == "process.env.X")
        let token = try #require(env.first { $0.name == "QUEUE_TOKEN" && $0.direction == .produces })
        #expect(token.attributes["secret"] == "true" && token.attributes["source"] == "Kamal env.secret")
        let view = try #require(model.envFacts.first { $0.project.name == "worker" })
        #expect(Set(view.reads.map(\.name)) == ["DATABASE_URL", "QUEUE_TOKEN"])
        #expect(view.reads.first { $0.name == "QUEUE_TOKEN" }?.use == .optional)
        #expect(Set(view.environments.first?.supplies.map(\.name) ?? []) == ["DATABASE_URL", "QUEUE_TOKEN", "LOG_LEVEL", "STAGE"])
    }

    @Test func manifestNeverHoldsValues() throws {
        let text = Manifest.json(try model(Self.fly)).rendered()
        #expect(!text.contains("debug") && !text.contains("abc"))
    }
}
