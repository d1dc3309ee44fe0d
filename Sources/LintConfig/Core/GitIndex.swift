import Foundation

/// What a repository's index holds: each staged path with its mode and blob. The snapshot the
/// next commit records, read with `git ls-files --stage -z` (paths relative to the top folder).
public struct GitIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        /// Octal mode as git prints it: `100644`, `100755`, `120000` (a link), `160000` (a submodule).
        public var mode: String
        public var blob: String

        public var isLink: Bool { mode == "120000" }
        public var isSubmodule: Bool { mode == "160000" }
    }

    /// Top-folder-relative path → entry. A path in conflict (stages 1–3) keeps its first stage.
    public var entries: [String: Entry]

    public init(entries: [String: Entry]) { self.entries = entries }

    public static func read(repository: URL) throws(UsageError) -> GitIndex {
        var entries: [String: Entry] = [:]
        for record in GitCommand.fields(try GitCommand.run(["ls-files", "--stage", "-z"], in: repository)) {
            // `<mode> <blob> <stage>\t<path>`
            guard let tab = record.firstIndex(of: "\t") else { continue }
            let fields = record[..<tab].split(separator: " ")
            guard fields.count == 3 else { continue }
            let path = String(record[record.index(after: tab)...])
            if entries[path] == nil { entries[path] = Entry(mode: String(fields[0]), blob: String(fields[1])) }
        }
        return GitIndex(entries: entries)
    }

    /// Paths whose staged content differs from `HEAD` (added, modified, deleted; renames as a
    /// deletion and an addition), relative to the top folder. In a repository without a commit
    /// git compares with the empty tree, so every staged path counts.
    public static func stagedPaths(repository: URL) throws(UsageError) -> [String] {
        GitCommand.fields(try GitCommand.run(["diff", "--cached", "--name-only", "--no-renames", "-z"], in: repository))
    }
}
