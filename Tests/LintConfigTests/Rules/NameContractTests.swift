import Testing
@testable import LintConfig

/// The one matcher of name contracts: normalisation per kind, families, routes, near-misses.
@Suite struct NameContractTests {
    func fact(_ kind: FactKind, _ name: String, _ direction: FactDirection, line: Int = 1) -> Fact {
        Fact(kind: kind, name: name, direction: direction, project: direction == .produces ? "A" : "B",
             location: Location(path: "f.ts", line: line, column: 1), evidence: "test")
    }

    @Test func queuesMatchExactlyAndNameTheNearestOtherSpelling() {
        let contract = NameContract(kind: .queue,
                                    producers: [fact(.queue, "gh_apply_job", .produces), fact(.queue, "mail", .produces)],
                                    consumers: [fact(.queue, "gh-apply-job", .consumes), fact(.queue, "mail", .consumes)])
        #expect(contract.matched.map(\.producers.name) == ["mail"])
        #expect(contract.unmatchedProducers.map(\.side.name) == ["gh_apply_job"])
        #expect(contract.unmatchedProducers.first?.nearest?.name == "gh-apply-job")
        #expect(contract.unmatchedConsumers.first?.nearest?.name == "gh_apply_job")
    }

    @Test func headersMatchCaseInsensitivelyAndCredentialWordsAreNear() {
        let contract = NameContract(kind: .httpHeader,
                                    producers: [fact(.httpHeader, "X-GH-Service-Key", .produces), fact(.httpHeader, "X-Deploy-Token", .produces)],
                                    consumers: [fact(.httpHeader, "x-gh-service-key", .consumes), fact(.httpHeader, "x-deploy-secret", .consumes)])
        #expect(contract.matched.count == 1)
        #expect(contract.unmatchedProducers.map(\.side.name) == ["x-deploy-token"])
        #expect(contract.unmatchedProducers.first?.nearest?.name == "x-deploy-secret")
    }

    @Test func familiesCoverTheirMembersButABareStarCoversNothing() {
        #expect(NameContract.matches("reports/*", "reports/42", kind: .queue))
        #expect(NameContract.matches("reports/42", "reports/*", kind: .queue))
        #expect(!NameContract.matches("reports/*", "exports/42", kind: .queue))
        #expect(!NameContract.matches("*", "anything", kind: .queue))
        #expect(!NameContract.matches("GH_JOB", "gh_job", kind: .notifyChannel))
    }

    @Test func routesMatchByMethodAndParameterisedPath() {
        #expect(NameContract.matches("POST /jobs/{}", "POST /jobs/{}", kind: .route))
        #expect(NameContract.matches("* /jobs/{}", "GET /jobs/42", kind: .route))
        #expect(!NameContract.matches("POST /jobs/{}", "GET /jobs/{}", kind: .route))
        #expect(!NameContract.matches("GET /jobs/{}/logs", "GET /jobs/{}", kind: .route))
    }

    @Test func unrelatedNamesHaveNoNearest() {
        let contract = NameContract(kind: .queue, producers: [fact(.queue, "render-pdf", .produces)],
                                    consumers: [fact(.queue, "send-email", .consumes)])
        #expect(contract.unmatchedProducers.first?.nearest == nil)
        #expect(contract.unmatchedConsumers.first?.nearest == nil)
    }
}
