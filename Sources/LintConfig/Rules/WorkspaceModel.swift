/// What the front ends learned about a workspace for one run: the input every rule reads.
public struct WorkspaceModel: Sendable {
    public var config: WorkspaceConfig
    /// The environments this run checks (`--env`, or all of them).
    public var environments: [String]
    /// One per Kamal config and destination that a checked environment deploys.
    public var kamalDeployments: [KamalDeployment]
    /// The other destinations of the checked Kamal configs (production when `--env staging` is
    /// checked), read only so that a rule can compare a destination with its siblings; nothing
    /// is reported about them.
    public var kamalSiblingDeployments: [KamalDeployment] = []
    /// Role commands whose files or scripts the deployed project lacks.
    public var deployedCommands: [DeployedCommand] = []
    /// Config violations per deployment, in the same order as `kamalDeployments`.
    public var kamalViolations: [[ConfigViolation]]
    /// Duplicate keys across every YAML file read, each file once.
    public var yamlDuplicateKeys: [YAMLDuplicateKey]
    /// The env contract of every project.
    public var envFacts: [ProjectEnvFacts] = []
    /// Env example files (`.env.example` and kin), each parsed once, sorted by path.
    public var dotenvFiles: [DotenvFile] = []
    /// Folder → names a docker compose file in that folder interpolates: compose reads them
    /// from the `.env` beside it, so an env example there documents them for compose.
    public var composeReads: [String: Set<String>] = [:]
    /// Code and migration facts of every kind, and the replayed databases.
    public var context = RuleContext()

    public init(config: WorkspaceConfig = WorkspaceConfig(origin: .discovered, environments: [], projects: []),
                environments: [String] = [], kamalDeployments: [KamalDeployment] = [],
                kamalViolations: [[ConfigViolation]] = [], yamlDuplicateKeys: [YAMLDuplicateKey] = [],
                dotenvFiles: [DotenvFile] = []) {
        self.config = config
        self.environments = environments
        self.kamalDeployments = kamalDeployments
        self.kamalViolations = kamalViolations
        self.yamlDuplicateKeys = yamlDuplicateKeys
        self.dotenvFiles = dotenvFiles
    }

    /// The checked environments a Kamal deployment (config and destination) deploys.
    public func environments(of deployment: KamalDeployment) -> [String] {
        environments.filter { environment in
            config.projects.contains { project in
                guard case .kamal(let target)? = project.deploy[environment] else { return false }
                return target.config == deployment.project.configPath && target.destination == deployment.destination
            }
        }
    }

    /// The project a Kamal deployment's image is built from: the one the workspace deploys with
    /// it, else the project that holds the config.
    public func deployedProject(of deployment: KamalDeployment) -> ProjectConfig? {
        config.projects.first { project in
            project.deploy.values.contains { target in
                guard case .kamal(let kamal) = target else { return false }
                return kamal.config == deployment.project.configPath && kamal.destination == deployment.destination
            }
        } ?? config.projects.first { $0.root == deployment.project.root }
    }

    /// The deployment a Kamal target resolves to, if it was read.
    public func deployment(for target: DeployTarget.KamalTarget) -> KamalDeployment? {
        kamalDeployments.first { $0.project.configPath == target.config && $0.destination == target.destination }
    }
}

/// The result of reading a workspace: the model, and every file that could not be read. A run
/// with input errors exits 2 even if rules found nothing, because the model is incomplete.
public struct WorkspaceLoad: Sendable {
    public var model: WorkspaceModel
    public var errors: [InputError]
    /// What was deliberately not read, from the readers and from the file access itself.
    public var notes: [InputNote] = []
}
