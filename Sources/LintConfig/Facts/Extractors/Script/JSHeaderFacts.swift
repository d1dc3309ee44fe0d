/// HTTP headers. Sent: the entries of a `headers: { … }` object (fetch, axios, ky and got
/// options, `axios.create`), `new Headers({ … })`, `headers.set/append("X", v)` — with the env
/// variable the value comes from (`"X-Key": process.env.KEY` or a constant bound to it).
/// Read: `req.headers["x"]`, `req.headers.x`, `request.headers.get("x")`, `req.header("x")`,
/// `c.req.header("x")`, `req.get("x")`, Next's `headers().get("x")` — with the env variable
/// the innermost enclosing block compares a value with (`===`, `!==`, `timingSafeEqual`,
/// `createHmac`), which is how a server checks a shared secret.
///
/// Headers of a response carry `message: response`: set in a `Response`/`NextResponse`/Hono
/// `c.json` init, on `res.headers`, with `res.setHeader`/`c.header(name, v)`/`reply.header`,
/// or read by a client from `res.headers.get(…)`. A `headers: { … }` object that is a record of
/// an array, or of a sample-data file (a `data`/`seed` folder) outside any call, is not sent.
public struct JSHeaderFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["headers", "Headers", "set", "append", "header", "get",
                                                      "setHeader"]

    static let requestNames: Set<String> = ["req", "request", "ctx", "c", "event", "r"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier else { return }
        let length = s.tokens[k].range.count
        if length == 7, s.is(k, "headers") || s.is(k, "Headers") {
            if s.isPunctuator(k + 1, ":") || (s.is(k, "Headers") && s.isIdentifier(k - 1, "new")) {
                let open = s.isPunctuator(k + 1, ":") ? k + 2 : k + 2
                guard s.isPunctuator(open, "{") || (s.isPunctuator(k + 1, "(") && s.isPunctuator(k + 2, "{")) else { return }
                var attributes: [String: String] = [:]
                if s.isPunctuator(k + 1, ":") {
                    switch optionsContext(of: k, file) {
                    case .record: return
                    case .response: attributes["message"] = "response"
                    case .request: break
                    }
                }
                sent(object: open, attributes: attributes, file, &state)
            } else if s.isPunctuator(k + 1, "("), s.isPunctuator(k + 2, ")"), file.isDot(k + 3), s.isIdentifier(k + 4, "get"),
                      s.isPunctuator(k + 5, "("), let name = s.literalValue(k + 6) {
                read(name, at: k + 6, file, &state, evidence: "headers().get")
            } else if file.isDot(k + 1), s.isPunctuator(k + 2, "[") || s.isIdentifier(k + 2, "get") {
                readIndexOrGet(k, file, &state)
            } else if s.isPunctuator(k + 1, "["), let name = s.literalValue(k + 2), s.isPunctuator(k + 3, "]") {
                read(name, at: k + 2, file, &state, evidence: "headers[…]")
            } else if file.isDot(k + 1), let member = file.identifier(k + 2), !s.isPunctuator(k + 3, "("),
                      !["get", "set", "append", "has", "forEach", "entries", "length"].contains(member) {
                guard let owner = file.receiver(of: k).last, Self.requestNames.contains(owner) || owner.hasSuffix("Request") else { return }
                read(member, at: k + 2, file, &state, evidence: "req.headers.\(member)")
            }
            return
        }
        guard file.isOneOf(k, ["set", "append", "header", "get", "setHeader"]), let open = file.methodCall(k),
              let first = file.arguments(open).first else { return }
        let receiver = file.receiver(of: k)
        let owner = receiver.last
        let twoArguments = file.arguments(open).count == 2
        if (length == 3 && (s.is(k, "set"))) || (length == 6 && s.is(k, "append")) {
            guard let owner, owner.lowercased().hasSuffix("headers"), twoArguments else { return }
            let response = receiver.dropLast().contains(where: Self.isResponse)
            state.add(PendingFact(.httpHeader, .produces, name: file.value(first), source: file.value(file.arguments(open)[1]),
                                  attributes: response ? ["message": "response"] : [:],
                                  at: file.location(first.lowerBound), evidence: "headers.\(s.text(s.tokens[k]))"))
        } else if twoArguments, let owner, length == 9 || (length == 6 && Self.responseSetters.contains(owner)) {
            // `res.setHeader("X", v)`, Hono's `c.header("X", v)`, Fastify's `reply.header("X", v)`.
            state.add(PendingFact(.httpHeader, .produces, name: file.value(first), attributes: ["message": "response"],
                                  at: file.location(first.lowerBound), evidence: "\(owner).\(s.text(s.tokens[k]))"))
        } else if (length == 6 && s.is(k, "header")) || (length == 3 && s.is(k, "get")) {
            // Hono's `c.get("x")` reads a context variable a middleware set; its headers are `c.req.header()`.
            guard let owner, Self.requestNames.contains(owner) || owner.hasSuffix("Request") || owner.hasSuffix("req"),
                  !(owner == "c" && length == 3),
                  let name = file.value(first).text, file.arguments(open).count == 1 else { return }
            read(name, at: first.lowerBound, file, &state, evidence: "\(owner).\(s.text(s.tokens[k]))")
        }
    }

    /// `req.headers["x"]`, `request.headers.get("x")`, `headers().get("x")`; on a response
    /// (`res.headers.get("etag")`), a client reading what the server set.
    func readIndexOrGet(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        let response = file.receiver(of: k).last.map(Self.isResponse) ?? false
        if s.isPunctuator(k + 2, "[") || (s.isPunctuator(k + 1, "?.") && s.isPunctuator(k + 2, "[")) {
            guard let name = s.literalValue(k + 3) else { return }
            read(name, at: k + 3, file, &state, evidence: "headers[…]", response: response)
        } else if s.isIdentifier(k + 2, "get"), s.isPunctuator(k + 3, "("), let name = s.literalValue(k + 4) {
            read(name, at: k + 4, file, &state, evidence: "headers.get", response: response)
        }
    }

    /// Objects whose methods set a response header (`c.header("X", v)`).
    static let responseSetters: Set<String> = ["c", "ctx", "context", "res", "reply", "response"]

    /// `res`, `response`, `resp`, `reply`, `nextResponse`: a name for a response.
    static func isResponse(_ name: String) -> Bool {
        ["res", "response", "resp", "reply"].contains(name) || name.hasSuffix("Response")
    }

    enum OptionsContext { case request, response, record }

    /// What the object holding a `headers:` key at `k` is: the init of a response
    /// (`new Response(b, { headers })`, `NextResponse.json(d, { headers })`, `c.json(d, { headers })`),
    /// a record (an element of an array literal; in a sample-data file, anything but a call's
    /// argument), else request options.
    func optionsContext(of k: Int, _ file: JSFactFile) -> OptionsContext {
        let s = file.source
        guard let object = enclosingOpen(k, file), s.isPunctuator(object, "{") else { return .request }
        let outer = enclosingOpen(object, file)
        if let outer, s.isPunctuator(outer, "[") { return .record }
        let callee = outer.flatMap { s.isPunctuator($0, "(") ? file.identifier($0 - 1) : nil }
        if let outer, let callee {
            if callee == "Response" || callee == "NextResponse" { return .response }
            if Self.responseMethods.contains(callee), let owner = file.receiver(of: outer - 1).last,
               owner == "Response" || owner == "NextResponse" || Self.responseSetters.contains(owner) {
                return .response
            }
        }
        if Self.isSampleData(s.path), callee == nil || s.isPunctuator((outer ?? 0) - 1, "=>") { return .record }
        return .request
    }

    static let responseMethods: Set<String> = ["json", "redirect", "rewrite", "next", "text", "body", "html",
                                               "newResponse"]

    /// A file of a folder that holds recorded or sample data (`src/data/response-logs.ts`).
    static func isSampleData(_ path: String) -> Bool {
        let sampleFolders: [Substring] = ["data", "sample-data", "mock-data", "seed", "seeds"]
        return path.split(separator: "/").dropLast().contains { sampleFolders.contains($0) }
    }

    /// The innermost bracket that opens before `k` and closes after it.
    func enclosingOpen(_ k: Int, _ file: JSFactFile) -> Int? {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 4_096 {
            let partner = file.partner[j]
            if partner > k { return j }
            j = partner >= 0 && partner < j ? partner - 1 : j - 1
            steps += 1
        }
        return nil
    }

    func sent(object open: Int, attributes: [String: String] = [:], _ file: JSFactFile, _ state: inout JSFileFacts) {
        let open = file.source.isPunctuator(open, "{") ? open : open + 1
        guard file.partner[open] > open else { return }
        for entry in file.objectEntries(open..<(file.partner[open] + 1)) ?? [] {
            let key = file.source.tokens[entry.keyToken]
            guard key.kind != .number else { continue }
            state.add(PendingFact(.httpHeader, .produces, name: .text(entry.key), source: file.value(entry.value),
                                  attributes: attributes, at: file.location(entry.keyToken), evidence: "headers: { … }"))
        }
    }

    func read(_ name: String, at token: Int, _ file: JSFactFile, _ state: inout JSFileFacts, evidence: String,
              response: Bool = false) {
        let source = comparedValues(around: token, file, variable: assignedVariable(token, file))
        state.add(PendingFact(.httpHeader, .consumes, name: .text(name), source: source,
                              attributes: response ? ["message": "response"] : [:], at: file.location(token), evidence: evidence))
    }

    /// The values compared in the innermost block around `k` — operands of `===`, `!==`, `==`,
    /// `!=` and arguments of `timingSafeEqual` / `createHmac` — as one bag whose first env
    /// variable is the one the header is checked against.
    /// `const key = req.headers.get("x")`: the variable a read at `k` is assigned to.
    func assignedVariable(_ k: Int, _ file: JSFactFile) -> String? {
        let s = file.source
        var j = k - 1
        while j > 0, j > k - 16 {
            if s.isPunctuator(j, ";") || s.isPunctuator(j, "{") || s.isPunctuator(j, "}") { return nil }
            if s.isPunctuator(j, "=") { return file.identifier(j - 1) }
            j -= 1
        }
        return nil
    }

    /// `variable`: when the read is assigned to a variable, a comparison counts only when one
    /// of its sides is that variable (or the read itself), so that `process.env.NODE_ENV ===
    /// "development"` elsewhere in the function is not what the header is checked against.
    func comparedValues(around k: Int, _ file: JSFactFile, variable: String? = nil) -> JSValue? {
        let s = file.source
        var open = k - 1
        var steps = 0
        while open >= 0, steps < 4_096 {
            if s.isPunctuator(open, "{"), file.partner[open] > k { break }
            if file.partner[open] >= 0, file.partner[open] < open { open = file.partner[open] }
            open -= 1
            steps += 1
        }
        guard open >= 0, steps < 4_096, file.partner[open] > open else { return nil }
        let close = min(file.partner[open], open + 8_192)
        var bag: [JSValue] = []
        var j = open + 1
        while j < close {
            if s.isPunctuator(j, "===") || s.isPunctuator(j, "!==") || s.isPunctuator(j, "==") || s.isPunctuator(j, "!=") {
                var reader = JSValueReader(file: file, limit: close)
                let right = reader.expression(j + 1).0
                if let variable, !(j > k && j < k + 8), file.identifier(j - 1) != variable,
                   right != .reference(variable) {
                    j += 1
                    continue
                }
                bag.append(right)
                if let left = file.identifier(j - 1) { bag.append(leftOperand(j - 1, left, file)) }
            } else if s.isIdentifier(j, "timingSafeEqual") || s.isIdentifier(j, "createHmac"), s.isPunctuator(j + 1, "(") {
                // Arguments are often wrapped (`Buffer.from(expected)`): every name in them counts.
                let end = file.partner[j + 1]
                var i = j + 2
                while i < end {
                    var reader = JSValueReader(file: file, limit: end)
                    if let (env, next) = reader.envRead(i) {
                        bag.append(.env(env))
                        i = next
                        continue
                    }
                    if let name = file.identifier(i), !file.isDot(i - 1), !s.isPunctuator(i + 1, "(") { bag.append(.reference(name)) }
                    i += 1
                }
            }
            j += 1
        }
        let useful = bag.filter { $0 != .unknown }
        return useful.isEmpty ? nil : .template(useful)
    }

    /// The operand that ends at `k`: `process.env.X` or a name.
    func leftOperand(_ k: Int, _ name: String, _ file: JSFactFile) -> JSValue {
        if file.isDot(k - 1), file.source.isIdentifier(k - 2, "env") { return .env(name) }
        return .reference(name)
    }
}

extension Fact {
    /// A header a client sends and a server reads; not one of a response (`message: response`).
    public var isRequestHeader: Bool { kind == .httpHeader && attributes["message"] != "response" }
}
