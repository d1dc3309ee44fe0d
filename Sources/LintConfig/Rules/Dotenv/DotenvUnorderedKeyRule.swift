/// Lint (opt-in): a key that sorts before the key above it; blank lines start a new block, so
/// files grouped by topic are checked per group.
public struct DotenvUnorderedKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-unordered-key",
        severity: .low,
        summary: "Keys of an env example block are not in alphabetical order.",
        rationale: "Sorted keys make a missing or duplicated variable visible at a glance and keep merges of the file conflict-free.",
        triggeringExamples: [
            RuleExample([".env.example": "PORT=3000\n↓HOST=localhost\n"]),
            RuleExample([".env.example": "A=1\nC=3\n↓B=2\n"]),
            RuleExample([".env.example": "DB_URL=x\n\nREDIS_URL=y\n↓CACHE_TTL=60\n"], note: "order is checked within a block"),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "HOST=localhost\nPORT=3000\n"]),
            RuleExample([".env.example": "PORT=3000\n\nDATABASE_URL=x\n"], note: "a blank line starts a new block"),
            RuleExample([".env.example": "API_KEY=\nAPI_URL=\n# tuning\nPOOL=5\n"]),
        ],
        enabledByDefault: false)

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .unorderedKey, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Key '\(key)' is out of order",
                    "\(issue.detail).",
                    "Move '\(key)' up to its place in alphabetical order.")
        }
    }
}
