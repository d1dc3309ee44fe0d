import Foundation
import Testing
@testable import LintConfig

@Suite struct EmbeddedSchemaTests {
    /// The binary embeds `Schemas/kamal-deploy.schema.json`; `make schemas` writes the copy.
    @Test func embeddedKamalSchemaIsTheCommittedFile() throws {
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/kamal-deploy.schema.json"), encoding: .utf8)
        #expect(KamalSchema.json + "\n" == file || KamalSchema.json == file, "run `make schemas` after editing Schemas/kamal-deploy.schema.json")
    }

    @Test func embeddedWorkspaceSchemaIsTheCommittedFile() throws {
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/lint-config.schema.json"), encoding: .utf8)
        #expect(WorkspaceConfigSchema.json + "\n" == file || WorkspaceConfigSchema.json == file, "run `make schemas`")
        _ = try StructureSchema.parse(json: WorkspaceConfigSchema.json, path: "Schemas/lint-config.schema.json")
    }

    @Test func embeddedKamalSchemaParses() throws {
        let schema = try StructureSchema.parse(json: KamalSchema.json, path: "Schemas/kamal-deploy.schema.json")
        guard case .node(let root) = schema else {
            Issue.record("the root schema accepts anything")
            return
        }
        #expect(root.properties.keys.contains("servers"))
        #expect(root.additionalProperties == nil, "unknown top-level keys must be rejected")
        #expect(root.patternProperties.contains { $0.pattern == "^x-" })
    }

    @Test func kamalMessagesUseKamalsWording() throws {
        let validator = StructureValidator(schema: KamalSchema.deployConfig)
        let config = try #require(try parseYAML("""
            service: s
            servers:
              web:
                hosts: 10.0.0.1
                x-note: no
            proxy:
              app_port: "3000"
            traefik: {}
            """, path: "config/deploy.yml").root)
        let messages = validator.validate(config).map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(messages == [
            "4:12 servers/web/hosts: should be an array",
            "5:5 servers/web: unknown key: x-note",
            "7:13 proxy/app_port: should be an integer",
            "8:1 unknown key: traefik",
        ])
    }
}
