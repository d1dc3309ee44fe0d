import Testing
@testable import LintConfig

/// One redaction for every output: literals of secret-named columns and secret-shaped values
/// come back as `sha256:` + 8 hex digits, everything else as written.
@Suite struct RedactionTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: String(repeating: "a", count: 1_000)).hasPrefix("41edece4"))
    }

    @Test func aDigestIsThePrefixAndEightHexDigits() {
        #expect(Redaction.digest("abc") == "sha256:ba7816bf")
    }

    @Test(arguments: [
        ("api_key", "anything"), ("password_hash", "x1"), ("note", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("note", "postgres://app:hunter2hunter2@db/app"), ("payload", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"),
    ])
    func secretLiteralsAreDigested(column: String, value: String) {
        #expect(Redaction.literal(value, column: column) == Redaction.digest(value))
    }

    @Test(arguments: [("status", "pending"), ("kind", "gh-apply-job"), ("created_by", "system"), ("api_key", "")])
    func ordinaryLiteralsStay(column: String, value: String) {
        #expect(Redaction.literal(value, column: column) == value)
    }

    @Test func sqlTextRedactsOnlyTheSecretLiterals() {
        let token = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
        #expect(Redaction.sqlText("'\(token)'::text", column: "note") == "'\(Redaction.digest(token))'::text")
        #expect(Redaction.sqlText("'pending'::text", column: "status") == "'pending'::text")
        #expect(Redaction.sqlText("now()", column: "api_key") == "now()")
        #expect(Redaction.sqlText("'it''s'", column: "secret") == "'\(Redaction.digest("it's"))'")
        #expect(Redaction.sqlText("$t$\(token)$t$ || 'a'", column: nil) == "'\(Redaction.digest(token))' || 'a'")
        #expect(Redaction.sqlText("'unclosed", column: "secret") == "'unclosed", "no literal, nothing to judge")
    }

    @Test func scrubReplacesCredentialShapedWordsAndKeepsNames() {
        let url = "postgres://u:PASSWORD1@h/db"
        #expect(Redaction.scrub("Secret 'DATABASE_URL=\(url)' is missing.") == "Secret '\(Redaction.digest("DATABASE_URL=\(url)"))' is missing.")
        #expect(Redaction.scrub("key 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'.") == "key '\(Redaction.digest("sk_live_4eC39HqLyjWDarjtT1zdp7dc"))'.")
        let names = "GH_SERVICE_SECRET is read in VALET/src/supabaseServiceRoleKey2024.ts but not supplied"
        #expect(Redaction.scrub(names) == names)
        #expect(Redaction.scrub("token 9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c") == "token " + Redaction.digest("9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"))
    }

    /// ASCII text is scrubbed on bytes (item 7: 380,000 findings each pass through here); a text
    /// with one non-ASCII character takes the `Character` path. Both must find the same words.
    @Test(arguments: [
        "Secret 'DATABASE_URL=postgres://u:PASSWORD1@h/db' is missing.",
        "key (sk_live_4eC39HqLyjWDarjtT1zdp7dc)... then [9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c]?!",
        "a\r\nb\tsk_live_4eC39HqLyjWDarjtT1zdp7dc,\u{0B}<eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz>",
        "`{ghp_abcdefghijklmnopqrstuvwxyz0123456789}` ... ; : names_only and/paths.ts",
        "sha256:0123abcd stays, \"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==\" goes",
    ])
    func asciiAndCharacterPathsAgree(text: String) {
        #expect(Redaction.scrub(text + " é") == Redaction.scrub(text) + " é")
    }
}

/// Issue 8, item 8: `schema` printed SQL literals verbatim — `insert into api_keys (k) values
/// ('sk_live_…')` came back as `"value": "sk_live_…"`, and so did UPDATE SET, WHERE and DEFAULTs.
@Suite struct SchemaRedactionTests {
    @Test func schemaNeverPrintsSecretLiterals() {
        let live = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
        let migration = """
            create table api_keys (k text, api_secret text default 'hunter2-default', note text default '\(live)x',
              status text default 'active' check (status in ('active', 'revoked')));
            insert into api_keys (k, status) values ('\(live)', 'active');
            update api_keys set api_secret = 'hunter2-update' where k = '\(live)y';
            alter table api_keys alter column api_secret set default 'hunter2-altered';
            create function f() returns void language sql as $$ insert into api_keys (api_secret) values ('hunter2-body') $$;
            """
        let report = SchemaReport.render(
            files: InMemoryWorkspaceFiles(["m/001.sql": migration]),
            databases: [DatabaseDefinition(name: "d", sources: [MigrationSource(project: "p", path: "m", ordering: .lexical)])])
        let text = report.json.rendered()
        #expect(report.errors.isEmpty)
        for secret in [live, "hunter2-default", "hunter2-update", "hunter2-altered", "hunter2-body"] {
            #expect(!text.contains(secret), "\(secret) printed")
        }
        #expect(text.contains(Redaction.digest(live)))
        #expect(text.contains(Redaction.digest("hunter2-update")))
        #expect(text.contains("\"value\": \"active\""), "ordinary values stay readable")
        #expect(text.contains("'active'::text"))
    }
}
