/// How a read is used, read off the tokens around it and the first use of the variable it is
/// assigned to — the statement and function are enough to tell "copes when absent" from
/// "fails when absent" in the shapes real code takes (see `EnvReadUse`).
enum JSUseSignal: Equatable {
    /// The code copes; `guards` when the read is a check that protects later reads of the same
    /// name in the function (`if (process.env.X) { … process.env.X … }`).
    case copes(String, guards: Bool)
    /// A throw or exit when it is missing ("throws", "exits"), or an assertion call.
    case fails(String)
    /// `process.env.X!`: the author states it is there.
    case asserted
    case none
}

extension JSEnvReads {
    /// The decision for a read whose expression covers `start..<end`.
    func decide(start: Int, end: Int) -> (use: EnvReadUse, why: String, guards: Bool) {
        let signal = useSignal(start: start, end: end)
        if case .copes(let why, let guards) = signal { return (.optional, why, guards) }
        return decide(signal, in: enclosingFunction(of: start))
    }

    /// A failing, asserted or plain read: needed at start-up at top level, on a path inside a
    /// function.
    func decide(_ signal: JSUseSignal, in function: JSFunction) -> (use: EnvReadUse, why: String, guards: Bool) {
        let top = function.isTopLevel
        switch signal {
        case .copes(let why, let guards):
            return (.optional, why, guards)
        case .fails(let verb):
            return top ? (.required, "\(verb) at start-up without it", true) : (.requiredOnPath, "\(function.label) \(verb) without it", true)
        case .asserted:
            return top ? (.required, "asserted present with `!`", false)
                : (.requiredOnPath, "asserted present with `!` in \(function.label)", false)
        case .none:
            return top ? (.required, "read at start-up without a fallback", false)
                : (.requiredOnPath, "read without a fallback in \(function.label)", false)
        }
    }

    static let comparisons: [StaticString] = ["===", "!==", "==", "!="]

    func isComparison(_ k: Int) -> Bool { Self.comparisons.contains { source.isPunctuator(k, $0) } }

    /// `undefined`, `null`, `void 0` or an empty string: comparing with these is a presence check.
    func isAbsentValue(_ k: Int) -> Bool {
        let s = source
        return s.isIdentifier(k, "undefined") || s.isIdentifier(k, "null") || s.isIdentifier(k, "void") || s.literalValue(k) == ""
    }

    func comparedWith(_ k: Int) -> String {
        let s = source
        guard k >= 0, k < s.tokens.count else { return "compared with a value" }
        if let value = s.literalValue(k) { return "compared with '\(value)'" }
        if s.tokens[k].kind == .number { return "compared with \(s.text(s.tokens[k]))" }
        return "compared with a value"
    }

    /// What the tokens around `start..<end` say. `depth` 1 is the first use of the variable a
    /// read was assigned to (followed once, never further).
    func useSignal(start: Int, end: Int, depth: Int = 0) -> JSUseSignal {
        let s = source
        var j = end
        var asserted = false
        while true {
            if s.isPunctuator(j, "!") {
                asserted = true
                j += 1
            } else if s.isIdentifier(j, "as"), j + 1 < s.tokens.count {
                j += 2
            } else {
                break
            }
        }
        let b = start - 1
        // A negation binds first: `!x || y` tests presence, it does not fall back.
        if s.isPunctuator(b, "!"), !asserted {
            return s.isPunctuator(b - 1, "!") ? .copes("used as a condition", guards: true) : presenceCheck(at: b)
        }
        if s.isPunctuator(j, "??") { return .copes("falls back with `??`", guards: false) }
        if s.isPunctuator(j, "||") { return .copes("falls back with `||`", guards: false) }
        if s.isPunctuator(j, "?.") { return .copes("used with optional chaining", guards: false) }
        if isComparison(j) {
            if isAbsentValue(j + 1) { return presenceCheck(at: start) }
            return .copes(comparedWith(j + 1), guards: false)
        }
        if s.isPunctuator(j, "&&") || s.isPunctuator(j, "?") { return .copes("used as a condition", guards: true) }
        if asserted { return .asserted }
        if s.isIdentifier(b, "typeof") { return presenceCheck(at: b) }
        if isComparison(b) {
            if isAbsentValue(b - 1) { return presenceCheck(at: start) }
            return .copes(comparedWith(b - 1), guards: false)
        }
        if s.isPunctuator(b, "||") || s.isPunctuator(b, "??") { return .copes("an alternative to the value before it", guards: false) }
        if s.isPunctuator(b, "&&") { return .copes("used as a condition", guards: true) }
        if isTernaryBranch(before: start) { return .copes("read on one branch of a conditional", guards: false) }
        if let callee = calleeAcceptingUndefined(argument: start, end: j) {
            return .copes("passed to `\(callee)()`, which accepts undefined", guards: false)
        }
        let open = parent.indices.contains(start) ? parent[start] : -1
        if open >= 0, s.isPunctuator(open, "("), open == b {
            let callee = open - 1
            if partner[open] == j, s.isIdentifier(callee, "if") || s.isIdentifier(callee, "while") || s.isIdentifier(callee, "Boolean") {
                return .copes("used as a condition", guards: true)
            }
            if s.isIdentifier(callee, "assert") || s.isIdentifier(callee, "invariant") || s.isIdentifier(callee, "ok")
                || s.isIdentifier(callee, "assertDefined") {
                return .fails("asserts it and throws")
            }
        }
        if depth == 0, let binding = bindingName(start: start, end: j), let use = firstUse(of: binding, after: j) {
            return useSignal(start: use, end: use + 1, depth: 1)
        }
        return .none
    }

