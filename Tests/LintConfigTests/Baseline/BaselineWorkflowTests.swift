import Foundation
import Testing
@testable import LintConfig

/// `baseline write`, `baseline check` and `check --baseline` on a workspace on disk.
@Suite struct BaselineWorkflowTests {
    func layout(_ root: URL) -> BaselineLayout { BaselineLayout(workspaceRoot: root, path: nil) }

    func drift(_ root: URL, env: String? = nil) throws -> DriftReport {
        try BaselineWorkflow.check(DiskWorkspaceFiles(root: root), layout: layout(root), options: LintOptions(environment: env))
    }

    func write(_ root: URL, env: String? = nil, prune: Bool = false) throws {
        _ = try BaselineWorkflow.write(DiskWorkspaceFiles(root: root), layout: layout(root), options: LintOptions(environment: env), prune: prune)
    }

    @Test func writesTheLayoutAndFindsNoDriftRightAfter() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root)
        for environment in ["staging", "production"] {
            let manifest = root.appendingPathComponent("Baselines/\(environment)/worker.manifest.json")
            let printed = try String(contentsOf: manifest, encoding: .utf8)
            let expected = try Linter.analyse(DiskWorkspaceFiles(root: root), options: LintOptions(environment: environment))
            #expect(printed == Manifest.json(expected.model, project: "worker").rendered(), "the file is what `manifest --env --project` prints")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Baselines/\(environment)/findings.json").path))
        }
        let report = try drift(root)
        #expect(report.changes.isEmpty)
        #expect(report.exitCode == 0)
    }

    @Test func reportsEveryKindOfChangePerProjectAndEnvironment() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root)
        // A read becomes optional, a new required read, a documented key dropped, a supply added in production only.
        try writeFile("const db = process.env.DATABASE_URL ?? 'x';\nconst port = process.env.PORT ?? '3000';\nconst q = process.env.QUEUE!;\n",
                      at: root.appendingPathComponent("worker/src/main.ts"))
        try writeFile("DATABASE_URL=\n", at: root.appendingPathComponent("worker/.env.example"))
        try writeFile("servers:\n  - 10.0.2.1\nenv:\n  clear:\n    QUEUE: jobs\n", at: root.appendingPathComponent("worker/config/deploy.production.yml"))
        let report = try drift(root)
        let messages = report.changes.map { "\($0.environment) \($0.project): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("staging worker: env `DATABASE_URL` (consumes) changed: attributes.use: required → optional") })
        #expect(messages.contains("staging worker: env `QUEUE` now read"))
        #expect(messages.contains("staging worker: env `PORT` no longer documented"))
        #expect(messages.contains("production worker: env `QUEUE` now supplied"))
        #expect(!messages.contains("staging worker: env `QUEUE` now supplied"))
        #expect(report.exitCode == 1)
        #expect(try drift(root, env: "staging").changes.allSatisfy { $0.environment == "staging" })
    }

    @Test func aProjectThatAppearsIsOneChange() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root)
        try writeFile("{}\n", at: root.appendingPathComponent("web/package.json"))
        try writeFile("process.env.API_URL!\n", at: root.appendingPathComponent("web/src/app.ts"))
        let changes = try drift(root).changes
        #expect(changes.filter { $0.project == "web" }.map(\.message) == ["project `web` added", "project `web` added"])
    }

    @Test func aMissingBaselineIsAUsageErrorNotACleanRun() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: BaselineFailure.self) { try drift(root) }
    }

    @Test func checkWithBaselineReportsOnlyNewFindingsAndWhatIsGone() throws {
        var files = baselineWorkspace
        files["worker/src/main.ts"]! += "const key = process.env.API_KEY!;\n"
        let root = try temporaryWorkspace(files)
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root)
        let disk = DiskWorkspaceFiles(root: root)
        let clean = try BaselineWorkflow.checkAgainstBaseline(disk, layout: layout(root), options: LintOptions())
        #expect(clean.findings.isEmpty)
        #expect(clean.baseline?.accepted ?? 0 > 0)
        #expect(clean.baseline?.gone.isEmpty == true)
        // API_KEY's defect is fixed; a new one appears.
        try writeFile("const db = process.env.DATABASE_URL!;\nconst port = process.env.PORT ?? '3000';\nconst t = process.env.TOKEN!;\n",
                      at: root.appendingPathComponent("worker/src/main.ts"))
        let after = try BaselineWorkflow.checkAgainstBaseline(disk, layout: layout(root), options: LintOptions())
        #expect(after.findings.contains { $0.ruleID == "env-unsupplied" && $0.subject.names == ["TOKEN"] })
        #expect(!after.findings.contains { $0.subject.names.contains("API_KEY") })
        let gone = after.baseline?.gone ?? []
        #expect(gone.contains { $0.entry.rule == "env-unsupplied" && $0.environment == "staging" && $0.entry.title.contains("API_KEY") })
        // Without --prune the stale entry stays; with it, it goes.
        try write(root)
        #expect(try BaselineWorkflow.checkAgainstBaseline(disk, layout: layout(root), options: LintOptions()).baseline?.gone.isEmpty == false)
        try write(root, prune: true)
        #expect(try BaselineWorkflow.checkAgainstBaseline(disk, layout: layout(root), options: LintOptions()).baseline?.gone.isEmpty == true)
    }

    @Test func aDefectAcceptedInStagingIsNewWhenItReachesProduction() throws {
        let finding = Finding(ruleID: "env-unsupplied", severity: .critical, title: "t", location: .file("a.ts"), what: "", impact: "", fix: "",
                              subject: FindingSubject(rule: "env-unsupplied", kind: "env", projects: ["p"], names: ["X"]),
                              environments: ["staging", "production"])
        let entry = BaselineEntry(finding)
        let result = LintResult(findings: [finding], errors: [], checked: [])
        let stagingOnly = [BaselineSnapshot(environment: "staging", manifests: [:], findings: [entry]),
                           BaselineSnapshot(environment: "production", manifests: [:], findings: [])]
        #expect(BaselineFilter.apply(result, baselines: stagingOnly).findings.count == 1)
        let both = [BaselineSnapshot(environment: "staging", manifests: [:], findings: [entry]),
                    BaselineSnapshot(environment: "production", manifests: [:], findings: [entry])]
        #expect(BaselineFilter.apply(result, baselines: both).findings.isEmpty)
        // --env staging: only staging's baseline counts.
        #expect(BaselineFilter.apply(result, baselines: [stagingOnly[0]]).findings.isEmpty)
    }

    @Test func aDamagedBaselineIsAnInputError() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root)
        try writeFile("{\"environment\": \"staging\", \"findings\": [", at: root.appendingPathComponent("Baselines/staging/findings.json"))
        #expect(throws: BaselineFailure.self) { try drift(root) }
    }
}

