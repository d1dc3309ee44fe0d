/// Whether a project is given an env variable in one environment, as the split rules
/// (`env-name-split`, `shared-secret-split`) say it per environment: a finding that names two
/// variables is only actionable when it says which of them each deploy supplies.
extension WorkspaceModel {
    /// Nil when `project` has no deploy in `environment` (there is nothing to say).
    func supplies(_ name: String, to project: String, in environment: String) -> Bool? {
        guard let supply = envFacts.first(where: { $0.project.name == project })?
            .environments.first(where: { $0.environment == environment }) else { return nil }
        return supply.supplies.contains { $0.name == name }
    }
}

enum SupplyWord {
    static func text(_ supplied: Bool?) -> String {
        switch supplied {
        case true?: "is supplied"
        case false?: "is NOT supplied"
        case nil: "(no deploy)"
        }
    }
}
