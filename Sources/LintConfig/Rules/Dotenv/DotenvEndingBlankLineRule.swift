/// Lint (opt-in): the file does not end with a line break.
public struct DotenvEndingBlankLineRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-ending-blank-line",
        severity: .low,
        summary: "An env example file does not end with a line break.",
        rationale: "Files concatenated or appended to (`cat .env.example >> .env`, `echo X=1 >> .env`) glue the next line onto the last binding.",
        triggeringExamples: [
            RuleExample([".env.example": "PORT=3000↓"]),
            RuleExample([".env.example": "PORT=3000\n# end↓"]),
            RuleExample([".env.example": "KEY=\"multi\nline\"↓"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n"]),
            RuleExample([".env.example": ""], note: "an empty file"),
            RuleExample([".env.example": "PORT=3000\r\n"], note: "CRLF counts"),
        ],
        enabledByDefault: false)

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .endingBlankLine, in: workspace) { issue in
            ("No line break at the end of \(issue.location.path)",
             "The last line of \(issue.location.path) has no line break.",
             "Add a line break after the last line.")
        }
    }
}