/// This repository's Baselines/ is the baseline of Examples/: CI's drift check must pass.
@Suite struct CommittedBaselineTests {
    @Test func committedBaselinesMatchExamples() throws {
        let examples = DiskWorkspaceFiles(root: TestPaths.packageRoot.appendingPathComponent("Examples"))
        let layout = BaselineLayout(directory: TestPaths.packageRoot.appendingPathComponent("Baselines"))
        let report = try BaselineWorkflow.check(examples, layout: layout, options: LintOptions())
        let drift = report.changes.map { "\($0.project) · \($0.environment): \($0.message)" }
        #expect(drift.isEmpty, "Examples/ drifted from Baselines/; run `make golden` and review the diff")
        let filtered = try BaselineWorkflow.checkAgainstBaseline(examples, layout: layout, options: LintOptions())
        #expect(filtered.findings.isEmpty && filtered.baseline?.gone.isEmpty == true, "Baselines/ findings are stale; run `make golden`")
    }

    /// The replayed schema is part of the baseline: a migration that drops a column, changes a
    /// default or creates a table is drift of the database, named as such.
    @Test func schemaChangesAreDriftOfTheDatabase() throws {
        let root = try temporaryWorkspace([
            "api/package.json": "{}\n",
            "api/supabase/migrations/20240101000000_jobs.sql":
                "create table jobs (id int primary key, status text not null default 'pending', priority int);\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let files = DiskWorkspaceFiles(root: root)
        let layout = BaselineLayout(workspaceRoot: root, path: nil)
        _ = try BaselineWorkflow.write(files, layout: layout, options: LintOptions(), prune: false)
        #expect(try BaselineWorkflow.check(files, layout: layout, options: LintOptions()).changes.isEmpty)
        try writeFile("alter table jobs drop column priority;\nalter table jobs alter column status set default 'queued';\n"
                      + "create table events (id int);\n",
                      at: root.appendingPathComponent("api/supabase/migrations/20240201000000_change.sql"))
        let report = try BaselineWorkflow.check(files, layout: layout, options: LintOptions())
        let messages = report.changes.filter { $0.project.hasSuffix("(database)") }.map(\.message)
        #expect(messages.contains("column `jobs.priority` dropped"))
        #expect(messages.contains("column `jobs.status` changed: default: 'pending'::text → 'queued'::text"))
        #expect(messages.contains("table `events` created"))
    }
}
