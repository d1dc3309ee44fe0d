import Foundation
import LintConfig

/// `lint-config-bench --facts-dir DIR`: the TS/JS fact extractors over a real checkout — every
/// .ts/.tsx/.js/.mjs file outside node_modules and build output, one project per folder under
/// `apps/` and `packages/` (else the whole tree), facts of non-runtime files (tests, mocks,
/// scripts) dropped as the linter drops them — printing fact counts per kind and direction,
/// files skipped or partly read, and the throughput.
enum FactsCorpus {
    static func run(_ directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        let files = DiskWorkspaceFiles(root: root)
        var projects: [String: [String]] = [:]
        for path in SourceDiscovery.sourceFiles(in: files, projectRoot: "") {
            guard path.hasSuffix(".ts") || path.hasSuffix(".tsx") || path.hasSuffix(".js") || path.hasSuffix(".mjs") else { continue }
            let parts = path.split(separator: "/")
            let project = parts.count > 2 && (parts[0] == "apps" || parts[0] == "packages") ? "\(parts[0])/\(parts[1])" : "."
            projects[project, default: []].append(path)
        }
        var texts: [(project: String, path: String, text: String)] = []
        var unreadable = 0
        for (project, paths) in projects {
            for path in paths {
                if let text = try? files.text(path) { texts.append((project, path, text)) } else { unreadable += 1 }
            }
        }
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        var facts: [Fact] = []
        var partly = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = FactsBench.threadCPUNanoseconds()
        for project in projects.keys.sorted() {
            let scanned = texts.filter { $0.project == project }.map { file -> JSFileFacts in
                let (source, error) = FactsBuilder.lex(file.text, path: file.path)
                if error != nil { partly += 1 }
                var found = JSFactScan.scan(source)
                // As the linter does: tests, mocks and scripts state no contract (`RuntimeCode`).
                let relative = project == "." ? file.path : String(file.path.dropFirst(project.count + 1))
                if !RuntimeCode().isRuntime(relative) { found.found = [] }
                return found
            }
            facts += JSFactScan.facts(scanned, project: project)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Double(FactsBench.threadCPUNanoseconds() - startCPU) / 1e9
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "%@: %d projects, %d files (%.1f MB), %d unreadable, %d partly read; %.2f s, %.1f MB/s "
                     + "(CPU time %.2f s, %.1f MB/s)", directory, projects.count, texts.count, megabytes, unreadable,
                     partly, seconds, megabytes / seconds, cpu, megabytes / cpu))
        var counts: [String: Int] = [:]
        for fact in facts { counts["\(fact.kind.rawValue) \(fact.direction.rawValue)", default: 0] += 1 }
        for key in counts.keys.sorted() { print("  \(key): \(counts[key] ?? 0)") }
        if let out = ProcessInfo.processInfo.environment["FACTS_DUMP"] { dump(facts, to: out) }
        TokenDump.write(texts.map { (path: $0.path, text: $0.text) })
    }

    /// `FACTS_DUMP=FILE`: every fact, one sorted line each (kind, direction, name, value,
    /// attributes, evidence, location), to compare two builds' facts with `cmp`.
    static func dump(_ facts: [Fact], to path: String) {
        let lines = facts.map { "\($0.kind.rawValue)\t\($0.direction.rawValue)\t\($0.name)\t\($0.value ?? "")\t"
            + "\($0.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))\t"
            + "\($0.evidence)\t\($0.location)" }
        do {
            try lines.sorted().joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            print("FACTS_DUMP: cannot write \(path): \(error)")
        }
    }
}
