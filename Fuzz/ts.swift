import LintConfig

/// TypeScript/JavaScript: the lexer (both dialects), env-read extraction with its use analysis,
/// and every fact extractor (headers, routes, queues, storage, SQL in code, drizzle, supabase).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTS(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "index.ts") {
        for dialect in [JSLexer.Dialect.script, .jsx] {
            if let source = try? JSLexer.tokenize(text, path: "index.ts", dialect: dialect) {
                _ = JSFactScan.facts([JSFactScan.scan(source)], project: "APP")
            }
        }
        _ = try? SourceScanner.envReads(text: text, path: "index.ts")
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/.env.example": Array("DATABASE_URL=postgres://localhost/app\nPORT=3000\n".utf8),
        "APP/src/index.ts": bytes,
        "WORKER/package.json": Array("{\"name\": \"worker\"}\n".utf8),
        "WORKER/src/main.ts": Array("boss.work('jobs', handle);\napp.post('/callback', h);\n".utf8),
    ])
    return 0
}
