import Foundation
import Testing
@testable import LintConfig

/// Input a migration front end cannot read: a located error or a skipped statement, in
/// bounded time and memory, never a crash.
@Suite struct SQLBadInputTests {
    func build(_ files: [String: [UInt8]], maxBytes: Int = SQLSource.defaultMaxBytes) throws(InputError) -> SchemaBuilder.Result {
        let database = DatabaseDefinition(name: "d", sources: [MigrationSource(project: "p", path: "m", ordering: .lexical)])
        let result = SchemaBuilder(files: InMemoryWorkspaceFiles(bytes: files), maxBytes: maxBytes).build(database)
        if let error = result.errors.first { throw error }
        return result
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("create table t (\n  a text default 'caf".utf8) + [0xC3, 0x28] + Array("');".utf8)
        #expect(throws: InputError("invalid UTF-8 (byte 0xC3 at offset 38)", at: Location(path: "m/a.sql", line: 2, column: 22))) {
            try build(["m/a.sql": bytes])
        }
    }

    @Test func nulByteIsLocated() {
        #expect(throws: InputError("NUL byte in text (is this a binary file?)", at: Location(path: "m/a.sql", line: 1, column: 8))) {
            try build(["m/a.sql": Array("select \u{0}".utf8)])
        }
    }

    @Test func unterminatedDollarQuoteInAMigrationIsLocated() {
        #expect(throws: InputError("unterminated dollar-quoted string", at: Location(path: "m/a.sql", line: 2, column: 36))) {
            try build(["m/a.sql": Array("select 1;\ncreate function f() returns int as $$ select 1;".utf8)])
        }
    }

    @Test func aHundredMegabyteSingleLineFileIsRefusedFromItsSize() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("m"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("m/huge.sql").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("select 1".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)  // sparse: one 100 MB line
        try handle.close()
        let database = DatabaseDefinition(name: "d", sources: [MigrationSource(project: "p", path: "m")])
        #expect(SchemaBuilder(files: DiskWorkspaceFiles(root: directory)).build(database).errors
                == [InputError("file is too large to be a migration (100.0 MB; the limit is 64.0 MB)", at: .file("m/huge.sql"))])
    }

    @Test func aLongSingleLineWithinTheLimitParses() throws {
        let statement = "insert into t (a, b) values ('x', 1);"
        let line = String(repeating: statement, count: 50_000) + "create table z (a int);"
        let result = try build(["m/a.sql": Array(line.utf8)], maxBytes: 4 * 1024 * 1024)
        let statements = try #require(result.statements["m/a.sql"])
        #expect(statements.count == 50_001)
        #expect(statements.last?.location == Location(path: "m/a.sql", line: 1, column: statement.count * 50_000 + 1))
        #expect(result.schema.table("z") != nil)
    }

    @Test func parenthesesAtTheDepthBoundParseWithoutRecursion() throws {
        let depth = SQLGroups.maxDepth - 1
        let deep = "create table t (a int check " + String(repeating: "(", count: depth) + "a > 0" + String(repeating: ")", count: depth) + ");\ncreate table u (b int);"
        let result = try build(["m/a.sql": Array(deep.utf8)])
        #expect(result.schema.table("t")?.constraints.map(\.name) == ["t_a_check"])
        #expect(result.schema.table("u") != nil)
    }

    /// Issue 8, item 5: 100,000 nested parentheses took 10 s in `schema`. Nesting past the bound
    /// is a located error at the parenthesis that goes one level too deep.
    @Test func parenthesesPastTheDepthBoundAreALocatedError() throws {
        let deep = "select 1;\ncreate table t (a int default " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + ");"
        #expect(throws: InputError("parentheses nest deeper than 1000 levels", at: Location(path: "m/a.sql", line: 2, column: 31 + 999))) {
            try SQLSource.lex(deep, path: "m/a.sql")
        }
        let subqueries = "select * from t where a = " + String(repeating: "(select a from t where a = ", count: 40_000) + "1" + String(repeating: ")", count: 40_000) + ";"
        #expect(throws: InputError.self) { try SQLSource.lex(subqueries, path: "m/b.sql") }
    }

    /// Each reader jumps over a group to where `SQLGroups` found it closing: the closing index
    /// of every group comes from one pass, whatever the nesting.
    @Test func groupsAreMatchedInOnePass() throws {
        let source = try SQLSource.lex("select ((a), [b], (c)) , (d", path: "x.sql")
        let kinds = source.tokens.map(\.kind)
        let opens = kinds.indices.filter { kinds[$0] == .leftParen || kinds[$0] == .leftBracket }
        #expect(opens.map { source.groups.end(ofGroupAt: $0) } == [13, 4, 8, 12, source.tokens.count])
        #expect(source.groups.end(ofGroupAt: 0) == 0, "no group opens at a word")
    }

    @Test func deeplyNestedSubqueriesStillYieldTheirEffects() throws {
        let depth = 900
        let text = "select * from t where a = " + String(repeating: "(select a from u where b = 'x' and a = ", count: depth) + "1" + String(repeating: ")", count: depth) + ";"
        let source = try SQLSource.lex(text, path: "q.sql")
        let effects = SQLDMLReader(source: source).read(0..<source.tokens.count)
        #expect(effects.count == depth + 1)
        let inner = effects.filter { $0.table.name == "u" }
        #expect(inner.dropLast().allSatisfy { $0.valuesFiltered.map(\.column) == ["b"] })
        #expect(inner.last?.valuesFiltered.map(\.column) == ["b", "a"], "the innermost also filters a = 1")
    }

    @Test func unbalancedParenthesesSwallowTheRestAsOneSkippedStatement() throws {
        // psql would not send anything past an unclosed parenthesis either.
        let deep = "select 1;\ncreate table t (a int check " + String(repeating: "(", count: 900) + "a > 0);\ncreate table u (b int);"
        let result = try build(["m/a.sql": Array(deep.utf8)])
        #expect(result.statements["m/a.sql"]?.count == 2)
        #expect(result.schema.table("u") == nil)
        #expect(result.schema.problems.map(\.provenance.location) == [Location(path: "m/a.sql", line: 2, column: 1)])
    }

    @Test func garbageBytesSkipStatementsNotFiles() throws {
        let result = try build(["m/a.sql": Array("{{ weird }};\ncreate table ok (a int);".utf8)])
        #expect(result.schema.table("ok") != nil)
        #expect(result.schema.problems.count == 1)
    }
}
