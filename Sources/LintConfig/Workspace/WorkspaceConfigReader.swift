/// Reads `lint-config.yml`: YAML, checked against `Schemas/lint-config.schema.json`, then the
/// checks a schema cannot make (paths inside the workspace, roots that exist, deploys that name
/// a declared environment). Every problem is an `InputError` at its place: a config error makes
/// the whole run meaningless, so it stops with exit 2.
public enum WorkspaceConfigReader {
    public static let fileName = "lint-config.yml"

    public static func read(_ files: any WorkspaceFiles) throws(InputError) -> WorkspaceConfig? {
        guard files.kind(of: fileName) != .missing else { return nil }
        let text = try files.text(fileName)
        let stream = try YAMLParser().parse(text, path: fileName)
        // An empty file would mean "no projects": a run that checks nothing and looks clean.
        guard let root = stream.root, root.scalar?.value != .null else {
            throw InputError("is empty: list the workspace's `projects:` (or delete the file to let lint-config discover them)",
                             at: .file(fileName))
        }
        if let violation = StructureValidator(schema: WorkspaceConfigSchema.schema).validate(root).first {
            throw InputError(violation.message, at: violation.location)
        }
        if let duplicate = stream.duplicateKeys.first {
            throw InputError("duplicate key '\(duplicate.key)' (first at \(duplicate.first.line):\(duplicate.first.column))", at: duplicate.second)
        }
        let environments = (root["environments"]?.sequence ?? []).compactMap { $0.scalar?.text }
        var projects: [ProjectConfig] = []
        for (index, node) in (root["projects"]?.sequence ?? []).enumerated() {
            projects.append(try project(node, index: index, files: files, environments: environments))
        }
        var seen: [String: Location] = [:]
        for project in projects {
            if let first = seen[project.name] {
                throw InputError("project name '\(project.name)' is used twice (first at \(first.line):\(first.column))", at: project.location)
            }
            seen[project.name] = project.location
        }
        var databases: [DatabaseConfig] = []
        for (index, node) in (root["databases"]?.sequence ?? []).enumerated() {
            let migrations = try (node["migrations"]?.sequence ?? []).map { item throws(InputError) in try migration(item) }
            databases.append(DatabaseConfig(name: node["name"]?.scalar?.text ?? "database-\(index + 1)", migrations: migrations, location: node.start))
        }
        var config = WorkspaceConfig(origin: .file(fileName), environments: environments, projects: projects, databases: databases)
        config.baselines = root["baselines"]?.scalar?.text
        return config
    }

    /// A path relative to a project root (`sources`, `env_examples`), kept as written: it may
    /// climb out of the root (`../../.env.example`, `../../packages/db/src/**`) as long as where
    /// it lands is inside the workspace.
    static func path(_ node: YAMLNode?, key: String, from root: String) throws(InputError) -> String? {
        guard let node, let text = node.scalar?.text, node.scalar?.value != .null else { return nil }
        guard WorkspacePath.resolve(text, from: root) != nil else {
            let resolved = root.isEmpty ? "" : " (from root '\(root)')"
            throw InputError("\(key) '\(text)'\(resolved) leaves the workspace root; paths must be relative and stay inside it",
                             at: node.start)
        }
        return text
    }

    /// A workspace-relative path from the config, refused when it leaves the workspace.
    static func path(_ node: YAMLNode?, key: String) throws(InputError) -> String? {
        guard let node, let text = node.scalar?.text, node.scalar?.value != .null else { return nil }
        guard let normalised = WorkspacePath.normalise(text) else {
            throw InputError("\(key) '\(text)' leaves the workspace root; paths must be relative and stay inside it", at: node.start)
        }
        return normalised
    }

