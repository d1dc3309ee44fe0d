import Testing
@testable import LintConfig

/// Variables read by a framework or SDK the project declares, not by its code (corpus cause
/// N5): a supplied or documented one is used — never env-supplied-unused, env-example-stale or
/// env-example-missing — and Prisma's `env("…")` is a read of the project itself.
@Suite struct DependencyEnvReadsTests {
    static let railsOnKamal: [String: String] = [
        "Gemfile": "source \"https://rubygems.org\"\n\ngem \"rails\", \"~> 8.0\"\ngem 'aws-sdk-s3', require: false\n",
        "config/deploy.yml": ExampleConfigs.kamalHeader + """
            servers:
              - 10.0.0.1
            env:
              clear:
                AWS_DEFAULT_REGION: auto
                AWS_ENDPOINT_URL: https://r2.example.com
                LEGACY_FLAG: "1"
              secret:
                - AWS_ACCESS_KEY_ID
                - AWS_SECRET_ACCESS_KEY
                - DATABASE_URL
                - SECRET_KEY_BASE

            """,
        ".kamal/secrets": "AWS_ACCESS_KEY_ID=$A\nAWS_SECRET_ACCESS_KEY=$B\nDATABASE_URL=$C\nSECRET_KEY_BASE=$D\n",
        "app/models/user.rb": "class User < ApplicationRecord\nend\n",
    ]

    @Test func railsAndTheAWSSDKReadTheirVariables() throws {
        let result = try lint(Self.railsOnKamal, rules: ["env-supplied-unused"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map(\.subject.names) == [["LEGACY_FLAG"]], "only the variable nothing declares is unused")
        let load = try WorkspaceLoader.load(InMemoryWorkspaceFiles(Self.railsOnKamal), environment: nil)
        let reads = try #require(load.model.envFacts.first?.reads)
        let aws = try #require(reads.first { $0.name == "AWS_ACCESS_KEY_ID" })
        #expect(aws.use == .optional && aws.why == "read by aws-sdk-s3" && aws.readBy == "aws-sdk-s3")
        #expect(aws.location == Location(path: "Gemfile", line: 4, column: 1))
        #expect(reads.first { $0.name == "DATABASE_URL" }?.readBy == "rails")
        #expect(reads.first { $0.name == "LEGACY_FLAG" } == nil)
        let manifest = Manifest.json(load.model).rendered()
        #expect(manifest.contains("\"readBy\": \"aws-sdk-s3\""))
    }

    @Test func withoutTheDependencyTheSupplyIsUnused() throws {
        var files = Self.railsOnKamal
        files["Gemfile"] = "source \"https://rubygems.org\"\n\ngem \"sinatra\"\n"
        let result = try lint(files, rules: ["env-supplied-unused"])
        #expect(Set(result.findings.flatMap(\.subject.names))
                == ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "DATABASE_URL", "LEGACY_FLAG"],
                "SECRET_KEY_BASE stays a runtime name; nothing else is read")
    }

    static let nextMonorepo: [String: String] = [
        "lint-config.yml": """
            projects:
              - name: web
                root: .
                sources: ["apps/web/src/**/*.ts"]
                env_examples: [.env.example]
            """,
        ".env.example": "DATABASE_URL=\nAUTH_SECRET=\nAUTH_GITHUB_ID=\nBETTER_AUTH_SECRET=\nOLD_KEY=\n",
        "package.json": "{\n  \"private\": true\n}\n",
        "apps/web/package.json": """
            {
              "name": "web",
              "dependencies": {
                "@prisma/client": "^6.5.0",
                "next-auth": "5.0.0-beta.25"
              },
              "devDependencies": {
                "prisma": "^6.5.0"
              }
            }
            """,
        "apps/web/prisma/schema.prisma": """
            datasource db {
              provider  = "postgresql"
              url       = env("DATABASE_URL") // pooled
              directUrl = env("DIRECT_URL")
            }

            """,
        "apps/web/src/app.ts": "export const app = 1;\n",
    ]

    @Test func authJSAndPrismaReadWhatTheExampleDocuments() throws {
        let result = try lint(Self.nextMonorepo, rules: ["env-example-stale", "env-example-missing"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map { "\($0.ruleID) \($0.subject.names[0])" }.sorted()
                == ["env-example-missing DIRECT_URL", "env-example-stale BETTER_AUTH_SECRET", "env-example-stale OLD_KEY"],
                "better-auth is not declared; DIRECT_URL is a Prisma read nobody documented")
        let load = try WorkspaceLoader.load(InMemoryWorkspaceFiles(Self.nextMonorepo), environment: nil)
        let reads = try #require(load.model.envFacts.first?.reads)
        let url = try #require(reads.first { $0.name == "DATABASE_URL" })
        #expect(url.use == .required && url.readBy == nil)
        #expect(url.location == Location(path: "apps/web/prisma/schema.prisma", line: 3, column: 20))
        #expect(reads.first { $0.name == "DIRECT_URL" }?.use == .optional)
        #expect(reads.first { $0.name == "AUTH_GITHUB_ID" }?.why == "read by next-auth")
    }

    @Test func thePrismaDatasourceURLIsRequiredByTheDeploy() throws {
        var files = Self.nextMonorepo
        files["lint-config.yml"] = """
            environments: [production]
            projects:
              - name: web
                root: .
                sources: ["apps/web/src/**/*.ts"]
                deploy:
                  production:
                    fly: {config: fly.toml, secrets: fly-secrets.txt}
            """
        files["fly.toml"] = "app = 'web'\n"
        files["fly-secrets.txt"] = "NAME  DIGEST  STATUS\nAUTH_SECRET  abc  Deployed\n"
        let result = try lint(files, rules: ["env-unsupplied", "env-supplied-unused"])
        #expect(result.findings.map { "\($0.ruleID) \($0.subject.names)" } == ["env-unsupplied [\"DATABASE_URL\"]"])
    }

    @Test func manifestsAreReadAsText() {
        let gem = DeclaredDependencies.declared(in: "gem \"rails\"\n  gem 'pg', '~> 1.1'\n# gem \"x\"\n", path: "Gemfile", ecosystem: .gem)
        #expect(gem.map(\.name) == ["rails", "pg"])
        let pip = DeclaredDependencies.declared(in: "# c\nboto3>=1.34\nPsycopg2_Binary==2.9\n-r base.txt\n", path: "requirements.txt", ecosystem: .pypi)
        #expect(pip.map(\.name) == ["boto3", "psycopg2-binary"])
        let go = DeclaredDependencies.declared(in: "module x\n\nrequire (\n\tgithub.com/aws/aws-sdk-go-v2 v1.30.0\n)\nrequire github.com/lib/pq v1.10.0\n",
                                               path: "go.mod", ecosystem: .go)
        #expect(go.map(\.name) == ["github.com/aws/aws-sdk-go-v2", "github.com/lib/pq"])
        #expect(DependencyEnvTable.entries.contains { $0.declares("@aws-sdk/client-s3", in: .npm) && $0.reads("AWS_REGION") })
        #expect(!DependencyEnvTable.entries.contains { $0.declares("aws-sdk-s3", in: .npm) })
    }
}
