/// One run of the linter: read the workspace, run the rules, sort the findings.
public struct LintOptions: Sendable {
    public var environment: String?
    /// Rule ids to run; empty runs every rule.
    public var onlyRules: Set<String>
    /// Ask flyctl for the secrets of Fly apps whose secrets list is not saved.
    public var flyLive: Bool
    /// How many findings are shown per rule and file and per rule (`.unbounded` for all).
    public var bounds: FindingBounds

    public init(environment: String? = nil, onlyRules: Set<String> = [], flyLive: Bool = false,
                bounds: FindingBounds = .default) {
        self.environment = environment
        self.onlyRules = onlyRules
        self.flyLive = flyLive
        self.bounds = bounds
    }
}

public enum Linter {
    public static func run(_ files: any WorkspaceFiles, options: LintOptions = LintOptions(),
                           rules: [any Rule] = RuleCatalogue.all) throws(UsageError) -> LintResult {
        for id in options.onlyRules where !rules.contains(where: { $0.description.id == id }) {
            throw UsageError("unknown rule '\(id)'; `lint-config rules` lists them")
        }
        let load = try WorkspaceLoader.load(files, environment: options.environment, flyLive: options.flyLive)
        let active = options.onlyRules.isEmpty
            ? rules.filter { $0.description.enabledByDefault }
            : rules.filter { options.onlyRules.contains($0.description.id) }
        let findings = Finding.merging(active.flatMap { $0.check(load.model) }, environmentOrder: load.model.config.environments).sorted()
        let checked = load.model.envFacts.flatMap { facts in
            facts.environments.filter { load.model.environments.contains($0.environment) }.map { "\(facts.project.name) (\($0.environment))" }
        }
        // Last: bounds apply to what would be reported, so every earlier stage sees all findings.
        let (shown, omitted) = options.bounds.apply(findings)
        return LintResult(findings: shown, errors: load.errors, checked: checked, notes: load.notes, omitted: omitted,
                          bounds: options.bounds)
    }
}
