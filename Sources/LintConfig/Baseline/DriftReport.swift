/// What `lint-config baseline check` found: every fact that moved since the baseline, per
/// project and environment. Any change is drift (exit 1): the baseline is the reviewed contract,
/// and a change to it should arrive with a new baseline in the same commit.
public struct DriftReport: Sendable {
    /// The environments compared, in the workspace's order.
    public var environments: [String]
    /// Sorted by environment, project, path, name.
    public var changes: [DriftChange]
    /// Files of the workspace that could not be read: the comparison is incomplete (exit 2).
    public var errors: [InputError]

    public init(environments: [String], changes: [DriftChange], errors: [InputError] = []) {
        self.environments = environments
        self.changes = changes
        self.errors = errors
    }

    public var exitCode: Int32 {
        if !errors.isEmpty { return 2 }
        return changes.isEmpty ? 0 : 1
    }

    /// Changes grouped as the report prints them: one group per environment and project.
    public var groups: [(environment: String, project: String, changes: [DriftChange])] {
        var result: [(String, String, [DriftChange])] = []
        for change in changes {
            if let last = result.last, last.0 == change.environment, last.1 == change.project {
                result[result.count - 1].2.append(change)
            } else {
                result.append((change.environment, change.project, [change]))
            }
        }
        return result.map { (environment: $0.0, project: $0.1, changes: $0.2) }
    }
}
