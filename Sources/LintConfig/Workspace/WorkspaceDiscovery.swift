/// What a workspace says about itself when it has no `lint-config.yml`: each top-level folder
/// with a project manifest, a deploy config or a migrations folder is a project; each Kamal config deploys the project
/// its `builder.context` points at (an ops repo's `context: ../GHOST-HANDS` deploys GHOST-HANDS),
/// else its own; each `fly.toml` deploys its own project. `lint-config init` writes the result.
public enum WorkspaceDiscovery {
    static let manifests = ["package.json", "Package.swift", "go.mod", "pyproject.toml", "requirements.txt", "Gemfile",
                            "Cargo.toml", "config/deploy.yml", "fly.toml"]
    static let ignored: Set<String> = ["node_modules", "vendor", "Pods", "dist", "build"]

    /// The environment a bare Kamal config or a bare `fly.toml` stands for.
    public static let defaultEnvironment = "default"

    public static func discover(_ files: any WorkspaceFiles) -> WorkspaceConfig {
        var roots = files.list("").filter { name in
            !name.hasPrefix(".") && !ignored.contains(name) && files.kind(of: name) == .directory && isProject(name, files)
        }
        if roots.isEmpty && isProject("", files) { roots = [""] }
        var projects = roots.map { root in
            ProjectConfig(name: root.isEmpty ? "." : root, root: root, location: .file(root.isEmpty ? "." : root))
        }
        func index(ofRoot root: String) -> Int? { projects.firstIndex { $0.root == root } }

        var reader = KamalDeploymentReader(files: files)
        for kamal in KamalDeploymentReader.discoverProjects(in: files) {
            if index(ofRoot: kamal.root) == nil {
                projects.append(ProjectConfig(name: kamal.displayName, root: kamal.root, location: .file(kamal.configPath)))
            }
            let target = deployedProject(kamal, files: files).flatMap(index(ofRoot:)) ?? index(ofRoot: kamal.root)!
            // The same destinations a run without --env checks; an unreadable config is
            // reported when the run reads it, so discovery falls back to its overlays.
            let environments = (try? reader.destinationsToCheck(kamal, requested: nil))
                ?? (kamal.destinations.isEmpty ? [nil] : kamal.destinations.map { $0 })
            for destination in environments {
                let env = destination ?? defaultEnvironment
                projects[target].deploy[env] = .kamal(.init(config: kamal.configPath, destination: destination, roles: [],
                                                            location: .file(kamal.configPath)))
            }
        }
        for (i, project) in projects.enumerated() {
            for (env, toml) in flyConfigs(in: project.root, files) where projects[i].deploy[env] == nil {
                projects[i].deploy[env] = .fly(.init(app: nil, config: toml, secrets: flySecretsList(in: project.root, env: env, files),
                                                     location: .file(toml)))
            }
        }
        let environments = Set(projects.flatMap { $0.deploy.keys }).sorted()
        return WorkspaceConfig(origin: .discovered, environments: environments, projects: projects)
    }

    static func isProject(_ root: String, _ files: any WorkspaceFiles) -> Bool {
        manifests.contains { files.kind(of: joinPath(root, $0)) == .file }
            || files.list(root).contains { $0.hasPrefix("fly.") && $0.hasSuffix(".toml") }
            || MigrationDiscovery.candidates.contains { files.kind(of: joinPath(root, $0)) == .directory }
    }

    /// `builder.context: ../X` in a Kamal config names the project whose code it deploys.
    static func deployedProject(_ kamal: KamalProject, files: any WorkspaceFiles) -> String? {
        guard let file = try? KamalConfigFile.read(kamal.configPath, from: files),
              let context = file.root["builder"]?["context"]?.string,
              let resolved = WorkspacePath.normalise(joinPath(kamal.root, context)), resolved != kamal.root
        else { return nil }
        return resolved.split(separator: "/").first.map(String.init)
    }

    /// `fly.toml` (the default environment) and `fly.<env>.toml`.
    static func flyConfigs(in root: String, _ files: any WorkspaceFiles) -> [(String, String)] {
        files.list(root).compactMap { name -> (String, String)? in
            guard name.hasPrefix("fly."), name.hasSuffix(".toml") else { return nil }
            let middle = name.dropFirst(4).dropLast(5)
            let env = middle.isEmpty ? defaultEnvironment : String(middle)
            return env.contains(".") ? nil : (env, joinPath(root, name))
        }
    }

    /// A saved `fly secrets list` for an environment, by convention `fly-secrets.<env>.txt` or
    /// `.json` in the project root (`fly-secrets.txt` for the default environment).
    static func flySecretsList(in root: String, env: String, _ files: any WorkspaceFiles) -> String? {
        let stem = env == defaultEnvironment ? "fly-secrets" : "fly-secrets.\(env)"
        return ["txt", "json"].map { joinPath(root, "\(stem).\($0)") }.first { files.kind(of: $0) == .file }
    }
}
