/// Lint: an inline suppression that silences nothing — it names no rule, names a rule that does
/// not exist, or covers a line where the rule it names reports nothing (the defect was fixed, or
/// the comment sits on the wrong line). The engine applies suppressions after every rule ran
/// (`SuppressionFilter`), so this rule's own check has nothing to look at; its description is
/// what `explain` prints and what the generic example test runs.
public struct UnusedSuppressionRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "unused-suppression",
        severity: .low,
        summary: "An inline `lint-config: disable=…` suppression silences nothing.",
        rationale: "A suppression that covers nothing hides the next real defect on that line, and one that names no "
            + "rule (or a misspelt one) never worked: the finding it was meant for is still reported, "
            + "or was never there.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n"
                    + "    PORT: 3000  ↓# lint-config: disable=kamal-env-plain-keys\n",
            ], note: "the key is under clear: nothing to silence there"),
            RuleExample([
                ".env.example": "↓# lint-config: disable\nAPI_URL=http://localhost:3000\n",
            ], note: "a suppression must name its rule"),
            RuleExample([
                "package.json": "{}\n",
                "src/a.ts": "↓// lint-config-disable-next-line env-unsuplied\n"
                    + "const url = process.env.API_URL ?? \"http://localhost\";\n",
            ], note: "a misspelt rule id"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                ".env.example": "API_URL=http://localhost:3000\n# lint-config: disable=dotenv-duplicated-key\n"
                    + "API_URL=http://localhost:4000\n",
            ], note: "covers the duplicate on the next line"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader
                    + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n"
                    + "  LOG_LEVEL: debug  # lint-config: disable=kamal-env-plain-keys\n",
            ], note: "a trailing comment covers its own line"),
            RuleExample([
                "package.json": "{}\n",
                "src/a.ts": "const help = \"write // lint-config-disable-next-line rule-id above the line\";\n",
            ], note: "text that quotes the syntax is not a suppression"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] { [] }
}
