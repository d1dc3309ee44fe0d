/// Assembles each project's env contract (`ProjectEnvFacts`) from the front ends: reads from
/// its sources, keys from its env examples, and, for every environment it is deployed to, what
/// that deploy supplies — Kamal's merged clear and secret names, Fly's `[env]` and secrets list.
struct EnvFactsBuilder {
    let files: any WorkspaceFiles
    let config: WorkspaceConfig
    /// Environments the run checks; input errors in other environments only make those
    /// environments unverifiable (they are read for drift, not reported).
    let checked: Set<String>
    let flyLive: Bool
    var reader: KamalDeploymentReader
    var errors: [InputError] = []
    var notes: [InputNote] = []

    init(files: any WorkspaceFiles, config: WorkspaceConfig, checked: [String], flyLive: Bool, reader: KamalDeploymentReader) {
        self.files = files
        self.config = config
        self.checked = Set(checked)
        self.flyLive = flyLive
        self.reader = reader
    }

    /// Every project's env reads, supplies and documented keys as `env-var` facts, and what
    /// else the env rules need to know of its sources and deploys.
    mutating func facts(dotenvFiles: [DotenvFile], code: [ProjectCodeScan]) -> (facts: [Fact], sources: [ProjectEnvSources]) {
        let projects = build(dotenvFiles: dotenvFiles, code: code)
        return (projects.flatMap(\.facts), projects.map(\.sources))
    }

    /// Each project's contract, assembled per project before it is stated as facts.
    /// `code` holds each project's source files as `ProjectCodeScan` read them, in the order of
    /// `config.projects` (its input errors and notes are the loader's to report).
    mutating func build(dotenvFiles: [DotenvFile], code: [ProjectCodeScan]) -> [ProjectEnvFacts] {
        zip(config.projects, code).map { project, scan in
            let runtime = RuntimeCode(project)
            let dependencies = DependencyEnvReads(files: files)
            // A variable the project's runtime code sets itself (`process.env.__MCP_PROJECT_ID = id`,
            // or a default it gives itself, `if (!process.env.X) process.env.X = "1"`) is state, not
            // configuration: no deploy or example owes it. A test that sets one proves nothing.
            let setByCode = Set(scan.envAssignments.filter { runtime.isRuntime(workspacePath: $0.location.path) }
                .map(\.value))
            var reads = scan.envReads.filter { !setByCode.contains($0.name) }.map { read in
                EnvReadFact(name: read.name, location: read.location, use: read.use, why: read.why, form: read.form.rawValue,
                            isRuntime: runtime.isRuntime(workspacePath: read.location.path),
                            isBuildTime: read.isBuildTime,
                            isBuiltIn: EnvBuiltIns.contains(read.name, viaImportMeta: read.form == .importMetaEnv))
            }
            let examples = dotenvFiles.filter { belongs($0.path, to: project) }
            let loader = dotenvLoader(of: project)
            let documented = examples.flatMap { file in
                file.entries.map { EnvDocumentedFact(name: $0.key, location: $0.keyLocation, value: loader.value(of: $0)) }
                    + ((try? files.text(file.path)).map { DotenvCommentedKeys.keys(in: $0, path: file.path) } ?? []).map {
                        EnvDocumentedFact(name: $0.name, location: $0.location, value: nil, isCommented: true)
                    }
            }
            let environments = config.environments.compactMap { env -> EnvironmentSupply? in
                guard let target = project.deploy[env] else { return nil }
                var dockerfiles: [String] = []
                var environment = supply(env, target, dockerfiles: &dockerfiles)
                environment.supplies = Self.firstOfEachName(environment.supplies + imageSupplies(project, dockerfiles: dockerfiles))
                return environment
            }
            reads += dependencies.prismaReads(project)
            let named = Set(environments.flatMap { $0.supplies.map(\.name) } + documented.map(\.name))
            reads += dependencies.sdkReads(project, names: named, alreadyRead: Set(reads.map(\.name)))
            return ProjectEnvFacts(project: project, reads: reads, hasSources: scan.hasSources, documented: documented,
                                   exampleFiles: examples.map(\.path), environments: environments)
        }
    }

    /// What the image's Dockerfile sets (`ENV` for the container, `ARG` for the build): the one
    /// the deploy names (Fly `[build] dockerfile`, Kamal `builder.dockerfile`), else the
    /// project's root `Dockerfile`.
    func imageSupplies(_ project: ProjectConfig, dockerfiles: [String]) -> [EnvSupplyFact] {
        var candidates = dockerfiles
        candidates.append(joinPath(project.root, "Dockerfile"))
        guard let path = candidates.first(where: { files.kind(of: $0) == .file }), let text = try? files.text(path) else { return [] }
        let image = DockerfileEnv.parse(text, path: path)
        return image.env.map { EnvSupplyFact(name: $0.name, location: $0.location, source: .dockerfileEnv) }
            + image.args.map { EnvSupplyFact(name: $0.name, location: $0.location, source: .dockerfileArg) }
    }

