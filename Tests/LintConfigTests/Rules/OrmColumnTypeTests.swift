import Testing
@testable import LintConfig

/// ORM and migration spellings of one type compare equal; different types and lengths do not.
@Suite struct OrmColumnTypeTests {
    func column(_ type: String, userType: QualifiedName? = nil) -> ColumnSchema {
        ColumnSchema(name: "c", type: type, userType: userType, notNull: false, history: [])
    }

    @Test func drizzleFunctionsMeetFormatTypeSpellings() throws {
        let pairs: [(String, [String: String], String)] = [
            ("varchar", ["length": "64"], "character varying(64)"),
            ("serial", [:], "integer"),
            ("timestamp", ["withTimezone": "true"], "timestamp with time zone"),
            ("timestamp", [:], "timestamp(3) without time zone"),
            ("doublePrecision", [:], "double precision"),
            ("varchar", [:], "character varying(255)"),
        ]
        for (function, attributes, spelled) in pairs {
            let orm = try #require(OrmColumnType.drizzle(function, attributes: attributes))
            let stored = try #require(OrmColumnType.schema(column(spelled)))
            #expect(orm.agrees(with: stored), "\(function) vs \(spelled)")
        }
    }

    @Test func textAndUnboundedVarcharAgree() throws {
        let text = try #require(OrmColumnType.drizzle("text", attributes: [:]))
        #expect(text.agrees(with: try #require(OrmColumnType.schema(column("character varying")))))
        #expect(!text.agrees(with: try #require(OrmColumnType.schema(column("character varying(255)")))))
    }

    @Test func differentTypesAndLengthsDisagree() throws {
        let text = try #require(OrmColumnType.drizzle("text", attributes: [:]))
        #expect(!text.agrees(with: try #require(OrmColumnType.schema(column("integer")))))
        let short = try #require(OrmColumnType.drizzle("varchar", attributes: ["length": "20"]))
        #expect(!short.agrees(with: try #require(OrmColumnType.schema(column("character varying(64)")))))
        let naive = try #require(OrmColumnType.drizzle("timestamp", attributes: [:]))
        #expect(!naive.agrees(with: try #require(OrmColumnType.schema(column("timestamp with time zone")))))
    }

    @Test func unknownTypesCompareWithNothing() {
        #expect(OrmColumnType.drizzle("statusEnum", attributes: [:]) == nil)
        #expect(OrmColumnType.schema(column("text[]")) == nil)
        #expect(OrmColumnType.schema(column("job_status", userType: QualifiedName("job_status"))) == nil)
    }

    @Test func databaseDefaultsAsLiterals() {
        #expect(MirrorDrift.literal("'pending'::text") == "pending")
        #expect(MirrorDrift.literal("0") == "0")
        #expect(MirrorDrift.literal("now()") == nil)
        #expect(MirrorDrift.literal(nil) == nil)
        #expect(MirrorDrift.same("1.0", "1"))
    }
}
