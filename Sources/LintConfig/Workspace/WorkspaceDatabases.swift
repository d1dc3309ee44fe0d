/// The databases whose schema the migrations build: those `lint-config.yml` declares (a shared
/// database from several projects' sources, in order), else one per project from the migration
/// sources each project declares, else what `MigrationDiscovery` finds.
public enum WorkspaceDatabases {
    public static func definitions(_ config: WorkspaceConfig, files: any WorkspaceFiles) -> [DatabaseDefinition] {
        if !config.databases.isEmpty {
            return config.databases.map { database in
                DatabaseDefinition(name: database.name, sources: database.migrations.map { source(for: $0, in: config) })
            }
        }
        let declared = config.projects.filter { !$0.migrations.isEmpty }
        if !declared.isEmpty {
            return declared.map { project in
                DatabaseDefinition(name: project.name, sources: project.migrations.map { source(for: $0, in: config, default: project.name) })
            }
        }
        return MigrationDiscovery.databases(in: files)
    }

    /// A configured source; its project is the one named, else the project whose root holds it.
    static func source(for migration: MigrationSourceConfig, in config: WorkspaceConfig, default project: String? = nil) -> MigrationSource {
        let owner = migration.project ?? project ?? config.projects
            .filter { $0.root.isEmpty || migration.path == $0.root || migration.path.hasPrefix($0.root + "/") }
            .max { $0.root.count < $1.root.count }?.name ?? "."
        return MigrationSource(project: owner, path: migration.path, ordering: MigrationOrdering(rawValue: migration.order) ?? .auto)
    }
}
