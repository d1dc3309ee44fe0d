/// `check --baseline`: leaves out the findings a baseline accepted and lists the accepted entries
/// that no longer occur. A finding is accepted when every environment it holds in (among the
/// checked ones) accepted its fingerprint — a defect accepted in staging that now also appears in
/// production is new; a finding of no environment is accepted by any environment's baseline.
public enum BaselineFilter {
    public static func apply(_ result: LintResult, baselines: [BaselineSnapshot]) -> LintResult {
        var acceptedIn: [String: Set<String>] = [:]
        for snapshot in baselines {
            acceptedIn[snapshot.environment] = Set(snapshot.findings.map(\.fingerprint))
        }
        let checked = Set(baselines.map(\.environment))
        var kept: [Finding] = []
        var accepted = 0
        for finding in result.findings {
            let environments = finding.environments.filter(checked.contains)
            let isAccepted = environments.isEmpty
                ? baselines.contains { acceptedIn[$0.environment]?.contains(finding.fingerprint) == true }
                : environments.allSatisfy { acceptedIn[$0]?.contains(finding.fingerprint) == true }
            if isAccepted { accepted += 1 } else { kept.append(finding) }
        }
        var gone: [BaselineOutcome.Gone] = []
        for snapshot in baselines {
            for entry in snapshot.findings where !result.findings.contains(where: { finding in
                finding.fingerprint == entry.fingerprint
                    && (finding.environments.isEmpty || finding.environments.contains(snapshot.environment))
            }) {
                gone.append(BaselineOutcome.Gone(environment: snapshot.environment, entry: entry))
            }
        }
        var filtered = result
        filtered.findings = kept
        filtered.baseline = BaselineOutcome(accepted: accepted, gone: gone)
        return filtered
    }
}
