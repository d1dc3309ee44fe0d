/// Builds the `WorkspaceModel`: reads `lint-config.yml` (or discovers the workspace), then every
/// file the checked environments depend on, collecting unreadable files instead of stopping at
/// the first.
public enum WorkspaceLoader {
    public static func load(_ files: any WorkspaceFiles, environment: String?, flyLive: Bool = false) throws(UsageError) -> WorkspaceLoad {
        let config: WorkspaceConfig
        do {
            config = try WorkspaceConfigReader.read(files) ?? WorkspaceDiscovery.discover(files)
        } catch {
            return WorkspaceLoad(model: WorkspaceModel(), errors: [error], notes: files.notes)
        }
        if let environment, !config.environments.contains(environment) {
            throw UsageError("unknown environment '\(environment)'"
                + (config.environments.isEmpty ? "; this workspace declares none" : " (this workspace has: \(config.environments.joined(separator: ", ")))"))
        }
        let environments = environment.map { [$0] } ?? config.environments
        var errors: [InputError] = []
        var reader = KamalDeploymentReader(files: files)
        let validator = StructureValidator(schema: KamalSchema.deployConfig)
        var deployments: [KamalDeployment] = []
        var violations: [[ConfigViolation]] = []
        var seen = Set<String>()
        for target in kamalTargets(config, environments: environments) {
            let key = target.config + "\u{1F}" + (target.destination ?? "")
            guard seen.insert(key).inserted else { continue }
            let project = reader.project(owning: target.config)
            do {
                let deployment = try reader.deployment(of: project, destination: target.destination)
                deployments.append(deployment)
                // A config ERB generates whole is opaque: `kamal-config-invalid` says so once. A Kamal 1
                // config is judged once as such (kamal-1-config), not against Kamal 2's keys.
                violations.append(!deployment.isVerifiable || !deployment.kamalOneEvidence.isEmpty ? []
                    : validator.validate(deployment.config) + droppedEnvKeys(deployment)
                        + KamalRequiredSettings.violations(deployment))
            } catch {
                errors.append(error)
            }
        }
        let duplicates = reader.configFiles.flatMap(\.duplicateKeys)
        let siblings = siblingDeployments(of: deployments, reader: &reader)
        var dotenvFiles: [DotenvFile] = []
        for path in envExamplePaths(config, files: files) {
            do {
                dotenvFiles.append(DotenvFile.parse(try files.text(path), path: path))
            } catch {
                errors.append(error)
            }
        }
        // Each source file is read and lexed once, for the env scan and the fact extractors alike.
        var scanned = CodeScanCache()
        let code = config.projects.map { ProjectCodeScan($0, config: config, files: files, cache: &scanned) }
        errors += code.flatMap(\.errors)
        var envBuilder = EnvFactsBuilder(files: files, config: config, checked: environments, flyLive: flyLive,
                                         reader: reader)
        let env = envBuilder.facts(dotenvFiles: dotenvFiles, code: code)
        errors += envBuilder.errors
        var model = WorkspaceModel(config: config, environments: environments, kamalDeployments: deployments,
                                   kamalViolations: violations, yamlDuplicateKeys: duplicates, dotenvFiles: dotenvFiles)
        // The env rules read a typed view of the env-var facts; the manifest reads the facts.
        model.envFacts = ProjectEnvFacts.views(of: env.facts, sources: env.sources)
        model.kamalSiblingDeployments = siblings
        let deployedModel = model
        model.deployedCommands = DeployedCommands.resolve(deployments, files: files) { deployment in
            deployedModel.deployedProject(of: deployment).map { ($0.name, $0.root) }
        }
        model.composeReads = composeReads(beside: dotenvFiles.map(\.path), files: files)
        model.context = context(config, files: files, envFacts: env.facts, code: code, errors: &errors)
        model.context.facts = FactSet(model.context.facts.facts
            + DeployPortFacts.facts(config: config, environments: environments, deployments: deployments, files: files))
        return WorkspaceLoad(model: model, errors: Array(Set(errors)).sorted { $0.location < $1.location },
                             notes: Array(Set(code.flatMap(\.notes) + envBuilder.notes + files.notes)).sorted())
    }

