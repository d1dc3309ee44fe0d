/// The baseline commands end to end: run the linter, then write the snapshot (`baseline write`),
/// compare manifests with it (`baseline check`), or filter findings through it (`check --baseline`).
public enum BaselineWorkflow {
    public struct WriteSummary: Sendable {
        /// Per environment written: projects, accepted findings, and entries pruned.
        public var environments: [(name: String, projects: Int, findings: Int, pruned: Int)]
    }

    /// Stores every checked environment's manifests and accepted findings. Without `prune`, entries
    /// of the old baseline that no longer occur are kept (a baseline only grows by accepting);
    /// with it, the baseline becomes exactly what the run found. A run that could not read every
    /// file writes nothing: an incomplete model is not a contract.
    public static func write(_ files: any WorkspaceFiles, layout: BaselineLayout, options: LintOptions,
                             prune: Bool) throws(BaselineFailure) -> WriteSummary {
        let run = try analyse(files, options: options)
        guard run.result.errors.isEmpty else { throw .input(run.result.errors) }
        var summary = WriteSummary(environments: [])
        for environment in BaselineSnapshot.environments(of: run.model) {
            var snapshot = BaselineSnapshot.of(run.model, findings: run.result.findings, environment: environment)
            var pruned = 0
            let old = try stored(layout, environment)
            if let old {
                let current = Set(snapshot.findings.map(\.fingerprint))
                let stale = old.findings.filter { !current.contains($0.fingerprint) }
                if prune { pruned = stale.count } else { snapshot.findings = (snapshot.findings + stale).sorted() }
            }
            do { try snapshot.write(to: layout) } catch { throw .usage(error) }
            summary.environments.append((environment, snapshot.manifests.count, snapshot.findings.count, pruned))
        }
        return summary
    }

    /// Compares each checked environment's manifests with its baseline.
    public static func check(_ files: any WorkspaceFiles, layout: BaselineLayout, options: LintOptions) throws(BaselineFailure) -> DriftReport {
        let run = try analyse(files, options: options)
        let environments = BaselineSnapshot.environments(of: run.model)
        var changes: [DriftChange] = []
        for environment in environments {
            guard let old = try stored(layout, environment) else { throw .missing(environment, layout) }
            let current = BaselineSnapshot.of(run.model, findings: [], environment: environment)
            for project in Set(old.manifests.keys).union(current.manifests.keys) {
                changes += ManifestDrift.compare(baseline: old.manifests[project], current: current.manifests[project],
                                                 project: project, environment: environment)
            }
            for database in Set(old.schemas.keys).union(current.schemas.keys) {
                changes += ManifestDrift.compare(baseline: old.schemas[database], current: current.schemas[database],
                                                 project: SchemaManifest.driftName(database), environment: environment)
            }
        }
        let order = Dictionary(environments.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        changes.sort { lhs, rhs in
            let left = order[lhs.environment] ?? 0, right = order[rhs.environment] ?? 0
            return left != right ? left < right : lhs < rhs
        }
        return DriftReport(environments: environments, changes: changes, errors: run.result.errors)
    }

    /// `check --baseline`: the run's findings minus the accepted ones.
    public static func checkAgainstBaseline(_ files: any WorkspaceFiles, layout: BaselineLayout,
                                            options: LintOptions) throws(BaselineFailure) -> LintResult {
        try checkAgainstBaselineRun(files, layout: layout, options: options).shown
    }

    /// The same, with the run it came from (the markdown report draws the model's contracts).
    public static func checkAgainstBaselineRun(_ files: any WorkspaceFiles, layout: BaselineLayout,
                                               options: LintOptions) throws(BaselineFailure) -> (run: LintRun, shown: LintResult) {
        let run = try analyse(files, options: options)
        var baselines: [BaselineSnapshot] = []
        for environment in BaselineSnapshot.environments(of: run.model) {
            guard let snapshot = try stored(layout, environment) else { throw .missing(environment, layout) }
            baselines.append(snapshot)
        }
        return (run, Linter.bounded(BaselineFilter.apply(run.result, baselines: baselines), by: options.bounds))
    }

    private static func analyse(_ files: any WorkspaceFiles, options: LintOptions) throws(BaselineFailure) -> LintRun {
        do { return try Linter.analyse(files, options: options) } catch { throw .usage(error) }
    }

    private static func stored(_ layout: BaselineLayout, _ environment: String) throws(BaselineFailure) -> BaselineSnapshot? {
        do { return try BaselineSnapshot.read(from: layout, environment: environment) } catch { throw .input([error]) }
    }
}

/// Why a baseline command could not do its work; every case exits 2.
public enum BaselineFailure: Error, CustomStringConvertible {
    case usage(UsageError)
    case input([InputError])
    case missing(String, BaselineLayout)

    public var description: String {
        switch self {
        case .usage(let error): error.description
        case .input(let errors): errors.map(\.description).joined(separator: "\n")
            + "\nerror: the workspace or its baseline could not be read completely; nothing was compared or written"
        case .missing(let environment, let layout):
            "error: no baseline for \(environment) in \(layout.directory.path); run `lint-config baseline write`"
                + " to create one"
        }
    }
}
