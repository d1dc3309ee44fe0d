/// Env reads in TypeScript/JavaScript, found on the token stream of `JSLexer`, so that text in
/// strings and comments can never look like a read. Direct reads (`process.env.X`,
/// `process.env["X"]`, destructuring, `Bun.env`, `import.meta.env`, `Deno.env.get`) are here;
/// schema reads (zod, t3-env, envalid) are in `JSEnvSchemas`, how each read is used in
/// `JSReadUse`, project functions that wrap `process.env[name]` in `JSEnvWrappers`.
struct JSEnvReads {
    let source: JSSource
    let language: SourceLanguage
    /// For each bracket token, the index of its partner (or -1): computed once, used by every
    /// pattern that needs to skip or walk back over a balanced group.
    let partner: [Int]
    /// For each token, the innermost open bracket around it (or -1 at the top level).
    let parent: [Int]
    let mentions: JSIdentifierMentions
    var reads: [EnvRead] = []
    /// Per read: the function it is in, its name token, and whether it guards later reads.
    var sites: [(body: Int, token: Int, guards: Bool, plain: Bool)] = []
    /// Token ranges whose direct reads are not reported, because a schema already reports
    /// those names (t3-env's `runtimeEnv` only forwards `process.env`).
    var suppressed: [ClosedRange<Int>] = []
    var wrappers: [String: EnvWrapper] = [:]
    var calls: [EnvWrapperCall] = []
    /// The parameter lists of the file's named functions (`function f(…)`, `const f = (…) =>`).
    var functionParameters: [String: Range<Int>] = [:]
    /// Names the code sets itself (`process.env.X = …`), where it sets them.
    var assigned: [Located<String>] = []

    /// One file's reads, the wrappers it defines and the calls that may be wrapper calls (the
    /// wrapper may live in another file of the project).
    static func scan(_ source: JSSource, language: SourceLanguage) -> EnvSourceScan {
        let brackets = Self.brackets(source)
        var extractor = JSEnvReads(source: source, language: language, partner: brackets.partner, parent: brackets.parent,
                                   mentions: JSIdentifierMentions(source))
        extractor.functionParameters = extractor.namedFunctionParameters()
        extractor.schemaReads()
        extractor.directReads()
        extractor.propagateGuards()
        extractor.wrapperCalls()
        return EnvSourceScan(reads: extractor.reads, wrappers: extractor.wrappers, calls: extractor.calls,
                             imports: extractor.importedNames(), assigned: extractor.assigned)
    }

