/// Builds a database's schema from its migration sources: orders each source's files, reads
/// and parses each file, and replays all statements in order into one schema.
public struct SchemaBuilder {
    public let files: any WorkspaceFiles
    public var maxBytes: Int

    public init(files: any WorkspaceFiles, maxBytes: Int = SQLSource.defaultMaxBytes) {
        self.files = files
        self.maxBytes = maxBytes
    }

    public struct Result: Sendable {
        public var schema: DatabaseSchema
        public var files: [MigrationFile]
        public var orderNotes: [MigrationOrderNote]
        /// Every statement parsed, per file, for callers that look at more than the schema.
        public var statements: [String: [SQLStatement]]
        /// Migrations (or migration folders) that could not be read: the schema is built from
        /// the rest, and callers report these with exit code 2, because it is incomplete.
        public var errors: [InputError] = []
    }

    public func build(_ database: DatabaseDefinition) -> Result {
        var replay = SchemaReplay()
        var ordered: [MigrationFile] = []
        var notes: [MigrationOrderNote] = []
        var statements: [String: [SQLStatement]] = [:]
        var errors: [InputError] = []
        let orderer = MigrationOrderer(files: files)
        for source in database.sources {
            do {
                let (sourceFiles, sourceNotes, _) = try orderer.order(source)
                ordered += sourceFiles
                notes += sourceNotes
            } catch {
                errors.append(error)
            }
        }
        for file in ordered {
            do {
                let source = try SQLSource.lex(try readMigration(file.path), path: file.path, maxBytes: maxBytes)
                let parsed = SQLParser().parse(source)
                statements[file.path] = parsed
                replay.apply(parsed, project: file.project)
            } catch {
                errors.append(error)
            }
        }
        return Result(schema: replay.schema, files: ordered, orderNotes: notes, statements: statements, errors: errors)
    }

    /// Reads a migration with the migration size limit rather than the config-file limit: a
    /// file over it is refused from its size, before any of it is read.
    func readMigration(_ path: String) throws(InputError) -> [UInt8] {
        try files.read(path, limit: FileSizeLimit(purpose: FileSizeLimit.migration.purpose, maxBytes: maxBytes))
    }
}

/// What `lint-config schema` prints: every database of the workspace (or of one project),
/// replayed, as canonical JSON — and the migrations it could not read, which the command
/// reports beside the JSON of what it could.
public enum SchemaReport {
    public static func render(
        files: any WorkspaceFiles, project: String? = nil, databases: [DatabaseDefinition]? = nil
    ) -> (json: JSONValue, errors: [InputError]) {
        var all = databases ?? MigrationDiscovery.databases(in: files)
        if let project {
            all = all.filter { $0.sources.contains { $0.project == project } }
        }
        var members: [String: JSONValue] = [:]
        var errors: [InputError] = []
        for database in all {
            let result = SchemaBuilder(files: files).build(database)
            members[database.name] = SchemaJSON.database(result)
            errors += result.errors
        }
        return (.object(["databases": .object(members)]), errors)
    }
}
