/// Port facts of the deploys: the port each deploy routes to (`consumes`, one per environment)
/// and what the image says (`produces`: evidence `EXPOSE`, and `Dockerfile ENV PORT` with
/// attribute `env: PORT` for the value a `process.env.PORT` read gets from the image). The
/// code's own listen ports come from the script extractors (`JSStorageAndPortFacts`).
///
/// - Kamal 2: kamal-proxy routes to `proxy.app_port` (default 80) of the primary role
///   (`primary_role`, default `web`) and of every role that sets `proxy`; a role's proxy
///   settings are merged over the top-level ones. `proxy: false` routes nothing.
/// - Fly: `[http_service] internal_port` and each `[[services]] internal_port`.
public enum DeployPortFacts {
    static let kamalDefaultAppPort = 80

    public static func facts(config: WorkspaceConfig, environments: [String], deployments: [KamalDeployment],
                             files: any WorkspaceFiles) -> [Fact] {
        var facts: [Fact] = []
        var dockerfiles: [String: String] = [:]  // path → project
        for project in config.projects {
            for environment in environments {
                switch project.deploy[environment] {
                case .kamal(let target)?:
                    guard let deployment = deployments.first(where: {
                        $0.project.configPath == target.config && $0.destination == target.destination
                    }), deployment.isVerifiable, deployment.kamalOneEvidence.isEmpty else { continue }
                    facts += kamalPorts(deployment, project: project.name, environment: environment)
                    let dockerfile = deployment.config["builder"]?["dockerfile"]?.string
                        .flatMap { WorkspacePath.normalise(joinPath(deployment.project.root, $0)) }
                    dockerfiles[dockerfile ?? joinPath(project.root, "Dockerfile")] = project.name
                case .fly(let target)?:
                    guard let toml = target.config, let text = try? files.text(toml),
                          let parsed = try? FlyAppConfig.parse(text, path: toml) else { continue }
                    for port in parsed.internalPorts {
                        facts.append(Fact(kind: .port, name: String(port.value), direction: .consumes,
                                          value: String(port.value), attributes: ["deploy": "fly"],
                                          project: project.name, environment: environment,
                                          location: port.location, evidence: "fly internal_port"))
                    }
                    let folder = WorkspacePath.directory(of: toml)
                    let dockerfile = parsed.dockerfile.flatMap { WorkspacePath.normalise(joinPath(folder, $0)) }
                    dockerfiles[dockerfile ?? joinPath(project.root, "Dockerfile")] = project.name
                case nil:
                    continue
                }
            }
        }
        for (path, project) in dockerfiles.sorted(by: { $0.key < $1.key }) where files.exists(path) {
            guard let text = try? files.text(path) else { continue }
            let ports = DockerfilePorts.parse(text, path: path)
            for port in ports.exposed {
                facts.append(Fact(kind: .port, name: String(port.value), direction: .produces,
                                  value: String(port.value),
                                  project: project, location: port.location, evidence: "EXPOSE"))
            }
            if let proxied = ports.proxiedPort {
                facts.append(Fact(kind: .port, name: String(proxied.value), direction: .produces,
                                  value: String(proxied.value),
                                  project: project, location: proxied.location, evidence: "Thruster target"))
            }
            if let env = ports.envPort {
                facts.append(Fact(kind: .port, name: String(env.value), direction: .produces, value: String(env.value),
                                  attributes: ["env": "PORT"], project: project, location: env.location,
                                  evidence: "Dockerfile ENV PORT"))
            }
        }
        return facts
    }

    static func kamalPorts(_ deployment: KamalDeployment, project: String, environment: String) -> [Fact] {
        let primary = deployment.config["primary_role"]?.string ?? "web"
        let top = deployment.proxy
        var facts: [Fact] = []
        for role in deployment.roles {
            let own = role.proxy
            let runsProxy = own.map(\.isEnabled) ?? (role.name.value == primary && top?.isEnabled != false)
            guard runsProxy else { continue }
            let written = own?.appPort ?? top?.appPort
            let port = written?.value ?? kamalDefaultAppPort
            let location = written?.location ?? own?.location ?? top?.location ?? role.name.location
            var attributes = ["deploy": "kamal", "role": role.name.value]
            // The image is built from the build context: listeners elsewhere are other images.
            if let context = deployment.config["builder"]?["context"]?.string,
               let folder = WorkspacePath.normalise(joinPath(deployment.project.root, context)) {
                attributes["context"] = folder
            }
            if written == nil { attributes["default"] = "kamal-proxy app_port" }
            facts.append(Fact(kind: .port, name: String(port), direction: .consumes, value: String(port),
                              attributes: attributes,
                              project: project, environment: environment, location: location,
                              evidence: written == nil ? "kamal-proxy default" : "proxy.app_port"))
        }
        return facts
    }
}
