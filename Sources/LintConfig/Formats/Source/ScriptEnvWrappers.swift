/// Wrappers in Python, Ruby and Go: a function whose first parameter names the variable it
/// reads (`def env(name, default=None): return os.environ.get(name, default)`, `func
/// getEnv(key, def string) string { … }`), and django-environ's `env = environ.Env()`, whose
/// `env("X")` raises when X is unset unless given `default=`.
extension ScriptEnvReads {
    /// A read whose name is the identifier at `argument`: a wrapper when it is the enclosing
    /// function's first parameter.
    mutating func wrapperDefinition(argument: Int, start: Int, end: Int, fixed: JSUseSignal?) {
        guard argument < tokens.count, tokens[argument].kind == .identifier else { return }
        let function = enclosingFunction(of: start)
        guard let name = function.name, function.parameters.first == text(argument) else { return }
        let signal = fixed ?? guardSignal(binding: binding(before: start), read: start..<end, in: function)
        let behaviour: EnvWrapper.Behaviour
        switch signal {
        case .fails(let verb)?:
            behaviour = .fails(verb)
        default:
            // A default handed on (`os.getenv(name, default)`, `ENV.fetch(name, default)`) or
            // returned (`return def`) comes from the caller's argument.
            let returned = function.body.filter { k in
                (`is`(k - 1, "return") || punct(k - 1, ",")) && tokens[k].kind == .identifier
            }.map(text)
            if let position = function.parameters.indices.dropFirst().first(where: { p in
                returned.contains(function.parameters[p]) || (argument + 2 < tokens.count && text(argument + 2) == function.parameters[p])
            }) {
                behaviour = .defaultsTo(parameter: position)
            } else if case .copes(let why, _)? = signal {
                behaviour = .copes(why)
            } else {
                behaviour = .passesThrough
            }
        }
        wrappers[name] = EnvWrapper(name: name, behaviour: behaviour)
    }

    /// Every `name("VARIABLE", …)` call; when `name` is a wrapper that passes the value through,
    /// the language's lookup decides (None, nil, "" when unset: it copes).
    mutating func wrapperCalls() {
        for k in tokens.indices where tokens[k].kind == .identifier && punct(k + 1, "(") && !punct(k - 1, ".") {
            guard let variable = literal(k + 2), punct(k + 3, ",") || punct(k + 3, ")"),
                  EnvSourceScan.looksLikeVariable(variable), !environObjects.contains(text(k)) else { continue }
            let close = afterCall(k + 1) - 1
            var arguments = 1
            var depth = 0
            for j in (k + 2)..<max(k + 2, close) {
                if punct(j, "(") || punct(j, "[") || punct(j, "{") { depth += 1 }
                if punct(j, ")") || punct(j, "]") || punct(j, "}") { depth -= 1 }
                if depth == 0, punct(j, ",") { arguments += 1 }
            }
            let function = enclosingFunction(of: k)
            calls.append(EnvWrapperCall(callee: text(k), variable: variable, location: tokens[k + 2].location, arguments: arguments,
                                        asRead: .optional, asReadWhy: "`\(text(k))()` returns an empty value when unset",
                                        isTopLevel: function.isStartUp, site: function.label, language: language))
        }
    }

    /// django-environ: `env = environ.Env(…)` binds `env`; `env("X")`, `env.str("X")`,
    /// `env.bool("X", default=False)` … read X, required unless `default=` is given.
    mutating func djangoEnviron(_ k: Int) -> Bool {
        if `is`(k, "environ"), punct(k + 1, "."), `is`(k + 2, "Env"), punct(k + 3, "("), punct(k - 1, "="), k >= 2,
           tokens[k - 2].kind == .identifier {
            environObjects.insert(text(k - 2))
            return true
        }
        guard tokens[k].kind == .identifier, environObjects.contains(text(k)) else { return false }
        var open = k + 1
        if punct(k + 1, "."), k + 3 < tokens.count, tokens[k + 2].kind == .identifier { open = k + 3 }
        guard punct(open, "("), let name = literal(open + 1) else { return false }
        let end = afterCall(open)
        let defaulted = (open..<end).contains { `is`($0, "default") && punct($0 + 1, "=") }
        addRead(open + 1, name, start: k, end: end, form: .djangoEnviron,
                fixed: defaulted ? .copes("has a default", guards: false) : .fails("raises ImproperlyConfigured"), absentWhy: "")
        return true
    }

    /// Python `from m import a, b as c`; Ruby and Go call by bare name (Go's calls into another
    /// package are qualified, `config.GetEnv`, which the unqualified-call scan does not follow).
    func importedNames() -> [String: String] {
        var names: [String: String] = [:]
        switch language {
        case .python:
            for k in tokens.indices where `is`(k, "import") {
                var j = k + 1
                while j < tokens.count, line(j) == line(k) || punct(k + 1, "(") {
                    if tokens[j].kind == .identifier, !`is`(j, "as") {
                        if `is`(j + 1, "as"), j + 2 < tokens.count { names[text(j + 2)] = text(j); j += 2 } else { names[text(j)] = text(j) }
                    }
                    if punct(j, ")") { break }
                    j += 1
                }
            }
        case .ruby, .go:
            // Ruby calls reach any method of the project by name; Go's unqualified calls reach
            // any function of the same package (another file of the folder).
            for call in calls { names[call.callee] = call.callee }
        default:
            break
        }
        return names
    }
}
