/// Lint (opt-in): a second blank line in a row.
public struct DotenvExtraBlankLineRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-extra-blank-line",
        severity: .low,
        summary: "An env example file has two blank lines in a row.",
        rationale: "Formatting only: one blank line separates groups; more is noise in reviews.",
        triggeringExamples: [
            RuleExample([".env.example": "A=1\n\n↓\nB=2\n"]),
            RuleExample([".env.example": "A=1\n\n↓\n↓\n"]),
            RuleExample([".env.example": "\n↓\nA=1\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "A=1\n\nB=2\n"]),
            RuleExample([".env.example": "KEY=\"one\n\n\ntwo\"\n"], note: "blank lines inside a quoted value are content"),
            RuleExample([".env.example": "A=1\n# section\n\nB=2\n"]),
        ],
        enabledByDefault: false)

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .extraBlankLine, in: workspace) { issue in
            ("Extra blank line in \(issue.location.path)",
             "Line \(issue.location.line) is \(issue.detail).",
             "Delete the extra blank line.")
        }
    }
}
