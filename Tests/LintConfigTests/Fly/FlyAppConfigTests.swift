import Testing
@testable import LintConfig

/// fly.toml through our TOML reader, with the location of every reported key.
@Suite struct FlyAppConfigTests {
    func at(_ line: Int, _ column: Int, _ path: String = "fly.toml") -> Location { Location(path: path, line: line, column: column) }

    func parse(_ text: String, path: String = "fly.toml") throws -> FlyAppConfig {
        try FlyAppConfig.parse(text, path: path)
    }

    @Test func typicalConfig() throws {
        let c = try parse("""
            # fly.toml app configuration file
            app = "valet-prod"
            primary_region = "iad"

            [build]
              dockerfile = "Dockerfile"

            [env]
              NODE_ENV = "production"
              PORT = 8080
              LOG_JSON = true

            [http_service]
              internal_port = 8080
              force_https = true

            [processes]
              app = "node dist/server.js"
              worker = "node dist/worker.js"
            """)
        #expect(c.app == Located("valet-prod", at: at(2, 1)))
        #expect(c.env.map(\.name.value) == ["NODE_ENV", "PORT", "LOG_JSON"])
        #expect(c.env.map(\.value) == ["production", "8080", "true"])
        #expect(c.env.map(\.name.location) == [at(9, 3), at(10, 3), at(11, 3)])
        #expect(c.internalPorts == [Located(8080, at: at(14, 3))])
        #expect(c.processes.map(\.name.value) == ["app", "worker"])
        #expect(c.processes.map(\.command) == ["node dist/server.js", "node dist/worker.js"])
        #expect(c.processes[1].name.location == at(19, 3))
    }

    @Test func servicesArrayOfTables() throws {
        let c = try parse("""
            app = "ghost"

            [[services]]
              internal_port = 3000
              protocol = "tcp"

            [[services]]
              protocol = "udp"
              internal_port = 5353
            """)
        #expect(c.internalPorts == [Located(3000, at: at(4, 3)), Located(5353, at: at(9, 3))])
    }

    @Test func httpServiceAndServicesBothReported() throws {
        let c = try parse("[http_service]\ninternal_port = 3000\n\n[[services]]\ninternal_port = 4000\n")
        #expect(c.internalPorts.map(\.value) == [3000, 4000])
        #expect(c.internalPorts.map(\.location) == [at(2, 1), at(5, 1)])
    }

    @Test func quotedAndDottedKeys() throws {
        let c = try parse("""
            app = 'x'
            env.TOP_DOTTED = "1"
            env."QUOTED_DOTTED" = "2"
            """)
        #expect(c.env.map(\.name.value) == ["TOP_DOTTED", "QUOTED_DOTTED"])
        #expect(c.env.map(\.name.location) == [at(2, 1), at(3, 1)])
        let q = try parse("[env]\n\"QUOTED_KEY\" = \"v\"\n  'LITERAL' = \"w\"\n")
        #expect(q.env.map(\.name.value) == ["QUOTED_KEY", "LITERAL"])
        #expect(q.env.map(\.name.location) == [at(2, 1), at(3, 3)])
    }

    @Test func inlineEnvTable() throws {
        let c = try parse("app = \"x\"\nenv = { A = \"1\", B = \"2\" }\n")
        #expect(c.env.map(\.name.value) == ["A", "B"])
        #expect(c.env.map(\.name.location) == [at(2, 9), at(2, 18)])
    }

    @Test func multilineStringsDoNotConfuseLocations() throws {
        let c = try parse(#"""
            [processes]
            app = """
            [env]
            FAKE = "inside a string"
            """
            [env]
            REAL = "yes"
            """#)
        #expect(c.env.map(\.name.value) == ["REAL"])
        #expect(c.env[0].name.location == at(7, 1))
        #expect(c.processes.first?.command.contains("FAKE") == true)
    }

    @Test func malformedTOMLIsAnInputErrorWithPosition() throws {
        let error = #expect(throws: InputError.self) { try parse("app = \"x\"\n[env]\nBROKEN = \n") }
        #expect(error?.location.line == 3)
        #expect(error?.location.path == "fly.toml")
        #expect(error?.message.hasPrefix("invalid TOML") == true)
    }

    @Test func duplicateKeyIsAnError() throws {
        let error = #expect(throws: InputError.self) { try parse("[env]\nA = \"1\"\nA = \"2\"\n") }
        #expect(error?.location.line == 3)
    }

    @Test func unterminatedStringIsAnError() throws {
        let error = #expect(throws: InputError.self) { try parse("app = \"oops\n") }
        #expect(error?.location.line == 1)
    }

    /// A header with no key (the toml++ that TOMLKit bundled aborted on these) is a located
    /// error.
    @Test func headerWithoutKeyIsAnErrorNotAnAbort() throws {
        for (text, line, column) in [("[#env]\n", 1, 2), ("app = \"x\"\n[[ \n", 2, 4), ("[=]", 1, 2), ("a = 1\n  [é]\n", 2, 4)] {
            let error = #expect(throws: InputError.self) { try parse(text) }
            #expect(error?.location == at(line, column))
        }
        // A nested array on its own line is a value, not a header.
        let c = try parse("matrix = [\n  [\n    1\n  ],\n]\n[env]\nA = \"1\"\n")
        #expect(c.env.map(\.name.location) == [at(7, 1)])
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() throws {
        let text = "a = " + String(repeating: "[", count: 100_000)
        let error = #expect(throws: InputError.self) { try parse(text) }
        #expect(error?.location.line == 1)
    }

    @Test func emptyConfig() throws {
        let c = try parse("")
        #expect(c.app == nil)
        #expect(c.env.isEmpty && c.processes.isEmpty && c.internalPorts.isEmpty)
    }

    @Test func commentsAndArrayCommands() throws {
        let c = try parse("""
            [processes] # groups
              # web = "old"
              web = ["bin/rails", "server"]
            """)
        #expect(c.processes.count == 1)
        #expect(c.processes[0].command == "bin/rails server")
        #expect(c.processes[0].name.location == at(3, 3))
    }

    @Test func configPathsAndEnvironments() {
        #expect(FlyAppConfig.isConfigPath("valet/fly.toml"))
        #expect(FlyAppConfig.isConfigPath("fly.staging.toml"))
        #expect(FlyAppConfig.isConfigPath("valet/fly/production.toml"))
        #expect(!FlyAppConfig.isConfigPath("pyproject.toml"))
        #expect(FlyAppConfig.environment(ofConfigPath: "fly.toml") == nil)
        #expect(FlyAppConfig.environment(ofConfigPath: "valet/fly.staging.toml") == "staging")
        #expect(FlyAppConfig.environment(ofConfigPath: "fly/production.toml") == "production")
    }
}
