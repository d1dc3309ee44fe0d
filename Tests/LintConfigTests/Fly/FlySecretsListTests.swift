import Testing
@testable import LintConfig

/// `fly secrets list` as users save it: every table shape flyctl has printed or users paste,
/// and the `--json` form — each name with the exact place it was read.
@Suite struct FlySecretsListTests {
    func parse(_ text: String) throws -> [FlySecret] {
        try FlySecretsList.parse(text, path: "fly/secrets.txt")
    }

    func names(_ secrets: [FlySecret]) -> [String] { secrets.map(\.name) }

    func at(_ line: Int, _ column: Int) -> Location { Location(path: "fly/secrets.txt", line: line, column: column) }

    @Test func olderFlyctlTableWithCreatedAt() throws {
        let s = try parse("""
            NAME                 DIGEST                  CREATED AT
            DATABASE_URL         a1b2c3d4e5f60718        2024-01-02T03:04:05Z
            GH_SERVICE_KEY       0f1e2d3c4b5a6978        3 days ago

            """)
        #expect(names(s) == ["DATABASE_URL", "GH_SERVICE_KEY"])
        #expect(s[0].location == at(2, 1))
        #expect(s[1].location == at(3, 1))
        #expect(s.map(\.digest) == ["a1b2c3d4e5f60718", "0f1e2d3c4b5a6978"])
    }

    @Test func currentFlyctlTableWithStatus() throws {
        let s = try parse("""
            NAME            DIGEST            STATUS
            SESSION_SECRET  9c8b7a6d5e4f3a2b  Deployed
            API_TOKEN       1234abcd5678ef90  Staged
            """)
        #expect(names(s) == ["SESSION_SECRET", "API_TOKEN"])
        #expect(s[1].digest == "1234abcd5678ef90")
        #expect(s[1].location == at(3, 1))
    }

    @Test func stagedAndPartialMarkersAreNotPartOfTheName() throws {
        let s = try parse("""
            NAME              DIGEST            STATUS
            * NEW_KEY         aaaa1111bbbb2222  Staged
            ! ROTATED_KEY     cccc3333dddd4444  Partial
            STABLE_KEY        eeee5555ffff6666  Deployed

            There is 1 secret not deployed. Deploy with `fly secrets deploy` to make them available.
            """)
        #expect(names(s) == ["NEW_KEY", "ROTATED_KEY", "STABLE_KEY"])
        #expect(s[0].location == at(2, 3))
        #expect(s[1].location == at(3, 3))
        #expect(s[0].digest == "aaaa1111bbbb2222")
    }

    @Test func summaryAfterBlankLineIsIgnored() throws {
        let s = try parse("""
            NAME     DIGEST            STATUS
            ! A_KEY  cccc3333dddd4444  Partial

            Some secrets need to be deployed:
              * 1 secret staged (not yet deployed)
            """)
        #expect(names(s) == ["A_KEY"])
    }

    @Test func pipeSeparatedWithRules() throws {
        let s = try parse("""
            +--------------+------------------+-------------+
            | NAME         | DIGEST           | CREATED AT  |
            +--------------+------------------+-------------+
            | DATABASE_URL | a1b2c3d4e5f60718 | 1h2m ago    |
            | REDIS_URL    | 0011223344556677 | 2 weeks ago |
            +--------------+------------------+-------------+
            """)
        #expect(names(s) == ["DATABASE_URL", "REDIS_URL"])
        #expect(s[0].location == at(4, 3))
        #expect(s[1].digest == "0011223344556677")
    }

    @Test func boxDrawingSeparatorsAsTablewriterPrintsThem() throws {
        let s = try parse("""
            NAME         │ DIGEST           │ STATUS
            ─────────────┼──────────────────┼─────────
            PORT_SECRET  │ 5a5a5a5a5a5a5a5a │ Deployed
            SECOND_KEY   │ 1111111111111111 │ Deployed
            """)
        #expect(names(s) == ["PORT_SECRET", "SECOND_KEY"])
        #expect(s[0].location == at(3, 1))
        #expect(s[0].digest == "5a5a5a5a5a5a5a5a")
    }

    @Test func boxDrawingWithOuterBorder() throws {
        let s = try parse("""
            ┌──────┬────────┐
            │ NAME │ DIGEST │
            ├──────┼────────┤
            │ K1   │ d1     │
            │ K2   │ d2     │
            └──────┴────────┘
            """)
        #expect(names(s) == ["K1", "K2"])
        #expect(s[1].location == at(5, 3))
        #expect(s.map(\.digest) == ["d1", "d2"])
    }

