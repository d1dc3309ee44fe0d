/// Env variables in the one fact model. The env builder states every read, supply and
/// documented key as a `Fact` of kind `env-var`; the manifest prints those facts, and the env
/// rules read `ProjectEnvFacts`, a typed view the loader derives from the same facts (so a read
/// is a `Fact` once, and `use`, `runtime`, `readBy` … are its attributes).
///
/// What is not a name crossing a boundary — which example files were read, how each environment
/// is deployed and whether it can be verified — is `ProjectEnvSources`, beside the facts.
public struct ProjectEnvSources: Sendable {
    public var project: ProjectConfig
    /// Whether source files were scanned at all (no sources: nothing can be called unused).
    public var hasSources: Bool
    /// The env example files that were read.
    public var exampleFiles: [String]
    /// One per environment the project is deployed to.
    public var deploys: [EnvironmentDeploy]
}

/// How one environment deploys a project, and whether its supplies can be verified.
public struct EnvironmentDeploy: Sendable {
    public var environment: String
    public var unverifiable: String?
    public var location: Location
    public var deployDescription: String
}

/// The attribute keys of `env-var` facts (the manifest prints them).
enum EnvFactAttribute {
    static let use = "use", why = "why", runtime = "runtime", buildTime = "buildTime", builtIn = "builtIn"
    static let readBy = "readBy", source = "source", secret = "secret", commented = "commented"
}

extension EnvReadFact {
    func fact(project: String) -> Fact {
        typealias A = EnvFactAttribute
        var attributes = [A.use: use.rawValue, A.why: why, A.runtime: String(isRuntime)]
        if isBuildTime { attributes[A.buildTime] = "true" }
        if isBuiltIn { attributes[A.builtIn] = "true" }
        if let readBy { attributes[A.readBy] = readBy }
        return Fact(kind: .envVar, name: name, direction: .consumes, attributes: attributes, project: project,
                    location: location, evidence: form)
    }

    init?(_ fact: Fact) {
        typealias A = EnvFactAttribute
        guard fact.kind == .envVar, fact.direction == .consumes, let use = fact.attributes[A.use].flatMap(EnvReadUse.init) else {
            return nil
        }
        self.init(name: fact.name, location: fact.location, use: use, why: fact.attributes[A.why] ?? "", form: fact.evidence,
                  isRuntime: fact.attributes[A.runtime] != "false", isBuildTime: fact.attributes[A.buildTime] == "true",
                  isBuiltIn: fact.attributes[A.builtIn] == "true", readBy: fact.attributes[A.readBy])
    }
}

extension EnvSupplyFact {
    func fact(project: String, environment: String) -> Fact {
        typealias A = EnvFactAttribute
        return Fact(kind: .envVar, name: name, direction: .produces,
                    attributes: [A.source: source.rawValue, A.secret: String(isSecret)], project: project,
                    environment: environment, location: location, evidence: source.rawValue, unprintedValue: clearValue)
    }

    init?(_ fact: Fact) {
        guard fact.kind == .envVar, fact.direction == .produces,
              let source = fact.attributes[EnvFactAttribute.source].flatMap(Source.init) else { return nil }
        self.init(name: fact.name, location: fact.location, source: source, clearValue: fact.unprintedValue)
    }
}

extension EnvDocumentedFact {
    func fact(project: String) -> Fact {
        Fact(kind: .envVar, name: name, direction: .declares,
             attributes: isCommented ? [EnvFactAttribute.commented: "true"] : [:], project: project,
             location: location, evidence: "env example", unprintedValue: value)
    }

    init?(_ fact: Fact) {
        guard fact.kind == .envVar, fact.direction == .declares else { return nil }
        self.init(name: fact.name, location: fact.location, value: fact.unprintedValue,
                  isCommented: fact.attributes[EnvFactAttribute.commented] == "true")
    }
}

extension ProjectEnvFacts {
    /// The project's env contract as facts, in the order the builder found them.
    var facts: [Fact] {
        let name = project.name
        return reads.map { $0.fact(project: name) } + documented.map { $0.fact(project: name) }
            + environments.flatMap { environment in
                environment.supplies.map { $0.fact(project: name, environment: environment.environment) }
            }
    }

    var sources: ProjectEnvSources {
        ProjectEnvSources(project: project, hasSources: hasSources, exampleFiles: exampleFiles, deploys: environments.map {
            EnvironmentDeploy(environment: $0.environment, unverifiable: $0.unverifiable, location: $0.location,
                              deployDescription: $0.deployDescription)
        })
    }

    /// The typed view of each project's `env-var` facts, in the order the facts are given.
    public static func views(of facts: [Fact], sources: [ProjectEnvSources]) -> [ProjectEnvFacts] {
        var byProject: [String: [Fact]] = [:]
        for fact in facts where fact.kind == .envVar { byProject[fact.project, default: []].append(fact) }
        return sources.map { source in
            let own = byProject[source.project.name] ?? []
            return ProjectEnvFacts(
                project: source.project, reads: own.compactMap(EnvReadFact.init), hasSources: source.hasSources,
                documented: own.compactMap(EnvDocumentedFact.init), exampleFiles: source.exampleFiles,
                environments: source.deploys.map { deploy in
                    EnvironmentSupply(environment: deploy.environment,
                                      supplies: own.filter { $0.environment == deploy.environment }.compactMap(EnvSupplyFact.init),
                                      unverifiable: deploy.unverifiable, location: deploy.location,
                                      deployDescription: deploy.deployDescription)
                })
        }
    }
}
