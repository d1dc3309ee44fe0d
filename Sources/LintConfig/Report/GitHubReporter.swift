/// `--format github`: one workflow command per finding (`::error file=…,line=…,col=…,title=…::…`),
/// which GitHub Actions turns into annotations on the pull request's diff. critical and high are
/// errors, medium warnings, low notices. Text from the workspace is escaped with `TerminalText`
/// first, so no input can end a command early or start one of its own.
public enum GitHubReporter {
    public static func render(_ result: LintResult, failOn: Severity) -> String {
        var output = ""
        for finding in result.findings {
            let level = switch finding.severity {
            case .critical, .high: "error"
            case .medium: "warning"
            case .low: "notice"
            }
            let location = finding.location
            let e = TerminalText.escape
            let title = e("[\(finding.severity.label)] \(finding.title) (\(finding.ruleID))")
            let message = [e(finding.what), e("Fix: " + finding.fix)] + finding.related.map { e("\($0.location): \($0.note)") }
            output += "::\(level) file=\(property(e(location.path))),line=\(location.line),col=\(location.column),title=\(property(title))::"
                + data(message.joined(separator: "\n")) + "\n"
        }
        output += TextReporter(useColor: false).summary(result, failOn: failOn) + "\n"
        return output
    }

    /// Escaping of a command's message, as GitHub's toolkit does it (`%`, CR, LF).
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping of a property value: also `:` and `,`, which separate properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
