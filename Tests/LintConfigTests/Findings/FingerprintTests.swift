import Testing
@testable import LintConfig

/// A fingerprint names a defect by its subject (rule, kind, projects, names): it must survive
/// what does not change the defect and change with what does.
@Suite struct FingerprintTests {
    /// A Kamal worker in staging and production that requires REDIS_URL, which neither supplies.
    static func workspace(source: String = "export const redis = process.env.REDIS_URL!;\n",
                          staging: String = "servers:\n  - 10.0.1.1\n",
                          project: String = "worker") -> [String: String] {
        [
            "\(project)/package.json": "{}\n",
            "\(project)/config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
            "\(project)/config/deploy.staging.yml": staging,
            "\(project)/config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
            "\(project)/.kamal/secrets-common": "KAMAL_REGISTRY_PASSWORD=$(op read x)\n",
            "\(project)/src/main.ts": source,
        ]
    }

    func unsupplied(_ files: [String: String], env: String? = nil) throws -> [Finding] {
        try lint(files, env: env, rules: ["env-unsupplied"]).findings.filter { $0.subject.kind == "env" }
    }

    @Test func oneFindingPerDefectListsItsEnvironments() throws {
        let findings = try unsupplied(Self.workspace())
        try #require(findings.count == 1)
        // Discovered environments are in name order; a lint-config.yml's order would be kept.
        #expect(findings[0].environments == ["production", "staging"])
        #expect(findings[0].title == "'REDIS_URL' is required by worker but not supplied in production and staging")
        #expect(findings[0].related.map(\.location.path).contains("worker/config/deploy.production.yml"))
    }

    @Test func stableAcrossEnvironments() throws {
        let both = try unsupplied(Self.workspace())
        let fixedInStaging = try unsupplied(Self.workspace(staging: "servers:\n  - 10.0.1.1\nenv:\n  clear:\n    REDIS_URL: redis://r\n"))
        let stagingOnly = try unsupplied(Self.workspace(), env: "staging")
        try #require(both.count == 1 && fixedInStaging.count == 1 && stagingOnly.count == 1)
        #expect(fixedInStaging[0].environments == ["production"])
        #expect(stagingOnly[0].environments == ["staging"])
        #expect(Set([both[0].fingerprint, fixedInStaging[0].fingerprint, stagingOnly[0].fingerprint]).count == 1)
    }

    @Test func stableAcrossLineMovesAndReformatting() throws {
        let original = try unsupplied(Self.workspace())
        let moved = try unsupplied(Self.workspace(source: "// config\n\nimport x from 'x';\n\n\nexport const redis = process.env.REDIS_URL!;\n"))
        let reformatted = try unsupplied(Self.workspace(source: "export const redis =\n    process.env[\"REDIS_URL\"]!\n"))
        try #require(original.count == 1 && moved.count == 1 && reformatted.count == 1)
        #expect(moved[0].location.line != original[0].location.line)
        #expect(moved[0].fingerprint == original[0].fingerprint)
        #expect(reformatted[0].fingerprint == original[0].fingerprint)
    }

    @Test func stableAcrossRewording() throws {
        let rule = EnvUnsuppliedRule().description
        let location = Location(path: "a.ts", line: 1, column: 1)
        let first = rule.finding("'X' is missing", kind: "env", projects: ["api"], names: ["X"], at: location, what: "w", fix: "f")
        var reworded = rule.finding("The variable X is not supplied", kind: "env", projects: ["api"], names: ["X"],
                                    at: Location(path: "b.ts", line: 9, column: 4), what: "other", fix: "other")
        #expect(first.fingerprint == reworded.fingerprint)
        reworded.title = "Yet another wording"
        #expect(first.fingerprint == reworded.fingerprint)
    }

    @Test func changedByRenames() throws {
        let original = try unsupplied(Self.workspace())
        let renamedVariable = try unsupplied(Self.workspace(source: "export const redis = process.env.REDIS_URI!;\n"))
        let renamedProject = try unsupplied(Self.workspace(project: "queue-worker"))
        try #require(original.count == 1 && renamedVariable.count == 1 && renamedProject.count == 1)
        #expect(renamedVariable[0].fingerprint != original[0].fingerprint)
        #expect(renamedProject[0].fingerprint != original[0].fingerprint)
    }

    @Test func everySubjectFieldCounts() {
        let a = FindingSubject(rule: "r", kind: "env", projects: ["p"], names: ["A", "B"])
        let b = FindingSubject(rule: "r", kind: "queue", projects: ["p"], names: ["A", "B"])
        let c = FindingSubject(rule: "r", kind: "env", projects: ["p", "q"], names: ["A"])
        let d = FindingSubject(rule: "r", kind: "env", projects: ["q", "p"], names: ["A"])
        #expect(a.fingerprint != FindingSubject(rule: "r", kind: "env", projects: ["p"], names: ["B", "A"]).fingerprint)
        #expect(a.fingerprint != b.fingerprint)
        #expect(c.fingerprint == d.fingerprint, "projects are a set")
    }

    @Test func spokenLists() {
        #expect(Finding.spokenList(["staging"]) == "staging")
        #expect(Finding.spokenList(["staging", "production"]) == "staging and production")
        #expect(Finding.spokenList(["dev", "staging", "production"]) == "dev, staging and production")
    }
}
