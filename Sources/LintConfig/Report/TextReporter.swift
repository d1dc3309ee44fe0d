/// The human report, in the seed audit's layout (`### [SEVERITY] Title`, Where / What / Impact /
/// Fix), with `path:line:col` first on the Where line so terminals and editors can jump to it.
public struct TextReporter {
    public var useColor: Bool

    public init(useColor: Bool) { self.useColor = useColor }

    public func render(_ result: LintResult, failOn: Severity) -> String {
        var output = ""
        for finding in result.findings {
            output += "### " + paint("[\(finding.severity.label)]", finding.severity) + " " + finding.title + "\n"
            output += "Where:  \(finding.location)  [\(finding.ruleID)]\n"
            for related in finding.related {
                output += "        \(related.location)  \(related.note)\n"
            }
            output += "What:   \(finding.what)\n"
            output += "Impact: \(finding.impact)\n"
            output += "Fix:    \(finding.fix)\n\n"
        }
        output += summary(result, failOn: failOn) + "\n"
        return output
    }

    public func summary(_ result: LintResult, failOn: Severity) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = result.findings.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(severity.rawValue)"
        }
        let total = result.findings.count
        var line = "lint-config: \(total) finding\(total == 1 ? "" : "s")"
        if !counts.isEmpty { line += " (" + counts.joined(separator: ", ") + ")" }
        line += "; checked " + (result.checked.isEmpty ? "no deployed projects" : result.checked.joined(separator: ", "))
        let failing = result.findings.filter { $0.severity >= failOn }.count
        if failing > 0 { line += "; \(failing) at or above \(failOn.rawValue)" }
        return line
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
