import Testing
@testable import LintConfig

/// `Examples/` plants one defect per contract rule beside correct contracts of the same kind
/// (`gh-apply-job` sent and worked, `gh_job_created` notified and listened, `gh_job_events` read
/// under its new name, `instance_id` …): exactly these findings, at exactly these places.
@Suite struct ExampleContractsTests {
    static let rules: Set<String> = ["queue-unmatched", "channel-unmatched", "value-unclaimed", "column-missing", "table-missing",
                                       "value-unknown", "queue-options-mismatch", "not-null-omitted",
                                       "orm-mirror-drift"]

    @Test func contractRulesFireExactlyOnThePlantedDefects() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root), options: LintOptions(onlyRules: Self.rules))
        let found = result.findings.map { "\($0.ruleID) \($0.severity.rawValue) \($0.location)" }.sorted()
        #expect(found == [
            "channel-unmatched critical VALET/src/modules/jobs/progress.ts:6:30",
            "column-missing critical VALET/src/modules/sandboxes/sandbox.repository.ts:7:13",
            "not-null-omitted critical VALET/src/modules/jobs/cancel.ts:6:49",
            "orm-mirror-drift high VALET/src/db/schema.ts:18:57",
            "queue-options-mismatch medium VALET/src/modules/jobs/enqueue.ts:17:19",
            "queue-options-mismatch medium VALET/src/modules/jobs/enqueue.ts:28:19",
            "queue-unmatched critical VALET/src/modules/jobs/enqueue.ts:21:19",
            "table-missing critical VALET/src/modules/jobs/progress.ts:7:62",
            "value-unclaimed critical VALET/src/modules/jobs/cancel.ts:5:56",
            "value-unclaimed critical VALET/src/modules/jobs/enqueue.ts:9:76",
            "value-unknown high VALET/src/modules/sandboxes/sandbox.repository.ts:14:94",
            "value-unknown high VALET/src/modules/sandboxes/sandbox.repository.ts:19:102",
        ])
        for finding in result.findings {
            #expect(!finding.related.isEmpty, "\(finding.ruleID) names the other side")
        }
        let crossProject = result.findings.filter { $0.subject.projects == ["GHOST-HANDS", "VALET"] }.map(\.ruleID)
        #expect(Set(crossProject) == Self.rules, "every contract rule fires at least once across VALET and GHOST-HANDS")
    }
}

/// The headers of `Examples/`: VALET sends `X-Deploy-Token` where ATM reads `x-deploy-secret`;
/// GHOST-HANDS signs callbacks from `CALLBACK_SIGNING_KEY`, VALET checks `GH_CALLBACK_SECRET`
/// (supplied nowhere: high); VALET cancels with DELETE a route GHOST-HANDS serves only as POST.
/// `x-gh-service-key`, sent and checked from `GH_SERVICE_SECRET`, and `POST …/valet/apply` hold.
@Suite struct ExampleHeaderContractsTests {
    @Test func headerRulesFireExactlyOnThePlantedDefects() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root),
                                    options: LintOptions(onlyRules: ["header-mismatch", "shared-secret-split", "route-unmatched"]))
        let found = result.findings.map { "\($0.ruleID) \($0.severity.rawValue) \($0.location) \($0.subject.projects.sorted())" }.sorted()
        #expect(found == [
            "header-mismatch high VALET/src/modules/ghosthands/deploy.client.ts:7:16 [\"ATM\", \"VALET\"]",
            "route-unmatched high VALET/src/modules/ghosthands/ghosthands.client.ts:14:16 [\"GHOST-HANDS\", \"VALET\"]",
            "shared-secret-split high VALET/src/modules/callbacks/ghosthands.webhook.ts:7:19 [\"GHOST-HANDS\", \"VALET\"]",
        ])
        let split = try #require(result.findings.first { $0.ruleID == "shared-secret-split" })
        #expect(split.environments == ["staging", "production"])
        #expect(split.what.contains("GH_CALLBACK_SECRET is NOT supplied to VALET"))
        #expect(split.related.map(\.location.description) == ["GHOST-HANDS/src/workers/callback.ts:7:16"])
    }
}