    /// The destinations of the same configs that the run does not check. One that cannot be read
    /// is left out: its own run reports why.
    static func siblingDeployments(of deployments: [KamalDeployment], reader: inout KamalDeploymentReader) -> [KamalDeployment] {
        var siblings: [KamalDeployment] = []
        var seen = Set(deployments.map { $0.project.configPath + "\u{1F}" + ($0.destination ?? "") })
        for project in deployments.map(\.project) {
            for destination in project.destinations where seen.insert(project.configPath + "\u{1F}" + destination).inserted {
                if let deployment = try? reader.deployment(of: project, destination: destination) { siblings.append(deployment) }
            }
        }
        return siblings
    }

    /// Every fact of the code and the migrations, and the databases the migrations build. A
    /// migration that cannot be read (NUL bytes, invalid UTF-8, an unterminated string) is an
    /// input error, and its database is built from the others.
    static func context(_ config: WorkspaceConfig, files: any WorkspaceFiles, envFacts: [Fact], code: [ProjectCodeScan],
                        errors: inout [InputError]) -> RuleContext {
        var builder = FactsBuilder()
        var facts = envFacts + PgBossVersion.annotate(builder.codeFacts(code, files: files), files: files)
        var databases: [ReplayedDatabase] = []
        for definition in WorkspaceDatabases.definitions(config, files: files) {
            let result = SchemaBuilder(files: files).build(definition)
            errors += result.errors
            databases.append(ReplayedDatabase(name: definition.name, schema: result.schema))
            facts += MigrationFacts.facts(result.schema, database: definition.name)
        }
        return RuleContext(facts: FactSet(facts), databases: databases, notes: builder.notes)
    }

    /// The variables compose files interpolate, per folder that holds an env example.
    static func composeReads(beside examples: [String], files: any WorkspaceFiles) -> [String: Set<String>] {
        var reads: [String: Set<String>] = [:]
        for folder in Set(examples.map(WorkspacePath.directory(of:))) {
            for name in files.list(folder) where ComposeInterpolation.isComposeFile(name) {
                guard let text = try? files.text(joinPath(folder, name)) else { continue }
                reads[folder, default: []].formUnion(ComposeInterpolation.names(in: text))
            }
        }
        return reads
    }

    /// Env example files: those a project lists in `lint-config.yml`, else the discovered ones.
    static func envExamplePaths(_ config: WorkspaceConfig, files: any WorkspaceFiles) -> [String] {
        var paths = Set<String>()
        for project in config.projects {
            for path in project.envExamplePaths ?? [] { paths.insert(path) }
        }
        let listing = config.projects.filter { $0.envExamples != nil }.map(\.root)
        for path in EnvExampleDiscovery.paths(in: files)
        where !listing.contains(where: { root in root.isEmpty || path.hasPrefix(root + "/") }) {
            paths.insert(path)
        }
        return paths.sorted()
    }

    /// The Kamal config and destination of every project deployed by Kamal in the environments.
    static func kamalTargets(_ config: WorkspaceConfig, environments: [String]) -> [DeployTarget.KamalTarget] {
        config.projects.flatMap { project in
            environments.compactMap { env -> DeployTarget.KamalTarget? in
                if case .kamal(let target)? = project.deploy[env] { return target }
                return nil
            }
        }
    }

    /// `env.secret` entries that are not names. (Plain keys beside `clear`/`secret`/`tags`, which
    /// Kamal's env validator also rejects, are `kamal-env-plain-keys`' own findings.)
    static func droppedEnvKeys(_ deployment: KamalDeployment) -> [ConfigViolation] {
        deployment.writtenEnvBlocks.flatMap { env in
            env.invalidSecretEntries.map { location in
                ConfigViolation(context: env.context + "/secret",
                                problem: "invalid secret name: an entry is NAME or NAME:SECRET (this one is not shown; it may hold a value)",
                                location: location)
            }
        }
    }
}
