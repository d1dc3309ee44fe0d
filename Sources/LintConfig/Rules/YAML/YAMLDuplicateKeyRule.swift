/// Lint: a key written twice in one YAML mapping. Keys in different branches of one ERB
/// conditional (`<% if … %>` / `<% else %>`) are alternatives and do not count.
public struct YAMLDuplicateKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "yaml-duplicate-key",
        severity: .medium,
        summary: "A YAML mapping has the same key twice.",
        rationale: "Ruby's YAML keeps the last value without a word, so the first one is silently dead: whoever edits it changes nothing.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n    ↓PORT: 4000\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "↓service: worker-2\nservers:\n  - 10.0.0.1\n",
            ]),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n↓servers:\n  - 10.0.1.2\n",
            ], environment: "staging", note: "overlays are checked too"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n<% if ENV[\"CI\"] %>\n  clear:\n    PORT: 3000\n<% else %>\n  clear:\n    PORT: 4000\n<% end %>\n",
            ], note: "alternatives of one ERB conditional"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "x-env: &env\n  PORT: 3000\nservers:\n  - 10.0.0.1\nenv:\n  <<: *env\n  PORT: 4000\n",
            ], note: "overriding a merged key is what merge keys are for"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\nenv:\n  PORT: 3000\n  port: 4000\n  \"1\": a\n  1: b\n",
            ], note: "keys differ in case or type"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var occurrences: [String: Int] = [:]
        return workspace.yamlDuplicateKeys.map { duplicate in
            // The nth duplicate of a key in a file, so two duplicated maps of one file stay two.
            let occurrence = occurrences[duplicate.second.path + "\u{1F}" + duplicate.key, default: 0] + 1
            occurrences[duplicate.second.path + "\u{1F}" + duplicate.key] = occurrence
            return description.finding(
                "Duplicate key '\(duplicate.key)'",
                kind: "yaml-key", projects: [], names: [duplicate.second.path, duplicate.key, String(occurrence)],
                at: duplicate.second, related: [RelatedLocation(duplicate.first, note: "first written here; this value is discarded")],
                what: "'\(duplicate.key)' is written at \(duplicate.first) and again here; the first value is silently dropped.",
                fix: "Delete one of the two, keeping the value you mean.")
        }
    }
}
