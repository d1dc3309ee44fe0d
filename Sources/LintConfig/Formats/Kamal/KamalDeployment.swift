/// A Kamal project: the directory that holds `config/deploy.yml` (where `kamal` runs), and the
/// destinations its overlays define. A config deployed with `-c` (`config/deploy.imgproxy.yml`
/// with its own `service`) is a project of its own, with the same root.
public struct KamalProject: Sendable, Hashable {
    /// Workspace-relative directory; "" for the workspace root.
    public var root: String
    /// Workspace-relative path of the base config.
    public var configPath: String
    /// Destinations with a `config/deploy.<name>.yml` overlay, sorted; templates and configs
    /// of their own are not destinations.
    public var destinations: [String]
    /// Configs beside the base that are deployed on their own with `-c` (their own `service`).
    public var standaloneConfigs: [String] = []

    public init(root: String, configPath: String, destinations: [String], standaloneConfigs: [String] = []) {
        self.root = root
        self.configPath = configPath
        self.destinations = destinations
        self.standaloneConfigs = standaloneConfigs
    }

    /// Whether this config is deployed with `-c` rather than being the default `deploy.yml`.
    public var isStandalone: Bool { WorkspacePath.fileName(of: configPath) != "deploy.yml" }

    /// The project a base config belongs to: Kamal runs where `config/` is, so `.kamal/` and the
    /// overlays are found relative to the folder above it.
    public static func owning(configPath: String, files: any WorkspaceFiles) -> KamalProject {
        let configDirectory = WorkspacePath.directory(of: configPath)
        let root = WorkspacePath.fileName(of: configDirectory) == "config" ? WorkspacePath.directory(of: configDirectory) : configDirectory
        let base = WorkspacePath.fileName(of: configPath)
        let stem = base.hasSuffix(".yml") ? String(base.dropLast(4)) : base
        let baseService = KamalConfigLayout.topLevelScalar("service", in: configPath, files: files)
        var destinations: [String] = []
        var standalone: [String] = []
        for name in files.list(configDirectory) {
            guard name.hasPrefix(stem + "."), name.hasSuffix(".yml"), name != base else { continue }
            let middle = String(name.dropFirst(stem.count + 1).dropLast(4))
            guard !middle.isEmpty, !middle.contains(".") else { continue }
            let path = joinPath(configDirectory, name)
            switch KamalConfigLayout.classify(overlay: path, name: middle, baseService: baseService, projectRoot: root, files: files) {
            case .destination: destinations.append(middle)
            case .standalone: standalone.append(path)
            case .template: continue
            }
        }
        return KamalProject(root: root, configPath: configPath, destinations: destinations, standaloneConfigs: standalone)
    }

    /// The overlay of a destination: `deploy.yml` → `deploy.staging.yml`, as Kamal derives it.
    public func overlayPath(for destination: String) -> String {
        let base = configPath.hasSuffix(".yml") ? String(configPath.dropLast(4)) : configPath
        return base + "." + destination + ".yml"
    }

    /// A name for messages: the project folder, or "." for the workspace root.
    public var displayName: String { root.isEmpty ? "." : root }
}

/// Everything Kamal would deploy for one destination (or for none): the merged config and the
/// secrets that destination reads.
public struct KamalDeployment: Sendable {
    public var project: KamalProject
    public var destination: String?
    /// The files merged into `config`, base first.
    public var configFiles: [String]
    /// The merged YAML: the base deep-merged with the overlay, nodes still located in their files.
    public var config: YAMLNode
    /// The ERB of each config file, by path.
    public var templates: [String: ERBTemplate]
    public var requireDestination: Bool
    public var service: Located<String>?
    public var image: Located<String>?
    public var env: KamalEnv
    public var roles: [KamalRole]
    public var accessories: [KamalAccessory]
    public var registry: KamalRegistry
    public var proxy: KamalProxy?
    /// `builder.secrets`: secrets handed to `docker build`.
    public var builderSecrets: [KamalSecretReference]
    public var secrets: KamalSecretsLookup
    /// Files under the hooks path (`.kamal/hooks` by default).
    public var hookFiles: [String]
    /// Those hook files read as scripts (unreadable ones are left out).
    public var hooks: [KamalHook] = []
    /// Each merged file's own document, base first: what each layer said before the merge
    /// replaced lists and scalars (see `KamalDeepMerge`).
    public var layers: [KamalConfigLayer] = []
    /// Where each config file whose whole document ERB generates starts (its output tag; see
    /// `KamalConfigFile.isGeneratedByERB`): while any is merged in, the deployment's config, env
    /// and secret names are not known.
    public var generatedByERB: [Location] = []

