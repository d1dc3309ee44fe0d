/// Lint: a key written without `=`.
public struct DotenvKeyWithoutValueRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-key-without-value",
        severity: .low,
        summary: "A key is written without '='.",
        rationale: "python-dotenv loads a bare `KEY` as None and sets no variable; `KEY=` sets an empty one. Other loaders read the bare form differently again (Docker copies it from the host).",
        triggeringExamples: [
            RuleExample([".env.example": "↓SENTRY_DSN\n"]),
            RuleExample([".env.example": "PORT=3000\nexport ↓API_KEY\n"]),
            RuleExample([".env.example": "↓FEATURE_FLAG # set to enable\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "SENTRY_DSN=\n"]),
            RuleExample([".env.example": "API_KEY=''\n"]),
            RuleExample([".env.example": "# SENTRY_DSN\n"], note: "commented out"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .keyWithoutValue, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Key '\(key)' has no '='",
                    "'\(key)' is written without '=', so python-dotenv sets no variable for it.",
                    "Write `\(key)=` (empty) or `\(key)=<example value>`.")
        }
    }
}
