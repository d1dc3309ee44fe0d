import Foundation

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
    }

    public func build(_ database: DatabaseDefinition) throws(InputError) -> Result {
        var replay = SchemaReplay()
        var ordered: [MigrationFile] = []
        var notes: [MigrationOrderNote] = []
        var statements: [String: [SQLStatement]] = [:]
        let orderer = MigrationOrderer(files: files)
        for source in database.sources {
            let (sourceFiles, sourceNotes, _) = try orderer.order(source)
            ordered += sourceFiles
            notes += sourceNotes
        }
        for file in ordered {
            let source = try SQLSource.lex(try readMigration(file.path), path: file.path, maxBytes: maxBytes)
            let parsed = SQLParser().parse(source)
            statements[file.path] = parsed
            replay.apply(parsed, project: file.project)
        }
        return Result(schema: replay.schema, files: ordered, orderNotes: notes, statements: statements)
    }

    /// Reads a migration with the migration size limit rather than the config-file limit of
    /// `WorkspaceFiles.read` (which stops at 8 MB): on disk it reads one byte past `maxBytes`
    /// so that a 100 MB file is refused without being loaded.
    func readMigration(_ path: String) throws(InputError) -> [UInt8] {
        guard let disk = files as? DiskWorkspaceFiles else { return try files.read(path) }
        guard disk.kind(of: path) == .file else { return try disk.read(path) }
        let url = disk.root.appendingPathComponent(path)
        // Refuse an oversized file from its size alone, before reading any of it.
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maxBytes {
            throw SQLSource.tooLarge(size, maxBytes: maxBytes, path: path)
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw InputError("cannot open file for reading (permission denied?)", at: .file(path))
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: maxBytes + 1) ?? Data())
        } catch {
            throw InputError("cannot read file: \(error.localizedDescription)", at: .file(path))
        }
    }
}

/// What `lint-config schema` prints: every database of the workspace (or of one project),
/// replayed, as canonical JSON.
public enum SchemaReport {
    public static func render(files: any WorkspaceFiles, project: String? = nil, databases: [DatabaseDefinition]? = nil) throws(InputError) -> JSONValue {
        var all = databases ?? MigrationDiscovery.databases(in: files)
        if let project {
            all = all.filter { $0.sources.contains { $0.project == project } }
        }
        var members: [String: JSONValue] = [:]
        for database in all {
            let result = try SchemaBuilder(files: files).build(database)
            members[database.name] = SchemaJSON.database(result)
        }
        return .object(["databases": .object(members)])
    }
}
