/// Reads the value of an expression from tokens, for the expressions names are built from:
/// literals, templates, `+` concatenation, `process.env.X` (and `Bun.env`, `import.meta.env`),
/// constants by name, `a ?? b`, TypeScript's `!`, `as T` and `satisfies T`. Anything else
/// (calls, arithmetic) is `.unknown` but still skipped over, so a template or concatenation
/// keeps its known parts.
struct JSValueReader {
    let file: JSFactFile
    let limit: Int
    /// Nesting of templates, parentheses and fallbacks read so far: past `maxDepth` the rest
    /// is `.unknown`, so a pathologically nested file costs time linear in its size, not stack.
    var depth: Int
    var s: JSSource { file.source }

    static let maxDepth = 32

    init(file: JSFactFile, limit: Int, depth: Int = 0) {
        self.file = file
        self.limit = limit
        self.depth = depth
    }

    /// The value starting at `k` and the index after it.
    mutating func expression(_ k: Int) -> (JSValue, Int) {
        guard depth < Self.maxDepth else { return (.unknown, limit) }
        var (value, j) = concatenation(k)
        if j < limit, s.isPunctuator(j, "??") || s.isPunctuator(j, "||") {
            depth += 1
            let (fallback, end) = expression(j + 1)
            value = .either(value, fallback)
            j = end
        }
        // `cond ? a : b`: the value is one of the branches, never the condition's operand
        // (`failed > 0 ? "failed" : "completed"` once read as the constant `failed`, 0).
        if let question = conditionalMark(from: j) {
            depth += 1
            let (yes, afterYes) = expression(question + 1)
            guard afterYes < limit, s.isPunctuator(afterYes, ":") else { return (.unknown, afterYes) }
            let (no, end) = expression(afterYes + 1)
            return (.either(yes, no), end)
        }
        return (value, j)
    }

    /// The `?` of a conditional whose condition started before `j`: the first `?` at this
    /// nesting level before the expression ends (`,` `;` `:` or a closing bracket).
    func conditionalMark(from j: Int) -> Int? {
        var k = j
        while k < limit {
            let token = s.tokens[k]
            if token.kind == .punctuator {
                if s.isPunctuator(k, "?") { return k }
                if s.isPunctuator(k, ",") || s.isPunctuator(k, ";") || s.isPunctuator(k, ":")
                    || s.isPunctuator(k, ")") || s.isPunctuator(k, "]") || s.isPunctuator(k, "}") { return nil }
                if s.isPunctuator(k, "(") || s.isPunctuator(k, "[") || s.isPunctuator(k, "{") {
                    guard file.partner[k] > k else { return nil }
                    k = file.partner[k] + 1
                    continue
                }
            } else if case .template(let part) = token.kind, part == .middle || part == .tail {
                return nil  // the end of the substitution this expression sits in
            }
            k += 1
        }
        return nil
    }

    mutating func concatenation(_ k: Int) -> (JSValue, Int) {
        var (value, j) = postfixed(k)
        // Most operands stand alone: no pieces array is allocated for them.
        guard j < limit, s.isPunctuator(j, "+") else { return (value, j) }
        var pieces = [value]
        while j < limit, s.isPunctuator(j, "+") {
            let (next, end) = postfixed(j + 1)
            guard end > j + 1 else { break }
            pieces.append(next)
            j = end
        }
        if pieces.count > 1 { value = .template(pieces) }
        return (value, j)
    }

    mutating func postfixed(_ k: Int) -> (JSValue, Int) {
        var (value, j) = primary(k)
        while j < limit {
            if s.isPunctuator(j, "!"), !s.isPunctuator(j + 1, "=") {
                j += 1
            } else if s.isIdentifier(j, "as") || s.isIdentifier(j, "satisfies") {
                j += 2
                while j < limit, s.isPunctuator(j, ".") || s.isPunctuator(j, "[") || s.isPunctuator(j, "<") {
                    j = file.partner[j] > j ? file.partner[j] + 1 : j + 2
                }
            } else {
                break
            }
        }
        if j > limit { j = limit; value = .unknown }
        return (value, j)
    }

