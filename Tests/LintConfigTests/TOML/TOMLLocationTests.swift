import Testing
@testable import LintConfig

/// Every key and value knows where it is written: markers (1️⃣ 2️⃣ …) stand where each must be.
@Suite struct TOMLLocationTests {
    @Test func keysAndValuesOfTablesAndHeaders() throws {
        let m = MarkedText("""
            1️⃣name = 2️⃣"x"
            [3️⃣server]
              4️⃣port = 5️⃣8080
            [[6️⃣services]]
              7️⃣internal_port = 3000
            [[8️⃣services]]
            """, path: "t.toml")
        let doc = try parseTOML(m.text)
        #expect(doc.entry("name")?.key.location == m[1])
        #expect(doc["name"]?.location == m[2])
        #expect(doc.entry("server")?.key.location == m[3])
        #expect(doc["server"]?.location == m[3])
        #expect(doc["server"]?.table?.entry("port")?.key.location == m[4])
        #expect(doc["server"]?.table?["port"]?.location == m[5])
        let services = doc["services"]?.array ?? []
        #expect(services.map(\.location) == [m[6], m[8]])
        #expect(services.first?.table?.entry("internal_port")?.key.location == m[7])
    }

    /// A dotted key's tables point at where the key expression begins; an error about one of
    /// its parts points at that part.
    @Test func dottedKeysPointAtTheirStart() throws {
        let m = MarkedText("1️⃣env.\"QUOTED\".X = 2️⃣1\n3️⃣env.Y = 2\n", path: "t.toml")
        let doc = try parseTOML(m.text)
        #expect(doc.entry("env")?.key.location == m[1])
        #expect(doc["env"]?.table?.entry("QUOTED")?.key.location == m[1])
        #expect(doc["env"]?.table?["QUOTED"]?.table?.entry("X")?.key.location == m[1])
        #expect(doc["env"]?.table?["QUOTED"]?.table?["X"]?.location == m[2])
        #expect(doc["env"]?.table?.entry("Y")?.key.location == m[3])
    }

    @Test func inlineTablesAndArrays() throws {
        let m = MarkedText("t = 1️⃣{ 2️⃣a = 3️⃣[4️⃣1, 5️⃣{ 6️⃣b = 7️⃣'é' }], 8️⃣c = 9️⃣true }\n",
                           path: "t.toml")
        let doc = try parseTOML(m.text)
        let t = doc["t"]?.table
        #expect(doc["t"]?.location == m[1])
        #expect(t?.entry("a")?.key.location == m[2])
        #expect(t?["a"]?.location == m[3])
        #expect(t?["a"]?.array?.map(\.location) == [m[4], m[5]])
        #expect(t?["a"]?.array?.last?.table?.entry("b")?.key.location == m[6])
        #expect(t?["a"]?.array?.last?.table?["b"]?.location == m[7])
        #expect(t?.entry("c")?.key.location == m[8])
        #expect(t?["c"]?.location == m[9])
    }

    /// Columns count Unicode scalars, as editors show them, also after multi-line strings.
    @Test func columnsCountScalarsAcrossMultilineStrings() throws {
        let m = MarkedText("s = \"\"\"é\n😀 \"\"\"  # ü\n\"ключ\" = 'é' ; 1️⃣x = 1\n", path: "t.toml")
        let error = #expect(throws: InputError.self) { try parseTOML(m.text) }
        #expect(error?.location.line == 3)
        let n = MarkedText("s = '''é\n😀 '''  # ü\n\"ключ\" = 1️⃣'é'\n2️⃣x = 1\n", path: "t.toml")
        let doc = try parseTOML(n.text)
        #expect(doc["ключ"]?.location == n[1])
        #expect(doc.entry("x")?.key.location == n[2])
    }

    @Test func aRedefinitionNamesWhereTheFirstDefinitionIs() throws {
        let error = #expect(throws: InputError.self) { try parseTOML("[a]\nx = 1\n\n[a]\n") }
        #expect(error?.location == Location(path: "t.toml", line: 4, column: 2))
        #expect(error?.message == "invalid TOML: this table is already defined (at line 1, column 2)")
    }
}
