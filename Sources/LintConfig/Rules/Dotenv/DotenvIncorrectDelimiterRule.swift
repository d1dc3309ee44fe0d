/// Lint: a key with a character other than letters, digits and `_` after its first character.
public struct DotenvIncorrectDelimiterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-incorrect-delimiter",
        severity: .low,
        summary: "An env key separates words with something other than '_'.",
        rationale: "Shells, Docker and most config libraries accept only letters, digits and '_' in variable names: `DB-NAME` cannot be exported or read as `process.env.DB_NAME`.",
        triggeringExamples: [
            RuleExample([".env.example": "DB↓-NAME=app\n"]),
            RuleExample([".env.example": "REDIS↓.URL=redis://localhost\n"]),
            RuleExample([".env.example": "PORT=3000\nexport API↓-KEY=\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "DB_NAME=app\n"]),
            RuleExample([".env.example": "S3_BUCKET_2=uploads\n"]),
            RuleExample([".env.example": "URL=https://example.com/a-b.c\n"], note: "values may contain anything"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .incorrectDelimiter, in: workspace) { issue in
            let key = issue.key ?? ""
            let fixed = String(key.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            return ("Key '\(key)' has a character other than letters, digits and '_'",
                    "\(issue.detail).",
                    "Rename it to '\(fixed)' here and where it is read.")
        }
    }
}
