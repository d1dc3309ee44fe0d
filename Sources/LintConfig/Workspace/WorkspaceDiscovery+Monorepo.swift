/// Zero-config discovery of deployable units in a monorepo: which member package a deploy runs,
/// and which code that deploy runs besides its own folder.
extension WorkspaceDiscovery {
    /// Whether a folder holds a deploy config of its own, so that a monorepo root stays a project.
    static func hasDeployConfig(_ root: String, _ files: any WorkspaceFiles) -> Bool {
        files.kind(of: joinPath(root, "config/deploy.yml")) == .file
            || files.list(root).contains { $0.hasPrefix("fly.") && $0.hasSuffix(".toml") }
    }

    /// `fly/<name>.toml` files (in a project or a monorepo root): `fly/staging.toml` is an
    /// environment of the folder's project; `fly/api.toml`, `fly/api.staging.toml`,
    /// `fly/api-staging.toml` deploy the project named `api` — by file name, else by the
    /// `[build] dockerfile` or a `[processes]` command that lies in a project's folder. Such
    /// tomls often have no `app` (deployed with `--app shop-api-stg`): the target keeps none.
    static func assignFlyFolderConfigs(_ projects: inout [ProjectConfig], workspaces: [JSWorkspace],
                                       files: any WorkspaceFiles) {
        let folders = Set(projects.map(\.root) + workspaces.map(\.root)).sorted()
        for folder in folders {
            let flyFolder = joinPath(folder, "fly")
            for name in files.list(flyFolder).sorted() where name.hasSuffix(".toml") {
                let path = joinPath(flyFolder, name)
                let stem = String(name.dropLast(5))
                let owner = projects.firstIndex { $0.root == folder }
                var target: (index: Int, env: String)?
                if KamalConfigLayout.environmentWords.contains(stem.lowercased()), let owner {
                    target = (owner, stem)
                } else {
                    target = projectNamed(in: stem, projects)
                        ?? projectRunBy(path, projects, files: files).map { ($0, defaultEnvironment) }
                    if target == nil, let owner { target = (owner, stem) }
                }
                guard let (index, env) = target, projects[index].deploy[env] == nil else { continue }
                let secrets = flySecretsList(in: projects[index].root, env: env, files)
                projects[index].deploy[env] = .fly(.init(app: nil, config: path, secrets: secrets, location: .file(path)))
            }
        }
    }

    /// `api`, `api.staging`, `api-staging`, `api_stg`: the project `api` (folder or package name,
    /// folded) and the environment after it (`default` when none).
    static func projectNamed(in stem: String, _ projects: [ProjectConfig]) -> (Int, String)? {
        let dotted = stem.split(separator: ".", maxSplits: 1).map(String.init)
        let candidates: [(String, String)] = {
            var list = [(dotted[0], dotted.count > 1 ? dotted[1] : defaultEnvironment)]
            if let cut = stem.lastIndex(where: { $0 == "-" || $0 == "_" }) {
                let suffix = String(stem[stem.index(after: cut)...])
                if KamalConfigLayout.environmentWords.contains(suffix.lowercased()) {
                    list.append((String(stem[..<cut]), suffix))
                }
            }
            return list
        }()
        for (name, env) in candidates {
            let matches = projects.indices.filter { i in
                !projects[i].root.isEmpty && fold(WorkspacePath.fileName(of: projects[i].root)) == fold(name)
            }
            if matches.count == 1 { return (matches[0], env) }
        }
        return nil
    }

