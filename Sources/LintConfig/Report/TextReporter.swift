/// The human report, in the seed audit's layout (`### [SEVERITY] Title`, Where / What / Impact /
/// Fix), with `path:line:col` first on the Where line so terminals and editors can jump to it.
/// Every field is escaped with `TerminalText`: a file name or key from the workspace can forge
/// neither a heading nor a terminal escape sequence.
public struct TextReporter {
    public var useColor: Bool
    /// The most bytes of findings printed; past it, the rest are counted in one line.
    public var maxOutputBytes: Int

    public init(useColor: Bool, maxOutputBytes: Int = OutputLimit.maxBytes) {
        self.useColor = useColor
        self.maxOutputBytes = maxOutputBytes
    }

    public func render(_ result: LintResult, failOn: Severity) -> String {
        var output = ""
        for (index, finding) in result.findings.enumerated() {
            let block = render(finding)
            if output.utf8.count + block.utf8.count > maxOutputBytes {
                output += OutputLimit.line(notShown: result.findings.count - index, limit: maxOutputBytes) + "\n\n"
                break
            }
            output += block
        }
        for group in result.omitted { output += TerminalText.escape(group.summary(result.bounds)) + "\n" }
        if !result.omitted.isEmpty { output += "\n" }
        if let baseline = result.baseline, !baseline.gone.isEmpty {
            output += "Baseline entries that no longer occur (`lint-config baseline write --prune` removes them):\n"
            for gone in baseline.gone {
                output += TerminalText.escape("  \(gone.environment)  \(gone.entry.fingerprint)  [\(gone.entry.rule)] \(gone.entry.title)") + "\n"
            }
            output += "\n"
        }
        output += summary(result, failOn: failOn) + "\n"
        return output
    }

    func render(_ finding: Finding) -> String {
        let e = TerminalText.escape
        var output = "### " + paint("[\(finding.severity.label)]", finding.severity) + " " + e(finding.title) + "\n"
        output += "Where:  \(e(finding.location.description))  [\(e(finding.ruleID))]\n"
        for related in finding.related {
            output += "        \(e(related.location.description))  \(e(related.note))\n"
        }
        output += "What:   \(e(finding.what))\n"
        output += "Impact: \(e(finding.impact))\n"
        output += "Fix:    \(e(finding.fix))\n\n"
        return output
    }

    public func summary(_ result: LintResult, failOn: Severity) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = result.count(severity)
            return n == 0 ? nil : "\(n) \(severity.rawValue)"
        }
        let total = result.total
        var line = "lint-config: \(total) finding\(total == 1 ? "" : "s")"
        if !counts.isEmpty { line += " (" + counts.joined(separator: ", ") + ")" }
        line += "; checked " + (result.checked.isEmpty ? "no deployed projects" : result.checked.joined(separator: ", "))
        if let baseline = result.baseline {
            line += "; \(baseline.accepted) accepted by the baseline"
            if !baseline.gone.isEmpty { line += ", \(baseline.gone.count) baseline entr\(baseline.gone.count == 1 ? "y" : "ies") gone" }
        }
        let failing = result.failing(failOn)
        if failing > 0 { line += "; \(failing) at or above \(failOn.rawValue)" }
        return TerminalText.escape(line)
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard useColor else { return text }
        let code = switch severity {
        case .critical: "1;31"
        case .high: "31"
        case .medium: "33"
        case .low: "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
