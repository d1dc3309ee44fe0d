import LintConfig

/// TOML: our reader on its own (`TOMLDocument.parse`, every value and location), then as the
/// product reads a fly.toml (`FlyAppConfig.parse`), then the whole product.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "fly.toml") {
        if let table = try? TOMLDocument.parse(text, path: "fly.toml") { FuzzProduct.consume(String(nodes(table))) }
        _ = try? FlyAppConfig.parse(text, path: "fly.toml")
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/src/index.ts": Array("const a = process.env.DATABASE_URL;\nconst p = process.env.PORT ?? 3000;\n".utf8),
        "APP/fly.toml": bytes,
    ])
    return 0
}

/// Visits every value of a document (with an explicit stack: the reader bounds nesting, the
/// harness should not rely on it) and adds up what it finds, so that nothing read is dead code.
private func nodes(_ table: TOMLTable) -> Int {
    var count = 0
    var pending = table.entries.map(\.value)
    while let value = pending.popLast() {
        count += value.location.line
        if let array = value.array { pending += array }
        if let inner = value.table { pending += inner.entries.map(\.value) }
    }
    return count
}
