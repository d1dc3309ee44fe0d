import Testing
@testable import LintConfig

/// The contracts of `Examples/` that issue 10's second set of rules judges, each planted once
/// beside a correct contract of its kind: ATM's Kamal page reads `atm.deploy_secret` where the
/// secrets page writes `atm.deploySecret` (`atm.lastDestination` is written and read);
/// VALET polls job status with `GH_SERVICE_SECRET` in the query (its other calls send it in a
/// header); VALET switches on `JOB_DISPATCH_MODE === "queue"`, GHOST-HANDS on
/// `WORKER_MODE === "queue"`, linked by their queues; GHOST-HANDS LISTENs through `DATABASE_URL`,
/// which its env example sets to Supabase's transaction pooler (port 6543), while the queue's
/// LISTEN on a client of unknown origin stays silent; and on pg-boss 10 VALET sends to
/// `gh-screenshot-job`, which GHOST-HANDS works but never creates (`gh-apply-job` and
/// `gh-cancel-job` are created).
@Suite struct ExampleSecondContractsTests {
    static let rules: Set<String> = [
        "storage-key-unmatched", "secret-in-url", "env-name-split", "listen-through-pooler",
    ]

    @Test func rulesFireExactlyOnThePlantedDefects() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let result = try Linter.run(DiskWorkspaceFiles(root: root), options: LintOptions(onlyRules: Self.rules))
        let found = result.findings.map {
            "\($0.ruleID) \($0.severity.rawValue) \($0.location) \($0.subject.projects.sorted())"
        }.sorted()
        #expect(found == [
            "env-name-split high GHOST-HANDS/src/lib/vault.ts:12:21 [\"GHOST-HANDS\", \"VALET\"]",
            "listen-through-pooler high GHOST-HANDS/src/workers/events.ts:8:32 [\"GHOST-HANDS\"]",
            "secret-in-url high VALET/src/modules/ghosthands/ghosthands.client.ts:22:66 [\"VALET\"]",
            "storage-key-unmatched medium ATM/src/dashboard/KamalPage.tsx:3:33 [\"ATM\"]",
        ])
        for finding in result.findings {
            #expect(!finding.related.isEmpty || finding.ruleID == "secret-in-url",
                    "\(finding.ruleID) names the other side")
        }
        let split = try #require(result.findings.first { $0.ruleID == "env-name-split" })
        #expect(split.related.map(\.location.description) == ["VALET/src/modules/jobs/enqueue.ts:25:57"])
        #expect(split.what.contains("linked to it by the queue 'gh-apply-job'"))
        let pooler = try #require(result.findings.first { $0.ruleID == "listen-through-pooler" })
        #expect(pooler.related.map(\.location.description) == ["GHOST-HANDS/.env.example:3:1"])
        #expect(!pooler.what.contains("pooler.supabase.com"), "the URL is never printed, only its sign of a pooler")
    }

    @Test func pgBossMajorVersionIsAnAttributeOfItsQueueFacts() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let load = try WorkspaceLoader.load(DiskWorkspaceFiles(root: root), environment: nil)
        let queues = load.model.context.facts.of(.queue).filter { $0.evidence.hasPrefix("boss.") }
        #expect(!queues.isEmpty)
        #expect(queues.allSatisfy { $0.attributes[PgBossVersion.attribute] == "10" })
    }
}
