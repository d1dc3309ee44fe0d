/// Reads source files and returns every env read in them, choosing the extractor by file
/// extension. Files that cannot be read (too large, not UTF-8, a JS string that never ends)
/// are returned as errors beside the reads of the other files, so one bad file does not hide
/// the rest — the caller decides that input errors fail the run.
public enum SourceScanner {
    public static func envReads(in files: any WorkspaceFiles, paths: [String]) -> (reads: [EnvRead], errors: [InputError]) {
        var reads: [EnvRead] = []
        var errors: [InputError] = []
        for path in paths {
            guard SourceLanguage.of(path: path) != nil else { continue }
            do {
                reads += try envReads(text: files.text(path), path: path)
            } catch {
                errors.append(error)
            }
        }
        return (reads, errors)
    }

    /// The env reads of one file's text; throws for JS/TS text the lexer cannot read.
    public static func envReads(text: String, path: String) throws(InputError) -> [EnvRead] {
        guard let language = SourceLanguage.of(path: path) else { return [] }
        switch language {
        case .typescript, .javascript:
            let jsx = path.hasSuffix(".tsx") || path.hasSuffix(".jsx")
            // `.ts` files may hold old-style `<Type>value` casts but no JSX; `.js` files often
            // hold JSX (React before `.jsx` was the norm), so they get the tolerant dialect too.
            let dialect: JSLexer.Dialect = jsx || path.hasSuffix(".js") ? .jsx : .script
            let source = try JSLexer.tokenize(text, path: path, dialect: dialect)
            return JSEnvReads.reads(in: source, language: language)
        case .python, .ruby, .go, .swift:
            return ScriptEnvReads.reads(in: text, path: path, language: language)
        }
    }
}

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