    /// Whether the merged config is what Kamal would see (no file is generated by ERB).
    public var isVerifiable: Bool { generatedByERB.isEmpty }

    /// Why this is a Kamal 1 / MRSK config (empty for Kamal 2): see `KamalOneEvidence`.
    public var kamalOneEvidence: [String] = []

    /// A label for titles: `staging`, or `(no destination)`.
    public var destinationLabel: String { destination ?? "(no destination)" }

    /// Every secret reference Kamal resolves for this deployment, in file order.
    public var allSecretReferences: [KamalSecretReference] {
        env.allSecretReferences + roles.flatMap { $0.env.allSecretReferences } + accessories.flatMap { $0.env.allSecretReferences }
            + registry.secretReferences + builderSecrets
    }

    /// Every `env` block as written — top level, roles, accessories, and the tag blocks under
    /// them — for checks on what each block itself says (not on merged results).
    public var writtenEnvBlocks: [KamalEnv] {
        let blocks = [env] + roles.map(\.env) + accessories.map(\.env)
        return blocks + blocks.flatMap { $0.tags.map(\.env) }
    }

    /// Every env deploy-time ERB reads, across the merged files.
    public var erbEnvReads: [ERBEnvRead] { configFiles.flatMap { templates[$0]?.envReads ?? [] } }
}

/// One file of a merged config, as written.
public struct KamalConfigLayer: Sendable {
    public var path: String
    public var root: YAMLNode
}

/// A server role (`web`, `workers`): its hosts and the env its containers get.
public struct KamalRole: Sendable {
    public var name: Located<String>
    public var hosts: [KamalHost]
    /// The role's own `env` block.
    public var env: KamalEnv
    /// The top-level env merged with the role's, as `Role#env` does; host tags come on top.
    public var effectiveEnv: KamalEnv
    public var cmd: YAMLNode?
    /// nil when the role does not set `proxy`; `.disabled` for `proxy: false`.
    public var proxy: KamalProxy?
}

/// A host line: `1.2.3.4`, or `1.2.3.4: [tag]` which applies `env.tags.tag` on that host.
public struct KamalHost: Sendable {
    public var address: Located<String>
    public var tags: [String]
}

public struct KamalAccessory: Sendable {
    public var name: Located<String>
    public var env: KamalEnv
}

/// `registry`: its `username`/`password` may be secrets (a one-element list names the secret).
public struct KamalRegistry: Sendable {
    public var server: Located<String>?
    public var secretReferences: [KamalSecretReference]
}

/// `proxy` of kamal-proxy, at top level or on a role.
public struct KamalProxy: Sendable {
    public var isEnabled: Bool
    public var appPort: Located<Int>?
    public var hosts: [Located<String>]
    public var healthcheckPath: Located<String>?
    public var location: Location
}

/// The secrets files one destination reads, in Kamal's order: `<secrets_path>-common`, then
/// `<secrets_path>` (no destination) or `<secrets_path>.<destination>` — never the plain file
/// when a destination is given. Later files override earlier ones.
public struct KamalSecretsLookup: Sendable {
    /// The files Kamal would try, existing or not.
    public var candidatePaths: [String]
    /// The destination's own file (the second candidate).
    public var destinationFilePath: String
    /// Those that exist in the repository, parsed.
    public var files: [KamalSecretsFile]
    /// Where ERB computes `secrets_path` when it is not known here (see `KamalSecretsPath`):
    /// then no file is read and nothing can be verified.
    public var computedPathLocation: Location?

    public var destinationFileExists: Bool { files.contains { $0.path == destinationFilePath } }

    /// The last definition of `name` across the files, as Kamal's merge leaves it.
    public func definition(of name: String) -> KamalSecretDefinition? {
        files.reversed().lazy.compactMap { $0.definition(named: name) }.first
    }
}
