/// The function a token belongs to, found from brackets alone (no parser): whether a read runs
/// when the module is imported or only when some function is called decides how absent a
/// variable may be, and the function's name is what a finding shows ("`createCipher()` throws
/// without it").
struct JSFunction: Hashable {
    /// The token that opens the body (`{`, or the `=>` of an expression-bodied arrow); -1 for
    /// the module's top level.
    var body: Int
    /// The tokens between the parameter list's parentheses (or the one bare parameter).
    var parameters: Range<Int>
    var name: String?
    var line: Int

    static let topLevel = JSFunction(body: -1, parameters: 0..<0, name: nil, line: 0)

    var isTopLevel: Bool { body < 0 }

    /// "`name()`", or where an anonymous function starts.
    var label: String { name.map { "`\($0)()`" } ?? "the function at line \(line)" }
}

extension JSEnvReads {
    static let blockKeywords: Set<String> = ["if", "for", "while", "switch", "catch", "with", "return", "typeof", "await",
                                             "new", "void", "delete", "in", "of", "else", "do", "try", "finally"]

    /// The innermost function whose body holds token `k`.
    func enclosingFunction(of k: Int) -> JSFunction {
        var pos = k
        while pos >= 0 {
            if let arrow = arrowBefore(pos) { return arrowFunction(arrow, body: arrow) }
            let open = parent[pos]
            if open < 0 { return .topLevel }
            if source.isPunctuator(open, "{"), let function = functionOpening(at: open) { return function }
            pos = open
        }
        return .topLevel
    }

    /// An expression-bodied arrow (`(k) => process.env[k]`) whose body reaches `pos`: its `=>`,
    /// found walking back over the operands at `pos`'s bracket level up to a `,` or `;`.
    func arrowBefore(_ pos: Int) -> Int? {
        var j = pos - 1
        var steps = 0
        while j >= 0, steps < 256 {
            steps += 1
            let token = source.tokens[j]
            if token.kind == .punctuator {
                if partner[j] >= 0, partner[j] < j {
                    j = partner[j] - 1
                    continue
                }
                if token.range.count == 1 {
                    switch source.bytes[token.range.lowerBound] {
                    case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"),
                         UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                        return nil
                    default: break
                    }
                }
                if source.is(j, "=>"), !source.isPunctuator(j + 1, "{") { return j }
            }
            j -= 1
        }
        return nil
    }

    /// The `)` closing a parameter list that ends just before `end`, stepping back over a
    /// TypeScript return type (`): Promise<string> {`).
    func parametersClose(before end: Int) -> Int? {
        let s = source
        if s.isPunctuator(end - 1, ")") { return end - 1 }
        guard language == .typescript else { return nil }
        var j = end - 1
        var steps = 0
        while j >= 0, steps < 32 {
            steps += 1
            if s.isPunctuator(j, ")"), s.isPunctuator(j + 1, ":") { return j }
            if partner[j] >= 0, partner[j] < j {
                j = partner[j] - 1
                continue
            }
            if s.isPunctuator(j, ";") || s.isPunctuator(j, "{") || s.isPunctuator(j, "=") || s.isPunctuator(j, ",")
                || s.isIdentifier(j, "class") || s.isIdentifier(j, "interface") { return nil }
            j -= 1
        }
        return nil
    }

    /// The function whose body opens with the `{` at `b`, or nil for blocks, classes and objects.
    func functionOpening(at b: Int) -> JSFunction? {
        let s = source
        if s.isPunctuator(b - 1, "=>") { return arrowFunction(b - 1, body: b) }
        guard let close = parametersClose(before: b), partner[close] >= 0 else { return nil }
        let open = partner[close]
        var n = skipGenerics(before: open)
        let parameters = (open + 1)..<close
        let line = Int(s.tokens[b].line)
        if s.isIdentifier(n, "function") {
            return JSFunction(body: b, parameters: parameters, name: assignedName(before: n), line: line)
        }
        if s.isPunctuator(n, "*") { n -= 1 }
        guard n >= 0, s.tokens[n].kind == .identifier else {
            // `[Symbol.iterator]() {` and `"quoted"() {` are methods too.
            return s.isPunctuator(n, "]") || s.literalValue(n) != nil ? JSFunction(body: b, parameters: parameters, name: nil, line: line) : nil
        }
        let name = s.text(s.tokens[n])
        if Self.blockKeywords.contains(name) { return nil }
        return JSFunction(body: b, parameters: parameters, name: name, line: line)
    }

