import Foundation

/// The pg-boss major version each pg-boss queue fact runs with, as the attribute `pgboss-major`:
/// from the nearest `package.json` above the file that makes the call and declares `pg-boss`
/// (in `dependencies`, `devDependencies`, `peerDependencies` or `optionalDependencies`), its
/// version range's first number (`^10.1.0` → 10). pg-boss 10 changed the contract: a queue
/// must be created (`createQueue`) before anything is sent to it. A range without a number
/// (`latest`, `workspace:*`) or a manifest that is not JSON leaves the fact without it.
enum PgBossVersion {
    static let attribute = "pgboss-major"
    static let sections = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]

    static func annotate(_ facts: [Fact], files: any WorkspaceFiles) -> [Fact] {
        var majors: [String: Int?] = [:]  // folder → the major its nearest declaring package.json gives
        return facts.map { fact in
            guard fact.kind == .queue, fact.evidence.hasPrefix("boss.") else { return fact }
            let folder = WorkspacePath.directory(of: fact.location.path)
            guard let major = major(for: folder, files: files, cache: &majors) else { return fact }
            var annotated = fact
            annotated.attributes[attribute] = String(major)
            return annotated
        }
    }

    /// The major declared by the nearest `package.json` at or above `folder` that names pg-boss.
    static func major(for folder: String, files: any WorkspaceFiles, cache: inout [String: Int?]) -> Int? {
        if let known = cache[folder] { return known }
        var found: Int?
        let manifest = joinPath(folder, "package.json")
        if files.kind(of: manifest) == .file, let text = try? files.text(manifest),
           let range = declaredRange(in: text) {
            found = major(of: range)
        } else if !folder.isEmpty {
            found = major(for: WorkspacePath.directory(of: folder), files: files, cache: &cache)
        }
        cache[folder] = found
        return found
    }

    /// The version range a package.json gives `pg-boss`, or nil.
    static func declaredRange(in text: String) -> String? {
        guard text.utf8.count <= 1_048_576, text.contains("\"pg-boss\""),
              let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        else { return nil }
        for section in sections {
            if let range = (object[section] as? [String: Any])?["pg-boss"] as? String { return range }
        }
        return nil
    }

    /// `^10.1.0`, `~9.0`, `>=10 <11`, `10.x`, `npm:pg-boss@10.1.0` → the first number.
    static func major(of range: String) -> Int? {
        let text = range.split(separator: "@").last.map(String.init) ?? range
        guard !text.hasPrefix("workspace:"), !text.hasPrefix("file:"), !text.hasPrefix("link:") else { return nil }
        let digits = text.drop { !$0.isNumber }.prefix { $0.isNumber }
        return digits.count <= 4 ? Int(digits) : nil
    }
}