    func parentFolder(_ path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// A Python project (a Python manifest and no `package.json`) loads its env files with
    /// python-dotenv; any other with Node's or Ruby's dotenv or docker compose, which agree.
    func dotenvLoader(of project: ProjectConfig) -> DotenvLoader {
        let python = ["pyproject.toml", "requirements.txt", "Pipfile", "setup.py"]
        let isPython = python.contains { files.kind(of: joinPath(project.root, $0)) == .file }
            && files.kind(of: joinPath(project.root, "package.json")) != .file
        return isPython ? .python : .node
    }

    func belongs(_ path: String, to project: ProjectConfig) -> Bool {
        if let listed = project.envExamplePaths { return listed.contains(path) }
        guard !project.root.isEmpty else {
            return !config.projects.contains { !$0.root.isEmpty && path.hasPrefix($0.root + "/") }
        }
        return path.hasPrefix(project.root + "/")
    }

    mutating func record(_ error: InputError, env: String) {
        if checked.contains(env) { errors.append(error) }
    }

    /// What one environment's deploy supplies; `dockerfiles` receives the Dockerfile paths the
    /// deploy names (Fly `[build] dockerfile`, Kamal `builder.dockerfile`).
    mutating func supply(_ env: String, _ target: DeployTarget, dockerfiles: inout [String]) -> EnvironmentSupply {
        switch target {
        case .kamal(let kamal):
            let where_ = "Kamal config \(kamal.config)" + (kamal.destination.map { " -d \($0)" } ?? "")
            let project = reader.project(owning: kamal.config)
            do {
                let deployment = try reader.deployment(of: project, destination: kamal.destination)
                if let dockerfile = deployment.config["builder"]?["dockerfile"]?.string {
                    dockerfiles.append(joinPath(project.root, dockerfile))
                }
                let opaque = deployment.generatedByERB.first.map { "\($0.path) is generated by ERB when Kamal runs" }
                return EnvironmentSupply(environment: env, supplies: Self.kamalSupplies(deployment, roles: kamal.roles),
                                         unverifiable: opaque, location: .file(deployment.configFiles.last!), deployDescription: where_)
            } catch {
                record(error, env: env)
                return EnvironmentSupply(environment: env, supplies: [], unverifiable: "\(kamal.config) could not be read",
                                         location: .file(kamal.config), deployDescription: where_)
            }
        case .fly(let fly):
            var supplies: [EnvSupplyFact] = []
            var app = fly.app
            var location = fly.location
            if let toml = fly.config {
                location = .file(toml)
                do {
                    let parsed = try FlyAppConfig.parse(try files.text(toml), path: toml)
                    app = app ?? parsed.app?.value
                    if let dockerfile = parsed.dockerfile { dockerfiles.append(joinPath(parentFolder(toml), dockerfile)) }
                    supplies += parsed.env.map {
                        EnvSupplyFact(name: $0.name.value, location: $0.name.location, source: .flyEnv, clearValue: $0.value)
                    }
                } catch {
                    record(error, env: env)
                }
            }
            let label = "Fly app \(app ?? "(unnamed)")"
            var unverifiable: String?
            do {
                let secrets: [FlySecret]
                if let list = fly.secrets {
                    secrets = try FlySecretsList.parse(try files.text(list), path: list)
                } else if flyLive, let app {
                    secrets = try FlyLiveSecrets.fetch(app: app)
                } else {
                    secrets = []
                    unverifiable = "the secrets of \(label) are not saved in the repository (no `secrets:` list)"
                }
                supplies += secrets.map { EnvSupplyFact(name: $0.name, location: $0.location, source: .flySecret) }
            } catch {
                record(error, env: env)
                unverifiable = "the secrets list of \(label) could not be read"
            }
            return EnvironmentSupply(environment: env, supplies: Self.firstOfEachName(supplies), unverifiable: unverifiable,
                                     location: location, deployDescription: label)
        }
    }

    /// What the containers of the given roles (all roles when empty) receive: the merged
    /// top-level and role env, and every host-tag env on top; accessories are other images.
    static func kamalSupplies(_ deployment: KamalDeployment, roles: [String]) -> [EnvSupplyFact] {
        let selected = deployment.roles.filter { roles.isEmpty || roles.contains($0.name.value) }
        var envs = selected.map(\.effectiveEnv)
        if deployment.roles.isEmpty { envs.append(deployment.env) }
        envs += deployment.env.tags.map(\.env)
        var supplies: [EnvSupplyFact] = []
        for env in envs {
            for variable in env.clear {
                var value: String?
                if let scalar = variable.value.scalar, !scalar.isTemplated, scalar.value != .null { value = scalar.text }
                supplies.append(EnvSupplyFact(name: variable.name.value, location: variable.name.location, source: .kamalClear, clearValue: value))
            }
            for secret in env.secrets {
                supplies.append(EnvSupplyFact(name: secret.envName, location: secret.location, source: .kamalSecret))
            }
        }
        return firstOfEachName(supplies)
    }

    static func firstOfEachName(_ supplies: [EnvSupplyFact]) -> [EnvSupplyFact] {
        var seen = Set<String>()
        return supplies.filter { seen.insert($0.name).inserted }
    }
}
