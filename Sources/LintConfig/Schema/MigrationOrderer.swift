import Foundation

/// Lists the files of a migration source in the order its tool applies them.
public struct MigrationOrderer {
    public let files: any WorkspaceFiles

    public init(files: any WorkspaceFiles) { self.files = files }

    /// The files to replay, and notes about the order. Throws when the tool itself would fail
    /// (a drizzle journal that names a missing file, an unreadable journal).
    public func order(_ source: MigrationSource) throws(InputError) -> (files: [MigrationFile], notes: [MigrationOrderNote], ordering: MigrationOrdering) {
        if files.kind(of: source.path) == .file {
            return ([MigrationFile(project: source.project, path: source.path, version: nil)], [], .lexical)
        }
        guard files.kind(of: source.path) == .directory else {
            throw InputError("migration source does not exist", at: .file(source.path))
        }
        let ordering = source.ordering == .auto ? detect(source.path) : source.ordering
        var notes: [MigrationOrderNote] = []
        let names = files.list(source.path)
        func file(_ name: String, _ version: String?) -> MigrationFile {
            MigrationFile(project: source.project, path: joinPath(source.path, name), version: version)
        }
        let sqlNames = names.filter { $0.hasSuffix(".sql") && files.kind(of: joinPath(source.path, $0)) == .file }
        switch ordering {
        case .auto, .lexical:
            return (sqlNames.sorted(by: Self.byteOrder).map { file($0, nil) }, notes, .lexical)
        case .supabase:
            // The Supabase CLI reads `<version>_<name>.sql` and applies by version.
            var versioned: [(String, String)] = []
            for name in sqlNames {
                let version = Self.leadingDigits(name)
                if version.isEmpty || !name.dropFirst(version.count).hasPrefix("_") {
                    notes.append(MigrationOrderNote(message: "skipped: Supabase applies only files named <timestamp>_name.sql", location: .file(joinPath(source.path, name))))
                    continue
                }
                versioned.append((version, name))
            }
            versioned.sort { ($0.0.count, $0.0, $0.1) < ($1.0.count, $1.0, $1.1) }
            return (versioned.map { file($0.1, $0.0) }, notes, .supabase)
        case .drizzle:
            let journal = joinPath(source.path, "meta", "_journal.json")
            if files.exists(journal) {
                let tags = try Self.journalTags(files.text(journal), path: journal)
                var result: [MigrationFile] = []
                for tag in tags {
                    let name = tag + ".sql"
                    guard files.exists(joinPath(source.path, name)) else {
                        throw InputError("the drizzle journal lists '\(tag)' but \(name) does not exist", at: .file(journal))
                    }
                    result.append(file(name, tag))
                }
                for name in sqlNames where !tags.contains(String(name.dropLast(4))) {
                    notes.append(MigrationOrderNote(message: "not in meta/_journal.json: drizzle-kit will not apply it", location: .file(joinPath(source.path, name))))
                }
                return (result, notes, .drizzle)
            }
            return (sqlNames.sorted(by: Self.byteOrder).map { file($0, nil) }, notes, .drizzle)
        case .prisma:
            var result: [MigrationFile] = []
            for name in names.sorted(by: Self.byteOrder) where files.exists(joinPath(source.path, name, "migration.sql")) {
                result.append(MigrationFile(project: source.project, path: joinPath(source.path, name, "migration.sql"), version: String(name.prefix { $0 != "_" })))
            }
            return (result, notes, .prisma)
        case .upDown:
            let ups = sqlNames.filter { $0.hasSuffix(".up.sql") }
            return (Self.numericOrder(ups).map { file($0, Self.leadingDigits($0)) }, notes, .upDown)
        case .numbered:
            var numbered: [String] = []
            for name in sqlNames {
                if Self.leadingDigits(name).isEmpty {
                    notes.append(MigrationOrderNote(message: "not numbered: ignored in a numbered migration folder", location: .file(joinPath(source.path, name))))
                } else {
                    numbered.append(name)
                }
            }
            let ordered = Self.numericOrder(numbered)
            var previous: Int?
            for name in ordered {
                guard let number = Int(Self.leadingDigits(name)) else { continue }
                if let previous, number > previous + 1 {
                    notes.append(MigrationOrderNote(message: "numbering skips from \(previous) to \(number)", location: .file(joinPath(source.path, name))))
                } else if let previous, number == previous {
                    notes.append(MigrationOrderNote(message: "two migrations share number \(number)", location: .file(joinPath(source.path, name))))
                }
                previous = number
            }
            return (ordered.map { file($0, Self.leadingDigits($0)) }, notes, .numbered)
        }
    }

    /// Guesses the tool from the folder: a drizzle journal, Prisma folders, `.up.sql` files,
    /// a `supabase/migrations` path, numbered names, else lexical.
    public func detect(_ path: String) -> MigrationOrdering {
        if files.exists(joinPath(path, "meta", "_journal.json")) { return .drizzle }
        let names = files.list(path)
        if names.contains(where: { files.exists(joinPath(path, $0, "migration.sql")) }) { return .prisma }
        let sql = names.filter { $0.hasSuffix(".sql") }
        if sql.contains(where: { $0.hasSuffix(".up.sql") }) { return .upDown }
        if path == "supabase/migrations" || path.hasSuffix("/supabase/migrations") { return .supabase }
        if !sql.isEmpty, sql.allSatisfy({ !Self.leadingDigits($0).isEmpty }) {
            return sql.allSatisfy({ Self.leadingDigits($0).count >= 14 }) ? .supabase : .numbered
        }
        return .lexical
    }

    static func leadingDigits(_ name: String) -> String {
        String(name.prefix { $0.isASCII && $0.isNumber })
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// By the leading number's value, then by name.
    static func numericOrder(_ names: [String]) -> [String] {
        names.sorted { a, b in
            let x = Int(leadingDigits(a)) ?? Int.max, y = Int(leadingDigits(b)) ?? Int.max
            return x != y ? x < y : byteOrder(a, b)
        }
    }

    /// drizzle-kit's journal: `{"entries": [{"idx": 0, "tag": "0000_name", …}]}`, applied by `idx`.
    static func journalTags(_ text: String, path: String) throws(InputError) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let entries = object["entries"] as? [[String: Any]] else {
            throw InputError("not a drizzle journal: expected {\"entries\": [{\"idx\", \"tag\"}, …]}", at: .file(path))
        }
        var tagged: [(Int, String)] = []
        for (position, entry) in entries.enumerated() {
            guard let tag = entry["tag"] as? String else {
                throw InputError("drizzle journal entry \(position) has no \"tag\"", at: .file(path))
            }
            tagged.append(((entry["idx"] as? Int) ?? position, tag))
        }
        return tagged.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
