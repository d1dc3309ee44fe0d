/// Lint: a `$` in a value that python-dotenv will not expand as the author meant: `${` without
/// `}`, shell forms it lacks (`${X:=y}`, `${X-y}`), `${}` or a non-name inside the braces, a
/// `${…}` nested in a default, a backslash meant as an escape (python-dotenv has none for
/// `$`), or a bare `$NAME` (kept literally). Single-quoted values are
/// expanded by python-dotenv too, but a bare `$` in them is taken as meant literally.
public struct DotenvSubstitutionKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dotenv-substitution-key",
        severity: .low,
        summary: "A variable reference in a value is malformed or will not be expanded.",
        rationale: "python-dotenv expands only `${NAME}` and `${NAME:-default}`; anything else stays literal text or becomes an empty string, and the service starts with a broken value.",
        triggeringExamples: [
            RuleExample([".env.example": "DATABASE_URL=postgres://↓${DB_HOST/app\n"], note: "no closing brace"),
            RuleExample([".env.example": "API_URL=↓$API_HOST/v1\n"], note: "a bare reference stays literal"),
            RuleExample([".env.example": "PORT=↓${PORT:=3000}\nHOST=\"↓${HOST-localhost}\"\n"], note: "shell forms python-dotenv lacks"),
            RuleExample([".env.example": "TEMPLATE=\"Hello \\↓${NAME}\"\n"], note: "a backslash does not stop expansion"),
        ],
        nonTriggeringExamples: [
            RuleExample([".env.example": "DATABASE_URL=postgres://${DB_HOST}/app\n"]),
            RuleExample([".env.example": "PORT=${PORT:-3000}\n"]),
            RuleExample([".env.example": "PASSWORD='pa$word'\nPRICE=$5\n"], note: "a literal '$' in single quotes or before a digit"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        description.findings(of: .substitutionKey, in: workspace) { issue in
            let key = issue.key ?? ""
            return ("Malformed variable reference in the value of '\(key)'",
                    "In the value of '\(key)': \(issue.detail).",
                    "Write the reference as `${NAME}` or `${NAME:-default}`; quote a literal '$' in single quotes.")
        }
    }
}
