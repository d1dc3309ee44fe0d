/// Finds migration folders without configuration: in each top-level project folder, the
/// places migration tools put them by default. Each project with migrations becomes a
/// database of its own; `lint-config.yml` can instead declare a database built from several
/// projects' sources in a stated order.
public enum MigrationDiscovery {
    /// Folders inside a project, in the order they are tried; all that exist are used.
    public static let candidates: [String] = [
        "supabase/migrations", "drizzle", "migrations", "db/migrations", "prisma/migrations", "sql",
    ]

    static let ignoredFolders: Set<String> = ["node_modules", "vendor", "dist", "build", "target", "Pods"]

    /// One source per candidate folder that holds migrations, for every top-level project.
    public static func sources(in files: any WorkspaceFiles) -> [MigrationSource] {
        var result: [MigrationSource] = []
        for project in files.list("") where !project.hasPrefix(".") && !ignoredFolders.contains(project) && files.kind(of: project) == .directory {
            result += sources(project: project, root: project, files: files)
        }
        // A workspace that is itself one project.
        if result.isEmpty { result = sources(project: ".", root: "", files: files) }
        return result
    }

    static func sources(project: String, root: String, files: any WorkspaceFiles) -> [MigrationSource] {
        var result: [MigrationSource] = []
        for candidate in candidates {
            let path = joinPath(root, candidate)
            guard files.kind(of: path) == .directory, holdsMigrations(path, files) else { continue }
            // `supabase/migrations` also matches the `migrations` candidate of a nested folder;
            // a folder is used once.
            if result.contains(where: { $0.path == path }) { continue }
            result.append(MigrationSource(project: project, path: path, ordering: .auto))
        }
        return result
    }

    static func holdsMigrations(_ path: String, _ files: any WorkspaceFiles) -> Bool {
        let names = files.list(path)
        if names.contains(where: { $0.hasSuffix(".sql") }) { return true }
        return names.contains { files.exists(joinPath(path, $0, "migration.sql")) }
    }

    /// Zero-config databases: one per project that has migrations, named after the project.
    public static func databases(in files: any WorkspaceFiles) -> [DatabaseDefinition] {
        var byProject: [String: [MigrationSource]] = [:]
        var order: [String] = []
        for source in sources(in: files) {
            if byProject[source.project] == nil { order.append(source.project) }
            byProject[source.project, default: []].append(source)
        }
        return order.map { DatabaseDefinition(name: $0, sources: byProject[$0]!) }
    }
}
