/// How a Python, Ruby or Go read is used: the form's own behaviour (`os.environ["X"]` and
/// `ENV.fetch("X")` raise; `os.getenv`, `ENV["X"]` and `os.Getenv` give None, nil or "") and an
/// explicit guard on the value (`if not x: raise`, `raise … unless x`, `if v == "" {
/// log.Fatal(…) }`), inside the function found from indentation (Python, Ruby) or braces (Go).
/// A failing read is needed at start-up at top level or in `main`/`init`, on a path elsewhere.
struct ScriptFunction {
    var name: String?
    var line: Int
    var isStartUp: Bool
    /// Parameter names, in order.
    var parameters: [String]
    /// Token range of the body (for guards and wrapper bodies).
    var body: Range<Int>

    var label: String { name.map { "`\($0)()`" } ?? "the function at line \(line)" }
}

extension ScriptEnvReads {
    func text(_ k: Int) -> String { String(decoding: bytes[tokens[k].range], as: UTF8.self) }

    func line(_ k: Int) -> Int { tokens[k].location.line }

    /// The first token of `k`'s line.
    func lineStart(_ k: Int) -> Int {
        var j = k
        while j > 0, line(j - 1) == line(k) { j -= 1 }
        return j
    }

    func lineEnd(_ k: Int) -> Int {
        var j = k
        while j + 1 < tokens.count, line(j + 1) == line(k) { j += 1 }
        return j + 1
    }

    func enclosingFunction(of k: Int) -> ScriptFunction {
        let top = ScriptFunction(name: nil, line: 0, isStartUp: true, parameters: [], body: 0..<tokens.count)
        guard k >= 0, k < tokens.count else { return top }
        let found = language == .go ? goFunction(of: k) : indentedFunction(of: k)
        guard var function = found else { return top }
        if function.name == "main" || (language == .go && function.name == "init") { function.isStartUp = true }
        return function
    }

    /// Python and Ruby: the nearest `def` line indented less than every line between it and `k`.
    func indentedFunction(of k: Int) -> ScriptFunction? {
        var limit = tokens[lineStart(k)].location.column
        var j = lineStart(k) - 1
        while j >= 0, limit > 1 {
            let first = lineStart(j)
            let column = tokens[first].location.column
            if column < limit {
                var d = first
                if `is`(d, "async") || `is`(d, "private") || `is`(d, "protected") { d += 1 }
                if `is`(d, "def") {
                    var n = d + 1
                    if `is`(n, "self"), punct(n + 1, ".") { n += 2 }
                    let name = n < tokens.count && tokens[n].kind == .identifier ? text(n) : nil
                    var end = lineEnd(k)
                    while end < tokens.count, tokens[lineStart(end)].location.column > column { end = lineEnd(end) }
                    return ScriptFunction(name: name, line: line(d), isStartUp: false, parameters: parameters(after: n + 1),
                                          body: lineEnd(d)..<end)
                }
                limit = column
            }
            j = first - 1
        }
        return nil
    }

    /// Go: the nearest enclosing `{` whose line starts with `func`.
    func goFunction(of k: Int) -> ScriptFunction? {
        var depth = 0
        var j = k - 1
        while j >= 0 {
            if punct(j, "}") { depth += 1 }
            if punct(j, "{") {
                if depth == 0 {
                    let first = lineStart(j)
                    if `is`(first, "func") {
                        var n = first + 1
                        if punct(n, "(") { n = afterCall(n) }
                        let name = tokens[n].kind == .identifier ? text(n) : nil
                        return ScriptFunction(name: name, line: line(first), isStartUp: false,
                                              parameters: parameters(after: name == nil ? n : n + 1), body: (j + 1)..<matching(j))
                    }
                } else {
                    depth -= 1
                }
            }
            j -= 1
        }
        return nil
    }

