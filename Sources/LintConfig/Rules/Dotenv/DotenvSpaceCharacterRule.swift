/// Lint: whitespace before or after the `=` of a binding (at the first such space).
public struct DotenvSpaceCharacterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-space-character",
        severity: .low,
        summary: "A binding has whitespace around '='.",
        rationale: "python-dotenv ignores it, but a shell reads `KEY = value` as a command and Docker keeps the spaces in the name or value; after `KEY= ` a '#…' becomes the value, not a comment.",
        triggeringExamples: [
            RuleExample([".env.example": "PORT↓ = 3000\n"]),
            RuleExample([".env.example": "PORT=↓ 3000\n"]),
            RuleExample([".env.example": "API_KEY=↓ # ask the team for one\n"], note: "the comment is the value"),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n"]),
            RuleExample([".env.example": "GREETING=\"a = b\"\n"], note: "spaces inside the value"),
            RuleExample([".env.example": "PORT=3000 # default\n"], note: "a comment after the value"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .spaceCharacter, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Whitespace around '=' for '\(key)'",
                    "The binding of '\(key)' has \(issue.detail).",
                    "Write `\(key)=value` with nothing between the key, '=' and the value.")
        }
    }
}
