/// Values code places into a URL, with where their value comes from — the facts behind
/// `secret-in-url`. A `url-parameter` fact (produces) is named by the query parameter (`token`)
/// or `path` for a path segment; `in` is `query` or `path`, `env` the env variable the value
/// comes from (directly or through a constant), `value` the variable's name when it is not an
/// env read, `host` the URL's literal host and `base-env` the env variable its base comes from.
///
/// Read from: a template URL (`` `${base}?token=${process.env.SECRET}` ``, a query only after a
/// `?` of the template, so a form body `a=1&secret=${s}` is not a URL), `x.searchParams.set(…)`
/// / `.append(…)`, and the `params` / `searchParams` object of an HTTP client call (axios, ky,
/// got, an `http`/`api`/`client` object). A query value is kept when it is a name or an env read;
/// a path segment only when it is an env read or a variable whose name says secret (an id in a
/// path is not worth a fact). `encodeURIComponent(x)` is `x`.
public struct JSURLParameterFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["set", "append", "params", "searchParams"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        switch s.tokens[k].kind {
        case .template(.head):
            template(k, file, &state)
        case .identifier:
            let length = s.tokens[k].range.count
            if (length == 3 && s.is(k, "set")) || (length == 6 && s.is(k, "append")) {
                searchParamsCall(k, file, &state)
            } else if (length == 6 && s.is(k, "params")) || (length == 12 && s.is(k, "searchParams")),
                      s.isPunctuator(k + 1, ":"), s.isPunctuator(k + 2, "{") {
                clientParams(k, file, &state)
            }
        default:
            return
        }
    }

    /// `` `https://api.x.com/v1?api_key=${KEY}&q=${q}` ``, `` `${BASE}/hooks/${SECRET}` ``.
    func template(_ head: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        var tail = head
        while tail < file.count, s.tokens[tail].kind != .template(.tail) {
            tail = JSValueReader.pieceEnd(s, after: tail, limit: file.count)
        }
        guard tail < file.count,
              s.bytes[s.tokens[head].range.lowerBound..<s.tokens[tail].range.upperBound].contains(UInt8(ascii: "?"))
              || s.bytes[s.tokens[head].range.lowerBound..<s.tokens[tail].range.upperBound].contains(UInt8(ascii: "/"))
        else { return }
        let first = s.stringValue(s.tokens[head]) ?? ""
        var attributes: [String: String] = [:]
        if let scheme = Self.afterScheme(first) {
            let rest = first[scheme...]
            let host = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != ":" })
            if !host.isEmpty { attributes["host"] = host }
        }
        let urlish = first.hasPrefix("http") || first.hasPrefix("ws") || first.hasPrefix("/") || first.isEmpty
        var inQuery = false
        var piece = head
        while piece < tail {
            let text = s.stringValue(s.tokens[piece]) ?? ""
            let end = JSValueReader.pieceEnd(s, after: piece, limit: tail + 1)
            guard end <= tail else { return }
            // The substitution's value is read only when a fact or the base's env needs it.
            let base = piece == head && first.isEmpty ? substitution((piece + 1)..<end, file) : nil
            if let env = base?.envVariable { attributes["base-env"] = env }
            if text.contains("#") { return }  // a fragment never reaches a server
            if text.contains("?") { inQuery = true }
            if inQuery, let name = Self.trailingParameter(text) {
                let value = base ?? substitution((piece + 1)..<end, file)
                add(name, in: "query", value: value, at: piece + 1, attributes, file, &state, evidence: "URL template")
            } else if !inQuery, urlish, piece > head || !first.isEmpty, Self.endsInPathSegment(text),
                      piece > head || Self.hasPath(first) {
                let value = base ?? substitution((piece + 1)..<end, file)
                if Self.worthAPathFact(value) {
                    add("path", in: "path", value: value, at: piece + 1, attributes, file, &state,
                        evidence: "URL template")
                }
            }
            piece = end
        }
    }

    /// `url.searchParams.set("api_key", key)`.
    func searchParamsCall(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        guard let open = file.methodCall(k), file.receiver(of: k).last == "searchParams" else { return }
        let args = file.arguments(open)
        guard args.count == 2, let name = file.value(args[0]).text, !name.isEmpty else { return }
        let value = substitution(args[1], file)
        add(name, in: "query", value: value, at: args[1].lowerBound, [:], file, &state,
            evidence: "searchParams." + file.source.text(file.source.tokens[k]))
    }

    /// `axios.get(url, { params: { api_key: KEY } })`, `ky(url, { searchParams: { token } })`.
    func clientParams(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard let open = enclosingCall(ofEntry: k, file), let callee = file.identifier(open - 1) else { return }
        let names = (file.receiver(of: open - 1) + [callee]).map { $0.lowercased() }
        let clientWords = ["axios", "ky", "got", "ofetch", "$fetch", "http", "client", "api", "superagent", "request"]
        guard names.contains(where: { name in clientWords.contains { name.contains($0) } }) else { return }
        guard file.partner[k + 2] > k + 2 else { return }
        let object = (k + 2)..<(file.partner[k + 2] + 1)
        for entry in file.objectEntries(object) ?? [] {
            let value = substitution(entry.value, file)
            add(entry.key, in: "query", value: value, at: entry.value.lowerBound, [:], file, &state,
                evidence: "\(names.first ?? callee) \(s.text(s.tokens[k]))")
        }
    }

    /// The `(` of the call whose argument is the object literal holding the entry at `k`.
    func enclosingCall(ofEntry k: Int, _ file: JSFactFile) -> Int? {
        let s = file.source
        var object = k - 1
        var steps = 0
        while object >= 0, steps < 256 {
            if file.partner[object] >= 0, file.partner[object] < object {
                object = file.partner[object] - 1
                steps += 1
                continue
            }
            if s.isPunctuator(object, "{"), file.partner[object] > k { break }
            if s.isPunctuator(object, "(") || s.isPunctuator(object, "[") { return nil }
            object -= 1
            steps += 1
        }
        guard object > 0, steps < 256 else { return nil }
        var j = object - 1
        while j >= 0, steps < 512 {
            if s.isPunctuator(j, "(") { return file.partner[j] > object ? j : nil }
            if file.partner[j] >= 0, file.partner[j] < j { j = file.partner[j] - 1; steps += 1; continue }
            if s.isPunctuator(j, "{") || s.isPunctuator(j, "[") || s.isPunctuator(j, ";") { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The value of a substitution or argument; `encodeURIComponent(x)` and `encodeURI(x)` are `x`.
    func substitution(_ range: Range<Int>, _ file: JSFactFile) -> JSValue {
        let s = file.source
        let k = range.lowerBound
        if s.isIdentifier(k, "encodeURIComponent") || s.isIdentifier(k, "encodeURI"), s.isPunctuator(k + 1, "("),
           file.partner[k + 1] == range.upperBound - 1, range.count > 3 {
            return file.value((k + 2)..<(range.upperBound - 1))
        }
        return file.value(range)
    }

    func add(_ name: String, in place: String, value: JSValue, at token: Int, _ base: [String: String],
             _ file: JSFactFile, _ state: inout JSFileFacts, evidence: String) {
        var attributes = base
        attributes["in"] = place
        switch value {
        case .env, .either:
            guard value.envVariable != nil else { return }
        case .reference(let path):
            attributes["value"] = path
        default:
            return
        }
        state.add(PendingFact(.urlParameter, .produces, name: .text(name), source: value, attributes: attributes,
                              at: file.location(token), evidence: evidence))
    }

    /// `…?a=1&token=` → `token`: a name right after `?` or `&`, then `=`, ending the text.
    static func trailingParameter(_ text: String) -> String? {
        guard text.hasSuffix("=") else { return nil }
        let body = text.dropLast()
        let name = body.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
        guard !name.isEmpty, body.count > name.count else { return nil }
        let before = body[body.index(body.endIndex, offsetBy: -(name.count + 1))]
        return before == "?" || before == "&" ? String(name.reversed()) : nil
    }

    /// Text that ends where a path segment starts: `/hooks/`, `/bot` (a literal prefix of the segment).
    static func endsInPathSegment(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // On bytes: every piece of every template passes here.
            guard let slash = text.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
            return !text.utf8[slash...].contains { $0 == 0x3D || $0 == 0x26 || $0 == 0x2E || $0 == 0x3A }
        }
        guard let slash = text.lastIndex(of: "/") else { return false }
        return !text[slash...].contains { $0 == "=" || $0 == "&" || $0 == "." || $0 == ":" }
    }

    /// Whether the first piece of a URL reaches its path: `https://host/x/` does, `https://` (a
    /// host substituted next) does not; a relative `/x/` does.
    static func hasPath(_ first: String) -> Bool {
        guard let scheme = afterScheme(first) else { return true }
        return first[scheme...].contains("/")
    }

    /// Where the text after the first `://` starts: on bytes for ASCII text (Foundation's
    /// search was a tenth of the scan), else as Foundation finds it.
    static func afterScheme(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: "://")?.upperBound }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == UInt8(ascii: ":") {
                let second = utf8.index(after: i)
                if second < utf8.endIndex, utf8[second] == UInt8(ascii: "/") {
                    let third = utf8.index(after: second)
                    if third < utf8.endIndex, utf8[third] == UInt8(ascii: "/") { return utf8.index(after: third) }
                }
            }
            i = utf8.index(after: i)
        }
        return nil
    }

    /// A path segment is a fact only when its value is an env read or a secret-named variable.
    static func worthAPathFact(_ value: JSValue) -> Bool {
        switch value {
        case .env: return true
        case .reference(let path):
            return SecretShape.isSecretName(path.split(separator: ".").last.map(String.init) ?? path)
        default: return false
        }
    }
}
