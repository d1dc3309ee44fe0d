import Foundation
import Testing
@testable import LintConfig

/// A writer killed in the middle of `baseline write` leaves the old baseline readable and whole.
@Suite struct AtomicFileTests {
    @Test func aWriterKilledMidWayLeavesTheOldBaseline() throws {
        let root = try temporaryWorkspace(baselineWorkspace)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try runLintConfig(["baseline", "write", "--workspace", root.path])
        try #require(first.status == 0, "\(first.stderr)")
        let baselines = root.appendingPathComponent("Baselines")
        let before = try snapshot(baselines)
        // New content for every file: a new required read changes manifests and findings.
        try writeFile("const db = process.env.DATABASE_URL!;\nconst q = process.env.QUEUE_NAME!;\n",
                      at: root.appendingPathComponent("worker/src/main.ts"))

        let marker = root.appendingPathComponent("paused").path
        let writer = Process()
        writer.executableURL = lintConfigBinary
        writer.arguments = ["baseline", "write", "--workspace", root.path]
        writer.environment = ProcessInfo.processInfo.environment.merging([AtomicFile.pauseMarkerVariable: marker]) { $1 }
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 600 && writer.isRunning {
            usleep(50_000)
            waited += 1
        }
        try #require(FileManager.default.fileExists(atPath: marker), "the writer never reached the middle of a write")
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal)

        // Half a temporary file exists, and every baseline file is still the old one, byte for byte.
        let stray = try allFiles(baselines).filter { $0.contains(".tmp-") }
        #expect(stray.count == 1)
        let after = try snapshot(baselines)
        #expect(after == before)
        for (path, text) in after where path.hasSuffix(".json") {
            #expect(throws: Never.self) { try JSONValue.parse(text, path: path) }
        }

        // The next write completes and clears the dead writer's temporary file.
        let again = try runLintConfig(["baseline", "write", "--workspace", root.path])
        #expect(again.status == 0)
        #expect(try allFiles(baselines).filter { $0.contains(".tmp-") }.isEmpty)
        #expect(try snapshot(baselines) != before)
    }

    /// Relative path → content of every baseline file (temporaries left out).
    func snapshot(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try allFiles(directory) where !path.contains(".tmp-") {
            result[path] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        }
        return result
    }

    func allFiles(_ directory: URL) throws -> [String] {
        (FileManager.default.subpaths(atPath: directory.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
    }
}