    @Test func columnsFoundByNameNotPosition() throws {
        let s = try parse("""
            DIGEST            NAME
            abcdabcdabcdabcd  SWAPPED_KEY
            """)
        #expect(names(s) == ["SWAPPED_KEY"])
        #expect(s[0].digest == "abcdabcdabcdabcd")
        #expect(s[0].location == at(2, 19))
    }

    @Test func tableWithoutDigestColumn() throws {
        let s = try parse("name\nONLY_NAME\n")
        #expect(names(s) == ["ONLY_NAME"])
        #expect(s[0].digest == nil)
    }

    @Test func linesBeforeHeaderAreSkipped() throws {
        let s = try parse("""
            $ fly secrets list -a valet
            Update available 0.2.1 -> 0.3.0.
            NAME   DIGEST  CREATED AT
            KEY_1  d1      1m ago
            """)
        #expect(names(s) == ["KEY_1"])
        #expect(s[0].location == at(4, 1))
    }

    @Test func tabsAndCRLF() throws {
        let s = try parse("NAME\tDIGEST\tCREATED AT\r\nTAB_KEY\tdeadbeef\t1m ago\r\n")
        #expect(names(s) == ["TAB_KEY"])
        #expect(s[0].digest == "deadbeef")
    }

    @Test func emptyTable() throws {
        #expect(try parse("NAME  DIGEST  STATUS\n").isEmpty)
    }

    @Test func noHeaderIsAnErrorAtLineOne() throws {
        let error = #expect(throws: InputError.self) { try parse("DATABASE_URL=postgres://x\nOTHER=1\n") }
        #expect(error?.location == at(1, 1))
        #expect(error?.message == "no `NAME` header: not the output of `fly secrets list`")
    }

    @Test func emptyFileIsAnError() throws {
        let error = #expect(throws: InputError.self) { try parse("") }
        #expect(error?.location == at(1, 1))
    }

    @Test func rowThatIsNotANameIsAnErrorAtTheCell() throws {
        let error = #expect(throws: InputError.self) {
            try parse("NAME | DIGEST\nGOOD | d\nnot a hunter2 | d\n")
        }
        #expect(error?.location == at(3, 1))
        #expect(error.map { !$0.message.contains("hunter2") } == true)
    }

    @Test func jsonCurrentFlyctl() throws {
        let s = try parse("""
            [
                {
                    "name": "DATABASE_URL",
                    "digest": "a1b2c3d4e5f60718",
                    "status": "Deployed"
                },
                {
                    "name": "GH_SERVICE_KEY",
                    "digest": "0f1e2d3c4b5a6978",
                    "status": "Staged"
                }
            ]
            """)
        #expect(names(s) == ["DATABASE_URL", "GH_SERVICE_KEY"])
        #expect(s[0].location == at(3, 18))
        #expect(s[1].location == at(8, 18))
        #expect(s[1].digest == "0f1e2d3c4b5a6978")
    }

    @Test func jsonOlderFlyctlWithCapitalisedKeysAndNestedValues() throws {
        let s = try parse(#"[{"Name":"K","Digest":"d","CreatedAt":"2024-01-01T00:00:00Z","extra":{"a":[1,2,null,true]}}]"#)
        #expect(names(s) == ["K"])
        #expect(s[0].digest == "d")
        #expect(s[0].location == at(1, 11))
    }

    @Test func jsonEmptyAndNull() throws {
        #expect(try parse("[]\n").isEmpty)
        #expect(try parse("null\n").isEmpty)
    }

    @Test func malformedJSONIsLocated() throws {
        let error = #expect(throws: InputError.self) { try parse("[\n  {\"name\": \"A\",\n   \"digest\" \"x\"}\n]") }
        #expect(error?.location == at(3, 13))
        let missing = #expect(throws: InputError.self) { try parse("[{\"digest\": \"x\"}]") }
        #expect(missing?.message == "secret object has no `name`")
        #expect(missing?.location == at(1, 2))
    }

    @Test func unterminatedJSONString() throws {
        let error = #expect(throws: InputError.self) { try parse("[{\"name\": \"A") }
        #expect(error?.location == at(1, 11))
    }

    @Test func jsonKeepsOnlyNameAndDigest() throws {
        let s = try parse(#"[{"name":"K","digest":"d","value":"hunter2"}]"#)
        #expect(s == [FlySecret(name: "K", location: at(1, 11), digest: "d")])
        #expect(!"\(s)".contains("hunter2"))
    }
}
