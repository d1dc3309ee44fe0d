/// Reads source files and returns every env read in them, choosing the extractor by file
/// extension. Files that cannot be read (too large, not UTF-8, a JS string that never ends)
/// are returned as errors beside the reads of the other files, so one bad file does not hide
/// the rest — the caller decides that input errors fail the run.
///
/// Calls of env wrappers (`required("DATABASE_URL")`) are resolved after every file is read, so
/// a wrapper defined in one file of the project and imported by another counts.
public enum SourceScanner {
    public static func envReads(in files: any WorkspaceFiles, paths: [String]) -> (reads: [EnvRead], errors: [InputError]) {
        var scans: [EnvSourceScan] = []
        var errors: [InputError] = []
        for path in paths {
            guard SourceLanguage.of(path: path) != nil else { continue }
            do {
                scans.append(try scan(text: files.text(path), path: path))
            } catch {
                errors.append(error)
            }
        }
        var wrappers: [String: EnvWrapper] = [:]
        for scan in scans {
            wrappers.merge(scan.wrappers) { first, _ in first }
        }
        return (scans.flatMap { $0.resolvedReads(projectWrappers: wrappers) }, errors)
    }

    /// The env reads of one file's text (wrappers of this file only); throws for JS/TS text the
    /// lexer cannot read.
    public static func envReads(text: String, path: String) throws(InputError) -> [EnvRead] {
        try scan(text: text, path: path).resolvedReads(projectWrappers: [:]).sorted { $0.location < $1.location }
    }

    static func scan(text: String, path: String) throws(InputError) -> EnvSourceScan {
        guard let language = SourceLanguage.of(path: path) else { return EnvSourceScan(reads: [], wrappers: [:], calls: [], imports: [:]) }
        switch language {
        case .typescript, .javascript:
            let jsx = path.hasSuffix(".tsx") || path.hasSuffix(".jsx")
            // `.ts` files may hold old-style `<Type>value` casts but no JSX; `.js` files often
            // hold JSX (React before `.jsx` was the norm), so they get the tolerant dialect too.
            let dialect: JSLexer.Dialect = jsx || path.hasSuffix(".js") ? .jsx : .script
            let source = try JSLexer.tokenize(text, path: path, dialect: dialect)
            return JSEnvReads.scan(source, language: language)
        case .python, .ruby, .go, .swift:
            return ScriptEnvReads.scan(text, path: path, language: language)
        }
    }
}
