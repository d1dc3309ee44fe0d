/// A project's source files, each read and lexed once: the env scan and the fact extractors
/// read the same token stream, in one visit of the file, and keep only what they found (the
/// tokens are dropped before the next file, so memory stays one file's worth).
///
/// The file selection is `ProjectSourceFiles` for both. A file over the source size limit is
/// skipped with one note; a TS/JS file the lexer cannot finish is one error — its env reads
/// are left out (a read after the break cannot be judged), its facts before the break kept; a
/// file that looks minified is read for env reads but not for facts (one note). Facts of files
/// that are not runtime code (tests, mocks, scripts, `RuntimeCode`) are dropped; their
/// constants stay, since runtime code may import them.
struct ProjectCodeScan: Sendable {
    let project: ProjectConfig
    var hasSources = false
    var envScans: [EnvSourceScan] = []
    var fileFacts: [JSFileFacts] = []
    var errors: [InputError] = []
    var notes: [InputNote] = []
    /// Files skipped by the fact extractors, said once each.
    var factNotes: [String] = []

    /// A file with lines longer than this on average is a bundle, not source someone wrote.
    static let minifiedAverageLine = 1_000
    static let minifiedMinimumBytes = 64 * 1024

    /// `cache` keeps each file's scan for the run, so a workspace package several deploys run (a
    /// monorepo's `packages/shared`) is read and lexed once; its errors and notes repeat per
    /// project and are deduplicated by the loader.
    init(_ project: ProjectConfig, config: WorkspaceConfig, files: any WorkspaceFiles, cache: inout CodeScanCache) {
        self.project = project
        let paths = ProjectSourceFiles.paths(of: project, in: config, files: files)
        hasSources = !paths.isEmpty
        let runtime = RuntimeCode(project)
        for path in paths {
            guard let language = SourceLanguage.of(path: path) else { continue }
            let file: ScannedSourceFile
            if let known = cache.files[path] {
                file = known
            } else {
                file = Self.scan(path, language: language, files: files)
                cache.files[path] = file
            }
            if let envScan = file.envScan { envScans.append(envScan) }
            errors += file.errors
            notes += file.notes
            if let note = file.factNote { factNotes.append(note) }
            if var found = file.facts {
                if !runtime.isRuntime(workspacePath: path) { found.found = [] }
                fileFacts.append(found)
            }
        }
    }

    /// One file as every project sees it, before the project's runtime split.
    static func scan(_ path: String, language: SourceLanguage, files: any WorkspaceFiles) -> ScannedSourceFile {
        var file = ScannedSourceFile()
        let bytes: [UInt8]
        switch SourceScanner.read(path, in: files) {
        case .text(let read): bytes = read
        case .skipped(let note):
            file.notes.append(note)
            return file
        case .failed(let error):
            file.errors.append(error)
            return file
        }
        switch language {
        case .typescript, .javascript:
            let (source, failure) = JSLexer.tokenizePrefix(bytes: bytes, path: path,
                                                           dialect: SourceScanner.dialect(of: path))
            if let failure {
                file.errors.append(failure)
            } else {
                file.envScan = SourceScanner.envScan(source, language: language)
            }
            if looksMinified(bytes) {
                file.factNote = "\(path): skipped, it looks minified or generated"
            } else {
                file.facts = JSFactScan.scan(source)
            }
        case .python, .ruby, .go, .swift:
            let text = String(decoding: bytes, as: UTF8.self)
            file.envScan = SourceScanner.envScan(text: text, path: path, language: language)
        }
        return file
    }

    /// The env reads of the project's files, wrapper calls resolved across them.
    var envReads: [EnvRead] { SourceScanner.resolvedReads(envScans) }
    /// Env variables the project's code sets itself (`process.env.X = …`), where.
    var envAssignments: [Located<String>] { envScans.flatMap(\.assigned) }

    static func looksMinified(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= minifiedMinimumBytes else { return false }
        var lines = 1
        for byte in bytes where byte == 0x0A { lines += 1 }
        return bytes.count / lines > minifiedAverageLine
    }
}

/// What one source file gave, kept for the run (`ProjectCodeScan`'s cache).
struct ScannedSourceFile: Sendable {
    var envScan: EnvSourceScan?
    var facts: JSFileFacts?
    var errors: [InputError] = []
    var notes: [InputNote] = []
    var factNote: String?
}

/// The files scanned so far in one run, by workspace path.
struct CodeScanCache: Sendable {
    var files: [String: ScannedSourceFile] = [:]
}
