/// Resolves every project's code facts: the fact extractors ran over each TypeScript/JavaScript
/// file's tokens when `ProjectCodeScan` read it (one lex per file, shared with the env scan);
/// here names are resolved through the project's constants. Files the lexer cannot finish keep
/// the facts of the part it read; files that look minified or generated are skipped with a note.
public struct FactsBuilder {
    public private(set) var notes: [String] = []

    public init() {}

    /// `files` gives each project's Prisma schema: its models are facts of the project (an ORM
    /// mirror) and name the tables and columns its Prisma client calls reach.
    mutating func codeFacts(_ code: [ProjectCodeScan], files: any WorkspaceFiles) -> [Fact] {
        var facts: [Fact] = []
        for project in code {
            notes += project.factNotes
            let schemaPaths = DependencyEnvReads.prismaSchemaPaths(of: project.project, files: files)
            let schemaFiles = schemaPaths.compactMap { path in
                (try? files.text(path)).map { (text: $0, path: path) }
            }
            let prisma = PrismaSchema.parse(schemaFiles)
            facts += PrismaFacts.facts(prisma, project: project.project.name)
            facts += JSFactScan.facts(project.fileFacts, project: project.project.name,
                                      external: PrismaFacts.constants(prisma))
        }
        return facts
    }

    /// The lexer dialect the env scanner uses for the same file, so both read it alike.
    public static func lex(_ text: String, path: String) -> (JSSource, InputError?) {
        JSLexer.tokenizePrefix(text, path: path, dialect: SourceScanner.dialect(of: path))
    }
}

/// A project's source files: its `sources` globs, or every source file below its root, leaving
/// files of projects nested below it to those projects. A glob may reach outside the root
/// (`../../packages/db/src/**`, a workspace package the app runs): those files are walked from
/// the glob's fixed folder and kept even when another project owns them, since the user named them.
public enum ProjectSourceFiles {
    public static func paths(of project: ProjectConfig, in config: WorkspaceConfig, files: any WorkspaceFiles) -> [String] {
        let others = config.projects.map(\.root).filter { $0 != project.root && (project.root.isEmpty || $0.hasPrefix(project.root + "/")) }
        let all = SourceDiscovery.sourceFiles(in: files, projectRoot: project.root).filter { path in
            !others.contains { !$0.isEmpty && path.hasPrefix($0 + "/") }
        }
        guard let globs = project.sourceGlobs?.map(Glob.init) else { return all }
        var candidates = Set(all)
        for glob in globs {
            let base = glob.baseFolder
            let insideRoot = project.root.isEmpty || base == project.root || base.hasPrefix(project.root + "/")
            if !insideRoot { candidates.formUnion(SourceDiscovery.sourceFiles(in: files, projectRoot: base)) }
        }
        return candidates.filter { path in globs.contains { $0.matches(path) } }.sorted()
    }
}
