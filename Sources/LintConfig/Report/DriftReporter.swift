/// `lint-config baseline check` output: the facts that moved since the baseline, grouped per
/// environment and project, in the same formats as findings (GitHub annotations point at the
/// baseline manifest the change would update).
public enum DriftReporter {
    public static func text(_ report: DriftReport) -> String {
        var output = ""
        for group in report.groups {
            output += TerminalText.escape("\(group.project) · \(group.environment):") + "\n"
            for change in group.changes { output += "  \(symbol(change.change)) \(TerminalText.escape(change.message))\n" }
        }
        output += summary(report) + "\n"
        return output
    }

    public static func markdown(_ report: DriftReport) -> String {
        var output = "# Contract drift since the baseline\n\n"
        if report.changes.isEmpty {
            return output + "No drift in \(report.environments.joined(separator: ", ")).\n"
        }
        output += "| environment | project | change |\n|---|---|---|\n"
        for change in report.changes {
            let cells = [change.environment, change.project, symbol(change.change) + " " + change.message]
                .map { TerminalText.escape($0).replacingOccurrences(of: "|", with: "\\|") }
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output + "\n" + summary(report) + "\n"
    }

    public static func json(_ report: DriftReport) -> String {
        JSONValue.object([
            "environments": .array(report.environments.map(JSONValue.string)),
            "changes": .array(report.changes.map { change in
                .object([
                    "environment": .string(change.environment),
                    "project": .string(change.project),
                    "change": .string(change.change.rawValue),
                    "path": .string(change.path),
                    "name": .string(change.name),
                    "detail": .string(change.detail),
                    "message": .string(change.message),
                ])
            }),
            "drift": .bool(!report.changes.isEmpty),
        ]).rendered()
    }

    /// One workflow command per change, on the baseline manifest it would update.
    public static func github(_ report: DriftReport, layout: BaselineLayout, workspaceRoot: String) -> String {
        var output = ""
        for change in report.changes {
            let file = layout.manifestFile(change.environment, project: change.project).path
            let relative = file.hasPrefix(workspaceRoot + "/") ? String(file.dropFirst(workspaceRoot.count + 1)) : file
            let title = TerminalText.escape("Contract drift: \(change.project) · \(change.environment)")
            output += "::warning file=\(GitHubReporter.property(relative)),title=\(GitHubReporter.property(title))::"
                + GitHubReporter.data(TerminalText.escape(change.message)) + "\n"
        }
        return output + summary(report) + "\n"
    }

    public static func summary(_ report: DriftReport) -> String {
        let environments = report.environments.joined(separator: ", ")
        if report.changes.isEmpty { return "lint-config: no drift since the baseline (\(environments))" }
        let projects = Set(report.changes.map { "\($0.project)\u{1F}\($0.environment)" }).count
        return "lint-config: \(report.changes.count) change\(report.changes.count == 1 ? "" : "s") since the baseline in "
            + "\(projects) project-environment pair\(projects == 1 ? "" : "s") (\(environments)); "
            + "review them and run `lint-config baseline write` to accept"
    }

    private static func symbol(_ change: DriftChange.Change) -> String {
        switch change {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }
}
