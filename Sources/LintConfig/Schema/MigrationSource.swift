/// How a migration tool orders the files of its folder. Each tool has its own rule, and
/// replaying in any other order builds a different schema (or one PostgreSQL would refuse).
public enum MigrationOrdering: String, Sendable, CaseIterable, Codable {
    /// Decide from the folder's contents (see `MigrationOrderer.detect`).
    case auto
    /// `supabase/migrations/<timestamp>_name.sql`, by the version before the first `_`.
    case supabase
    /// drizzle-kit: `meta/_journal.json` entries in order, else file order.
    case drizzle
    /// Prisma: `<timestamp>_name/migration.sql` folders in lexical order.
    case prisma
    /// golang-migrate, dbmate-style `<version>_name.up.sql`; `.down.sql` files are ignored.
    case upDown = "up-down"
    /// `001_name.sql`, by number; gaps are allowed and noted.
    case numbered
    /// Every `.sql` file by byte-wise name order.
    case lexical
}

/// One place migrations come from: a folder (or a single `.sql` file) of one project, and the
/// ordering its tool applies. A value, so that `lint-config.yml` can declare it and discovery
/// can propose it.
public struct MigrationSource: Hashable, Sendable {
    public var project: String
    /// Workspace-relative folder or `.sql` file.
    public var path: String
    public var ordering: MigrationOrdering

    public init(project: String, path: String, ordering: MigrationOrdering = .auto) {
        self.project = project
        self.path = path
        self.ordering = ordering
    }
}

/// A database built by an ordered list of migration sources, possibly from several projects
/// (one repo's drizzle folder creates a table, another repo's numbered migrations add columns).
public struct DatabaseDefinition: Hashable, Sendable {
    public var name: String
    public var sources: [MigrationSource]

    public init(name: String, sources: [MigrationSource]) {
        self.name = name
        self.sources = sources
    }
}

/// One migration file in replay order, with the source it came from.
public struct MigrationFile: Hashable, Sendable {
    public var project: String
    public var path: String
    /// The version or sequence key the tool ordered it by (`20240101120000`, `003`), if any.
    public var version: String?
}

/// Something about a folder's order worth telling a reader: a gap in numbering, a file the
/// tool would ignore, a journal entry without its file.
public struct MigrationOrderNote: Hashable, Sendable {
    public var message: String
    public var location: Location
}
