/// What `lint-config.yml` says (or what discovery would have it say): the projects of a
/// workspace, how each is deployed in each environment, and where its facts are written.
public struct WorkspaceConfig: Sendable {
    public enum Origin: Sendable, Equatable {
        /// Read from this file.
        case file(String)
        /// No file: found by looking at the workspace.
        case discovered
    }

    public var origin: Origin
    public var environments: [String]
    public var projects: [ProjectConfig]
    public var databases: [DatabaseConfig]
    /// `baselines:` as written: the baselines folder, relative to the workspace root unless
    /// absolute (it may lie outside the workspace); nil for the default `Baselines/`.
    public var baselines: String? = nil

    public init(origin: Origin, environments: [String], projects: [ProjectConfig], databases: [DatabaseConfig] = []) {
        self.origin = origin
        self.environments = environments
        self.projects = projects
        self.databases = databases
    }

    public func project(named name: String) -> ProjectConfig? { projects.first { $0.name == name } }
}

public struct ProjectConfig: Sendable {
    public var name: String
    /// Workspace-relative folder ("" for the root).
    public var root: String
    /// Globs relative to `root`; nil means the default source discovery.
    public var sources: [String]?
    /// Files relative to `root`; nil means discovery.
    public var envExamples: [String]?
    /// Globs relative to `root` of files that are runtime code even where the defaults say
    /// otherwise (a `scripts/worker.ts` that a deploy runs).
    public var runtime: [String]
    /// Globs relative to `root` of files that are not runtime code, beyond the defaults.
    public var exclude: [String]
    public var migrations: [MigrationSourceConfig]
    /// Environment → how the project runs there.
    public var deploy: [String: DeployTarget]
    public var location: Location

    public init(name: String, root: String, sources: [String]? = nil, envExamples: [String]? = nil,
                runtime: [String] = [], exclude: [String] = [],
                migrations: [MigrationSourceConfig] = [], deploy: [String: DeployTarget] = [:], location: Location) {
        self.name = name
        self.root = root
        self.sources = sources
        self.envExamples = envExamples
        self.runtime = runtime
        self.exclude = exclude
        self.migrations = migrations
        self.deploy = deploy
        self.location = location
    }

    /// The listed env examples as workspace-relative paths (nil: discovery).
    public var envExamplePaths: [String]? {
        envExamples?.compactMap { WorkspacePath.resolve($0, from: root) }
    }

    /// The `sources` globs as workspace-relative globs (nil: every source file below the root).
    public var sourceGlobs: [String]? {
        sources?.compactMap { WorkspacePath.resolve($0, from: root) }
    }
}

/// How one project is deployed in one environment.
public enum DeployTarget: Sendable, Equatable {
    case kamal(KamalTarget)
    case fly(FlyTarget)

    public struct KamalTarget: Sendable, Hashable {
        /// Workspace-relative base config (`ATM/config/deploy.yml`): may belong to another project.
        public var config: String
        public var destination: String?
        /// Only these roles run the project's code; empty: every role.
        public var roles: [String]
        public var location: Location
        /// Why discovery chose the project this config deploys (`lint-config init` says it).
        public var evidence: String? = nil
    }

    public struct FlyTarget: Sendable, Hashable {
        public var app: String?
        /// Workspace-relative fly.toml.
        public var config: String?
        /// Workspace-relative saved `fly secrets list` output.
        public var secrets: String?
        public var location: Location
    }
}

/// One folder or file of migrations (replayed by the schema issue's code).
public struct MigrationSourceConfig: Sendable, Hashable {
    public var project: String?
    public var path: String
    public var order: String
    public var location: Location
}

public struct DatabaseConfig: Sendable {
    public var name: String
    public var migrations: [MigrationSourceConfig]
    public var location: Location
}
