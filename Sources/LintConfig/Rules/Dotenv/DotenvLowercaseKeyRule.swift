/// Lint: a key with lower-case ASCII letters.
public struct DotenvLowercaseKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-lowercase-key",
        severity: .low,
        summary: "An env key has lower-case letters.",
        rationale: "Environment names are case-sensitive on Linux and conventionally upper case; code that reads `DATABASE_URL` never sees `database_url`.",
        triggeringExamples: [
            RuleExample([".env.example": "↓database_url=postgres://localhost/app\n"]),
            RuleExample([".env.example": "PORT=3000\n↓Api_Key=\n"]),
            RuleExample([".env.example": "export ↓redisUrl=redis://localhost\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "DATABASE_URL=postgres://localhost/app\n"]),
            RuleExample([".env.example": "NODE_ENV=development\n"], note: "lower-case values are fine"),
            RuleExample([".env.example": "export S3_BUCKET_2=uploads\n"], note: "`export` and digits are fine"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .lowercaseKey, in: workspace) { issue in
            let key = issue.key ?? ""
            let upper = String(key.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            return ("Lower-case key '\(key)'",
                    "\(issue.detail); the code that reads it must use exactly this case.",
                    "Rename it to '\(upper)' here and where it is read.")
        }
    }
}
