/// Env reads declared as schemas: each key of the schema object is a variable the program
/// reads at start-up, required unless the schema gives it a way to be absent.
///
/// - zod: a `z.object({…})` (also `strictObject`, `looseObject`, and `.extend({…})` in the
///   chain) whose result is `.parse(process.env)` / `.safeParse(process.env)` (or the async
///   forms), written inline or through a variable assigned in the same file.
/// - t3-env: `createEnv({ server: {…}, client: {…}, shared: {…}, runtimeEnv: {…} })`;
///   `runtimeEnv` only forwards `process.env.X` to the schema, so its reads are not reported twice.
/// - envalid: `cleanEnv(process.env, {…})`, inline or through a variable.
extension JSEnvReads {
    mutating func schemaReads() {
        let s = source
        // Most files have no schema: find the calls first, without allocating, and index the
        // file's assignments (which costs a string per assignment) only when one is there.
        let calls = s.tokens.indices.filter { k in
            s.tokens[k].kind == .identifier && (s.is(k, "createEnv") || s.is(k, "cleanEnv") || isParseCall(k))
        }
        guard !calls.isEmpty else { return }
        var declarations: [String: Int] = [:]
        for k in s.tokens.indices where s.tokens[k].kind == .identifier && s.isPunctuator(k + 1, "=") && k + 2 < s.tokens.count {
            declarations[s.text(s.tokens[k])] = k + 2
        }
        for k in calls {
            if s.is(k, "createEnv"), s.isPunctuator(k + 1, "("), s.isPunctuator(k + 2, "{"), partner[k + 2] > k + 2 {
                t3Env(open: k + 2)
            } else if s.is(k, "cleanEnv"), s.isPunctuator(k + 1, "("), isProcessEnv(k + 2), s.isPunctuator(k + 5, ",") {
                if let open = objectLiteral(at: k + 6, declarations: declarations) {
                    for entry in objectEntries(open: open, close: partner[open]) {
                        let hasDefault = entry.all.contains { j in
                            (s.isIdentifier(j, "default") || s.isIdentifier(j, "devDefault")) && s.isPunctuator(j + 1, ":")
                        }
                        add(entry.key, name: keyName(entry.key), use: hasDefault ? .optional : .required,
                            why: hasDefault ? "has a default in the envalid schema" : "a required field of the envalid schema", form: .envalid)
                    }
                }
            } else if isParseCall(k), isDot(k - 1) {
                for open in zodObjects(endingAt: k - 2, declarations: declarations) {
                    zodEntries(open: open, form: .zodSchema)
                }
            }
        }
    }

    /// `process.env` starting at `k`, alone (not `process.env.X`).
    func isProcessEnv(_ k: Int) -> Bool {
        source.isIdentifier(k, "process") && isDot(k + 1) && source.isIdentifier(k + 2, "env") && !isDot(k + 3) && !source.isPunctuator(k + 3, "[")
    }

    /// `parse(process.env)` and its safe/async forms at `k`.
    func isParseCall(_ k: Int) -> Bool {
        let s = source
        guard s.is(k, "parse") || s.is(k, "safeParse") || s.is(k, "parseAsync") || s.is(k, "safeParseAsync") else { return false }
        return s.isPunctuator(k + 1, "(") && isProcessEnv(k + 2) && s.isPunctuator(k + 5, ")")
    }

    /// The `{` of an object literal at `k`, or of the one a variable named at `k` was assigned.
    func objectLiteral(at k: Int, declarations: [String: Int]) -> Int? {
        let s = source
        if s.isPunctuator(k, "{"), partner[k] > k { return k }
        if k < s.tokens.count, s.tokens[k].kind == .identifier, let value = declarations[s.text(s.tokens[k])],
           s.isPunctuator(value, "{"), partner[value] > value {
            return value
        }
        return nil
    }

    /// Walks back along a call chain ending at `k` (`…).strict()`, `schema`, `base.extend({…})`)
    /// and returns the `{` of every zod object literal in it.
    func zodObjects(endingAt end: Int, declarations: [String: Int]) -> [Int] {
        let s = source
        var objects: [Int] = []
        var k = end
        var visited = Set<String>()
        while k >= 0 {
            if s.isPunctuator(k, ")"), partner[k] >= 0 {
                let open = partner[k]
                let method = open - 1
                guard method >= 0, s.tokens[method].kind == .identifier else { break }
                let isObject = s.is(method, "object") || s.is(method, "strictObject") || s.is(method, "looseObject")
                if (isObject || s.is(method, "extend")), s.isPunctuator(open + 1, "{"), partner[open + 1] > open + 1 {
                    objects.append(open + 1)
                }
                if isObject, isDot(method - 1), s.isIdentifier(method - 2, "z") { break }
                guard isDot(method - 1) else { break }
                k = method - 2
            } else if s.tokens[k].kind == .identifier {
                let name = s.text(s.tokens[k])
                // A variable: continue from the expression it was assigned (once, no cycles).
                guard !isDot(k - 1), visited.insert(name).inserted, let value = declarations[name] else { break }
                var j = value
                while true {
                    let last = partner[j] > j ? partner[j] : j
                    if isStatementEnd(last) { j = last; break }
                    j = last + 1
                }
                k = j
            } else {
                break
            }
        }
        return objects
    }

    /// Whether the expression ends after token `j`: at `;`, a closing bracket, the end of the
    /// file, or — without semicolons — a token on a later line that cannot continue it (only
    /// `.`, `?.` and operators continue an expression across a line break).
    func isStatementEnd(_ j: Int) -> Bool {
        let s = source
        guard j + 1 < s.tokens.count else { return true }
        let next = s.tokens[j + 1]
        if next.kind == .punctuator, next.range.count == 1 {
            switch s.bytes[next.range.lowerBound] {
            case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
            default: break
            }
        }
        guard next.line > s.tokens[j].line else { return false }
        if isDot(j + 1) { return false }
        if next.kind == .punctuator, next.range.count == 1 {
            switch s.bytes[next.range.lowerBound] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return true
            default: return false
            }
        }
        return next.kind != .punctuator
    }

    mutating func zodEntries(open: Int, form: EnvReadForm) {
        let s = source
        for entry in objectEntries(open: open, close: partner[open]) {
            let hasDefault = entry.all.contains { j in
                isDot(j - 1) && (s.isIdentifier(j, "optional") || s.isIdentifier(j, "default") || s.isIdentifier(j, "nullish")
                                 || s.isIdentifier(j, "catch"))
            }
            let schema = form == .t3Env ? "t3-env schema" : "zod schema"
            add(entry.key, name: keyName(entry.key), use: hasDefault ? .optional : .required,
                why: hasDefault ? "optional or defaulted in the \(schema)" : "a required field of the \(schema)", form: form)
        }
    }

    mutating func t3Env(open: Int) {
        let s = source
        for entry in objectEntries(open: open, close: partner[open]) {
            guard let value = entry.value, s.isPunctuator(value.lowerBound, "{"), partner[value.lowerBound] > value.lowerBound else { continue }
            let section = keyName(entry.key)
            if section == "server" || section == "client" || section == "shared" {
                zodEntries(open: value.lowerBound, form: .t3Env)
            } else if section == "runtimeEnv" || section == "experimental__runtimeEnv" {
                suppressed.append(value.lowerBound...partner[value.lowerBound])
            }
        }
    }
}
