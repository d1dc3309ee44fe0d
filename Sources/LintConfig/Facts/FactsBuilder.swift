/// Extracts every project's code facts: each TypeScript/JavaScript source file is lexed once
/// and its tokens handed to every extractor in one pass; names are then resolved through the
/// project's constants. Files the lexer cannot finish keep the facts of the part it read (the
/// error is reported); files that look minified or generated are skipped with a note.
public struct FactsBuilder {
    let files: any WorkspaceFiles
    let config: WorkspaceConfig
    public private(set) var errors: [InputError] = []
    public private(set) var notes: [String] = []
    /// Each file is lexed once, however many projects run it (a monorepo's shared packages).
    private var scanCache: [String: JSFileFacts?] = [:]

    /// A file with lines longer than this on average is a bundle, not source someone wrote.
    static let minifiedAverageLine = 1_000
    static let minifiedMinimumBytes = 64 * 1024

    public init(files: any WorkspaceFiles, config: WorkspaceConfig) {
        self.files = files
        self.config = config
    }

    public mutating func codeFacts() -> [Fact] {
        var facts: [Fact] = []
        for project in config.projects {
            var scanned: [JSFileFacts] = []
            let runtime = RuntimeCode(project)
            for path in ProjectSourceFiles.paths(of: project, in: config, files: files) where Self.isScript(path) {
                guard let file = cachedScan(path) else { continue }
                // Tests, mocks and scripts are read for the constants they export (a test's
                // fixtures may import the queue names), but no deploy runs them: their facts
                // are no contract (the env scanner's runtime split).
                var kept = file
                if !runtime.isRuntime(workspacePath: path) { kept.found = [] }
                scanned.append(kept)
            }
            facts += JSFactScan.facts(scanned, project: project.name)
        }
        return facts
    }

    static func isScript(_ path: String) -> Bool {
        let language = SourceLanguage.of(path: path)
        return language == .typescript || language == .javascript
    }

    mutating func cachedScan(_ path: String) -> JSFileFacts? {
        if let known = scanCache[path] { return known }
        let file = scan(path)
        scanCache[path] = .some(file)
        return file
    }

    mutating func scan(_ path: String) -> JSFileFacts? {
        // Over the source limit: generated or vendored; the env scan notes it once
        // (`SourceScanner`), so it is skipped here without a second note.
        if let size = files.size(of: path), size > FileSizeLimit.source.maxBytes { return nil }
        let text: String
        do {
            text = try files.text(path, limit: .source)
        } catch {
            errors.append(error)
            return nil
        }
        if looksMinified(text) {
            notes.append("\(path): skipped, it looks minified or generated")
            return nil
        }
        let (source, failure) = Self.lex(text, path: path)
        if let failure { errors.append(failure) }
        return JSFactScan.scan(source)
    }

    /// The lexer dialect the env scanner uses for the same file, so both read it alike.
    public static func lex(_ text: String, path: String) -> (JSSource, InputError?) {
        let jsx = path.hasSuffix(".tsx") || path.hasSuffix(".jsx") || path.hasSuffix(".js")
        return JSLexer.tokenizePrefix(text, path: path, dialect: jsx ? .jsx : .script)
    }

    func looksMinified(_ text: String) -> Bool {
        let bytes = text.utf8.count
        guard bytes >= Self.minifiedMinimumBytes else { return false }
        var lines = 1
        for byte in text.utf8 where byte == 0x0A { lines += 1 }
        return bytes / lines > Self.minifiedAverageLine
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
