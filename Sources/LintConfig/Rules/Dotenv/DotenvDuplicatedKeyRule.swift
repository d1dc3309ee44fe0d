/// Lint: a key bound a second time in one env example file (at the second binding).
public struct DotenvDuplicatedKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-duplicated-key",
        severity: .medium,
        summary: "An env example file binds the same key twice.",
        rationale: "Loaders keep the last binding without a word, so whoever reads or edits the first one is misled about what the service gets.",
        triggeringExamples: [
            RuleExample([".env.example": "DATABASE_URL=postgres://localhost/app\nPORT=3000\n↓DATABASE_URL=postgres://db/app\n"]),
            RuleExample([".env.example": "export API_KEY=\n↓API_KEY=changeme\n"], note: "`export` does not make it another key"),
            RuleExample(["api/.env.sample": "A=1\n↓A=2\n↓A=3\n"], note: "every rebinding is reported"),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "DATABASE_URL=postgres://localhost/app\nDATABASE_POOL=5\n"]),
            RuleExample([".env.example": "PORT=3000\n", "worker/.env.example": "PORT=4000\n"], note: "different files are different services"),
            RuleExample([".env.example": "# PORT=3000\nPORT=4000\n"], note: "a commented-out line binds nothing"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .duplicatedKey, in: workspace, relatedNote: "first bound here; this binding is overridden") { issue in
            let key = issue.key ?? ""
            return ("Duplicate key '\(key)'",
                    "\(issue.detail); the later binding silently replaces it.",
                    "Delete one of the two bindings of '\(key)', keeping the one you mean.")
        }
    }
}
