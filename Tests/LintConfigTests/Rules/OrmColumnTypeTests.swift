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

/// A Prisma model's columns (facts with evidence `prisma model`, a scalar `type`, `notNull`, and a
/// `prisma @default` value fact) against a replayed column.
@Suite struct PrismaMirrorDriftTests {
    let location = Location(path: "prisma/schema.prisma", line: 3, column: 3)

    func drift(type: String, notNull: Bool, defaultValue: String?, column: ColumnSchema) -> [String] {
        var attributes = ["type": type]
        if notNull { attributes["notNull"] = "true" }
        let fact = Fact(kind: .column, name: "public.jobs.\(column.name)", direction: .declares, attributes: attributes,
                        project: "api", location: location, evidence: "prisma model")
        let literal = defaultValue.map {
            Fact(kind: .columnValue, name: fact.name, direction: .writes, value: $0, attributes: ["role": "initial"],
                 project: "api", location: location, evidence: "prisma @default")
        }
        let table = TableSchema(name: QualifiedName(schema: "public", "jobs"), columns: [column], droppedColumns: [],
                                constraints: [], rowLevelSecurity: false, isPartitioned: false, history: [])
        let drift = MirrorDrift(mirror: MirrorColumn(fact: fact, literalDefault: literal), column: column, table: table,
                                database: "db")
        return drift.findings(OrmMirrorDriftRule().description).map { "\($0.severity.rawValue) \($0.title)" }
    }

    func column(_ name: String, _ type: String, notNull: Bool, defaultValue: String? = nil) -> ColumnSchema {
        ColumnSchema(name: name, type: type, userType: nil, notNull: notNull, defaultValue: defaultValue, history: [])
    }

    @Test func agreeingPrismaFieldsAreSilent() {
        #expect(drift(type: "String", notNull: true, defaultValue: "queued",
                      column: column("status", "character varying(20)", notNull: true,
                                     defaultValue: "'queued'::text")).isEmpty)
        #expect(drift(type: "DateTime", notNull: true, defaultValue: nil,
                      column: column("created_at", "timestamp(3) without time zone", notNull: true,
                                     defaultValue: "CURRENT_TIMESTAMP")).isEmpty)
        #expect(drift(type: "String", notNull: true, defaultValue: nil,
                      column: column("id", "uuid", notNull: true)).isEmpty)
    }

    @Test func disagreeingPrismaFieldsAreFound() {
        #expect(drift(type: "String", notNull: true, defaultValue: "queued",
                      column: column("status", "text", notNull: true, defaultValue: "'pending'::text"))
                == ["high api's Prisma mirror of jobs.status defaults to 'queued'; "
                    + "the migrations say it defaults to 'pending'"])
        #expect(drift(type: "Int", notNull: false, defaultValue: nil,
                      column: column("attempts", "text", notNull: false))
                == ["medium api's Prisma mirror of jobs.attempts is Int; the migrations say it is text"])
    }
}
