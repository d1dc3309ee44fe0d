import Foundation

/// A JavaScript monorepo: a root whose package manager declares member packages —
/// `pnpm-workspace.yaml` `packages:`, or `workspaces` in `package.json` (npm, yarn, bun; an array
/// or `{packages: […]}`); a `turbo.json` without either runs over `apps/*` and `packages/*`.
/// Each member is a folder with its own `package.json`: in zero-config discovery each is a
/// project of its own, so an API, its worker and its front end are judged apart.
public struct JSWorkspace: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        /// Workspace-relative folder.
        public var root: String
        /// `name` in its `package.json` (with its npm scope).
        public var packageName: String?
        /// Names of the packages it depends on (`dependencies`, `devDependencies` excluded: they
        /// are not in the deployed image), for the members among them.
        public var dependencies: [String]
    }

    /// Workspace-relative folder of the root `package.json` ("" for the workspace root).
    public var root: String
    public var members: [Member]

    /// Folders never searched for members: installed packages and build output.
    static let skipped: Set<String> = ["node_modules", "dist", "build", ".git", ".next", ".turbo"]

    /// The workspace rooted at `root`, or nil when `root` declares no member.
    public static func find(at root: String, files: any WorkspaceFiles) -> JSWorkspace? {
        let patterns = memberPatterns(at: root, files: files)
        guard !patterns.isEmpty else { return nil }
        let excluded = patterns.filter { $0.hasPrefix("!") }.map { Glob(joinPath(root, String($0.dropFirst()))) }
        var roots = Set<String>()
        for pattern in patterns where !pattern.hasPrefix("!") {
            for folder in expand(pattern, under: root, files: files) {
                if !excluded.contains(where: { $0.matches(folder) }) { roots.insert(folder) }
            }
        }
        roots.remove(root)
        let members = roots.sorted().map { folder -> Member in
            let manifest = packageManifest(joinPath(folder, "package.json"), files: files)
            let dependencies = (manifest?["dependencies"] as? [String: Any]).map { Array($0.keys).sorted() } ?? []
            return Member(root: folder, packageName: manifest?["name"] as? String, dependencies: dependencies)
        }
        return members.isEmpty ? nil : JSWorkspace(root: root, members: members)
    }

    /// The member patterns a root declares, as written (`apps/*`, `!packages/internal`).
    static func memberPatterns(at root: String, files: any WorkspaceFiles) -> [String] {
        if let text = try? files.text(joinPath(root, "pnpm-workspace.yaml")),
           let stream = try? YAMLParser().parse(text, path: joinPath(root, "pnpm-workspace.yaml")),
           let packages = stream.root?["packages"]?.sequence {
            return packages.compactMap(\.string)
        }
        if let manifest = packageManifest(joinPath(root, "package.json"), files: files) {
            if let list = manifest["workspaces"] as? [String] { return list }
            if let object = manifest["workspaces"] as? [String: Any], let list = object["packages"] as? [String] {
                return list
            }
        }
        if files.kind(of: joinPath(root, "turbo.json")) == .file { return ["apps/*", "packages/*"] }
        return []
    }

    /// The folders with a `package.json` that one pattern names: `apps/web`, `apps/*`,
    /// `packages/**` (any depth, bounded).
    static func expand(_ pattern: String, under root: String, files: any WorkspaceFiles) -> [String] {
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty, !trimmed.contains(".."),
              let full = WorkspacePath.normalise(joinPath(root, String(trimmed))) else {
            return []
        }
        let glob = Glob(full)
        let recursive = full.contains("**")
        var found: [String] = []
        var pending = [(glob.baseFolder, 0)]
        let baseDepth = glob.baseFolder.split(separator: "/").count
        let patternDepth = full.split(separator: "/").count
        while let (folder, depth) = pending.popLast() {
            if glob.matches(folder), files.kind(of: joinPath(folder, "package.json")) == .file { found.append(folder) }
            guard recursive ? depth < 4 : baseDepth + depth < patternDepth else { continue }
            for name in files.list(folder) where !skipped.contains(name) && !name.hasPrefix(".") {
                let path = joinPath(folder, name)
                if files.kind(of: path) == .directory { pending.append((path, depth + 1)) }
            }
        }
        return found
    }

    static func packageManifest(_ path: String, files: any WorkspaceFiles) -> [String: Any]? {
        guard let text = try? files.text(path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// The members `member` runs: the workspace packages among its dependencies, and theirs,
    /// in workspace order. A deploy of `member` runs their code too.
    public func packages(runBy member: Member) -> [Member] {
        var byName: [String: Member] = [:]
        for candidate in members { if let name = candidate.packageName { byName[name] = candidate } }
        var seen: Set<String> = [member.root]
        var pending = member.dependencies
        var found: [Member] = []
        while let name = pending.popLast() {
            guard let dependency = byName[name], seen.insert(dependency.root).inserted else { continue }
            found.append(dependency)
            pending += dependency.dependencies
        }
        return found.sorted { $0.root < $1.root }
    }
}
