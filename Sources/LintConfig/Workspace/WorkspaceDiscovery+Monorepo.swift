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

extension WorkspaceDiscovery {
    /// A Kamal config at a monorepo's root often runs one image as several apps, one per role:
    /// `web: {cmd: node apps/api/dist/server.js}`, `jobs: {cmd: pnpm --filter @shop/worker start}`.
    /// Each role whose command (or, without one, the image's `CMD`) names a member's folder or
    /// package deploys that member, with those roles only; the roles left stay with the root.
    static func splitKamalRolesByCommand(_ projects: inout [ProjectConfig], workspaces: [JSWorkspace],
                                         files: any WorkspaceFiles) {
        for workspace in workspaces {
            guard let rootIndex = projects.firstIndex(where: { $0.root == workspace.root }) else { continue }
            for (env, target) in projects[rootIndex].deploy.sorted(by: { $0.key < $1.key }) {
                guard case .kamal(let kamal) = target,
                      let file = try? KamalConfigFile.read(kamal.config, from: files) else { continue }
                let projectRoot = WorkspacePath.directory(of: WorkspacePath.directory(of: kamal.config))
                let roles = kamalRoleCommands(file, projectRoot: projectRoot, files: files)
                var byMember: [String: [String]] = [:]
                var left: [String] = []
                for (role, words) in roles where kamal.roles.isEmpty || kamal.roles.contains(role) {
                    if let member = member(namedIn: words, workspace) {
                        byMember[member, default: []].append(role)
                    } else {
                        left.append(role)
                    }
                }
                guard !byMember.isEmpty else { continue }
                for (member, memberRoles) in byMember {
                    guard let i = projects.firstIndex(where: { $0.root == member }), projects[i].deploy[env] == nil else {
                        continue
                    }
                    var moved = kamal
                    moved.roles = memberRoles
                    moved.evidence = "the command of role \(memberRoles.joined(separator: ", ")) runs \(member)"
                    projects[i].deploy[env] = .kamal(moved)
                }
                var kept = kamal
                kept.roles = left
                projects[rootIndex].deploy[env] = left.isEmpty ? nil : .kamal(kept)
            }
        }
    }

    /// Each role and the words of what it runs: its `cmd`, else the image's `CMD`/`ENTRYPOINT`.
    static func kamalRoleCommands(_ file: KamalConfigFile, projectRoot: String,
                                  files: any WorkspaceFiles) -> [(String, [String])] {
        let builder = file.root["builder"]
        let context = WorkspacePath.resolve(builder?["context"]?.string ?? ".", from: projectRoot) ?? projectRoot
        let dockerfile = WorkspacePath.resolve(builder?["dockerfile"]?.string ?? "Dockerfile", from: context) ?? "Dockerfile"
        let imageWords = (try? files.text(dockerfile)).map { DockerfileCommand.words($0, path: dockerfile) } ?? []
        let servers = file.root["servers"]
        guard let roles = servers?.mapping else { return servers?.sequence == nil ? [] : [("web", imageWords)] }
        return roles.entries.compactMap { entry in
            guard let name = entry.key.scalar?.text else { return nil }
            let cmd = entry.value["cmd"]?.string.map { $0.split(separator: " ").map(String.init) }
            return (name, cmd ?? imageWords)
        }
    }

    /// The member a command runs: a path in its folder (`apps/api/dist/server.js`), or its package
    /// or folder name after `--filter`/`-F`/`workspace` (`pnpm --filter @shop/worker start`).
    static func member(namedIn words: [String], _ workspace: JSWorkspace) -> String? {
        let cleaned = words.map { $0.trimmingCharacters(in: .init(charactersIn: "\"'")) }
        for (index, word) in cleaned.enumerated() {
            if let path = WorkspacePath.normalise(word), path.contains("/"),
               let member = workspace.members.first(where: { path.hasPrefix($0.root + "/") }) {
                return member.root
            }
            var name: String?
            if ["--filter", "-F", "workspace"].contains(word), index + 1 < cleaned.count { name = cleaned[index + 1] }
            if word.hasPrefix("--filter=") { name = String(word.dropFirst("--filter=".count)) }
            if let name, let member = workspace.members.first(where: {
                $0.packageName == name || WorkspacePath.fileName(of: $0.root) == name
            }) {
                return member.root
            }
        }
        return nil
    }
}
