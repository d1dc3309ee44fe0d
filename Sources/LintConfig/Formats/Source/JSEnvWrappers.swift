/// Wrapper functions in TypeScript/JavaScript: a function whose first parameter indexes an env
/// object (`process.env[name]`, `Bun.env[name]`, `import.meta.env[name]`), and the calls that
/// pass it a literal name. The wrapper's own body says whether it fails, copes or passes the
/// value through; the call site decides the rest.
extension JSEnvReads {
    /// `process.env[param]` at `start..<end`, with the index identifier at `index`.
    mutating func wrapperDefinition(index: Int, start: Int, end: Int) {
        let s = source
        let function = enclosingFunction(of: start)
        guard let name = function.name, parameterNames(of: function).first == s.text(s.tokens[index]) else { return }
        let behaviour: EnvWrapper.Behaviour
        var signal = useSignal(start: start, end: end)
        // `const v = process.env[name]; switch (name) { case "PORT": return v ? … }; if (!v) throw …`:
        // any use of the value that fails makes the wrapper fail for the other names.
        let failsAlready: Bool
        if case .fails = signal { failsAlready = true } else { failsAlready = false }
        if !failsAlready, let binding = bindingName(start: start, end: end) {
            var from = end
            while let use = firstUse(of: binding, after: from) {
                if case .fails(let verb) = useSignal(start: use, end: use + 1, depth: 1) {
                    signal = .fails(verb)
                    break
                }
                from = use
            }
        }
        switch signal {
        case .fails(let verb):
            behaviour = .fails(verb)
        case .copes(let why, _):
            var j = end
            while s.isPunctuator(j, "!") { j += 1 }
            let fallback = j + 1
            if s.isPunctuator(j, "??") || s.isPunctuator(j, "||"), s.tokens.indices.contains(fallback),
               s.tokens[fallback].kind == .identifier,
               let position = parameterNames(of: function).firstIndex(of: s.text(s.tokens[fallback])) {
                behaviour = .defaultsTo(parameter: position)
            } else {
                behaviour = .copes(why.hasPrefix("falls back") ? "returns a default" : why)
            }
        case .asserted, .none:
            behaviour = .passesThrough
        }
        var handled: Set<String> = []
        if case .fails = behaviour, function.body >= 0, partner[function.body] > function.body {
            for k in function.body..<partner[function.body] where s.isIdentifier(k, "case") {
                if let literal = s.literalValue(k + 1) { handled.insert(literal) }
            }
        }
        wrappers[name] = EnvWrapper(name: name, behaviour: behaviour, handled: handled)
    }

    /// Every `name("VARIABLE", …)` call, decided as a plain read would be, to be resolved once
    /// the wrappers of the project are known.
    mutating func wrapperCalls() {
        let s = source
        for k in s.tokens.indices where s.tokens[k].kind == .identifier && s.isPunctuator(k + 1, "(") {
            guard !isDot(k - 1), !s.isIdentifier(k - 1, "function"), let variable = s.literalValue(k + 2),
                  s.isPunctuator(k + 3, ",") || s.isPunctuator(k + 3, ")"), partner[k + 1] > k + 1,
                  EnvSourceScan.looksLikeVariable(variable) else { continue }
            let callee = s.text(s.tokens[k])
            if Self.blockKeywords.contains(callee) || callee == "require" || callee == "import" { continue }
            let close = partner[k + 1]
            let arguments = topLevel((k + 2)..<close).filter { s.isPunctuator($0, ",") }.count + 1
            let function = enclosingFunction(of: k)
            let decision = decide(useSignal(start: k, end: close + 1), in: function)
            calls.append(EnvWrapperCall(callee: callee, variable: variable, location: s.location(k + 2),
                                        arguments: arguments, asRead: decision.use, asReadWhy: decision.why,
                                        isTopLevel: function.isTopLevel, site: function.label, language: language))
        }
    }

    /// Local name → exported name of `import { a, b as c } from "…"` and
    /// `const { a, b: c } = require("…")`.
    func importedNames() -> [String: String] {
        let s = source
        var names: [String: String] = [:]
        for k in s.tokens.indices where s.isIdentifier(k, "import") || s.isIdentifier(k, "require") {
            let open: Int
            if s.is(k, "import") {
                var j = k + 1
                if s.isIdentifier(j, "type") { continue }
                while j < s.tokens.count, j < k + 4, !s.isPunctuator(j, "{") { j += 1 }
                guard s.isPunctuator(j, "{") else { continue }
                open = j
            } else {
                guard s.isPunctuator(k + 1, "("), s.isPunctuator(k - 1, "="), s.isPunctuator(k - 2, "}"), partner[k - 2] >= 0 else { continue }
                open = partner[k - 2]
            }
            guard partner[open] > open else { continue }
            for entry in objectEntries(open: open, close: partner[open]) where s.tokens[entry.key].kind == .identifier {
                let exported = s.text(s.tokens[entry.key])
                if s.isIdentifier(entry.key + 1, "as"), s.tokens.indices.contains(entry.key + 2) {
                    names[s.text(s.tokens[entry.key + 2])] = exported
                } else if let value = entry.value, s.tokens[value.lowerBound].kind == .identifier {
                    names[s.text(s.tokens[value.lowerBound])] = exported
                } else {
                    names[exported] = exported
                }
            }
        }
        return names
    }
}
