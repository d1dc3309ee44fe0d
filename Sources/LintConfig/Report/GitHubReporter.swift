/// `--format github`: one workflow command per finding (`::error file=…,line=…,col=…,title=…::…`),
/// which GitHub Actions turns into annotations on the pull request's diff. critical and high are
/// errors, medium warnings, low notices.
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
            let title = "[\(finding.severity.label)] \(finding.title) (\(finding.ruleID))"
            let message = [finding.what, "Fix: " + finding.fix] + finding.related.map { "\($0.location): \($0.note)" }
            output += "::\(level) file=\(property(location.path)),line=\(location.line),col=\(location.column),title=\(property(title))::"
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
