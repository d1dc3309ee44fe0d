import LintConfig

/// dotenv: the input is a project's `.env.example` (python-dotenv semantics, interpolation,
/// escapes, commented keys, the style checks), beside code that reads a few variables.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDotenv(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: ".env.example") {
        let file = DotenvFile.parse(text, path: ".env.example")
        for entry in file.entries { _ = file.entry(named: entry.key) }
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/src/index.ts": Array("const a = process.env.DATABASE_URL;\nconst b = process.env.PORT ?? '3000';\n".utf8),
        "APP/.env.example": bytes,
    ])
    return 0
}
