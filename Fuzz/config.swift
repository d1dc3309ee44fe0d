import LintConfig

/// lint-config.yml: schema validation, projects, environments, destinations, databases — the
/// input is the workspace's config over a small two-project workspace it may name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    FuzzProduct.run([
        "lint-config.yml": bytes,
        "VALET/package.json": Array("{\"name\": \"valet\"}\n".utf8),
        "VALET/.env.example": Array("API_URL=http://localhost\n".utf8),
        "VALET/src/index.ts": Array("const u = process.env.API_URL;\n".utf8),
        "VALET/fly.toml": Array("app = \"valet\"\n".utf8),
        "ATM/Gemfile": Array("source 'https://rubygems.org'\n".utf8),
        "ATM/config/deploy.yml": Array("service: gh\nimage: acme/gh\nservers: [10.0.0.1]\nenv:\n  secret: [API_KEY]\n".utf8),
        "ATM/.kamal/secrets": Array("API_KEY=$(op read key)\n".utf8),
        "GH/package.json": Array("{\"name\": \"gh\"}\n".utf8),
        "GH/supabase/migrations/20240101000000_init.sql": Array("create table jobs (id int primary key, status text not null);\n".utf8),
    ])
    return 0
}
