/// Env reads in Python, Ruby, Go and Swift: a handful of call shapes matched on
/// `ScriptLexer` tokens. Which of them count as having a default is decided (and explained) on
/// `EnvRead`.
struct ScriptEnvReads {
    let tokens: [ScriptLexer.Token]
    let bytes: [UInt8]
    let language: SourceLanguage
    var reads: [EnvRead] = []
    var importsEnviron = false
    var importsGetenv = false

    static func reads(in text: String, path: String, language: SourceLanguage) -> [EnvRead] {
        var extractor = ScriptEnvReads(tokens: ScriptLexer.tokenize(text, path: path, language: language), bytes: Array(text.utf8),
                                       language: language)
        extractor.run()
        return extractor.reads
    }

    func `is`(_ k: Int, _ word: StaticString, _ kind: ScriptLexer.Kind = .identifier) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == kind && ASCII.equals(bytes, tokens[k].range, word)
    }

    func punct(_ k: Int, _ word: StaticString) -> Bool { `is`(k, word, .punctuator) }

    /// A plain string literal's content (names never need escapes decoded).
    func literal(_ k: Int) -> String? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .string, tokens[k].plain else { return nil }
        return String(decoding: bytes[tokens[k].content], as: UTF8.self)
    }

    /// The token after the `)` that closes the `(` at `open`.
    func afterCall(_ open: Int) -> Int {
        var depth = 0
        var k = open
        while k < tokens.count {
            if punct(k, "(") { depth += 1 }
            if punct(k, ")") { depth -= 1; if depth == 0 { return k + 1 } }
            k += 1
        }
        return k
    }

    /// `=` (or Ruby's `||=`) after a subscript makes it a write (`os.environ["X"] = …`).
    func isWrite(_ k: Int) -> Bool { punct(k, "=") || (punct(k, "||") && punct(k + 1, "=")) }

    mutating func add(_ k: Int, _ name: String, hasDefault: Bool, form: EnvReadForm) {
        guard !name.isEmpty else { return }
        reads.append(EnvRead(name: name, location: tokens[k].location, hasDefault: hasDefault, language: language, form: form))
    }

    mutating func run() {
        if language == .python { pythonImports() }
        for k in tokens.indices where tokens[k].kind == .identifier && !punct(k - 1, ".") {
            switch language {
            case .python: python(k)
            case .ruby: ruby(k)
            case .go: go(k)
            case .swift: swift(k)
            case .typescript, .javascript: break
            }
        }
    }

    /// `from os import environ, getenv`: those names may then be used without `os.`.
    mutating func pythonImports() {
        for k in tokens.indices where `is`(k, "from") && `is`(k + 1, "os") && `is`(k + 2, "import") {
            var j = k + 3
            let line = tokens[k].location.line
            // One line, or a parenthesised list over several.
            let parenthesised = punct(j, "(")
            while j < tokens.count, parenthesised || tokens[j].location.line == line {
                if `is`(j, "environ") && !`is`(j - 1, "as") { importsEnviron = true }
                if `is`(j, "getenv") && !`is`(j - 1, "as") { importsGetenv = true }
                if punct(j, ")") { break }
                j += 1
            }
        }
    }

    mutating func python(_ k: Int) {
        // `os.environ…` / `os.getenv(…)`, or the bare names when imported from `os`.
        let base: Int
        if `is`(k, "os"), punct(k + 1, ".") {
            base = k + 2
        } else if (importsEnviron && `is`(k, "environ")) || (importsGetenv && `is`(k, "getenv")) {
            base = k
        } else {
            return
        }
        if `is`(base, "environ"), punct(base + 1, "["), let name = literal(base + 2), punct(base + 3, "]") {
            if isWrite(base + 4) || `is`(k - 1, "del") { return }
            add(base + 2, name, hasDefault: false, form: .pythonEnviron)
        } else if `is`(base, "environ"), punct(base + 1, "."), `is`(base + 2, "get"), punct(base + 3, "("), let name = literal(base + 4) {
            add(base + 4, name, hasDefault: true, form: .pythonEnvironGet)
        } else if `is`(base, "getenv"), punct(base + 1, "("), let name = literal(base + 2) {
            add(base + 2, name, hasDefault: true, form: .pythonGetenv)
        }
    }

    mutating func ruby(_ k: Int) {
        guard `is`(k, "ENV") else { return }
        if punct(k + 1, "["), let name = literal(k + 2), punct(k + 3, "]") {
            if isWrite(k + 4) { return }
            add(k + 2, name, hasDefault: punct(k + 4, "||"), form: .rubyEnvIndex)
        } else if punct(k + 1, "."), `is`(k + 2, "fetch"), punct(k + 3, "("), let name = literal(k + 4) {
            // A second argument or a block supplies the default.
            let after = afterCall(k + 3)
            let hasDefault = punct(k + 5, ",") || punct(after, "{") || `is`(after, "do")
            add(k + 4, name, hasDefault: hasDefault, form: .rubyEnvFetch)
        }
    }

    mutating func go(_ k: Int) {
        guard `is`(k, "os"), punct(k + 1, "."), punct(k + 3, "("), let name = literal(k + 4) else { return }
        if `is`(k + 2, "Getenv") {
            add(k + 4, name, hasDefault: true, form: .goGetenv)
        } else if `is`(k + 2, "LookupEnv") {
            add(k + 4, name, hasDefault: true, form: .goLookupEnv)
        }
    }

    mutating func swift(_ k: Int) {
        // Vapor: `Environment.get("X")` returns `String?`, like the subscript below.
        if `is`(k, "Environment"), punct(k + 1, "."), `is`(k + 2, "get"), punct(k + 3, "("), let name = literal(k + 4), punct(k + 5, ")") {
            add(k + 4, name, hasDefault: punct(k + 6, "??"), form: .vaporEnvironmentGet)
            return
        }
        guard `is`(k, "ProcessInfo"), punct(k + 1, "."), `is`(k + 2, "processInfo"), punct(k + 3, "."), `is`(k + 4, "environment"),
              punct(k + 5, "["), let name = literal(k + 6), punct(k + 7, "]") else { return }
        add(k + 6, name, hasDefault: punct(k + 8, "??"), form: .swiftProcessInfo)
    }
}
