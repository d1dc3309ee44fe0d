import LintConfig

/// Fly secrets lists: the input is both a saved `fly secrets list` table and its `--json`
/// form, beside a `fly.toml` whose app reads them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFly(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "fly-secrets.txt") {
        _ = try? FlySecretsList.parse(text, path: "fly-secrets.staging.txt")
        _ = try? FlySecretsList.parseJSON(text, path: "fly-secrets.production.json")
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/src/index.ts": Array("const a = process.env.DATABASE_URL;\nconst b = process.env.API_KEY;\n".utf8),
        "APP/fly.toml": Array("app = \"app\"\n[env]\n  PORT = \"8080\"\n".utf8),
        "APP/fly-secrets.staging.txt": bytes,
        "APP/fly-secrets.production.json": bytes,
    ])
    return 0
}
