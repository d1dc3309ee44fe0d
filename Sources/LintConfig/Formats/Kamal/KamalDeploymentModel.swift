/// Reads the merged config node into a `KamalDeployment`. Shapes the schema forbids are skipped
/// here, not reported: the schema check (`KamalSchemaValidator`) owns those messages.
enum KamalDeploymentModel {
    static func build(project: KamalProject, destination: String?, configFiles: [String], config: YAMLNode,
                      templates: [String: ERBTemplate], files: any WorkspaceFiles) throws(InputError) -> KamalDeployment {
        let env = KamalEnv(node: config["env"], context: "env")
        let roles = readRoles(config["servers"], topLevelEnv: env)
        let accessories = (config["accessories"]?.mapping?.entries ?? []).map { entry in
            let name = entry.key.scalar?.text ?? "?"
            return KamalAccessory(name: Located(name, at: entry.key.start),
                                  env: KamalEnv(node: entry.value["env"], context: "accessories/\(name)/env"))
        }
        var registrySecrets: [KamalSecretReference] = []
        for key in ["username", "password"] {
            if let first = config["registry"]?[key]?.sequence?.first,
               let reference = KamalSecretReference(node: first, context: "registry/\(key)") {
                registrySecrets.append(reference)
            }
        }
        let builderSecrets = (config["builder"]?["secrets"]?.sequence ?? []).compactMap {
            KamalSecretReference(node: $0, context: "builder/secrets")
        }
        let resolution = KamalSecretsPath.resolve(config["secrets_path"], templates: templates, projectRoot: project.root, files: files)
        var secrets = KamalSecretsLookup(candidatePaths: [], destinationFilePath: "", files: [])
        if case .computed(let location) = resolution {
            secrets.computedPathLocation = location
        } else if case .path(let secretsPath) = resolution {
            let destinationFile = secretsPath + (destination.map { "." + $0 } ?? "")
            let candidates = [secretsPath + "-common", destinationFile]
            var secretsFiles: [KamalSecretsFile] = []
            for path in candidates where files.kind(of: path) == .file {
                secretsFiles.append(KamalSecretsFile.parse(try files.text(path), path: path))
            }
            secrets = KamalSecretsLookup(candidatePaths: candidates, destinationFilePath: destinationFile, files: secretsFiles)
        }
        let hooksPath = joinPath(project.root, config["hooks_path"]?.string ?? ".kamal/hooks")
        let hookFiles = files.list(hooksPath).filter { !$0.hasSuffix(".sample") }.map { joinPath(hooksPath, $0) }

        var deployment = KamalDeployment(
            project: project, destination: destination, configFiles: configFiles, config: config, templates: templates,
            requireDestination: config["require_destination"]?.scalar?.value == .bool(true),
            service: located(config["service"]), image: located(config["image"]),
            env: env, roles: roles, accessories: accessories,
            registry: KamalRegistry(server: located(config["registry"]?["server"]), secretReferences: registrySecrets),
            proxy: readProxy(config["proxy"]), builderSecrets: builderSecrets,
            secrets: secrets,
            hookFiles: hookFiles,
            kamalOneEvidence: KamalOneEvidence.evidence(config: config, projectRoot: project.root, files: files))
        deployment.hooks = hookFiles.compactMap { path in
            guard files.kind(of: path) == .file, let text = try? files.text(path) else { return nil }
            return KamalHook.parse(text, path: path)
        }
        return deployment
    }

    static func located(_ node: YAMLNode?) -> Located<String>? {
        guard let node, let scalar = node.scalar, scalar.value != .null else { return nil }
        return Located(scalar.text, at: node.start)
    }

    /// `servers` is a host list (one `web` role) or a map of role → host list | role config.
    static func readRoles(_ node: YAMLNode?, topLevelEnv: KamalEnv) -> [KamalRole] {
        guard let node else { return [] }
        if let hosts = node.sequence {
            return [KamalRole(name: Located("web", at: node.start), hosts: readHosts(hosts), env: KamalEnv(context: "servers/web/env"),
                              effectiveEnv: topLevelEnv, cmd: nil, proxy: nil)]
        }
        return (node.mapping?.entries ?? []).map { entry in
            let name = entry.key.scalar?.text ?? "?"
            let value = entry.value
            let hosts = value.sequence ?? value["hosts"]?.sequence ?? []
            let env = KamalEnv(node: value["env"], context: "servers/\(name)/env")
            return KamalRole(name: Located(name, at: entry.key.start), hosts: readHosts(hosts), env: env,
                             effectiveEnv: topLevelEnv.merged(with: env), cmd: value["cmd"], proxy: readProxy(value["proxy"]))
        }
    }

    static func readHosts(_ items: [YAMLNode]) -> [KamalHost] {
        items.compactMap { item in
            if let address = located(item) { return KamalHost(address: address, tags: []) }
            guard let entry = item.mapping?.entries.first, let address = located(entry.key) else { return nil }
            let tags = entry.value.sequence?.compactMap { $0.scalar?.text } ?? entry.value.scalar.map { [$0.text] } ?? []
            return KamalHost(address: address, tags: tags)
        }
    }

    static func readProxy(_ node: YAMLNode?) -> KamalProxy? {
        guard let node, node.scalar?.value != .null else { return nil }
        if let scalar = node.scalar, case .bool(let enabled) = scalar.value {
            return KamalProxy(isEnabled: enabled, appPort: nil, hosts: [], healthcheckPath: nil, location: node.start)
        }
        var hosts: [Located<String>] = []
        if let host = located(node["host"]) {
            hosts = host.value.split(separator: ",").map { Located(String($0).trimmingCharacters(in: " "), at: host.location) }
        }
        hosts += (node["hosts"]?.sequence ?? []).compactMap(located)
        var appPort: Located<Int>?
        if let portNode = node["app_port"], let scalar = portNode.scalar, case .integer(let port?) = scalar.value {
            appPort = Located(port, at: portNode.start)
        }
        return KamalProxy(isEnabled: true, appPort: appPort, hosts: hosts,
                          healthcheckPath: located(node["healthcheck"]?["path"]), location: node.start)
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
