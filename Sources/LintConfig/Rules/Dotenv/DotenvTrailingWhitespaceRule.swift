/// Lint: whitespace at the end of a line (outside quoted values, where it is content).
public struct DotenvTrailingWhitespaceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-trailing-whitespace",
        severity: .low,
        summary: "A line of an env example file ends with whitespace.",
        rationale: "python-dotenv strips it, but Docker's --env-file and hand-written parsers keep it in the value, where an invisible space breaks a URL or a token.",
        triggeringExamples: [
            RuleExample([".env.example": "PORT=3000↓  \n"]),
            RuleExample([".env.example": "PORT=3000\n↓ \nHOST=localhost\n"], note: "a blank line with spaces"),
            RuleExample([".env.example": "NAME=\"x\"↓\t\nEMPTY=↓ \n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n"]),
            RuleExample([".env.example": "PADDED=\"value  \"\n"], note: "inside quotes it is content"),
            RuleExample([".env.example": "KEY=\"line one   \nline two\"\n"], note: "a multi-line value's line ends are content"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .trailingWhitespace, in: workspace) { issue in
            ("Trailing whitespace in \(issue.location.path)",
             "Line \(issue.location.line) ends with whitespace.",
             "Delete the whitespace at the end of the line.")
        }
    }
}