    static func brackets(_ s: JSSource) -> (partner: [Int], parent: [Int]) {
        var partner = Array(repeating: -1, count: s.tokens.count)
        var parent = Array(repeating: -1, count: s.tokens.count)
        var stack: [Int] = []
        for (k, token) in s.tokens.enumerated() {
            parent[k] = stack.last ?? -1
            guard token.kind == .punctuator && token.range.count == 1 else { continue }
            switch s.bytes[token.range.lowerBound] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(k)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let open = stack.popLast() {
                    partner[open] = k
                    partner[k] = open
                    parent[k] = stack.last ?? -1
                }
            default: break
            }
        }
        return (partner, parent)
    }

    func isDot(_ k: Int) -> Bool { source.isPunctuator(k, ".") || source.isPunctuator(k, "?.") }

    mutating func add(_ nameToken: Int, name: String, use: EnvReadUse, why: String, form: EnvReadForm) {
        guard !name.isEmpty else { return }
        reads.append(EnvRead(name: name, location: source.location(nameToken), use: use, why: why,
                             language: language, form: form))
        sites.append((body: -2, token: nameToken, guards: false, plain: false))
    }

    /// A direct read whose expression covers `start..<end`, decided by its use.
    mutating func addUsed(_ nameToken: Int, name: String, start: Int, end: Int, form: EnvReadForm) {
        guard !name.isEmpty else { return }
        let signal = useSignal(start: start, end: end)
        let function = enclosingFunction(of: start)
        let decision = decide(signal, in: function)
        reads.append(EnvRead(name: name, location: source.location(nameToken), use: decision.use, why: decision.why,
                             language: language, form: form))
        sites.append((body: function.body, token: nameToken, guards: decision.guards, plain: signal == .none))
    }

    /// A plain read after a check of the same name in the same function takes the check's
    /// decision: `if (process.env.ID) { return process.env.ID }`, or a throw when missing
    /// followed by the use.
    mutating func propagateGuards() {
        // Checks indexed by function and name: a plain read looks only at the checks of its own
        // name in its own function, so a file of many distinct reads stays linear.
        var checks: [GuardKey: [Int]] = [:]
        for g in reads.indices where sites[g].guards {
            checks[GuardKey(body: sites[g].body, name: reads[g].name), default: []].append(g)
        }
        for i in reads.indices where sites[i].plain {
            guard let candidates = checks[GuardKey(body: sites[i].body, name: reads[i].name)],
                  let g = candidates.last(where: { $0 != i && sites[$0].token < sites[i].token }) else { continue }
            reads[i].use = reads[g].use
            reads[i].why = reads[g].use == .optional ? "guarded by the check on line \(reads[g].location.line)" : reads[g].why
        }
    }

    private struct GuardKey: Hashable {
        var body: Int
        var name: String
    }

    /// If an env object starts at `k` (`process.env`, `Bun.env`, `import.meta.env`), the index
    /// of its `env` token and the form member reads of it take.
    func envObject(at k: Int) -> (end: Int, form: EnvReadForm)? {
        let s = source
        if s.isIdentifier(k, "process") || s.isIdentifier(k, "Bun") {
            // `myprocess` is another identifier; `x.process.env` is someone's property, except
            // on the global object.
            if isDot(k - 1), !(s.isIdentifier(k - 2, "globalThis") || s.isIdentifier(k - 2, "global")) { return nil }
            guard isDot(k + 1), s.isIdentifier(k + 2, "env") else { return nil }
            return (k + 2, s.is(k, "Bun") ? .bunEnv : .processEnvMember)
        }
        if s.isIdentifier(k, "import"), s.isPunctuator(k + 1, "."), s.isIdentifier(k + 2, "meta"), isDot(k + 3), s.isIdentifier(k + 4, "env") {
            return (k + 4, .importMetaEnv)
        }
        return nil
    }

    mutating func directReads() {
        let s = source
        var k = 0
        while k < s.tokens.count {
            defer { k += 1 }
            guard s.tokens[k].kind == .identifier else { continue }
            if suppressed.contains(where: { $0.contains(k) }) { continue }
            if s.isIdentifier(k, "Deno"), isDot(k + 1), s.isIdentifier(k + 2, "env"), isDot(k + 3), s.isIdentifier(k + 4, "get"),
               s.isPunctuator(k + 5, "("), let name = s.literalValue(k + 6) {
                addUsed(k + 6, name: name, start: k, end: partner[k + 5] + 1, form: .denoEnvGet)
                continue
            }
            guard let (end, form) = envObject(at: k) else { continue }
            // `delete process.env.X` and `"X" in process.env` are not reads of a value.
            if s.isIdentifier(k - 1, "delete") || s.isIdentifier(k - 1, "in") { continue }
            if isDot(end + 1), s.tokens.indices.contains(end + 2), s.tokens[end + 2].kind == .identifier {
                let after = end + 3
                if isAssignment(after) {
                    if s.isPunctuator(after, "=") {
                        assigned.append(Located(s.text(s.tokens[end + 2]), at: s.location(end + 2)))
                    }
                    continue
                }
                addUsed(end + 2, name: s.text(s.tokens[end + 2]), start: k, end: after, form: form)
                k = end + 2
            } else if let open = [end + 1, end + 2].first(where: { s.isPunctuator($0, "[") }),
                      open == end + 1 || s.isPunctuator(end + 1, "?."),
                      let name = s.literalValue(open + 1), s.isPunctuator(open + 2, "]") {
                if isAssignment(open + 3) {
                    if s.isPunctuator(open + 3, "=") { assigned.append(Located(name, at: s.location(open + 1))) }
                    continue
                }
                addUsed(open + 1, name: name, start: k, end: open + 3, form: form == .processEnvMember ? .processEnvIndex : form)
                k = open + 2
            } else if let open = [end + 1, end + 2].first(where: { s.isPunctuator($0, "[") }),
                      open == end + 1 || s.isPunctuator(end + 1, "?."),
                      s.tokens.indices.contains(open + 1), s.tokens[open + 1].kind == .identifier, s.isPunctuator(open + 2, "]") {
                if !isAssignment(open + 3) { wrapperDefinition(index: open + 1, start: k, end: open + 3) }
                k = open + 2
            } else if s.isPunctuator(k - 1, "="), s.isPunctuator(k - 2, "}"), partner[k - 2] >= 0 {
                destructuring(open: partner[k - 2], close: k - 2, form: form)
            }
        }
    }

    /// `=`, `??=`, `||=`, `&&=` after a read make it a write.
    func isAssignment(_ k: Int) -> Bool {
        source.isPunctuator(k, "=") || source.isPunctuator(k, "??=") || source.isPunctuator(k, "||=") || source.isPunctuator(k, "&&=")
    }

    /// `const { A, B = "d", C: alias, "D-E": f, ...rest } = process.env`
    /// An entry with a default copes; otherwise the first use of the variable it binds decides.
    mutating func destructuring(open: Int, close: Int, form: EnvReadForm) {
        let function = enclosingFunction(of: open)
        let statementEnd = partner[open] + 3
        for entry in objectEntries(open: open, close: close) {
            let kind = form == .processEnvMember ? .processEnvDestructuring : form
            if topLevel(entry.all).contains(where: { source.isPunctuator($0, "=") }) {
                add(entry.key, name: keyName(entry.key), use: .optional, why: "has a default in the destructuring", form: kind)
                continue
            }
            let binding = entry.value.flatMap { source.tokens[$0.lowerBound].kind == .identifier ? $0.lowerBound : nil } ?? entry.key
            var signal = JSUseSignal.none
            if source.tokens[binding].kind == .identifier, let use = firstUse(of: binding, after: statementEnd, scope: parent[open]) {
                signal = useSignal(start: use, end: use + 1, depth: 1)
            }
            let decision = decide(signal, in: function)
            add(entry.key, name: keyName(entry.key), use: decision.use, why: decision.why, form: kind)
        }
    }

    /// Indices of a token range, stepping over bracketed groups (an `=` inside a call in a
    /// default value is not the entry's own `=`).
    func topLevel(_ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        var j = range.lowerBound
        while j < range.upperBound {
            out.append(j)
            j = partner[j] > j ? partner[j] + 1 : j + 1
        }
        return out
    }

    func keyName(_ k: Int) -> String {
        let token = source.tokens[k]
        return token.kind == .identifier ? source.text(token) : (source.stringValue(token) ?? "")
    }

    struct ObjectEntry {
        /// The key token (identifier or string literal).
        var key: Int
        /// The tokens after `:` up to the entry's end, if there is a `:`.
        var value: Range<Int>?
        /// Every token of the entry.
        var all: Range<Int>
    }

    /// The `key: value` / shorthand entries of an object literal or pattern between `open`
    /// and `close` braces, skipping spreads and computed keys.
    func objectEntries(open: Int, close: Int) -> [ObjectEntry] {
        var entries: [ObjectEntry] = []
        var k = open + 1
        while k < close {
            let start = k
            while k < close, !source.isPunctuator(k, ",") {
                k = partner[k] > k ? partner[k] + 1 : k + 1
            }
            let end = k
            k += 1
            guard start < end else { continue }
            let first = source.tokens[start]
            guard first.kind == .identifier || first.kind == .string || first.kind == .template(.whole) else { continue }
            let value = source.isPunctuator(start + 1, ":") && start + 2 <= end ? (start + 2)..<end : nil
            entries.append(ObjectEntry(key: start, value: value, all: start..<end))
        }
        return entries
    }
}
