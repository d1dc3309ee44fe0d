import Foundation
import Testing
@testable import LintConfig

/// The facts of Examples/ as the manifest prints them: both sides of each boundary, canonical,
/// valid against Schemas/manifest.schema.json with and without locations.
@Suite struct ManifestFactsTests {
    static let examples: WorkspaceModel? = {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        return try? WorkspaceLoader.load(DiskWorkspaceFiles(root: root), environment: nil).model
    }()

    func facts(_ kind: FactKind) throws -> [Fact] {
        try #require(Self.examples).context.facts.of(kind)
    }

    @Test func queueOnBothSides() throws {
        let queue = try facts(.queue).filter { $0.name == "gh-apply-job" }
        #expect(Set(queue.map { "\($0.project) \($0.direction.rawValue)" })
                == ["VALET produces", "GHOST-HANDS consumes", "GHOST-HANDS declares"])
        let sent = try #require(queue.first { $0.direction == .produces })
        #expect(sent.location.path == "VALET/src/modules/jobs/enqueue.ts")
        #expect(sent.attributes["retryLimit"] == "3")
    }

    @Test func pickupClaimsPendingWhileTheDefaultIsWritten() throws {
        let status = try facts(.columnValue).filter { $0.name == "public.gh_automation_jobs.status" }
        let claim = try #require(status.first { $0.attributes["role"] == "claim" })
        #expect(claim.project == "GHOST-HANDS" && claim.value == "pending" && claim.direction == .reads)
        #expect(claim.evidence == "SELECT in function public.gh_pickup_job")
        #expect(status.contains { $0.project == "GHOST-HANDS" && $0.value == "running" && $0.attributes["role"] == "transition" })
        #expect(status.contains { $0.project == "VALET" && $0.value == "pending" && $0.evidence == "column default" })
        // The seed's worst bug: VALET inserts `queued`, the pickup only claims `pending`.
        let inserted = try #require(status.first { $0.project == "VALET" && $0.evidence == "supabase .insert" })
        #expect(inserted.value == "queued" && inserted.attributes["role"] == "initial")
        #expect(inserted.location.path == "VALET/src/modules/jobs/enqueue.ts")
    }

    @Test func notifyChannelFromAMigrationTrigger() throws {
        let channel = try facts(.notifyChannel).filter { $0.name == "gh_job_created" && $0.direction == .produces }
        #expect(channel.map(\.project) == ["GHOST-HANDS"])
        #expect(channel.first?.location.path.hasSuffix("_pickup.sql") == true)
        let listen = try facts(.notifyChannel).filter { $0.name == "gh_job_created" && $0.direction == .consumes }
        #expect(listen.map(\.project) == ["GHOST-HANDS", "GHOST-HANDS"])
        // The dedicated listener's client is created from DATABASE_URL; the queue's client is a parameter.
        #expect(listen.compactMap { $0.attributes["env"] } == ["DATABASE_URL"])
    }

    @Test func routeAndHeaderOnBothSides() throws {
        let route = try facts(.route).filter { $0.name == "POST /api/v1/gh/valet/apply" }
        #expect(Set(route.map { "\($0.project) \($0.direction.rawValue)" }) == ["VALET consumes", "GHOST-HANDS produces"])
        #expect(route.first { $0.project == "VALET" }?.attributes["base-env"] == "GH_API_BASE_URL")
        let header = try facts(.httpHeader).filter { $0.name == "x-gh-service-key" }
        #expect(Set(header.map { "\($0.project) \($0.direction.rawValue) \($0.attributes["env"] ?? "")" })
                == ["VALET produces GH_SERVICE_SECRET", "GHOST-HANDS consumes GH_SERVICE_SECRET"])
    }

    @Test func storageKeyAndPort() throws {
        let keys = try facts(.storageKey).filter { $0.name == "valet.returnTo" }
        #expect(Set(keys.map(\.direction)) == [.produces, .consumes])
        let port = try facts(.port).first { $0.project == "GHOST-HANDS" && $0.direction == .produces }
        #expect(port?.name == "3100" && port?.attributes["env"] == "PORT")
        let routed = try facts(.port).filter { $0.project == "GHOST-HANDS" && $0.direction == .consumes }
        #expect(Set(routed.map { "\($0.name) \($0.environment ?? "") \($0.attributes["role"] ?? "")" })
                == ["3100 staging api", "3100 production api"], "kamal-proxy routes the primary role, per destination")
    }

    @Test func manifestIsCanonicalAndValid() throws {
        let model = try #require(Self.examples)
        let schemaText = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/manifest.schema.json"), encoding: .utf8)
        let schema = try StructureSchema.parse(json: schemaText, path: "Schemas/manifest.schema.json")
        for locations in [false, true] {
            let text = Manifest.json(model, locations: locations).rendered()
            #expect(text == Manifest.json(model, locations: locations).rendered())
            #expect(text.contains("\"kind\": \"queue\""))
            #expect(text.contains("enqueue.ts:") == locations, "line numbers only with --locations")
            let document = try #require(try parseYAML(text, path: "manifest.json").root)
            #expect(StructureValidator(schema: schema).validate(document).isEmpty)
        }
    }

    @Test func everyKindIsInTheSchema() throws {
        let schemaText = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/manifest.schema.json"), encoding: .utf8)
        for kind in FactKind.allCases { #expect(schemaText.contains("\"\(kind.rawValue)\""), "\(kind) missing from the schema") }
        for direction in FactDirection.allCases { #expect(schemaText.contains("\"\(direction.rawValue)\"")) }
    }
}