    mutating func primary(_ k: Int) -> (JSValue, Int) {
        guard k < limit else { return (.unknown, k) }
        let token = s.tokens[k]
        switch token.kind {
        case .string, .template(.whole):
            return (s.stringValue(token).map(JSValue.text) ?? .unknown, k + 1)
        case .number:
            return (.text(s.text(token)), k + 1)
        case .template(.head):
            return template(k)
        case .identifier:
            if let (name, end) = envRead(k) { return (.env(name), end) }
            if let wrapped = transparentCall(k) { return wrapped }
            // The dotted path is walked first and spelled only when it is kept: a call or an
            // index (`a.b.c(…)`) is unknown, and so are the literal keywords.
            var j = k + 1
            while j + 1 < limit, file.isDot(j), s.tokens[j + 1].kind == .identifier { j += 2 }
            if j < limit, s.isPunctuator(j, "(") || s.isPunctuator(j, "[") {
                return (.unknown, skipPostfix(j))
            }
            if j == k + 1, s.is(k, "true") || s.is(k, "false") || s.is(k, "null") || s.is(k, "undefined") {
                return (.unknown, j)
            }
            var path = s.text(token)
            var i = k + 1
            while i < j {
                path += "." + s.text(s.tokens[i + 1])
                i += 2
            }
            return (.reference(path), j)
        case .punctuator where s.isPunctuator(k, "("):
            let close = file.partner[k]
            guard close > k, close < limit else { return (.unknown, k + 1) }
            var inner = JSValueReader(file: file, limit: close, depth: depth + 1)
            let (value, end) = inner.expression(k + 1)
            return (end == close ? value : .unknown, close + 1)
        default:
            return (.unknown, k)
        }
    }

    /// Conversions that keep the value a contract cares about: `Number(x)`, `parseInt(x, 10)`,
    /// `String(x)`; and `new URL(path, base)`, which is the base followed by the path.
    mutating func transparentCall(_ k: Int) -> (JSValue, Int)? {
        let isNewURL = s.isIdentifier(k, "new") && s.isIdentifier(k + 1, "URL")
        let name = isNewURL ? k + 1 : k
        guard isNewURL || s.isIdentifier(k, "Number") || s.isIdentifier(k, "parseInt") || s.isIdentifier(k, "String"),
              !file.isDot(k - 1), s.isPunctuator(name + 1, "("), file.partner[name + 1] > name, file.partner[name + 1] < limit else { return nil }
        let args = file.arguments(name + 1)
        let end = file.partner[name + 1] + 1
        guard let first = args.first else { return (.unknown, end) }
        let value = file.value(first)
        if isNewURL, args.count > 1 { return (.template([file.value(args[1]), value]), end) }
        return (value, end)
    }

    /// Skips calls, indexing and member accesses after an operand.
    func skipPostfix(_ k: Int) -> Int {
        var j = k
        while j < limit {
            if s.isPunctuator(j, "(") || s.isPunctuator(j, "[") {
                guard file.partner[j] > j else { return limit }
                j = file.partner[j] + 1
            } else if file.isDot(j), file.identifier(j + 1) != nil {
                j += 2
            } else {
                break
            }
        }
        return min(j, limit)
    }

    /// `process.env.X`, `process.env["X"]`, `Bun.env.X`, `import.meta.env.X`.
    func envRead(_ k: Int) -> (String, Int)? {
        var env = -1
        if s.isIdentifier(k, "process") || s.isIdentifier(k, "Bun"), file.isDot(k + 1), s.isIdentifier(k + 2, "env") {
            env = k + 2
        } else if s.isIdentifier(k, "import"), s.isPunctuator(k + 1, "."), s.isIdentifier(k + 2, "meta"),
                  file.isDot(k + 3), s.isIdentifier(k + 4, "env") {
            env = k + 4
        }
        guard env > 0, env + 2 < limit + 1 else { return nil }
        if file.isDot(env + 1), let name = file.identifier(env + 2) { return (name, env + 3) }
        if s.isPunctuator(env + 1, "["), let name = s.literalValue(env + 2), s.isPunctuator(env + 3, "]") {
            return (name, env + 4)
        }
        return nil
    }

    /// A template with substitutions: its text pieces and the value of each `${…}`.
    mutating func template(_ head: Int) -> (JSValue, Int) {
        var pieces: [JSValue] = []
        var k = head
        while k < limit {
            let token = s.tokens[k]
            pieces.append(s.stringValue(token).map(JSValue.text) ?? .unknown)
            if token.kind == .template(.tail) { return (.template(pieces), k + 1) }
            let end = Self.pieceEnd(s, after: k, limit: limit)
            guard end < limit else { return (.unknown, limit) }
            var inner = JSValueReader(file: file, limit: end, depth: depth + 1)
            let (value, stop) = inner.expression(k + 1)
            pieces.append(stop == end ? value : .unknown)
            k = end
        }
        return (.unknown, limit)
    }

    /// The middle or tail piece that closes the substitution opened by the piece at `k`.
    static func pieceEnd(_ s: JSSource, after k: Int, limit: Int) -> Int {
        var depth = 0
        var j = k + 1
        while j < limit {
            switch s.tokens[j].kind {
            case .template(.head): depth += 1
            case .template(.middle): if depth == 0 { return j }
            case .template(.tail):
                if depth == 0 { return j }
                depth -= 1
            default: break
            }
            j += 1
        }
        return limit
    }
}
