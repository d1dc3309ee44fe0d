/// Lint: a statement python-dotenv cannot parse (and skips with only a log warning).
public struct DotenvUnparsableLineRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-unparsable-line",
        severity: .medium,
        summary: "A line of an env example file cannot be parsed and is skipped.",
        rationale: "python-dotenv drops the statement with a log line nobody reads: the variables on it, and sometimes on the lines a stray quote swallowed, are never set.",
        triggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n↓DATABASE URL=postgres://localhost/app\n"], note: "a space inside the key"),
            RuleExample([".env.example": "↓API_KEY=\"unterminated\nPORT=3000\n"], note: "a double quote that never closes"),
            RuleExample([".env.example": "↓GREETING=\"hello\" world\n\n  ↓=value\n"], note: "text after the closing quote; no key before '='"),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "PORT=3000\nDATABASE_URL=\"postgres://localhost/app\" # local only\n"]),
            RuleExample([".env.example": "CERT=\"-----BEGIN-----\nabc\n-----END-----\"\n"], note: "quoted values may span lines"),
            RuleExample([".env.example": "# comment\n\nexport PORT=3000\nFEATURE_FLAG\n"], note: "a key without '=' is valid"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .unparsableLine, in: workspace) { issue in
            ("Unparsable line in \(issue.location.path)",
             "python-dotenv cannot parse the statement starting here (\(issue.detail)) and skips it.",
             "Write it as `KEY=value`, quoting values that contain spaces or quotes, and close every quote.")
        }
    }
}