    /// The index of the bracket closing the one at `open`.
    func matching(_ open: Int) -> Int {
        var depth = 0
        var k = open
        while k < tokens.count {
            if punct(k, "{") || punct(k, "(") || punct(k, "[") { depth += 1 }
            if punct(k, "}") || punct(k, ")") || punct(k, "]") {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return tokens.count
    }

    /// Parameter names of `(a, b = 1, c string)` starting at `open` (Go's `key, def string` too).
    func parameters(after open: Int) -> [String] {
        guard punct(open, "(") else { return [] }
        let close = matching(open)
        var names: [String] = []
        var atStart = true
        var k = open + 1
        while k < close {
            if punct(k, ",") {
                atStart = true
            } else if atStart, tokens[k].kind == .identifier {
                names.append(text(k))
                atStart = false
            } else if punct(k, "(") || punct(k, "[") || punct(k, "{") {
                k = matching(k)
            }
            k += 1
        }
        return names
    }

    static let failingCalls: [StaticString] = ["raise", "abort", "fail", "exit", "panic", "Fatal", "Fatalf", "Fatalln", "Exit",
                                                "Errorf", "New"]

    /// What a guard body (`start..<end`) does first: fail, return early, or something else.
    func bodyOutcome(_ range: Range<Int>) -> JSUseSignal? {
        for k in range where tokens[k].kind == .identifier {
            if `is`(k, "raise") || `is`(k, "fail") { return .fails("raises") }
            if `is`(k, "abort") || `is`(k, "exit") || `is`(k, "Exit") { return .fails("exits") }
            if `is`(k, "panic") { return .fails("panics") }
            if `is`(k, "Fatal") || `is`(k, "Fatalf") || `is`(k, "Fatalln") { return .fails("exits") }
            if `is`(k, "assert") { return .fails("asserts it and raises") }
            if `is`(k, "return") {
                let rest = k..<lineEnd(k)
                if rest.contains(where: { `is`($0, "Errorf") || `is`($0, "New") || `is`($0, "err") }) {
                    return .fails("returns an error")
                }
                return .copes("guarded by an early `return`", guards: true)
            }
            if `is`(k, "continue") || `is`(k, "next") || `is`(k, "break") {
                return .copes("guarded by an early `\(text(k))`", guards: true)
            }
        }
        return nil
    }

    /// A presence guard on the value bound at `binding` (or on the read itself when nil) after
    /// token `after`, in `function`'s body.
    func guardSignal(binding: Int?, read: Range<Int>, in function: ScriptFunction) -> JSUseSignal? {
        // Ruby: the read's own line, `raise … unless ENV["X"]`, `ENV["X"] || raise(…)`.
        if language == .ruby, let same = rubyGuard(onLineOf: read.lowerBound, mentioning: nil) { return same }
        guard let binding else { return nil }
        let bound = text(binding)
        var k = read.upperBound
        let end = min(function.body.upperBound, tokens.count, k + 600)
        while k < end {
            defer { k += 1 }
            guard tokens[k].kind == .identifier, text(k) == bound, !punct(k - 1, ".") else { continue }
            switch language {
            case .ruby:
                if let signal = rubyGuard(onLineOf: k, mentioning: bound) { return signal }
            case .python, .go:
                // The `if` whose condition holds this mention, up to `:` (Python) or `{` (Go).
                var i = k - 1
                while i >= 0, line(i) == line(k), !`is`(i, "if") { i -= 1 }
                guard i >= 0, `is`(i, "if") else { continue }
                let opener: StaticString = language == .go ? "{" : ":"
                var c = k
                while c < tokens.count, !punct(c, opener) { c += 1 }
                guard c < tokens.count else { continue }
                let condition = i..<c
                // Absence: `not x`, `x is None`, `!ok`, `len(x) == 0`, `x == ""` — not `x == "production"`.
                let absent = condition.contains { j in
                    `is`(j, "not") || `is`(j, "None") || `is`(j, "nil") || punct(j, "!") || `is`(j, "len")
                        || (punct(j, "==") && j + 1 < tokens.count && tokens[j + 1].kind == .string && tokens[j + 1].content.isEmpty)
                }
                guard absent else { return nil }
                let body: Range<Int>
                if language == .go {
                    body = (c + 1)..<matching(c)
                } else if line(c + 1) == line(c) {
                    body = (c + 1)..<lineEnd(c)
                } else {
                    body = (c + 1)..<lineEnd(c + 1)
                }
                return bodyOutcome(body) ?? .copes("checked before use", guards: true)
            default:
                return nil
            }
        }
        return nil
    }

    /// A Ruby line that raises when the value is missing: `raise … unless x`,
    /// `raise … if x.nil?`/`.blank?`, `x || raise(…)`, `x or abort(…)`; `return unless x` copes.
    func rubyGuard(onLineOf k: Int, mentioning name: String?) -> JSUseSignal? {
        let range = lineStart(k)..<lineEnd(k)
        let conditional = range.contains { `is`($0, "unless") || `is`($0, "nil") || `is`($0, "blank") || `is`($0, "empty")
            || punct($0, "||") || `is`($0, "or") || `is`($0, "if") }
        guard conditional else { return nil }
        if range.contains(where: { `is`($0, "raise") || `is`($0, "fail") }) { return .fails("raises") }
        if range.contains(where: { `is`($0, "abort") || `is`($0, "exit") }) { return .fails("exits") }
        if name != nil, range.contains(where: { `is`($0, "return") || `is`($0, "next") }) {
            return .copes("guarded by an early `return`", guards: true)
        }
        return nil
    }

    /// The variable a read is assigned to: `x = …` (Python, Ruby, also `@x`), `x := …`, and
    /// `ok` of `v, ok := os.LookupEnv(…)` (Go).
    func binding(before start: Int) -> Int? {
        guard punct(start - 1, "=") || punct(start - 1, ":=") else { return nil }
        let k = start - 2
        guard k >= 0, tokens[k].kind == .identifier, !punct(k - 1, ".") else { return nil }
        return k
    }

    func decide(_ signal: JSUseSignal, in function: ScriptFunction) -> (EnvReadUse, String) {
        switch signal {
        case .copes(let why, _): return (.optional, why)
        case .fails(let verb):
            return function.isStartUp ? (.required, "\(verb) at start-up without it") : (.requiredOnPath, "\(function.label) \(verb) without it")
        case .asserted, .none:
            return function.isStartUp ? (.required, "read at start-up without a fallback")
                : (.requiredOnPath, "read without a fallback in \(function.label)")
        }
    }
}
