/// Finds the env reads of source files, choosing the extractor by language (`ProjectCodeScan`
/// reads the files and shares the TS/JS tokens with the fact extractors). A file over the source
/// size limit is skipped with a note (`skipped`): nobody writes 8 MB of source by hand, so it is
/// a generated, minified or vendored file whose env reads are not the project's contract.
///
/// Calls of env wrappers (`required("DATABASE_URL")`) are resolved after every file is read, so
/// a wrapper defined in one file of the project and imported by another counts.
public enum SourceScanner {
    public struct Scan: Sendable {
        public var reads: [EnvRead] = []
        public var errors: [InputError] = []
        public var notes: [InputNote] = []
    }

    /// The env reads of `paths` alone, wrappers resolved across them (the lint run reads files
    /// through `ProjectCodeScan`, which shares the tokens with the fact extractors).
    public static func envReads(in files: any WorkspaceFiles, paths: [String]) -> Scan {
        var scans: [EnvSourceScan] = []
        var scan = Scan()
        for path in paths where SourceLanguage.of(path: path) != nil {
            switch read(path, in: files) {
            case .skipped(let note): scan.notes.append(note)
            case .failed(let error): scan.errors.append(error)
            case .text(let bytes):
                do {
                    scans.append(try Self.scan(bytes: bytes, path: path))
                } catch {
                    scan.errors.append(error)
                }
            }
        }
        scan.reads = resolvedReads(scans)
        return scan
    }

    /// The reads of a project's file scans, calls of wrappers defined in any of them resolved.
    static func resolvedReads(_ scans: [EnvSourceScan]) -> [EnvRead] {
        var wrappers: [String: EnvWrapper] = [:]
        for fileScan in scans {
            wrappers.merge(fileScan.wrappers) { first, _ in first }
        }
        return scans.flatMap { $0.resolvedReads(projectWrappers: wrappers) }
    }

    /// The lexer dialect of a TS/JS file: `.ts` files may hold old-style `<Type>value` casts but
    /// no JSX; `.js` files often hold JSX (React before `.jsx` was the norm), so they get the
    /// tolerant dialect too.
    public static func dialect(of path: String) -> JSLexer.Dialect {
        path.hasSuffix(".tsx") || path.hasSuffix(".jsx") || path.hasSuffix(".js") ? .jsx : .script
    }

    /// The env reads of one lexed TS/JS file (the token stream the fact extractors read too).
    static func envScan(_ source: JSSource, language: SourceLanguage) -> EnvSourceScan {
        JSEnvReads.scan(source, language: language)
    }

    /// The env reads of one Python, Ruby, Go or Swift file.
    static func envScan(text: String, path: String, language: SourceLanguage) -> EnvSourceScan {
        ScriptEnvReads.scan(text, path: path, language: language)
    }

    /// A source file's text as checked bytes (`SourceText.checkedBytes`: the lexers read bytes,
    /// so a TS/JS file never becomes a `String`), or why it is not scanned: over the source size
    /// limit (a note), or unreadable (an error).
    enum FileRead {
        case text([UInt8])
        case skipped(InputNote)
        case failed(InputError)
    }

    static func read(_ path: String, in files: any WorkspaceFiles) -> FileRead {
        if let size = files.size(of: path), size > FileSizeLimit.source.maxBytes {
            return .skipped(skipped(path, size: size))
        }
        do {
            return .text(try SourceText.checkedBytes(files.read(path, limit: .source), path: path, limit: .source))
        } catch {
            return .failed(error)
        }
    }

    static func skipped(_ path: String, size: Int) -> InputNote {
        let (size, limit) = FileSizeLimit.source.sizeAndLimit(size)
        return InputNote("not scanned: \(size) is over the \(limit) limit for source files, so it is taken to be "
                         + "generated, minified or vendored", at: .file(path))
    }

    /// The env reads of one file's text (wrappers of this file only); throws for JS/TS text the
    /// lexer cannot read.
    public static func envReads(text: String, path: String) throws(InputError) -> [EnvRead] {
        try scan(text: text, path: path).resolvedReads(projectWrappers: [:]).sorted { $0.location < $1.location }
    }

    /// The same for a file's checked bytes: TS/JS is lexed from them as they are.
    static func scan(bytes: [UInt8], path: String) throws(InputError) -> EnvSourceScan {
        guard let language = SourceLanguage.of(path: path), language == .typescript || language == .javascript else {
            return try scan(text: String(decoding: bytes, as: UTF8.self), path: path)
        }
        let (source, failure) = JSLexer.tokenizePrefix(bytes: bytes, path: path, dialect: dialect(of: path))
        if let failure { throw failure }
        return envScan(source, language: language)
    }

    static func scan(text: String, path: String) throws(InputError) -> EnvSourceScan {
        guard let language = SourceLanguage.of(path: path) else { return EnvSourceScan(reads: [], wrappers: [:], calls: [], imports: [:]) }
        switch language {
        case .typescript, .javascript:
            return envScan(try JSLexer.tokenize(text, path: path, dialect: dialect(of: path)), language: language)
        case .python, .ruby, .go, .swift:
            return ScriptEnvReads.scan(text, path: path, language: language)
        }
    }
}
