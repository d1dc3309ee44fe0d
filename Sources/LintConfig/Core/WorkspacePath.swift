/// Paths in `lint-config.yml` are relative to the workspace root and must stay inside it: a
/// config must not make the linter read `/etc` or a neighbour's checkout.
public enum WorkspacePath {
    /// `a/./b/../c` → `a/c`; nil when the path is absolute or climbs out of the root.
    public static func normalise(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// A path written relative to a folder of the workspace (a project root), resolved to a
    /// workspace-relative path; nil when the *resolved* path is absolute or outside the workspace.
    /// `../../.env.example` from `apps/api` is `.env.example`: what counts is where it lands,
    /// not how many `..` it takes to get there.
    public static func resolve(_ path: String, from folder: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
        return normalise(folder.isEmpty ? path : folder + "/" + path)
    }

    /// The folder part of a path ("" for a top-level file).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