    /// A presence check (`!X`, `X === undefined`, `typeof X`) at `k`: what the `if` it tests does.
    func presenceCheck(at k: Int) -> JSUseSignal {
        var open = parent.indices.contains(k) ? parent[k] : -1
        var hops = 0
        while open >= 0, source.isPunctuator(open, "("), hops < 3 {
            if source.isIdentifier(open - 1, "if"), partner[open] > open { return outcome(ofBodyAfter: partner[open]) }
            open = parent[open]
            hops += 1
        }
        return .copes("checked before use", guards: true)
    }

    /// What the statement after an `if (…)` does first: throw or exit (the variable is needed),
    /// return/continue/break (the code copes), anything else (it copes, after logging).
    func outcome(ofBodyAfter close: Int) -> JSUseSignal {
        let s = source
        let first = close + 1
        let body: Range<Int>
        if s.isPunctuator(first, "{"), partner[first] > first {
            body = (first + 1)..<partner[first]
        } else {
            var end = first
            while end < s.tokens.count, !s.isPunctuator(end, ";"), !isStatementEnd(end) {
                end = partner[end] > end ? partner[end] : end + 1
            }
            body = first..<min(end + 1, s.tokens.count)
        }
        for j in topLevel(body) {
            if s.isIdentifier(j, "throw") { return .fails("throws") }
            if s.isIdentifier(j, "process"), isDot(j + 1), s.isIdentifier(j + 2, "exit") { return .fails("exits") }
            if s.isIdentifier(j, "return") || s.isIdentifier(j, "continue") || s.isIdentifier(j, "break") {
                return .copes("guarded by an early `\(s.text(s.tokens[j]))`", guards: true)
            }
        }
        return .copes("checked before use", guards: true)
    }

    /// The variable a read is assigned to as a whole statement (`const key = process.env.KEY;`,
    /// `const key: string | undefined = …`, `key = …`): the index of its name token.
    func bindingName(start: Int, end: Int) -> Int? {
        let s = source
        guard s.isPunctuator(start - 1, "="), end >= s.tokens.count || s.isPunctuator(end, ";") || s.isPunctuator(end, ",")
                || isStatementEnd(end - 1) else { return nil }
        var k = start - 2
        while k >= 0, k >= start - 12 {
            if s.isIdentifier(k, "const") || s.isIdentifier(k, "let") || s.isIdentifier(k, "var") {
                return s.tokens.indices.contains(k + 1) && s.tokens[k + 1].kind == .identifier ? k + 1 : nil
            }
            if s.isPunctuator(k, ";") || s.isPunctuator(k, "{") || s.isPunctuator(k, "}") { break }
            k -= 1
        }
        let n = start - 2
        if n >= 0, s.tokens[n].kind == .identifier, !isDot(n - 1) { return n }
        return nil
    }

    /// The first later mention of the variable named at `name` in its block, that is not a
    /// property (`x.name`) or an object key (`{ name: … }`).
    func firstUse(of name: Int, after start: Int, scope: Int? = nil) -> Int? {
        let s = source
        let scope = scope ?? parent[name]
        let end = min(scope >= 0 && partner[scope] > scope ? partner[scope] : s.tokens.count, start + 4000)
        let bytes = s.tokens[name].range
        for k in mentions.after(start, spelledLike: name, in: s) {
            guard k < end else { break }
            let token = s.tokens[k]
            if token.range.count == bytes.count, s.bytes[token.range].elementsEqual(s.bytes[bytes]),
               !isDot(k - 1), !s.isPunctuator(k + 1, ":") {
                return k
            }
        }
        return nil
    }

    /// Whether the expression starting at `start` is the second or third operand of `c ? a : b`:
    /// a `?` before it at the same bracket level, with no `,` or `;` between.
    func isTernaryBranch(before start: Int) -> Bool {
        let s = source
        var j = start - 1
        var steps = 0
        while j >= 0, steps < 64 {
            steps += 1
            if partner[j] >= 0, partner[j] < j {
                j = partner[j] - 1
                continue
            }
            if s.isPunctuator(j, "?") { return true }
            if s.isPunctuator(j, ",") || s.isPunctuator(j, ";") || s.isPunctuator(j, "=") || s.isPunctuator(j, "=>")
                || s.isIdentifier(j, "return") || (partner[j] > j) || (s.tokens[j].kind == .punctuator && partner[j] < 0 && parent[start] == j) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// A read passed straight as an argument (`clampInt(process.env.MAX, 1000)`) to a function of
    /// this file whose parameter at that position is optional (`v?: string`, `v: string |
    /// undefined`, or a default): the callee's name.
    func calleeAcceptingUndefined(argument start: Int, end: Int) -> String? {
        let s = source
        let open = parent.indices.contains(start) ? parent[start] : -1
        guard open >= 0, s.isPunctuator(open, "("), partner[open] > open, s.isPunctuator(end, ",") || end == partner[open],
              s.isPunctuator(start - 1, "(") || s.isPunctuator(start - 1, ","), open >= 1, s.tokens[open - 1].kind == .identifier,
              !isDot(open - 2) else { return nil }
        let callee = s.text(s.tokens[open - 1])
        guard let parameters = functionParameters[callee] else { return nil }
        let position = topLevel((open + 1)..<start).filter { s.isPunctuator($0, ",") }.count
        var index = 0
        var k = parameters.lowerBound
        while k < parameters.upperBound {
            if s.isPunctuator(k, ",") {
                index += 1
            } else if index == position {
                if s.isPunctuator(k, "?") || s.isPunctuator(k, "=") || s.isIdentifier(k, "undefined") { return callee }
            } else if index > position {
                break
            }
            k = partner[k] > k ? partner[k] + 1 : k + 1
        }
        return nil
    }
}
