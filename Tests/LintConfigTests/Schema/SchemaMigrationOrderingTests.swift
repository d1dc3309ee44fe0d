import Testing
@testable import LintConfig

/// Each tool's order, detection, notes, and zero-config discovery.
@Suite struct SchemaMigrationOrderingTests {
    func order(_ files: [String: String], _ path: String, _ ordering: MigrationOrdering = .auto) throws -> ([String], [String], MigrationOrdering) {
        let (ordered, notes, used) = try MigrationOrderer(files: InMemoryWorkspaceFiles(files)).order(MigrationSource(project: "p", path: path, ordering: ordering))
        return (ordered.map(\.path), notes.map { "\($0.location.path): \($0.message)" }, used)
    }

    @Test func supabaseOrdersByVersionAndSkipsUnversionedFiles() throws {
        let (files, notes, used) = try order([
            "supabase/migrations/20240102000000_b.sql": "", "supabase/migrations/20240101000000_a.sql": "",
            "supabase/migrations/seed.sql": "", "supabase/migrations/README.md": "",
        ], "supabase/migrations")
        #expect(used == .supabase)
        #expect(files == ["supabase/migrations/20240101000000_a.sql", "supabase/migrations/20240102000000_b.sql"])
        #expect(notes == ["supabase/migrations/seed.sql: skipped: Supabase applies only files named <timestamp>_name.sql"])
    }

    @Test func drizzleFollowsItsJournal() throws {
        let (files, notes, used) = try order([
            "drizzle/meta/_journal.json": #"{"entries": [{"idx": 1, "tag": "0000_b"}, {"idx": 0, "tag": "0001_a"}]}"#,
            "drizzle/0000_b.sql": "", "drizzle/0001_a.sql": "", "drizzle/0002_draft.sql": "",
        ], "drizzle")
        #expect(used == .drizzle)
        #expect(files == ["drizzle/0001_a.sql", "drizzle/0000_b.sql"])
        #expect(notes == ["drizzle/0002_draft.sql: not in meta/_journal.json: drizzle-kit will not apply it"])
    }

    @Test func drizzleJournalNamingAMissingFileIsAnError() {
        #expect(throws: InputError("the drizzle journal lists '0001_gone' but 0001_gone.sql does not exist", at: .file("drizzle/meta/_journal.json"))) {
            try order(["drizzle/meta/_journal.json": #"{"entries": [{"idx": 0, "tag": "0001_gone"}]}"#, "drizzle/x.sql": ""], "drizzle")
        }
    }

    @Test func drizzleWithoutJournalUsesFileOrder() throws {
        let (files, _, _) = try order(["drizzle/0001_b.sql": "", "drizzle/0000_a.sql": ""], "drizzle", .drizzle)
        #expect(files == ["drizzle/0000_a.sql", "drizzle/0001_b.sql"])
    }

    @Test func prismaFolders() throws {
        let (files, _, used) = try order([
            "prisma/migrations/20240201_b/migration.sql": "", "prisma/migrations/20240101_a/migration.sql": "",
            "prisma/migrations/migration_lock.toml": "",
        ], "prisma/migrations")
        #expect(used == .prisma)
        #expect(files == ["prisma/migrations/20240101_a/migration.sql", "prisma/migrations/20240201_b/migration.sql"])
    }

    @Test func upFilesByNumberDownFilesIgnored() throws {
        let (files, _, used) = try order([
            "m/10_c.up.sql": "", "m/10_c.down.sql": "", "m/2_b.up.sql": "", "m/2_b.down.sql": "", "m/1_a.up.sql": "",
        ], "m")
        #expect(used == .upDown)
        #expect(files == ["m/1_a.up.sql", "m/2_b.up.sql", "m/10_c.up.sql"])
    }

    @Test func numberedWithGapsNoted() throws {
        let (files, notes, used) = try order(["db/001_a.sql": "", "db/002_b.sql": "", "db/005_e.sql": "", "db/10_f.sql": ""], "db")
        #expect(used == .numbered)
        #expect(files == ["db/001_a.sql", "db/002_b.sql", "db/005_e.sql", "db/10_f.sql"])
        #expect(notes == ["db/005_e.sql: numbering skips from 2 to 5", "db/10_f.sql: numbering skips from 5 to 10"])
    }

    @Test func lexicalOtherwise() throws {
        let (files, _, used) = try order(["sql/b.sql": "", "sql/a.sql": "", "sql/B.sql": "", "sql/notes.txt": ""], "sql")
        #expect(used == .lexical)
        #expect(files == ["sql/B.sql", "sql/a.sql", "sql/b.sql"])
    }

    @Test func aSingleFileIsASource() throws {
        let (files, _, _) = try order(["ops/hotfix.sql": ""], "ops/hotfix.sql")
        #expect(files == ["ops/hotfix.sql"])
    }

    @Test func aMissingSourceIsAnError() {
        #expect(throws: InputError("migration source does not exist", at: .file("nope"))) { try order([:], "nope") }
    }

    @Test func discoveryFindsEachProjectsFolders() {
        let files = InMemoryWorkspaceFiles([
            "VALET/supabase/migrations/20240101000000_a.sql": "", "VALET/package.json": "{}",
            "GHOST-HANDS/drizzle/0000_a.sql": "", "GHOST-HANDS/drizzle/meta/_journal.json": "{}",
            "ATM/db/migrations/001_a.sql": "", "ATM/sql/loose.sql": "",
            "web/prisma/migrations/2024_a/migration.sql": "", "node_modules/x/migrations/1.sql": "",
        ])
        #expect(MigrationDiscovery.sources(in: files) == [
            MigrationSource(project: "ATM", path: "ATM/db/migrations"), MigrationSource(project: "ATM", path: "ATM/sql"),
            MigrationSource(project: "GHOST-HANDS", path: "GHOST-HANDS/drizzle"),
            MigrationSource(project: "VALET", path: "VALET/supabase/migrations"),
            MigrationSource(project: "web", path: "web/prisma/migrations"),
        ])
        #expect(MigrationDiscovery.databases(in: files).map(\.name) == ["ATM", "GHOST-HANDS", "VALET", "web"])
    }
}
