/// Values a JSON response carries in a field, on both sides of an HTTP boundary. Produced: a
/// handler's `c.json({ state: "up" })`, `res.json(…)` / `res.status(202).json(…)`,
/// `reply.send(…)`, `Response.json(…)`, `NextResponse.json(…)` — top-level fields whose value is
/// a string literal or a constant, with `route` when the handler is registered inline
/// (`app.get("/status", (c) => …)`) or the file is a Next.js `route.ts`. Consumed: a client's
/// `data.state === "online"` (either side, `!==` negated) where `data` was parsed from a
/// response (`await res.json()`, `const { data } = await axios.get(…)`) earlier in the file.
public struct JSResponseValueFacts: JSFactExtractor {
    public init() {}

    /// The names that start a produced value (`JSTriggerTable`); compared values start at strings.
    public static let triggerWords: [StaticString] = ["json", "send"]

    static let responders: Set<String> = ["c", "ctx", "context", "res", "reply", "response", "Response", "NextResponse"]
    static let chained: Set<String> = ["status", "set", "header", "type", "code"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        switch s.tokens[k].kind {
        case .identifier:
            let length = s.tokens[k].range.count
            guard length == 4, s.is(k, "json") || s.is(k, "send"), let open = file.methodCall(k),
                  let owner = responder(k, file), s.is(k, "json") || owner == "reply" || owner == "res" else { return }
            served(open: open, file, &state)
        case .string, .template(.whole):
            compared(k, file, &state)
        default:
            return
        }
    }

    /// The object a `.json(` at `k` is called on, through `res.status(202).json(`.
    func responder(_ k: Int, _ file: JSFactFile) -> String? {
        if let owner = file.receiver(of: k).last { return Self.responders.contains(owner) ? owner : nil }
        let s = file.source
        guard file.isDot(k - 1), s.isPunctuator(k - 2, ")"), file.partner[k - 2] >= 0 else { return nil }
        let open = file.partner[k - 2]
        guard let method = file.identifier(open - 1), Self.chained.contains(method),
              let owner = file.receiver(of: open - 1).last, Self.responders.contains(owner) else { return nil }
        return owner
    }

    func served(open: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard let first = file.arguments(open).first, let entries = file.objectEntries(first) else { return }
        let route = enclosingRoute(open, file)
        for entry in entries where entry.value.count == 1 {
            let token = s.tokens[entry.value.lowerBound]
            guard token.kind == .string || token.kind == .template(.whole) || token.kind == .identifier,
                  !s.isIdentifier(entry.value.lowerBound, "true"), !s.isIdentifier(entry.value.lowerBound, "false"),
                  entry.keyToken != entry.value.lowerBound else { continue }
            state.add(PendingFact(.responseValue, .produces, name: .text(entry.key), value: file.value(entry.value),
                                  attributes: route.map { ["route": $0] } ?? [:], at: file.location(entry.keyToken),
                                  evidence: "JSON response field"))
        }
    }

    /// `app.get("/status/:id", (c) => …)` around the call: `GET /status/{}`; else a Next.js
    /// route file's path.
    func enclosingRoute(_ k: Int, _ file: JSFactFile) -> String? {
        let s = file.source
        let headers = JSHeaderFacts()
        var open = headers.enclosingOpen(k, file)
        var levels = 0
        while let o = open, levels < 32 {
            if s.isPunctuator(o, "("), let verb = file.identifier(o - 1), JSRouteFacts.verbs.contains(verb),
               file.methodCall(o - 1) != nil, let path = s.literalValue(o + 1), path.hasPrefix("/") {
                return (verb == "all" ? "*" : verb.uppercased()) + " " + RoutePath.segments(path)
            }
            open = headers.enclosingOpen(o, file)
            levels += 1
        }
        return JSRouteFacts.nextPath(s.path)
    }

    /// A string literal compared with `x.field` (or `x?.field`) of a parsed response `x`.
    func compared(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        // Every string of a file passes here: the token pattern is checked before anything is
        // decoded or spelled, so a literal that is not compared costs a few byte comparisons.
        var field: Int?
        var comparison = -1
        if isEquality(k - 1, s), file.isIdentifierToken(k - 2), file.isDot(k - 3) {
            field = k - 2
            comparison = k - 1
        } else if isEquality(k + 1, s), file.isIdentifierToken(k + 2),
                  file.isDot(k + 3),
                  file.isIdentifierToken(k + 4), !file.isDot(k + 5), !s.isPunctuator(k + 5, "(") {
            field = k + 4
            comparison = k + 1
        }
        guard let field, file.isIdentifierToken(field), file.isIdentifierToken(field - 2),
              !file.isDot(field - 3),
              !s.isIdentifier(field - 3, "typeof"),
              isParsedResponse(field - 2, before: min(k, field), file),
              let value = s.literalValue(k), let name = file.identifier(field) else { return }
        var attributes: [String: String] = [:]
        if s.isPunctuator(comparison, "!==") || s.isPunctuator(comparison, "!=") { attributes["negated"] = "true" }
        state.add(PendingFact(.responseValue, .consumes, name: .text(name), value: .text(value), attributes: attributes,
                              at: file.location(k), evidence: "response field compared"))
    }

    /// `===`, `!==`, `==` or `!=` at `k`.
    func isEquality(_ k: Int, _ s: JSSource) -> Bool {
        guard k >= 0, k < s.tokens.count, s.tokens[k].kind == .punctuator else { return false }
        let range = s.tokens[k].range
        guard range.count == 2 || range.count == 3, s.bytes[range.upperBound - 1] == UInt8(ascii: "=") else {
            return false
        }
        return s.is(k, "===") || s.is(k, "!==") || s.is(k, "==") || s.is(k, "!=")
    }

    /// Whether the identifier at `object` was declared before `k` from a parsed response:
    /// `const x = await r.json()`, `const { data } = await axios.get(…)`. The names are
    /// compared as bytes: this looks back over up to 4,000 tokens.
    func isParsedResponse(_ object: Int, before k: Int, _ file: JSFactFile) -> Bool {
        let s = file.source
        let isData = s.is(object, "data")
        var j = k - 1
        while j > 0, j > k - 4_000 {
            if file.isSameIdentifier(j, object) {
                var equals = -1
                if s.isPunctuator(j + 1, "=") { equals = j + 1 }
                if s.isPunctuator(j - 1, "{"), s.isPunctuator(j + 1, "}"), s.isPunctuator(j + 2, "=") { equals = j + 2 }
                if equals > 0 {
                    var i = equals + 1
                    while i < file.count, i < equals + 48, !s.isPunctuator(i, ";") {
                        if s.isIdentifier(i, "json"), s.isPunctuator(i + 1, "(") { return true }
                        if s.isIdentifier(i, "axios") || s.isIdentifier(i, "ky") || s.isIdentifier(i, "got") {
                            return isData || s.isIdentifier(i, "ky")
                        }
                        i += 1
                    }
                    return false
                }
            }
            j -= 1
        }
        return false
    }
}
