import Testing
@testable import LintConfig

/// Which staged files make `check --staged` lint: anything a front end may read, judged from the
/// name only and erring towards yes.
@Suite struct PossibleInputTests {
    @Test func documentationAndAssetsAreNotInputs() {
        for path in ["README.md", "docs/guide.mdx", "docs/logo.png", "public/favicon.ico", "LICENSE", "styles/app.css",
                     "yarn.lock", "Cargo.lock", "fonts/a.woff2", ".gitignore", "dist/app.js.map"] {
            #expect(!PossibleInput.matters(path), "\(path)")
        }
    }

    @Test func everythingAFrontEndReadsIsAnInput() {
        for path in ["src/index.ts", "api/main.py", ".env.example", "VALET/fly-secrets.staging.txt", "fly.toml",
                     "config/deploy.staging.yml", ".kamal/secrets", ".kamal/hooks/pre-deploy", "Dockerfile",
                     "lint-config.yml", "supabase/migrations/001_init.sql", "package.json", "pnpm-lock.yaml",
                     "prisma/schema.prisma", "drizzle/meta/_journal.json", "Gemfile", "notes"] {
            #expect(PossibleInput.matters(path), "\(path)")
        }
    }
}
