/// Every format `check` prints, in one place: the executable parses the name, this renders. A
/// format that needs more than the findings (markdown's graph and env matrix, SARIF's rule
/// catalogue) takes it from the run here, so reporters stay ignorant of rules and models.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif, markdown, gitlab

    /// `shown` is the run's result as reported (bounded, or filtered by the baseline).
    public func render(_ run: LintRun, shown: LintResult, failOn: Severity, color: Bool = false) -> String {
        switch self {
        case .text: TextReporter(useColor: color).render(shown, failOn: failOn)
        case .json: JSONReporter.render(shown, failOn: failOn)
        case .github: GitHubReporter.render(shown, failOn: failOn)
        case .sarif: SARIFReporter.render(shown, rules: Self.ruleInfo)
        case .gitlab: GitLabReporter.render(shown)
        case .markdown:
            MarkdownReporter(graph: ContractGraph.of(run.model, findings: run.result.findings), matrix: EnvMatrix.of(run.model))
                .render(shown, failOn: failOn)
        }
    }

    static var ruleInfo: [SARIFReporter.RuleInfo] {
        RuleCatalogue.all.map { rule in
            let d = rule.description
            return SARIFReporter.RuleInfo(id: d.id, severity: d.severity, summary: d.summary, rationale: d.rationale)
        }
    }
}
