/// Finds Kamal projects in a workspace and reads each destination's deployment the way
/// `Kamal::Configuration.create_from` does: base file, destination overlay, deep merge, then the
/// secrets files of that destination.
public struct KamalDeploymentReader {
    public let files: any WorkspaceFiles
    private var cache: [String: KamalConfigFile] = [:]
    /// Projects and deployments already worked out: the loader and the env facts both ask for
    /// each deployment, and building one again cost a tenth of a whole check of `Examples/`.
    private var projects: [String: KamalProject] = [:]
    private var deployments: [String: KamalDeployment] = [:]

    public init(files: any WorkspaceFiles) { self.files = files }

    /// Every config file read so far, once each, for rules about the files themselves.
    public var configFiles: [KamalConfigFile] { cache.values.sorted { $0.path < $1.path } }

    /// Projects with a `config/deploy.yml` at the workspace root or in a top-level folder, and
    /// each config beside it deployed on its own with `-c`. A base that is a generator's input
    /// (`#@` ytt annotations, `{{ }}`) is not a config Kamal reads; without a `deploy.yml`, each
    /// `config/deploy.<name>.yml` with its own `service` is deployed with `-c`.
    public static func discoverProjects(in files: any WorkspaceFiles) -> [KamalProject] {
        var roots = [""]
        roots += files.list("").filter { !$0.hasPrefix(".") && files.kind(of: $0) == .directory && !ignoredFolders.contains($0) }
        return roots.flatMap { root -> [KamalProject] in
            let configPath = joinPath(root, "config/deploy.yml")
            if files.kind(of: configPath) != .missing {
                if KamalConfigLayout.isTemplate(path: configPath, files: files) { return [] }
                let project = KamalProject.owning(configPath: configPath, files: files)
                return [project] + project.standaloneConfigs.map { KamalProject.owning(configPath: $0, files: files) }
            }
            let configDirectory = joinPath(root, "config")
            return files.list(configDirectory).compactMap { name -> KamalProject? in
                guard name.hasPrefix("deploy."), name.hasSuffix(".yml"), name.split(separator: ".").count == 3 else { return nil }
                let path = joinPath(configDirectory, name)
                guard !KamalConfigLayout.isTemplate(path: path, files: files),
                      KamalConfigLayout.topLevelScalar("service", in: path, files: files) != nil else { return nil }
                return KamalProject.owning(configPath: path, files: files)
            }
        }
    }

    static let ignoredFolders: Set<String> = ["node_modules", "vendor", "Pods", "dist", "build"]

    mutating func file(_ path: String) throws(InputError) -> KamalConfigFile {
        if let cached = cache[path] { return cached }
        let file = try KamalConfigFile.read(path, from: files)
        cache[path] = file
        return file
    }

    /// The destinations a run checks: the one asked for; without one, every destination, plus
    /// the bare config when it is deployed on its own — when there are no overlays, or when
    /// `require_destination` is not set and a plain `.kamal/secrets` shows bare deploys happen.
    /// (A base file written only to be merged with overlays is often invalid alone: Kamal
    /// validates the merged result.)
    public mutating func destinationsToCheck(_ project: KamalProject, requested: String?) throws(InputError) -> [String?] {
        if let requested { return project.destinations.contains(requested) ? [requested] : [] }
        let base = try file(project.configPath)
        let named: [String?] = project.destinations.map { $0 }
        if named.isEmpty { return [nil] }
        let required = base.root["require_destination"]?.scalar?.value == .bool(true)
        let resolution = KamalSecretsPath.resolve(base.root["secrets_path"], templates: [base.path: base.template],
                                                  projectRoot: project.root, files: files)
        guard !required, case .path(let secretsPath) = resolution, files.kind(of: secretsPath) == .file else { return named }
        // A base that fails Kamal's required settings alone while every overlay completes it is
        // written to be merged: a base, not a target.
        if let bare = try? deployment(of: project, destination: nil), !Self.isComplete(bare),
           project.destinations.allSatisfy({ (try? deployment(of: project, destination: $0)).map(Self.isComplete) ?? false }) {
            return named
        }
        return [nil] + named
    }

    /// Whether a deployment has what Kamal requires before it deploys, a host included: a base
    /// whose roles carry only options (`servers: {web: {options: …}}`) is never deployed alone.
    static func isComplete(_ deployment: KamalDeployment) -> Bool {
        KamalRequiredSettings.violations(deployment).isEmpty && namesHosts(deployment.config["servers"])
    }

    /// Whether `servers` names at least one host, or ERB computes them (then it may).
    static func namesHosts(_ servers: YAMLNode?) -> Bool {
        func listsHosts(_ node: YAMLNode?) -> Bool {
            guard let node else { return false }
            if let items = node.sequence { return !items.isEmpty }
            return node.scalar?.isTemplated == true
        }
        guard let servers else { return false }
        guard let roles = servers.mapping else { return listsHosts(servers) }
        return roles.entries.contains { role in listsHosts(role.value) || listsHosts(role.value["hosts"]) }
    }

    /// The project a config belongs to (`KamalProject.owning`), worked out once per config.
    public mutating func project(owning configPath: String) -> KamalProject {
        if let known = projects[configPath] { return known }
        let project = KamalProject.owning(configPath: configPath, files: files)
        projects[configPath] = project
        return project
    }

    public mutating func deployment(of project: KamalProject, destination: String?) throws(InputError) -> KamalDeployment {
        let key = project.configPath + "\u{1F}" + (destination ?? "")
        if let known = deployments[key] { return known }
        var paths = [project.configPath]
        if let destination { paths.append(project.overlayPath(for: destination)) }
        var templates: [String: ERBTemplate] = [:]
        var merged: YAMLNode?
        var layers: [KamalConfigLayer] = []
        for path in paths {
            let file = try file(path)
            templates[path] = file.template
            layers.append(KamalConfigLayer(path: path, root: file.root))
            merged = merged.map { KamalDeepMerge.merge($0, file.root) } ?? file.root
        }
        var deployment = try KamalDeploymentModel.build(project: project, destination: destination, configFiles: paths,
                                                        config: merged!, templates: templates, files: files)
        deployment.layers = layers
        deployment.generatedByERB = paths.compactMap { path in cache[path].flatMap { $0.isGeneratedByERB ? $0.root.start : nil } }
        deployments[key] = deployment
        return deployment
    }
}
