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
