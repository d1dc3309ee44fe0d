extension Manifest {
    /// The manifest of a loaded workspace: the environments this run checks, each project's facts.
    public static func json(_ model: WorkspaceModel, project: String? = nil, locations: Bool = false) -> JSONValue {
        json(model.envFacts, environments: model.environments, project: project, facts: model.context.facts, locations: locations)
    }
}
