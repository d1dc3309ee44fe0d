/// Lint: a quoted value whose text has no character that needs quoting (no whitespace, `#`,
/// `$`, quote, backslash or shell operator), so the quotes only add a way to get it wrong.
public struct DotenvQuoteCharacterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-quote-character",
        severity: .low,
        summary: "A value is quoted without need.",
        rationale: "Some loaders (Docker's --env-file, systemd) keep quotes as part of the value; a value that needs no quotes reads the same everywhere without them.",
        triggeringExamples: [
            RuleExample([".env.example": "NODE_ENV=↓\"development\"\n"]),
            RuleExample([".env.example": "PORT=↓'3000'\n"]),
            RuleExample([".env.example": "DATABASE_URL=↓\"postgres://user@localhost:5432/app\"\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "GREETING=\"hello world\"\n"], note: "whitespace needs quotes"),
            RuleExample([".env.example": "PASSWORD=''\nTOKEN=\"\"\n"], note: "an explicitly empty value"),
            RuleExample([".env.example": "COLOR=\"#ff0000\"\nPRICE='$5'\n"], note: "'#' and '$' need quotes"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .quoteCharacter, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Unneeded quotes around the value of '\(key)'",
                    "The value of '\(key)' has no character that needs quoting.",
                    "Remove the quotes around the value of '\(key)'.")
        }
    }
}
