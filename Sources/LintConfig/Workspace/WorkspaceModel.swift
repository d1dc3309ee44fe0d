/// What the front ends learned about a workspace for one run: the input every rule reads.
public struct WorkspaceModel: Sendable {
    /// The `--env` asked for, or nil for every environment.
    public var environment: String?
    public var kamalProjects: [KamalProject]
    /// One per project and destination checked.
    public var kamalDeployments: [KamalDeployment]
    /// Schema violations per deployment, in the same order as `kamalDeployments`.
    public var kamalViolations: [[ConfigViolation]]
    /// Duplicate keys across every YAML file read, each file once.
    public var yamlDuplicateKeys: [YAMLDuplicateKey]
    /// Env example files (`.env.example` and kin), each parsed once, sorted by path.
    public var dotenvFiles: [DotenvFile]

    public init(environment: String? = nil, kamalProjects: [KamalProject] = [], kamalDeployments: [KamalDeployment] = [],
                kamalViolations: [[ConfigViolation]] = [], yamlDuplicateKeys: [YAMLDuplicateKey] = [],
                dotenvFiles: [DotenvFile] = []) {
        self.environment = environment
        self.kamalProjects = kamalProjects
        self.kamalDeployments = kamalDeployments
        self.kamalViolations = kamalViolations
        self.yamlDuplicateKeys = yamlDuplicateKeys
        self.dotenvFiles = dotenvFiles
    }
}

/// The result of reading a workspace: the model, and every file that could not be read. A run
/// with input errors exits 2 even if rules found nothing, because the model is incomplete.
public struct WorkspaceLoad: Sendable {
    public var model: WorkspaceModel
    public var errors: [InputError]
}

/// Builds the `WorkspaceModel`: discovers projects, reads each deployment, validates it, and
/// reads the env example files.
public enum WorkspaceLoader {
    public static func load(_ files: any WorkspaceFiles, environment: String?) throws(UsageError) -> WorkspaceLoad {
        var errors: [InputError] = []
        let projects = KamalDeploymentReader.discoverProjects(in: files)
        if let environment, !projects.isEmpty, !projects.contains(where: { $0.destinations.contains(environment) }) {
            let known = Set(projects.flatMap(\.destinations)).sorted()
            throw UsageError("no Kamal destination '\(environment)' in this workspace"
                + (known.isEmpty ? " (no config/deploy.<destination>.yml found)" : " (found: \(known.joined(separator: ", ")))"))
        }
        var reader = KamalDeploymentReader(files: files)
        let validator = StructureValidator(schema: KamalSchema.deployConfig)
        var deployments: [KamalDeployment] = []
        var violations: [[ConfigViolation]] = []
        for project in projects {
            do {
                for destination in try reader.destinationsToCheck(project, requested: environment) {
                    do {
                        let deployment = try reader.deployment(of: project, destination: destination)
                        deployments.append(deployment)
                        violations.append(validator.validate(deployment.config) + droppedEnvKeys(deployment)
                                          + KamalRequiredSettings.violations(deployment))
                    } catch {
                        errors.append(error)
                    }
                }
            } catch {
                errors.append(error)
            }
        }
        let duplicates = reader.configFiles.flatMap(\.duplicateKeys)
        var dotenvFiles: [DotenvFile] = []
        for path in EnvExampleDiscovery.paths(in: files) {
            do {
                dotenvFiles.append(DotenvFile.parse(try files.text(path), path: path))
            } catch {
                errors.append(error)
            }
        }
        let model = WorkspaceModel(environment: environment, kamalProjects: projects, kamalDeployments: deployments,
                                   kamalViolations: violations, yamlDuplicateKeys: duplicates, dotenvFiles: dotenvFiles)
        return WorkspaceLoad(model: model, errors: Array(Set(errors)).sorted { $0.location < $1.location })
    }

    /// Plain keys beside `clear`/`secret`/`tags` are rejected by Kamal's env validator: they
    /// would never reach the container.
    static func droppedEnvKeys(_ deployment: KamalDeployment) -> [ConfigViolation] {
        var envs = [deployment.env] + deployment.roles.map(\.env) + deployment.accessories.map(\.env)
        envs += envs.flatMap { $0.tags.map(\.env) }
        return envs.flatMap { env in
            env.droppedPlainKeys.map { key in
                ConfigViolation(context: env.context, problem: "unknown key: \(key.value)", location: key.location)
            }
        }
    }
}
