import Foundation
import Testing
@testable import LintConfig

/// Hand-written configs in the shapes of public Kamal 2 projects (see the fixtures' README):
/// each is a config Kamal accepts, so each must read without an error and without a Kamal,
/// YAML or secret-in-clear finding other than the low "cannot be verified" note for
/// destinations whose secrets file is absent.
@Suite struct RealWorldConfigTests {
    static let root = TestPaths.fixtures.appendingPathComponent("Kamal/RealWorld")
    static let fixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
        .filter { !$0.hasSuffix(".md") }.sorted()

    /// Findings a fixture must produce because its source project really has the defect.
    static let expected: [String: [String]] = [
        // The role overrides the root secret REDIS_URL with a clear value on purpose; docker's
        // --env beats --env-file, so it works, but the secret is dead for that role: reported.
        "roles-proxy-false-empty-role": ["kamal-env-clear-and-secret"],
    ]

    @Test func thereAreAtLeastTwelveShapes() {
        #expect(Self.fixtures.count >= 12)
    }

    @Test(arguments: fixtures)
    func readsCleanly(fixture: String) throws {
        let files = DiskWorkspaceFiles(root: Self.root.appendingPathComponent(fixture))
        let result = try Linter.run(files)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.checked.isEmpty)
        // The Kamal and YAML rules judge these configs alone; env rules need the code beside
        // them (the fixtures have none), except secret-in-clear, which must stay silent here.
        let judged = result.findings.filter { $0.ruleID.hasPrefix("kamal-") || $0.ruleID.hasPrefix("yaml-") || $0.ruleID == "secret-in-clear" }
        let unexpected = judged.filter { !($0.ruleID == "kamal-secret-undefined" && $0.severity == .low) }
        #expect(unexpected.map(\.ruleID) == Self.expected[fixture, default: []],
                "\(unexpected.map { "\($0.location): \($0.title)" })")
    }
}
