/// Reads a project makes without its code naming them: `env("DATABASE_URL")` in its Prisma
/// schema, and the variables of `DependencyEnvTable` read by a dependency it declares.
struct DependencyEnvReads {
    let files: any WorkspaceFiles

    /// The folders whose manifests and Prisma schemas belong to a project: its root, and each
    /// folder from there down to where its `sources` globs start (a project rooted at `.` with
    /// `sources: [apps/worker/src/**]` declares its dependencies in `apps/worker/package.json`).
    static func folders(of project: ProjectConfig) -> [String] {
        var result = [project.root]
        for glob in project.sourceGlobs ?? [] {
            var folder = Glob(glob).baseFolder
            var chain: [String] = []
            while folder != project.root, !folder.isEmpty {
                chain.append(folder)
                folder = WorkspacePath.directory(of: folder)
            }
            result += chain.reversed()
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    /// `env("…")` of the Prisma schemas in those folders: reads of the project; the datasource
    /// `url` is required (no connection without it), the rest optional.
    func prismaReads(_ project: ProjectConfig) -> [EnvReadFact] {
        Self.prismaSchemaPaths(of: project, files: files).flatMap { path -> [EnvReadFact] in
            guard let text = try? files.text(path) else { return [] }
            return PrismaSchemaEnv.reads(in: text, path: path).map { read in
                EnvReadFact(name: read.name, location: read.location, use: read.isDatasourceURL ? .required : .optional,
                            why: read.isDatasourceURL ? "the Prisma datasource url" : "a Prisma setting (migrations and tools)",
                            form: "env(\"\(read.name)\") in the Prisma schema")
            }
        }
    }

    /// The project's Prisma schema files: `schema.prisma`, `prisma/schema.prisma` or
    /// `prisma/schema/*.prisma` in its folders.
    static func prismaSchemaPaths(of project: ProjectConfig, files: any WorkspaceFiles) -> [String] {
        var paths: [String] = []
        for folder in folders(of: project) {
            paths += [joinPath(folder, "schema.prisma"), joinPath(folder, "prisma/schema.prisma")]
            let multiFile = joinPath(folder, "prisma/schema")
            paths += files.list(multiFile).filter { $0.hasSuffix(".prisma") }.map { joinPath(multiFile, $0) }
        }
        return paths.filter { files.kind(of: $0) == .file }
    }

    /// For each name the project supplies or documents and its code does not read, the
    /// declared dependency that reads it, if any: an optional read "by" that dependency.
    func sdkReads(_ project: ProjectConfig, names: Set<String>, alreadyRead: Set<String>) -> [EnvReadFact] {
        let candidates = names.subtracting(alreadyRead)
        guard !candidates.isEmpty else { return [] }
        let declared = DeclaredDependencies.find(in: Self.folders(of: project), files: files)
        return candidates.sorted().compactMap { name in
            for dependency in declared {
                for entry in DependencyEnvTable.entries
                where entry.declares(dependency.name, in: dependency.ecosystem) && entry.reads(name) {
                    return EnvReadFact(name: name, location: dependency.location, use: .optional,
                                       why: "read by \(dependency.name)", form: dependency.name, readBy: dependency.name)
                }
            }
            return nil
        }
    }
}