/// The env reads of `Examples/`: the zod field no destination supplies is critical; the key
/// `createCipherFromEnv()` throws without is high and names the function; optional reads beside
/// them (compared, guarded by an early return) stay silent.
@Suite struct ExampleEnvReadsTests {
    @Test func requiredAtStartUpAndOnAPath() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root), options: LintOptions(onlyRules: ["env-unsupplied"]))
        let found = result.findings.map { "\($0.severity.rawValue) \($0.location)" }.sorted()
        #expect(found == [
            "critical GHOST-HANDS/src/config/env.ts:7:3",
            "high GHOST-HANDS/src/lib/vault.ts:3:27",
        ])
        #expect(result.findings.contains { $0.what.contains("`createCipherFromEnv()` throws without it") })
    }
}

/// The deploy checks on `Examples/`: ATM's Kamal config deploys GHOST-HANDS, Fly deploys VALET.
/// Each planted defect fires once, at its place, naming the other side; the correct parts beside
/// them (the worker's cmd, production's own hosts, the production overlay that leaves the base's
/// lists alone, the hook's echo, GHOST-HANDS' app_port 3100 = `PORT ?? 3100`, VALET's staging
/// internal_port 3000) stay silent.
@Suite struct ExampleKamalChecksTests {
    static let rules: Set<String> = ["kamal-env-plain-keys", "kamal-overlay-replaces-list", "destination-hosts-overlap",
                                       "kamal-cmd-missing", "kamal-hook-stops-app", "port-mismatch"]

    @Test func kamalChecksFireExactlyOnThePlantedDefects() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root), options: LintOptions(onlyRules: Self.rules))
        let found = result.findings.map { "\($0.ruleID) \($0.severity.rawValue) \($0.location) \($0.environments)" }.sorted()
        #expect(found == [
            "destination-hosts-overlap medium ATM/config/deploy.staging.yml:8:9 [\"staging\"]",
            "kamal-cmd-missing high ATM/config/deploy.yml:20:10 [\"staging\", \"production\"]",
            "kamal-env-plain-keys high ATM/config/deploy.production.yml:12:7 [\"production\"]",
            "kamal-hook-stops-app high ATM/.kamal/hooks/pre-deploy:6:3 [\"staging\", \"production\"]",
            "kamal-overlay-replaces-list medium ATM/config/deploy.staging.yml:12:7 [\"staging\"]",
            "port-mismatch high VALET/fly.production.toml:9:3 [\"production\"]",
        ])
        let port = try #require(result.findings.first { $0.ruleID == "port-mismatch" })
        #expect(port.related.map(\.location.description) == ["VALET/src/server.ts:5:12"], "names the listen call")
        let cmd = try #require(result.findings.first { $0.ruleID == "kamal-cmd-missing" })
        #expect(cmd.subject.projects.sorted() == ["ATM", "GHOST-HANDS"], "names the config's project and the deployed one")
        let overlay = try #require(result.findings.first { $0.ruleID == "kamal-overlay-replaces-list" })
        #expect(overlay.related.map(\.location.description) == ["ATM/config/deploy.yml:32:11"], "points at the name the base listed")
        let hosts = try #require(result.findings.first { $0.ruleID == "destination-hosts-overlap" })
        #expect(hosts.related.map(\.location.description) == ["ATM/config/deploy.production.yml:8:9"])
    }

    @Test func onlyStagingCheckedStillComparesWithProduction() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root),
                                    options: LintOptions(environment: "staging", onlyRules: ["destination-hosts-overlap"]))
        #expect(result.findings.map(\.location.description) == ["ATM/config/deploy.staging.yml:8:9"])
    }
}
