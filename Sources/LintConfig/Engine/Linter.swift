/// One run of the linter: read the workspace, run the rules, sort the findings.
public struct LintOptions: Sendable {
    public var environment: String?
    /// Rule ids to run; empty runs every rule.
    public var onlyRules: Set<String>
    /// Ask flyctl for the secrets of Fly apps whose secrets list is not saved.
    public var flyLive: Bool
    /// How many findings are shown per rule and file and per rule (`.unbounded` for all).
    public var bounds: FindingBounds
    /// Rules not to run (`--disable`), even when named with `--rule`.
    public var disabledRules: Set<String>
    /// Findings below this severity are dropped (`--min-severity`): not shown, not counted.
    public var minSeverity: Severity

    public init(environment: String? = nil, onlyRules: Set<String> = [], flyLive: Bool = false,
                bounds: FindingBounds = .default, disabledRules: Set<String> = [], minSeverity: Severity = .low) {
        self.environment = environment
        self.onlyRules = onlyRules
        self.flyLive = flyLive
        self.bounds = bounds
        self.disabledRules = disabledRules
        self.minSeverity = minSeverity
    }
}

/// A run's result with the model it was computed from (baselines store the model's manifests).
public struct LintRun: Sendable {
    public var result: LintResult
    public var model: WorkspaceModel
}

public enum Linter {
    public static func run(_ files: any WorkspaceFiles, options: LintOptions = LintOptions(),
                           rules: [any Rule] = RuleCatalogue.all) throws(UsageError) -> LintResult {
        bounded(try analyse(files, options: options, rules: rules).result, by: options.bounds)
    }

    /// Every finding, unbounded, with the model it came from.
    public static func analyse(_ files: any WorkspaceFiles, options: LintOptions = LintOptions(),
                               rules: [any Rule] = RuleCatalogue.all) throws(UsageError) -> LintRun {
        for id in options.onlyRules.union(options.disabledRules) where !rules.contains(where: { $0.description.id == id }) {
            throw UsageError("unknown rule '\(id)'; `lint-config rules` lists them")
        }
        let load = try WorkspaceLoader.load(files, environment: options.environment, flyLive: options.flyLive)
        let active = (options.onlyRules.isEmpty
            ? rules.filter { $0.description.enabledByDefault }
            : rules.filter { options.onlyRules.contains($0.description.id) })
            .filter { !options.disabledRules.contains($0.description.id) }
        let activeIDs = Set(active.map(\.description.id))
        let environmentOrder = load.model.config.environments
        var findings = Finding.merging(active.flatMap { $0.check(load.model) }, environmentOrder: environmentOrder)
        // Whether a suppression is used is judged against every rule it names, run or not: a
        // `--rule` run must not call a suppression of another rule unused.
        let reportUnused = activeIDs.contains(SuppressionFilter.ruleID)
        var judged = findings
        if reportUnused {
            let named = Set(SuppressionFilter.scan(SuppressionFilter.paths(load.model, findings: findings), files: files)
                .flatMap(\.rules)).subtracting(activeIDs)
            let extra = rules.filter { named.contains($0.description.id) && !options.disabledRules.contains($0.description.id) }
            judged += Finding.merging(extra.flatMap { $0.check(load.model) }, environmentOrder: environmentOrder)
        }
        let ran = activeIDs.union(judged.map(\.ruleID))
            .union(reportUnused ? Set(rules.map(\.description.id)).subtracting(options.disabledRules) : [])
        findings = SuppressionFilter.apply(findings, judged: judged, model: load.model, files: files,
                                           ran: ran, reportUnused: reportUnused)
        findings = findings.filter { $0.severity >= options.minSeverity }.sorted()
        let checked = load.model.envFacts.flatMap { facts in
            facts.environments.filter { load.model.environments.contains($0.environment) }.map { "\(facts.project.name) (\($0.environment))" }
        }
        var result = LintResult(findings: findings, errors: load.errors, checked: checked, notes: load.notes)
        if load.model.config.origin == .discovered, files.kind(of: WorkspaceConfigReader.fileName) == .missing { result.discoveredProjects = load.model.config.projects.count }
        return LintRun(result: result, model: load.model)
    }

    /// The bounds applied last, to what would be reported: baselines and the baseline filter see
    /// every finding, the report shows at most the bounds' share of each rule and file.
    public static func bounded(_ result: LintResult, by bounds: FindingBounds) -> LintResult {
        var bounded = result
        (bounded.findings, bounded.omitted) = bounds.apply(result.findings)
        bounded.bounds = bounds
        return bounded
    }
}
