import LintConfig

/// SQL: lexer, statement splitter, DDL/DML parser and schema replay; then the input as a
/// Supabase migration beside code that queries the same database (schema, column rules).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSQL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    if let text = FuzzProduct.text(bytes, path: "m.sql"), let statements = try? SQLParser().parse(text, path: "m.sql") {
        var replay = SchemaReplay()
        replay.apply(statements, project: "APP")
        replay.apply(statements, project: "APP")
    }
    FuzzProduct.run([
        "APP/package.json": Array("{\"name\": \"app\"}\n".utf8),
        "APP/src/jobs.ts": Array("""
            await sql`insert into jobs (id, status) values (${id}, 'queued')`;
            await supabase.from('jobs').select('id').eq('status', 'pending');

            """.utf8),
        "APP/supabase/migrations/20240101000000_init.sql": bytes,
    ])
    return 0
}
