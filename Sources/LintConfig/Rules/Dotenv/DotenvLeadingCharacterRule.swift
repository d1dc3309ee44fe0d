/// Lint: a binding line that starts with whitespace, or a key that starts with something other
/// than a letter or `_` (a digit, `.`, `*`, `-`, a quote).
public struct DotenvLeadingCharacterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-leading-character",
        severity: .low,
        summary: "A binding line does not start with a letter or '_'.",
        rationale: "python-dotenv tolerates indentation and odd first characters, but shells, Docker's --env-file and Compose do not: the same file loads differently elsewhere.",
        triggeringExamples: [
            RuleExample([".env.example": "↓  PORT=3000\n"], note: "indentation"),
            RuleExample([".env.example": "↓1PASSWORD_VAULT=dev\n"], note: "a digit first"),
            RuleExample([".env.example": "↓.HIDDEN=1\n↓\tTABBED=2\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n"]),
            RuleExample([".env.example": "_PRIVATE=1\nexport PUBLIC=2\n"], note: "`_` and `export` are fine"),
            RuleExample([".env.example": "  # indented comment\n\nPORT=3000\n"], note: "comments are not bindings"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .leadingCharacter, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Key '\(key)' has an invalid leading character",
                    "The binding of '\(key)' is not at the start of the line with a letter or '_': \(issue.detail).",
                    "Start the line with the key itself; rename keys that begin with a digit or symbol.")
        }
    }
}
