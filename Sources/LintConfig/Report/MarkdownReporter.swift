/// `--format markdown`: the whole report as one markdown document, for a pull-request comment or
/// a job summary — a summary table, the findings grouped CRITICAL → LOW in the seed audit's
/// Where / What / Impact / Fix layout, the contract graph (Mermaid, which GitHub and GitLab
/// draw), and the env matrix. Workspace text goes through `MarkdownText` (finding texts were
/// redacted when the findings were made).
public struct MarkdownReporter {
    public var graph: ContractGraph?
    public var matrix: EnvMatrix?
    public var maxOutputBytes: Int

    public init(graph: ContractGraph? = nil, matrix: EnvMatrix? = nil, maxOutputBytes: Int = OutputLimit.maxBytes) {
        self.graph = graph
        self.matrix = matrix
        self.maxOutputBytes = maxOutputBytes
    }

    public func render(_ result: LintResult, failOn: Severity) -> String {
        var output = "# lint-config report\n\n"
            + MarkdownText.inline(TextReporter(useColor: false).summary(result, failOn: failOn)) + "\n\n"
        output += "| severity | findings |\n|---|---:|\n"
        for severity in Severity.allCases.reversed() { output += "| \(severity.label) | \(result.count(severity)) |\n" }
        output += "| **total** | **\(result.total)** |\n"
        var written = 0
        for severity in Severity.allCases.reversed() {
            let findings = result.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            output += "\n## \(severity.label)\n"
            for finding in findings {
                let block = render(finding)
                if written + block.utf8.count > maxOutputBytes {
                    output += "\n"
                        + OutputLimit.line(notShown: result.findings.count - written, limit: maxOutputBytes) + "\n"
                    break
                }
                written += block.utf8.count
                output += block
            }
        }
        if !result.omitted.isEmpty {
            output += "\n## Not shown\n\n"
            for group in result.omitted { output += "- " + MarkdownText.inline(group.summary(result.bounds)) + "\n" }
        }
        if let baseline = result.baseline, !baseline.gone.isEmpty {
            output += "\n## Baseline entries that no longer occur\n\n"
                + "`lint-config baseline write --prune` removes them.\n\n"
            for gone in baseline.gone {
                output += "- \(MarkdownText.inline(gone.environment)) \(MarkdownText.code(gone.entry.fingerprint)) "
                    + "[\(MarkdownText.inline(gone.entry.rule))] \(MarkdownText.inline(gone.entry.title))\n"
            }
        }
        if let graph {
            output += "\n## Contracts\n\n"
                + "Projects and the names they exchange; red edges are contracts a finding says are broken.\n\n"
            output += "```mermaid\n" + GraphRenderer.mermaid(graph) + "```\n"
        }
        if let matrix, !matrix.columns.isEmpty {
            output += "\n## Environment variables\n\n"
                + "What each deployed project reads, against what each environment supplies.\n\n"
            output += "| variable | " + matrix.columns.map { MarkdownText.inline("\($0.project) · \($0.environment)") }
                .joined(separator: " | ") + " |\n"
            output += "|---|" + String(repeating: "---|", count: matrix.columns.count) + "\n"
            for row in matrix.rows {
                output += "| \(MarkdownText.code(row.variable)) | "
                    + row.cells.map(\.rawValue).joined(separator: " | ") + " |\n"
            }
        }
        return output
    }

    func render(_ finding: Finding) -> String {
        let m = MarkdownText.inline
        var where_ = "\(MarkdownText.code(finding.location.description)) · \(MarkdownText.code(finding.ruleID))"
        if !finding.environments.isEmpty { where_ += " · " + m(finding.environments.joined(separator: ", ")) }
        var output = "\n### \(m(finding.title))\n\n- **Where:** \(where_)\n"
        for related in finding.related {
            output += "  - \(MarkdownText.code(related.location.description)) \(m(related.note))\n"
        }
        output += "- **What:** \(m(finding.what))\n- **Impact:** \(m(finding.impact))\n- **Fix:** \(m(finding.fix))\n"
        return output
    }
}
