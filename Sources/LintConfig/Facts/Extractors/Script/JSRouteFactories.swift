/// Routers built inside a function and returned by it (`export function createAuthRouter() {
/// const router = new Hono(); router.get(…); return router }`, or an arrow assigned to a
/// const): the routes and mounts of such a router are recorded under the function's name, so a
/// mount of a call of it (`app.route("/auth", createAuthRouter())`) gives them their prefix.
extension JSRouteFacts {
    /// The name routes registered on `owner` at `k` are recorded under: the function that builds
    /// and returns it, else its own. Only a name the file declares is looked for (cheaply first).
    func routerName(_ owner: String, at k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) -> String {
        guard state.constants.declared.contains(owner), let built = factory(of: owner, at: k, file) else {
            return owner
        }
        state.routerFactories.insert(built)
        return built
    }

    /// The name of the function that declares `router` (`const`/`let`/`var`) and returns it,
    /// when the registration at `k` is inside it; nil for a router of any other scope.
    func factory(of router: String, at k: Int, _ file: JSFactFile) -> String? {
        let s = file.source
        var j = k - 1
        var steps = 0
        while j >= 0, steps < Self.factorySearchLimit {
            steps += 1
            let partner = file.partner[j]
            if partner >= 0, partner < j {
                j = partner - 1
                continue
            }
            guard partner > k, s.isPunctuator(j, "{"), let function = functionBody(j, file) else {
                j -= 1
                continue
            }
            guard declares(router, in: j..<partner, file) else {
                j -= 1
                continue
            }
            guard let name = function, returns(router, in: j..<partner, file) else { return nil }
            return name
        }
        return nil
    }

    /// More tokens than this walked back from one registration: no factory is looked for.
    static let factorySearchLimit = 20_000

    /// Whether the block opening at `open` is a function's body: `.some(name)` for `function
    /// name(…) {` and `const name = (…) => {`, `.some(nil)` for any other function, nil for a
    /// block that is no function's.
    func functionBody(_ open: Int, _ file: JSFactFile) -> String?? {
        let s = file.source
        if s.isPunctuator(open - 1, "=>") {
            var start = open - 2
            if s.isPunctuator(start, ")"), file.partner[start] >= 0 { start = file.partner[start] }
            if s.isIdentifier(start - 1, "async") { start -= 1 }
            if s.isPunctuator(start - 1, "="), let name = file.identifier(start - 2),
               s.isIdentifier(start - 3, "const") || s.isIdentifier(start - 3, "let")
                || s.isIdentifier(start - 3, "var") {
                return .some(name)
            }
            return .some(nil)
        }
        // `)` then maybe a return type (`: Hono<{ Bindings: Env }>`).
        var close = open - 1
        var steps = 0
        while close > 0, steps < 32, !s.isPunctuator(close, ")") {
            steps += 1
            let partner = file.partner[close]
            close = partner >= 0 && partner < close ? partner - 1 : close - 1
        }
        guard s.isPunctuator(close, ")"), file.partner[close] >= 0 else { return nil }
        let paren = file.partner[close]
        guard let name = file.identifier(paren - 1) else { return nil }
        if s.isIdentifier(paren - 2, "function") { return .some(name) }
        if Self.blockKeywords.contains(name) { return nil }
        return .some(nil)
    }

    static let blockKeywords: Set<String> = ["if", "for", "while", "switch", "catch", "with", "function"]

    func declares(_ name: String, in body: Range<Int>, _ file: JSFactFile) -> Bool {
        let s = file.source
        for j in body where file.isIdentifierToken(j) && s.isPunctuator(j + 1, "=") {
            if file.identifier(j) == name,
               s.isIdentifier(j - 1, "const") || s.isIdentifier(j - 1, "let") || s.isIdentifier(j - 1, "var") {
                return true
            }
        }
        return false
    }

    func returns(_ name: String, in body: Range<Int>, _ file: JSFactFile) -> Bool {
        let s = file.source
        for j in body where s.isIdentifier(j, "return") {
            if file.identifier(j + 1) == name,
               s.isPunctuator(j + 2, ";") || s.isPunctuator(j + 2, "}") || j + 2 >= body.upperBound {
                return true
            }
        }
        return false
    }

    /// `const auth = createAuthRouter(deps)` nearest before a mount of `auth` at `k`: the function
    /// whose router `auth` holds.
    static func assignedCall(_ name: String, before k: Int, _ file: JSFactFile) -> String? {
        let s = file.source
        var j = k - 1
        while j > 1 {
            if s.isPunctuator(j, "="), s.isIdentifier(j - 2, "const") || s.isIdentifier(j - 2, "let")
                || s.isIdentifier(j - 2, "var"), file.identifier(j - 1) == name {
                var e = j + 1
                while file.identifier(e) != nil, file.isDot(e + 1) { e += 2 }
                guard file.identifier(e) != nil, s.isPunctuator(e + 1, "("), file.partner[e + 1] > e + 1 else {
                    return nil
                }
                return calledFunction((j + 1)..<(file.partner[e + 1] + 1), file)
            }
            j -= 1
        }
        return nil
    }

    /// `createSub(deps)` or `routes.createSub()`, all of a mount's argument: the function called.
    static func calledFunction(_ range: Range<Int>, _ file: JSFactFile) -> String? {
        var j = range.lowerBound
        while file.identifier(j) != nil, file.isDot(j + 1) { j += 2 }
        guard let name = file.identifier(j), file.source.isPunctuator(j + 1, "("),
              file.partner[j + 1] == range.upperBound - 1 else { return nil }
        return name
    }
}
