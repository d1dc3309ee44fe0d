import Foundation

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
        // A JavaScript monorepo root stands for its member packages (see `JSWorkspace`), which
        // may be top-level folders too; it stays a project itself only when it holds a deploy
        // config of its own.
        let rootIsMonorepo = JSWorkspace.find(at: "", files: files) != nil
        if rootIsMonorepo || (roots.isEmpty && isProject("", files)) { roots.insert("", at: 0) }
        var workspaces: [JSWorkspace] = []
        var seen = Set<String>()
        roots = roots.flatMap { root -> [String] in
            guard let workspace = JSWorkspace.find(at: root, files: files) else { return [root] }
            workspaces.append(workspace)
            return (hasDeployConfig(root, files) ? [root] : []) + workspace.members.map(\.root)
        }.filter { seen.insert($0).inserted }
        var projects: [ProjectConfig] = []
        for root in roots {
            let folder = WorkspacePath.fileName(of: root)
            let name = root.isEmpty ? "." : projects.contains { $0.name == folder } ? root : folder
            projects.append(ProjectConfig(name: name, root: root, location: .file(root.isEmpty ? "." : root)))
        }
        func index(ofRoot root: String) -> Int? { projects.firstIndex { $0.root == root } }

        var reader = KamalDeploymentReader(files: files)
        for kamal in KamalDeploymentReader.discoverProjects(in: files) {
            if index(ofRoot: kamal.root) == nil {
                projects.append(ProjectConfig(name: kamal.displayName, root: kamal.root, location: .file(kamal.configPath)))
            }
            let deployed = deployedProject(kamal, roots: projects.map(\.root), files: files)
            if let deployed, index(ofRoot: deployed.root) == nil, deployed.root.contains("/") {
                // A project folder inside another (`apps/api` of a Rails monorepo) that the config builds.
                let folder = WorkspacePath.fileName(of: deployed.root)
                var project = ProjectConfig(name: projects.contains { $0.name == folder } ? deployed.root : folder,
                                            root: deployed.root, location: .file(deployed.root))
                project.envExamples = inheritedEnvExamples(of: deployed.root, from: kamal.root, files: files)
                projects.append(project)
            }
            let target: Int
            if let deployed, let i = index(ofRoot: deployed.root) {
                target = i
            } else if kamal.isStandalone {
                // Deployed with -c and running an image of its own: checked as a deploy, with no
                // code of this workspace to hold against it.
                target = projects.count
                projects.append(standaloneProject(kamal, taken: Set(projects.map(\.name)), files: files))
            } else {
                target = index(ofRoot: kamal.root) ?? 0
            }
            // The same destinations a run without --env checks; an unreadable config is
            // reported when the run reads it, so discovery falls back to its overlays.
            let environments = (try? reader.destinationsToCheck(kamal, requested: nil))
                ?? (kamal.destinations.isEmpty ? [nil] : kamal.destinations.map { $0 })
            for destination in environments {
                let env = destination ?? defaultEnvironment
                guard projects[target].deploy[env] == nil else { continue }
                projects[target].deploy[env] = .kamal(.init(config: kamal.configPath, destination: destination, roles: [],
                                                            location: .file(kamal.configPath), evidence: deployed?.evidence))
            }
        }
        for (i, project) in projects.enumerated() {
            for (env, toml) in flyConfigs(in: project.root, files) where projects[i].deploy[env] == nil {
                projects[i].deploy[env] = .fly(.init(app: nil, config: toml, secrets: flySecretsList(in: project.root, env: env, files),
                                                     location: .file(toml)))
            }
        }
        assignFlyFolderConfigs(&projects, workspaces: workspaces, files: files)
        splitKamalRolesByCommand(&projects, workspaces: workspaces, files: files)
        moveRootTomlsToMembers(&projects, workspaces: workspaces, files: files)
        for workspace in workspaces { foldWorkspacePackages(&projects, workspace: workspace, files: files) }
        let environments = Set(projects.flatMap { $0.deploy.keys }).sorted()
        return WorkspaceConfig(origin: .discovered, environments: environments, projects: projects)
    }

    static func isProject(_ root: String, _ files: any WorkspaceFiles) -> Bool {
        manifests.contains { files.kind(of: joinPath(root, $0)) == .file }
            || files.list(root).contains { $0.hasPrefix("fly.") && $0.hasSuffix(".toml") }
            || MigrationDiscovery.candidates.contains { files.kind(of: joinPath(root, $0)) == .directory }
    }

    /// The project whose code a Kamal config deploys, and why: `builder.context: ../X` names
    /// it (`context: apps/api` the project folder inside a monorepo); without a context, a
    /// `builder.dockerfile` in a project's folder, else the project whose folder or package name
    /// is the config's `service` or image name (case, `-` and `_` folded) — an ops repository's
    /// `service: crawler` deploys `Crawler/`. nil: the config's own project.
    static func deployedProject(_ kamal: KamalProject, roots: [String],
                                files: any WorkspaceFiles) -> (root: String, evidence: String)? {
        guard let file = try? KamalConfigFile.read(kamal.configPath, from: files) else { return nil }
        if let context = file.root["builder"]?["context"]?.string {
            guard let resolved = WorkspacePath.normalise(joinPath(kamal.root, context)), resolved != kamal.root,
                  let top = resolved.split(separator: "/").first.map(String.init) else { return nil }
            if roots.contains(resolved) || isProject(resolved, files) {
                return (resolved, "builder.context: \(context)")
            }
            return (top, "builder.context: \(context)")
        }
        // Without a context, a Dockerfile in a project's folder says which project the image holds.
        if let dockerfile = file.root["builder"]?["dockerfile"]?.string,
           let resolved = WorkspacePath.normalise(joinPath(kamal.root, WorkspacePath.directory(of: dockerfile))),
           resolved != kamal.root, resolved.hasPrefix(kamal.root),
           roots.contains(resolved) || isProject(resolved, files) {
            return (resolved, "builder.dockerfile: \(dockerfile)")
        }
        var names: [(String, String)] = []
        if let service = file.root["service"]?.string { names.append(("service", service)) }
        if let image = file.root["image"]?.string, let last = image.split(separator: "/").last {
            names.append(("image", String(last.split(separator: ":").first ?? last)))
        }
        func matches(_ root: String) -> (String, String)? {
            let candidates = [WorkspacePath.fileName(of: root)] + [packageName(of: root, files)].compactMap { $0 }
            for (key, name) in names where candidates.contains(where: { fold($0) == fold(name) }) { return (key, name) }
            return nil
        }
        if !kamal.root.isEmpty, matches(kamal.root) != nil { return nil }
        let siblings = roots.filter { !$0.isEmpty && $0 != kamal.root }.compactMap { root in
            matches(root).map { (root, $0) }
        }
        guard siblings.count == 1, let (root, (key, name)) = siblings.first else { return nil }
        return (root, "its \(key) '\(name)' matches the project \(root) (no builder.context)")
    }

    /// `name` in a project's `package.json`, without an npm scope.
    static func packageName(of root: String, _ files: any WorkspaceFiles) -> String? {
        guard let text = try? files.text(joinPath(root, "package.json")),
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let name = object["name"] as? String else { return nil }
        return name.split(separator: "/").last.map(String.init)
    }

    /// Names compared with case, `-` and `_` folded.
    static func fold(_ name: String) -> String {
        name.lowercased().filter { $0 != "-" && $0 != "_" }
    }

    /// A project entry for a config deployed with `-c` whose image is not built from a project
    /// of this workspace: no sources and no env examples of its own.
    static func standaloneProject(_ kamal: KamalProject, taken: Set<String>, files: any WorkspaceFiles) -> ProjectConfig {
        let stem = WorkspacePath.fileName(of: kamal.configPath).split(separator: ".").dropFirst().first.map(String.init) ?? "kamal"
        let service = KamalConfigLayout.topLevelScalar("service", in: kamal.configPath, files: files) ?? stem
        let name = taken.contains(service) ? "\(kamal.displayName)-\(service)" : service
        return ProjectConfig(name: name, root: kamal.root, sources: [], envExamples: [], location: .file(kamal.configPath))
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
