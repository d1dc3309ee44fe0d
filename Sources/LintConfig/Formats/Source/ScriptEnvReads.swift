/// Env reads in Python, Ruby, Go and Swift: a handful of call shapes matched on
/// `ScriptLexer` tokens. Each form's own behaviour is explained on `EnvRead`; guards and the
/// enclosing function are read in `ScriptReadUse`, wrappers in `ScriptEnvWrappers`.
struct ScriptEnvReads {
    let tokens: [ScriptLexer.Token]
    let bytes: [UInt8]
    let language: SourceLanguage
    var reads: [EnvRead] = []
    var importsEnviron = false
    var importsGetenv = false
    var wrappers: [String: EnvWrapper] = [:]
    var calls: [EnvWrapperCall] = []
    /// Names bound to `environ.Env(…)` (django-environ).
    var environObjects: Set<String> = []

    static func scan(_ text: String, path: String, language: SourceLanguage) -> EnvSourceScan {
        var extractor = ScriptEnvReads(tokens: ScriptLexer.tokenize(text, path: path, language: language), bytes: Array(text.utf8),
                                       language: language)
        extractor.run()
        if language != .swift { extractor.wrapperCalls() }
        return EnvSourceScan(reads: extractor.reads, wrappers: extractor.wrappers, calls: extractor.calls,
                             imports: extractor.importedNames())
    }

    static func reads(in text: String, path: String, language: SourceLanguage) -> [EnvRead] {
        scan(text, path: path, language: language).resolvedReads(projectWrappers: [:])
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

    /// A read covering tokens `start..<end`: `fixed` when the form decides alone (raises, or has
    /// a default), else a guard on its value decides, else it copes for `absentWhy`.
    mutating func addRead(_ k: Int, _ name: String, start: Int, end: Int, form: EnvReadForm, fixed: JSUseSignal?, absentWhy: String) {
        guard !name.isEmpty else { return }
        let function = enclosingFunction(of: start)
        let signal = fixed ?? guardSignal(binding: binding(before: start), read: start..<end, in: function)
            ?? .copes(absentWhy, guards: false)
        let (use, why) = decide(signal, in: function)
        reads.append(EnvRead(name: name, location: tokens[k].location, use: use, why: why, language: language, form: form))
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
        if djangoEnviron(k) { return }
        // `os.environ…` / `os.getenv(…)`, or the bare names when imported from `os`.
        let base: Int
        if `is`(k, "os"), punct(k + 1, ".") {
            base = k + 2
        } else if (importsEnviron && `is`(k, "environ")) || (importsGetenv && `is`(k, "getenv")) {
            base = k
        } else {
            return
        }
        if `is`(base, "environ"), punct(base + 1, "["), punct(base + 3, "]") {
            if isWrite(base + 4) || `is`(k - 1, "del") { return }
            guard let name = literal(base + 2) else { return wrapperDefinition(argument: base + 2, start: k, end: base + 4, fixed: .fails("raises KeyError")) }
            addRead(base + 2, name, start: k, end: base + 4, form: .pythonEnviron, fixed: .fails("raises KeyError"), absentWhy: "")
        } else if `is`(base, "environ"), punct(base + 1, "."), `is`(base + 2, "get"), punct(base + 3, "(") {
            pythonOptional(argument: base + 4, open: base + 3, start: k, form: .pythonEnvironGet)
        } else if `is`(base, "getenv"), punct(base + 1, "(") {
            pythonOptional(argument: base + 2, open: base + 1, start: k, form: .pythonGetenv)
        }
    }

    /// `os.environ.get(name[, default])` / `os.getenv(…)`: a second argument is a default;
    /// without one the value is None when unset, unless a guard raises.
    mutating func pythonOptional(argument: Int, open: Int, start: Int, form: EnvReadForm) {
        let end = afterCall(open)
        let defaulted = punct(argument + 1, ",")
        let fixed: JSUseSignal? = defaulted ? .copes("has a default", guards: false)
            : (`is`(end, "or") ? .copes("falls back with `or`", guards: false) : nil)
        guard let name = literal(argument) else {
            return wrapperDefinition(argument: argument, start: start, end: end, fixed: fixed)
        }
        addRead(argument, name, start: start, end: end, form: form, fixed: fixed, absentWhy: "None when unset")
    }

    mutating func ruby(_ k: Int) {
        guard `is`(k, "ENV") else { return }
        if punct(k + 1, "["), punct(k + 3, "]") {
            if isWrite(k + 4) { return }
            // `ENV["X"]` is nil when unset: it fails only where a guard raises.
            var fixed: JSUseSignal? = rubyGuard(onLineOf: k, mentioning: nil)
            if fixed == nil, punct(k + 4, "||") || `is`(k + 4, "or") { fixed = .copes("falls back with `\(text(k + 4))`", guards: false) }
            if fixed == nil, punct(k + 4, "&.") || (punct(k + 4, "&") && punct(k + 5, ".")) { fixed = .copes("used with safe navigation", guards: false) }
            guard let name = literal(k + 2) else { return wrapperDefinition(argument: k + 2, start: k, end: k + 4, fixed: fixed) }
            addRead(k + 2, name, start: k, end: k + 4, form: .rubyEnvIndex, fixed: fixed, absentWhy: "nil when unset")
        } else if punct(k + 1, "."), `is`(k + 2, "fetch"), punct(k + 3, "(") {
            // A second argument or a block supplies the default; without one, KeyError.
            let after = afterCall(k + 3)
            let hasDefault = punct(k + 5, ",") || punct(after, "{") || `is`(after, "do")
            let fixed: JSUseSignal = hasDefault ? .copes("has a default", guards: false) : .fails("raises KeyError")
            guard let name = literal(k + 4) else { return wrapperDefinition(argument: k + 4, start: k, end: after, fixed: fixed) }
            addRead(k + 4, name, start: k, end: after, form: .rubyEnvFetch, fixed: fixed, absentWhy: "")
        }
    }

    /// `os.Getenv` gives "" and `os.LookupEnv` ok=false when unset: they fail only where a
    /// guard exits, panics or returns an error.
    mutating func go(_ k: Int) {
        guard `is`(k, "os"), punct(k + 1, "."), punct(k + 3, "("), `is`(k + 2, "Getenv") || `is`(k + 2, "LookupEnv") else { return }
        let form: EnvReadForm = `is`(k + 2, "Getenv") ? .goGetenv : .goLookupEnv
        let end = afterCall(k + 3)
        guard let name = literal(k + 4) else { return wrapperDefinition(argument: k + 4, start: k, end: end, fixed: nil) }
        addRead(k + 4, name, start: k, end: end, form: form, fixed: nil, absentWhy: form == .goGetenv ? "\"\" when unset" : "ok=false when unset")
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
