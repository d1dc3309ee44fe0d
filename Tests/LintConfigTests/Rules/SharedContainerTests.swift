import Testing
@testable import LintConfig

/// One deploy whose image runs several projects (corpus cause N11: next-go-pg's supervisord
/// image runs the Go API and the Next server from one Kamal config): a supplied variable is
/// unused only when none of them reads it, and then it is one finding naming them all.
@Suite struct SharedContainerTests {
    static let workspace: [String: String] = [
        "lint-config.yml": """
            environments: [production]
            projects:
              - name: backend
                root: backend
                deploy:
                  production:
                    kamal: {config: infra/kamal/deploy.yml}
              - name: frontend
                root: frontend
                deploy:
                  production:
                    kamal: {config: infra/kamal/deploy.yml}
              - name: docs
                root: docs
            """,
        "infra/kamal/deploy.yml": ExampleConfigs.kamalHeader + """
            servers:
              - 10.0.0.1
            env:
              clear:
                GO_ENV: production
                API_URL: https://api.example.com
                OLD_FLAG: "1"

            """,
        "backend/go.mod": "module example.com/backend\n",
        "backend/main.go": "package main\n\nimport \"os\"\n\nfunc main() { _ = os.Getenv(\"GO_ENV\") }\n",
        "frontend/package.json": "{}\n",
        "frontend/src/api.ts": "export const api = process.env.API_URL ?? \"\";\n",
        "docs/package.json": "{}\n",
        "docs/src/x.ts": "export const o = process.env.OLD_FLAG;\n",
    ]

    @Test func aVariableOneOfTheProjectsReadsIsUsed() throws {
        let result = try lint(Self.workspace, rules: ["env-supplied-unused"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.findings.map(\.title) == ["'OLD_FLAG' is supplied to backend and frontend in production but never read"],
                "docs reads OLD_FLAG but is not deployed there")
        #expect(result.findings.first?.subject.projects == ["backend", "frontend"])
    }

    @Test func differentRolesAreDifferentContainers() throws {
        var files = Self.workspace
        files["lint-config.yml"] = files["lint-config.yml"]!
            .replacingOccurrences(of: "kamal: {config: infra/kamal/deploy.yml}\n  - name: frontend",
                                  with: "kamal: {config: infra/kamal/deploy.yml, roles: [web]}\n  - name: frontend")
        files["infra/kamal/deploy.yml"] = files["infra/kamal/deploy.yml"]!.replacingOccurrences(
            of: "servers:\n  - 10.0.0.1\n", with: "servers:\n  web:\n    hosts: [10.0.0.1]\n")
        let result = try lint(files, rules: ["env-supplied-unused"])
        #expect(Set(result.findings.map(\.title)) == [
            "'API_URL' is supplied to backend in production but never read",
            "'OLD_FLAG' is supplied to backend in production but never read",
            "'GO_ENV' is supplied to frontend in production but never read",
            "'OLD_FLAG' is supplied to frontend in production but never read",
        ])
    }
}