    static func project(_ node: YAMLNode, index: Int, files: any WorkspaceFiles, environments: [String]) throws(InputError) -> ProjectConfig {
        guard let root = try path(node["root"], key: "root") else {
            throw InputError("projects/\(index): a project needs a root folder", at: node.start)
        }
        guard files.kind(of: root) == .directory || (root.isEmpty) else {
            throw InputError("project root '\(root)' is not a folder in the workspace", at: node["root"]!.start)
        }
        func relativeList(_ key: String) throws(InputError) -> [String]? {
            guard let items = node[key]?.sequence else { return nil }
            var result: [String] = []
            for item in items {
                guard let relative = try path(item, key: key, from: root) else { continue }
                // Keep globs as written (relative to the root); only refuse ones that land outside.
                result.append(relative)
            }
            return result
        }
        var deploy: [String: DeployTarget] = [:]
        for entry in node["deploy"]?.mapping?.entries ?? [] {
            let environment = entry.key.scalar?.text ?? "?"
            if !environments.isEmpty, !environments.contains(environment) {
                throw InputError("environment '\(environment)' is not listed in `environments` (\(environments.joined(separator: ", ")))", at: entry.key.start)
            }
            deploy[environment] = try target(entry.value, files: files)
        }
        let migrations = try (node["migrations"]?.sequence ?? []).map { item throws(InputError) in try migration(item) }
        return ProjectConfig(name: node["name"]?.scalar?.text ?? (root.isEmpty ? "." : root), root: root,
                             sources: try relativeList("sources"), envExamples: try relativeList("env_examples"),
                             runtime: try relativeList("runtime") ?? [], exclude: try relativeList("exclude") ?? [],
                             migrations: migrations, deploy: deploy, location: node.start)
    }

    static func target(_ node: YAMLNode, files: any WorkspaceFiles) throws(InputError) -> DeployTarget {
        if let kamal = node["kamal"] {
            if node["fly"] != nil { throw InputError("a deploy is either kamal or fly, not both", at: node.start) }
            guard let config = try path(kamal["config"], key: "config") else {
                throw InputError("kamal: `config` (the deploy.yml) is required", at: kamal.start)
            }
            try requireFile(config, described: "Kamal config", files: files, at: kamal["config"]?.start ?? kamal.start)
            let roles = (kamal["roles"]?.sequence ?? []).compactMap { $0.scalar?.text }
            let destination = kamal["destination"]?.string
            if let destination, let node = kamal["destination"], !KamalDestinationName.isValid(destination) {
                throw InputError(KamalDestinationName.rule, at: node.start)
            }
            return .kamal(.init(config: config, destination: destination, roles: roles, location: kamal.start))
        }
        if let fly = node["fly"] {
            let config = try path(fly["config"], key: "config")
            if let config { try requireFile(config, described: "fly config", files: files, at: fly["config"]?.start ?? fly.start) }
            let secrets = try path(fly["secrets"], key: "secrets")
            if let secrets {
                try requireFile(secrets, described: "fly secrets list", files: files, at: fly["secrets"]?.start ?? fly.start)
            }
            return .fly(.init(app: fly["app"]?.scalar?.text, config: config, secrets: secrets, location: fly.start))
        }
        throw InputError("a deploy needs `kamal` or `fly`", at: node.start)
    }

    /// A configured file must be a file: a folder in its place is said to be one, not "missing".
    static func requireFile(_ path: String, described: String, files: any WorkspaceFiles, at location: Location) throws(InputError) {
        switch files.kind(of: path) {
        case .file: return
        case .directory: throw InputError("\(described) '\(path)' is a folder, not a file", at: location)
        case .missing: throw InputError("\(described) '\(path)' does not exist", at: location)
        }
    }

    static func migration(_ node: YAMLNode) throws(InputError) -> MigrationSourceConfig {
        guard let path = try path(node["path"], key: "path") else {
            throw InputError("a migration source needs a `path`", at: node.start)
        }
        return MigrationSourceConfig(project: node["project"]?.scalar?.text, path: path,
                                     order: node["order"]?.scalar?.text ?? "auto", location: node.start)
    }
}
