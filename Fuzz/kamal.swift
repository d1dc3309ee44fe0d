import LintConfig

/// YAML (libyaml) + ERB + Kamal: the input is a Kamal `config/deploy.yml`, also read as a
/// destination overlay of itself and as `.kamal/secrets`, so that ERB rendering, the YAML tree,
/// Psych scalar typing, overlay merging, the Kamal model and the secrets parser all see it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKamal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "deploy.yml") {
        if let rendered = try? ERBTemplate.render(text, path: "deploy.yml") {
            _ = rendered.areExclusive(line: 1, line: 2)
        }
        _ = try? YAMLParser(isTemplated: { ERBTemplate.isTemplated($0) }).parse(text, path: "deploy.yml")
        _ = KamalSecretsFile.parse(text, path: ".kamal/secrets")
    }
    FuzzProduct.run([
        "APP/Gemfile": Array("source 'https://rubygems.org'\n".utf8),
        "APP/config/deploy.yml": bytes,
        "APP/config/deploy.staging.yml": bytes,
        "APP/.kamal/secrets": bytes,
        "APP/.kamal/secrets.staging": Array("DATABASE_URL=$(op read x)\nAPI_KEY=x\n".utf8),
    ])
    return 0
}
