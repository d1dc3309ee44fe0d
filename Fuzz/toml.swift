import LintConfig

/// fly.toml: the key-position pre-scan (which also refuses what would crash toml++) and then
/// TOMLKit, through `FlyAppConfig.parse`, the one entry point the product uses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "fly.toml") {
        _ = try? FlyAppConfig.parse(text, path: "fly.toml")
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/src/index.ts": Array("const a = process.env.DATABASE_URL;\nconst p = process.env.PORT ?? 3000;\n".utf8),
        "APP/fly.toml": bytes,
    ])
    return 0
}
