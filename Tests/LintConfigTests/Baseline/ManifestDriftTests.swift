import Foundation
import Testing
@testable import LintConfig

/// The drift comparison is generic over the manifest's shape; these tests walk the real manifest
/// of Examples/ and remove, add and change every fact it holds, so a new fact kind in the
/// manifest is covered without a new test.
@Suite struct ManifestDriftTests {
    static func examplesManifests() throws -> [(String, JSONValue)] {
        let root = TestPaths.packageRoot.appendingPathComponent("Examples")
        let run = try Linter.analyse(DiskWorkspaceFiles(root: root), options: LintOptions(environment: "staging"))
        return run.model.envFacts.map { ($0.project.name, Manifest.json(run.model, project: $0.project.name)) }
            + run.model.context.databases.map { (SchemaManifest.driftName($0.name), SchemaManifest.json($0, environment: "staging")) }
    }

    /// Every element of every list in `value`, with a copy of `value` lacking it.
    static func removals(_ value: JSONValue) -> [(removed: JSONValue, without: JSONValue)] {
        switch value {
        case .object(let members):
            return members.keys.sorted().flatMap { key in
                removals(members[key]!).map { removal in
                    var copy = members
                    copy[key] = removal.without
                    return (removal.removed, JSONValue.object(copy))
                }
            }
        case .array(let items):
            return items.indices.flatMap { index -> [(removed: JSONValue, without: JSONValue)] in
                var copy = items
                copy.remove(at: index)
                let own = (items[index], JSONValue.array(copy))
                let nested = removals(items[index]).map { removal -> (removed: JSONValue, without: JSONValue) in
                    var inner = items
                    inner[index] = removal.without
                    return (removal.removed, .array(inner))
                }
                return [own] + nested
            }
        default: return []
        }
    }

    @Test func everyFactOfEveryKindIsDetectedWhenItGoesOrComes() throws {
        var checked = 0
        var kinds = Set<String>()
        var factKinds = Set<String>()
        for (project, manifest) in try Self.examplesManifests() {
            // The project list itself is not a fact list: skip removals of the whole project.
            guard let body = manifest.member("projects")?.items?.first else { continue }
            for removal in Self.removals(body) {
                let without = JSONValue.object(["environments": .array([.string("staging")]), "projects": .array([removal.without])])
                let gone = ManifestDrift.compare(baseline: manifest, current: without, project: project, environment: "staging")
                let came = ManifestDrift.compare(baseline: without, current: manifest, project: project, environment: "staging")
                // One of two entries of the same fact (same kind, name, direction, value; other
                // evidence) going is a change of that fact, not its removal.
                #expect(!gone.isEmpty && gone.allSatisfy { $0.change != .added }, "removing \(removal.removed) from \(project) went unseen")
                #expect(!came.isEmpty && came.allSatisfy { $0.change != .removed }, "adding \(removal.removed) to \(project) went unseen")
                kinds.formUnion(gone.map(\.path))
                factKinds.formUnion(gone.map(\.kind).filter { !$0.isEmpty })
                checked += 1
            }
        }
        #expect(checked > 50)
        #expect(kinds.isSuperset(of: ["exampleFiles", "facts", "schema.tables", "schema.columns"]))
        // Every kind of fact the model has is in Examples/ and its drift is seen.
        #expect(factKinds.isSuperset(of: FactKind.allCases.map(\.rawValue)), "Examples/ has facts of \(factKinds.sorted())")
    }

    @Test func aChangedAttributeIsOneChangeNamingIt() {
        func manifest(_ use: String) -> JSONValue {
            .object(["projects": .array([.object(["name": .string("api"), "facts": .array([
                .object(["kind": .string("env-var"), "name": .string("DATABASE_URL"), "direction": .string("consumes"),
                         "evidence": .string("process.env.X"), "attributes": .object(["use": .string(use)])]),
            ])])])])
        }
        let changes = ManifestDrift.compare(baseline: manifest("required"), current: manifest("optional"), project: "api",
                                            environment: "staging")
        #expect(changes.map(\.message) == ["env `DATABASE_URL` (consumes) changed: attributes.use: required → optional"])
    }

    @Test func factsAreNamedByKindAndDirection() {
        func manifest(_ facts: [JSONValue]) -> JSONValue {
            .object(["projects": .array([.object(["name": .string("worker"), "facts": .array(facts)])])])
        }
        let declared = JSONValue.object(["kind": .string("queue"), "name": .string("apply-job"), "direction": .string("declares"),
                                         "evidence": .string("boss.createQueue"), "attributes": .object(["retryLimit": .string("3")])])
        var retried = declared
        if case .object(var members) = retried { members["attributes"] = .object(["retryLimit": .string("5")]); retried = .object(members) }
        let consumer = JSONValue.object(["kind": .string("queue"), "name": .string("apply-job"), "direction": .string("consumes"),
                                         "evidence": .string("boss.work")])
        let changes = ManifestDrift.compare(baseline: manifest([declared]), current: manifest([retried, consumer]),
                                            project: "worker", environment: "staging")
        #expect(changes.map(\.message) == ["queue `apply-job` gained a consumer",
                                           "queue `apply-job` (declares) changed: attributes.retryLimit: 3 → 5"])
    }

    @Test func parsesWhatItRenders() throws {
        let value = JSONValue.object([
            "a": .array([.string("tab\t\"quote\"\\ \u{1F} é 🚀"), .integer(-42), .bool(true), .bool(false), .null]),
            "b": .object([:]), "c": .array([]),
        ])
        #expect(try JSONValue.parse(value.rendered(), path: "x.json") == value)
        #expect(try JSONValue.parse("{\"s\": \"\\ud83d\\ude80\\u00e9\"}", path: "x.json") == .object(["s": .string("🚀é")]))
        #expect(throws: InputError.self) { try JSONValue.parse("{\"a\": [1, 2", path: "x.json") }
        #expect(throws: InputError.self) { try JSONValue.parse(String(repeating: "[", count: 10_000), path: "x.json") }
        #expect(throws: InputError.self) { try JSONValue.parse("{} x", path: "x.json") }
    }
}
