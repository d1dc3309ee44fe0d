/// Finds the source files of a project: every file an extractor reads, below the project
/// root, except dependencies, build output and generated declarations.
public enum SourceDiscovery {
    /// Folders that hold other people's code or build output, never the project's own reads.
    static let skippedFolders: Set<String> = ["node_modules", "dist", "build", "vendor", "out", "coverage", "__pycache__", "Pods"]

    /// Deeper than this is a symlink loop, not a source tree.
    static let maxDepth = 32

    public static func sourceFiles(in files: any WorkspaceFiles, projectRoot: String) -> [String] {
        var found: [String] = []
        var pending = [(projectRoot, 0)]
        while let (directory, depth) = pending.popLast() {
            for name in files.list(directory) {
                let path = joinPath(directory, name)
                switch files.kind(of: path) {
                case .directory:
                    // Dot-folders (.git, .next, .venv, .build…) are tools' state, not source.
                    if name.hasPrefix(".") || skippedFolders.contains(name) || depth >= maxDepth { continue }
                    pending.append((path, depth + 1))
                case .file:
                    if isSourceFile(name) { found.append(path) }
                case .missing:
                    continue
                }
            }
        }
        return found.sorted()
    }

    /// A file an extractor reads: a known extension, not a TypeScript declaration file
    /// (`.d.ts`: types only, no reads) and not a minified bundle.
    static func isSourceFile(_ name: String) -> Bool {
        guard SourceLanguage.of(path: name) != nil else { return false }
        for suffix in [".d.ts", ".d.mts", ".d.cts", ".min.js", ".min.mjs"] where name.hasSuffix(suffix) { return false }
        return true
    }
}