    /// `foo<T>(` → the index of `foo`; otherwise the token before `(`.
    func skipGenerics(before open: Int) -> Int {
        guard source.isPunctuator(open - 1, ">") else { return open - 1 }
        var j = open - 2
        var steps = 0
        while j >= 0, steps < 24, !source.isPunctuator(j, "<") { j -= 1; steps += 1 }
        return source.isPunctuator(j, "<") ? j - 1 : open - 1
    }

    /// The arrow function whose `=>` is at `arrow`.
    func arrowFunction(_ arrow: Int, body: Int) -> JSFunction {
        let s = source
        let line = Int(s.tokens[arrow].line)
        var parameters = arrow..<arrow
        var n = arrow - 1
        if let close = parametersClose(before: arrow), partner[close] >= 0 {
            parameters = (partner[close] + 1)..<close
            n = skipGenerics(before: partner[close])
        } else if n >= 0, s.tokens[n].kind == .identifier {
            parameters = n..<(n + 1)
            n -= 1
        }
        if s.isIdentifier(n, "async") { n -= 1 }
        return JSFunction(body: body, parameters: parameters, name: assignedName(before: n + 1), line: line)
    }

    /// The name a function expression starting at `start` is given: `const NAME = …`,
    /// `const NAME: Type = …`, `NAME: …` in an object, `export function NAME`.
    func assignedName(before start: Int) -> String? {
        let s = source
        var n = start - 1
        if s.isIdentifier(n, "async") { n -= 1 }
        if s.isPunctuator(n, "=") || s.isPunctuator(n, ":") {
            if s.isPunctuator(n, "="), s.isPunctuator(n - 2, ":"), n - 3 >= 0, s.tokens[n - 3].kind == .identifier {
                return s.text(s.tokens[n - 3])
            }
            if n - 1 >= 0, s.tokens[n - 1].kind == .identifier { return s.text(s.tokens[n - 1]) }
            return s.literalValue(n - 1)
        }
        return nil
    }

    /// The parameter names of a function, in order (destructured and rest parameters count as
    /// one position each, without a usable name).
    func parameterNames(of function: JSFunction) -> [String?] {
        let s = source
        var names: [String?] = []
        var atStart = true
        for j in topLevel(function.parameters) {
            if s.isPunctuator(j, ",") {
                atStart = true
                continue
            }
            if atStart {
                atStart = false
                names.append(s.tokens[j].kind == .identifier ? s.text(s.tokens[j]) : nil)
            }
        }
        return names
    }

    /// `function NAME(…)` and `const NAME = (…) =>` / `= async (…) =>` / `= function (…)`.
    func namedFunctionParameters() -> [String: Range<Int>] {
        let s = source
        var result: [String: Range<Int>] = [:]
        for k in s.tokens.indices where s.tokens[k].kind == .identifier {
            var open = -1
            if s.isIdentifier(k - 1, "function"), s.isPunctuator(k + 1, "(") {
                open = k + 1
            } else if s.isPunctuator(k + 1, "=") {
                var j = k + 2
                if s.isIdentifier(j, "async") { j += 1 }
                if s.isIdentifier(j, "function") { j += 1 }
                guard s.isPunctuator(j, "("), partner[j] > j else { continue }
                let after = partner[j] + 1
                guard s.isPunctuator(after, "=>") || s.isPunctuator(after, ":") || s.isPunctuator(after, "{") else { continue }
                open = j
            }
            guard open > 0, partner[open] > open else { continue }
            let name = s.text(s.tokens[k])
            if result[name] == nil { result[name] = (open + 1)..<partner[open] }
        }
        return result
    }
}
