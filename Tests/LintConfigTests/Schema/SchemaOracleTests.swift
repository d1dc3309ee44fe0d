import Foundation
import Testing
@testable import LintConfig

/// The replay against a real PostgreSQL 15: every migration set under
/// `Fixtures/SQL/oracle/` is applied to a fresh database of a throwaway cluster, in the order
/// the replay's own migration ordering gives, and the catalog is compared table by table and
/// column by column with the replayed schema (names, order, types, NOT NULL, defaults,
/// identity, generated expressions, constraint names and kinds, CHECK value lists, enum labels).
///
/// A set directory is a small workspace. `sources.txt` (one `project path [ordering]` a line)
/// declares the database; without it, zero-config discovery finds the sources. `prelude.sql`,
/// when present, runs first (Supabase stand-ins such as `auth.users`).
@Suite(.serialized) struct SchemaOracleTests {
    static let oracleDirectory = TestPaths.fixtures.appendingPathComponent("SQL/oracle")

    /// Differences the replay does not model yet, each with its reason. The test fails when
    /// one of these stops occurring, so the list cannot go stale.
    static let knownGaps: [String: String] = [
        "13_lexical_forms: public.made_in_do: missing from the replay":
            "DDL run by EXECUTE inside a DO block is dynamic SQL; the replay does not follow EXECUTE strings",
    ]

    static func setNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: oracleDirectory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func database(for set: URL, files: DiskWorkspaceFiles) throws -> DatabaseDefinition {
        var sources: [MigrationSource] = []
        if files.exists("prelude.sql") { sources.append(MigrationSource(project: "prelude", path: "prelude.sql")) }
        if let declared = try? String(contentsOf: set.appendingPathComponent("sources.txt"), encoding: .utf8) {
            for line in declared.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ").map(String.init)
                guard parts.count >= 2 else { continue }
                let ordering = parts.count > 2 ? MigrationOrdering(rawValue: parts[2]) ?? .auto : .auto
                sources.append(MigrationSource(project: parts[0], path: parts[1], ordering: ordering))
            }
        } else {
            sources += MigrationDiscovery.sources(in: files)
        }
        return DatabaseDefinition(name: set.lastPathComponent, sources: sources)
    }

    @Test func atLeastTwelveMigrationSets() {
        #expect(Self.setNames().count >= 12)
    }

    @Test func replayAgreesWithPostgreSQL() throws {
        guard let bin = PostgresCluster.findBinaries() else {
            Issue.record("PostgreSQL binaries (initdb, pg_ctl, psql) are neither on PATH nor in /usr/lib/postgresql/*/bin; run `make setup` (installs Debian's postgresql package)")
            return
        }
        let cluster = try PostgresCluster(binDirectory: bin)
        defer { cluster.stop() }
        // Roles are cluster-wide: Supabase's, created once.
        try cluster.psql("CREATE ROLE anon NOLOGIN; CREATE ROLE authenticated NOLOGIN; CREATE ROLE service_role NOLOGIN BYPASSRLS;")

        var seenGaps = Set<String>()
        for name in Self.setNames() {
            let set = Self.oracleDirectory.appendingPathComponent(name)
            let files = DiskWorkspaceFiles(root: set)
            let definition = try Self.database(for: set, files: files)
            let result = SchemaBuilder(files: files).build(definition)
            #expect(result.files.count >= 1, "\(name): no migration files found")
            let database = "oracle_" + name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            try cluster.psql("CREATE DATABASE \(database);")
            for file in result.files {
                let text = try String(contentsOf: set.appendingPathComponent(file.path), encoding: .utf8)
                do {
                    try cluster.psql(text, database: database)
                } catch {
                    Issue.record("\(name)/\(file.path): PostgreSQL refused the migration: \(error)")
                }
            }
            let postgres = try CatalogSnapshot.read(from: cluster, database: database)
            let replayed = CatalogSnapshot(replayed: result.schema)
            #expect(!postgres.tables.isEmpty, "\(name): PostgreSQL has no tables")
            #expect(postgres.catalogInconsistencies.isEmpty, "\(name): \(postgres.catalogInconsistencies)")
            for disagreement in replayed.disagreements(with: postgres) {
                let key = "\(name): \(disagreement)"
                if Self.knownGaps[key] != nil {
                    seenGaps.insert(key)
                } else {
                    Issue.record(Comment(rawValue: key))
                }
            }
            let unexpected = result.schema.problems.filter { !$0.message.contains("not modelled") }
            #expect(unexpected.isEmpty, "\(name): replay problems \(unexpected.map { "\($0.provenance.location): \($0.message)" })")
        }
        for gap in Self.knownGaps.keys where !seenGaps.contains(gap) {
            Issue.record("known gap no longer occurs (remove it from knownGaps): \(gap)")
        }
    }
}
