/// The rule catalogue as text, for `lint-config rules` and `lint-config explain`, rendered from
/// each rule's `RuleDescription` so the docs say exactly what the tests run.
public enum RuleDocumentation {
    public static func catalogue(_ rules: [any Rule] = RuleCatalogue.all) -> String {
        let width = rules.map(\.description.id.count).max() ?? 0
        return rules.map { rule in
            let d = rule.description
            return d.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + d.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + d.summary
        }.joined(separator: "\n") + "\n"
    }

    /// The rule table of the README (between its `rules:begin`/`rules:end` markers); a test keeps
    /// the two identical and `make docs` rewrites it.
    public static func markdownTable(_ rules: [any Rule] = RuleCatalogue.all) -> String {
        var output = "| rule | severity | flags |\n|---|---|---|\n"
        for rule in rules {
            let d = rule.description
            let optIn = d.enabledByDefault ? "" : " (opt-in: `--rule \(d.id)`)"
            // An anchor per rule: SARIF's `helpUri` points each rule at its own row.
            output += "| <a id=\"rule-\(d.id)\"></a>`\(d.id)` | \(d.severity.rawValue) | \(d.summary)\(optIn) |\n"
        }
        return output
    }

    public static func explain(_ d: RuleDescription) -> String {
        var output = "\(d.id) (\(d.severity.rawValue))\n\n\(d.summary)\n\nWhy: \(d.rationale)\n"
        if let fix = d.fix { output += "\nFix: \(fix)\n" }
        for (heading, examples) in [("Triggers", d.triggeringExamples), ("Does not trigger", d.nonTriggeringExamples)] {
            for (index, example) in examples.enumerated() {
                output += "\n## \(heading) #\(index + 1)"
                if let note = example.note { output += ": \(note)" }
                if let env = example.environment { output += " [--env \(env)]" }
                output += "\n"
                for path in example.files.keys.sorted() {
                    output += "--- \(path)\n" + example.files[path]!
                    if !example.files[path]!.hasSuffix("\n") { output += "\n" }
                }
            }
        }
        return output
    }
}

private extension String {
    func padding(toLength length: Int, withPad pad: String, startingAt: Int) -> String {
        count >= length ? self : self + String(repeating: pad, count: length - count)
    }
}
