/// Finds the env example files of a workspace with no configuration: the files that document
/// which variables a project expects (`.env.example` and the names teams use for it).
///
/// A pure function of the file tree, so that `lint-config.yml` can replace it with an explicit
/// list. Real env files (`.env`, `.env.local`) are never read: they hold secret values.
public enum EnvExampleDiscovery {
    /// Folders below the workspace root that are searched: a top-level project folder and four
    /// levels inside it, deep enough for `apps/web/config/` layouts in a monorepo.
    public static let maxDepth = 5

    /// Dependency, build-output and tool folders: their example files belong to other projects.
    static let skippedFolders: Set<String> = ["node_modules", "vendor", "dist", "build"]

    /// Workspace-relative paths, sorted.
    public static func paths(in files: any WorkspaceFiles) -> [String] {
        var found: [String] = []
        walk("", depth: 0, files: files, into: &found)
        return found.sorted()
    }

    private static func walk(_ directory: String, depth: Int, files: any WorkspaceFiles, into found: inout [String]) {
        for name in files.list(directory) {
            let path = joinPath(directory, name)
            switch files.kind(of: path) {
            case .file where isEnvExampleName(name):
                found.append(path)
            case .directory where depth < maxDepth && !name.hasPrefix(".") && !skippedFolders.contains(name):
                walk(path, depth: depth + 1, files: files, into: &found)
            default:
                break
            }
        }
    }

    /// `.env.example`, `.env.sample`, `.env.template`; one more part before or after the
    /// marker (`.env.deploy.example`, `.env.example.local`); and `example.env`.
    public static func isEnvExampleName(_ name: String) -> Bool {
        if name == "example.env" { return true }
        guard name.hasPrefix(".env.") else { return false }
        let parts = name.dropFirst(5).split(separator: ".", omittingEmptySubsequences: false)
        let markers: Set<Substring> = ["example", "sample", "template"]
        switch parts.count {
        case 1: return markers.contains(parts[0])
        case 2: return !parts[0].isEmpty && !parts[1].isEmpty && (markers.contains(parts[0]) || markers.contains(parts[1]))
        default: return false
        }
    }
}
