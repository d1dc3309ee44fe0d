import LintConfig

/// What every fuzz target ends with: the input planted in a small in-memory workspace and sent
/// down the product's whole path — the same calls `check` (every reporter), `manifest`,
/// `schema` and `init --stdout` make — so a crash anywhere from decoding to rendering is found,
/// not only in the front end the target is named after. In memory: no file system, no clean-up.
enum FuzzProduct {
    static func run(_ files: [String: [UInt8]], environment: String? = nil) {
        let workspace = InMemoryWorkspaceFiles(bytes: files)
        if let run = try? Linter.analyse(workspace, options: LintOptions(environment: environment)) {
            let result = Linter.bounded(run.result, by: .default)
            consume(TextReporter(useColor: false).render(result, failOn: .medium))
            consume(TextReporter(useColor: true).render(result, failOn: .medium))
            consume(JSONReporter.render(result, failOn: .medium))
            consume(GitHubReporter.render(result, failOn: .medium))
            consume(LintConfig.Manifest.json(run.model, locations: true).rendered())
        }
        let config = (try? WorkspaceConfigReader.read(workspace)) ?? WorkspaceDiscovery.discover(workspace)
        let databases = WorkspaceDatabases.definitions(config, files: workspace)
        consume(SchemaReport.render(files: workspace, databases: databases).json.rendered())
        consume(WorkspaceConfigWriter.yaml(WorkspaceDiscovery.discover(workspace)))
    }

    /// The fuzzer's bytes as the product would decode them (size, NUL, UTF-8 checks included).
    static func text(_ bytes: [UInt8], path: String) -> String? {
        try? SourceText.decode(bytes, path: path)
    }

    /// Keeps a rendered output alive so that the optimiser cannot drop the work that made it.
    @inline(never) static func consume(_ text: String) {
        if text.utf8.count == Int.max { fatalError("unreachable") }
    }
}

/// libFuzzer hands a raw buffer; the product reads `[UInt8]`.
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Runs once before the first input: the product's one-time work (rule catalogue, embedded
/// schemas, lazily built tables) is done here, so that `-timeout` measures what one input costs.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    FuzzProduct.run([
        "lint-config.yml": Array("environments: [production]\nprojects:\n  - name: app\n    root: APP\n".utf8),
        "APP/package.json": Array("{}\n".utf8),
        "APP/.env.example": Array("A=1\n".utf8),
        "APP/src/index.ts": Array("process.env.A;\n".utf8),
        "APP/config/deploy.yml": Array("service: app\nimage: a/app\nservers: [1.1.1.1]\nenv:\n  secret: [A]\n".utf8),
        "APP/.kamal/secrets": Array("A=$(op read a)\n".utf8),
        "APP/fly.toml": Array("app = 'app'\n".utf8),
        "APP/fly-secrets.production.json": Array("[]\n".utf8),
        "APP/supabase/migrations/1_a.sql": Array("create table a (b int);\n".utf8),
    ])
    return 0
}