    /// The project whose folder holds the toml's `[build] dockerfile`, or whose folder a
    /// `[processes]` command or the image's `CMD`/`ENTRYPOINT` names
    /// (`node apps/worker/dist/index.js`); the deepest wins.
    static func projectRunBy(_ tomlPath: String, _ projects: [ProjectConfig], files: any WorkspaceFiles) -> Int? {
        guard let text = try? files.text(tomlPath), let config = try? FlyAppConfig.parse(text, path: tomlPath) else {
            return nil
        }
        var paths: [String] = []
        var dockerfiles: [String] = []
        // flyctl resolves the dockerfile from the toml's folder; deploys from the repository root name it from there.
        for base in [WorkspacePath.directory(of: tomlPath), ""] {
            if let resolved = WorkspacePath.resolve(config.dockerfile ?? "Dockerfile", from: base),
               files.kind(of: resolved) == .file {
                dockerfiles.append(resolved)
            }
        }
        if config.dockerfile != nil { paths += dockerfiles }
        var commands = config.processes.map(\.command)
        if let dockerfile = dockerfiles.first, let text = try? files.text(dockerfile) {
            commands.append(DockerfileCommand.words(text, path: dockerfile).joined(separator: " "))
        }
        for command in commands {
            paths += command.split(separator: " ").map { String($0).trimmingCharacters(in: .init(charactersIn: "\"'")) }
                .filter { $0.contains("/") }.compactMap { WorkspacePath.normalise($0) }
        }
        let owners = projects.indices.filter { i in
            let root = projects[i].root
            return !root.isEmpty && paths.contains { $0.hasPrefix(root + "/") }
        }
        return owners.max { projects[$0].root.count < projects[$1].root.count }
    }

    /// The env examples of `outer` (those directly in it) as paths from `root`, for a project
    /// folder inside it that keeps none of its own (nil then: discovery decides): the examples
    /// of a monorepo's root document the apps its deploys build.
    static func inheritedEnvExamples(of root: String, from outer: String, files: any WorkspaceFiles) -> [String]? {
        let examples = EnvExampleDiscovery.paths(in: files)
        guard !examples.contains(where: { $0.hasPrefix(root + "/") }) else { return nil }
        let outerExamples = examples.filter { WorkspacePath.directory(of: $0) == outer }
        guard !outerExamples.isEmpty else { return nil }
        let up = String(repeating: "../", count: root.split(separator: "/").count - outer.split(separator: "/").count)
        return outerExamples.map { up + WorkspacePath.fileName(of: $0) }
    }

    /// A toml at a monorepo's root that builds or runs one member (`[build] dockerfile =
    /// "apps/api/Dockerfile"`, a `[processes]` command, the image's `CMD`) deploys that member;
    /// a root left with no deploy of its own is no project.
    static func moveRootTomlsToMembers(_ projects: inout [ProjectConfig], workspaces: [JSWorkspace],
                                       files: any WorkspaceFiles) {
        for workspace in workspaces {
            guard let rootIndex = projects.firstIndex(where: { $0.root == workspace.root }) else { continue }
            let members = Set(workspace.members.map(\.root))
            for (env, target) in projects[rootIndex].deploy.sorted(by: { $0.key < $1.key }) {
                guard case .fly(let fly) = target, let toml = fly.config,
                      let member = projectRunBy(toml, projects, files: files), members.contains(projects[member].root),
                      projects[member].deploy[env] == nil else { continue }
                projects[member].deploy[env] = target
                projects[rootIndex].deploy[env] = nil
            }
            if projects[rootIndex].deploy.isEmpty { projects.remove(at: rootIndex) }
        }
    }

    /// A deployed member runs the workspace packages it depends on: its sources become its own
    /// folder plus theirs, and those packages are no projects of their own (unless deployed
    /// themselves). Members without an env example of their own are documented by the
    /// examples at the monorepo root.
    static func foldWorkspacePackages(_ projects: inout [ProjectConfig], workspace: JSWorkspace,
                                      files: any WorkspaceFiles) {
        let memberRoots = Set(workspace.members.map(\.root))
        var folded = Set<String>()
        for i in projects.indices where memberRoots.contains(projects[i].root) && !projects[i].deploy.isEmpty {
            guard let member = workspace.members.first(where: { $0.root == projects[i].root }) else { continue }
            let packages = workspace.packages(runBy: member)
            guard !packages.isEmpty, projects[i].sources == nil else { continue }
            let up = String(repeating: "../", count: member.root.split(separator: "/").count)
            projects[i].sources = ["**/*"] + packages.map { up + $0.root + "/**/*" }
            folded.formUnion(packages.map(\.root))
        }
        projects.removeAll { folded.contains($0.root) && $0.deploy.isEmpty }

        for i in projects.indices where memberRoots.contains(projects[i].root) && projects[i].envExamples == nil {
            projects[i].envExamples = inheritedEnvExamples(of: projects[i].root, from: workspace.root, files: files)
        }
    }
}
