/// HTTP routes. Served: `app.get("/p", handler)` and the other verbs on a server object
/// (Express, Fastify, Hono, Koa router), `fastify.route({ method, url })`, Next.js
/// `app/**/route.ts` exports (`export async function POST`), with prefixes from
/// `app.use("/p", router)` / `app.route("/p", sub)` / `register(plugin, { prefix })` applied
/// to routes registered on a router of that name — or on the router a function builds and
/// returns, mounted as a call of it (`app.route("/p", createSub())`, see `factory`). Called: `fetch(url, { method })`,
/// `axios.post(url)` / `axios({ url, method })`, `ky`, `got`, with a literal or template URL —
/// its leading env variable (directly, through a constant, or `new URL(path, base)`) becomes
/// `base-env`. Names are `METHOD /path/{}` (see `RoutePath`).
public struct JSRouteFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["fetch", "axios", "createRoute", "typeof"]
        + nextExports + methodWords

    static let verbs: Set<String> = ["get", "post", "put", "patch", "delete", "all", "options", "head"]
    static let methodWords: [StaticString] = [
        "get", "post", "put", "patch", "delete", "all", "options", "head", "route", "use", "register", "openapi",
    ]
    static let nextExports: [StaticString] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let clients: Set<String> = ["axios", "ky", "got", "http", "https", "superagent", "request", "client", "httpClient", "apiClient", "$fetch", "ofetch"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier else { return }
        if s.tokens[k].range.count == 5, s.is(k, "fetch") || s.is(k, "axios"), let open = file.functionCall(k) {
            if s.isIdentifier(k - 1, "function") { return }
            called(open: open, method: nil, evidence: s.text(s.tokens[k]), file, &state)
            return
        }
        if s.tokens[k].range.count <= 7, file.isOneOf(k, Self.nextExports),
           s.isIdentifier(k - 1, "function") || s.isIdentifier(k - 1, "const"), s.isIdentifier(k - 2, "async") || s.isIdentifier(k - 2, "export") {
            nextRoute(k, file, &state)
        }
        if s.tokens[k].range.count == 11, s.is(k, "createRoute"), let open = file.functionCall(k) {
            openAPIRoute(k, open: open, file, &state)
            return
        }
        if s.tokens[k].range.count == 6, s.is(k, "typeof"), s.isPunctuator(k - 1, ":"),
           let parameter = file.identifier(k - 2),
           let router = file.identifier(k + 1), !file.isDot(k + 2) {
            state.routerTypes[parameter] = router
            return
        }
        guard file.isOneOf(k, Self.methodWords), let open = file.methodCall(k) else { return }
        let method = s.text(s.tokens[k])
        let receiver = file.receiver(of: k)
        guard let owner = receiver.last else { return }
        if method == "openapi" {
            if let first = file.arguments(open).first, first.count == 1,
               let constant = file.identifier(first.lowerBound) {
                state.routeRegistrations[constant] = owner
            }
            return
        }
        if Self.verbs.contains(method) {
            if Self.clients.contains(owner) || owner.hasSuffix("Client") || owner.hasSuffix("Api") && receiver.first == "this" {
                called(open: open, method: method, evidence: owner + "." + method, file, &state)
            } else {
                served(open: open, method: method, router: owner, file, &state)
            }
        } else if method == "route", let first = file.arguments(open).first {
            let args = file.arguments(open)
            if let entries = file.objectEntries(first), let url = entries.first(where: { $0.key == "url" || $0.key == "path" }) {
                let verb = entries.first { $0.key == "method" }.flatMap { file.value($0.value).text } ?? "*"
                let router = routerName(owner, at: k, file, &state)
                state.add(PendingFact(.route, .produces, name: file.value(url.value),
                                      attributes: ["method": verb, "router": router],
                                      at: file.location(url.value.lowerBound), evidence: owner + ".route"))
            } else if args.count == 2, let sub = file.identifier(args[1].lowerBound), args[1].count == 1 {
                state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state), child: sub,
                                            prefix: file.value(first)))
                if let factory = Self.assignedCall(sub, before: k, file) {
                    state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state),
                                                child: "$call:" + factory, prefix: file.value(first)))
                }
            } else if args.count == 2, let factory = Self.calledFunction(args[1], file) {
                state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state), child: "$call:" + factory,
                                            prefix: file.value(first)))
            }
        } else if method == "use" || method == "register", file.arguments(open).count >= 2 {
            let args = file.arguments(open)
            if method == "use", let sub = args.last.flatMap({ file.identifier($0.lowerBound) }), args.last?.count == 1 {
                state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state), child: sub,
                                            prefix: file.value(args[0])))
                if let factory = Self.assignedCall(sub, before: k, file) {
                    state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state),
                                                child: "$call:" + factory, prefix: file.value(args[0])))
                }
            } else if method == "use", args.count == 2, let factory = Self.calledFunction(args[1], file) {
                state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state), child: "$call:" + factory,
                                            prefix: file.value(args[0])))
            } else if method == "register", let plugin = file.identifier(args[0].lowerBound),
                      let prefix = file.objectEntries(args[1])?.first(where: { $0.key == "prefix" }) {
                state.mounts.append(JSMount(parent: routerName(owner, at: k, file, &state), child: plugin,
                                            prefix: file.value(prefix.value)))
            }
        } else if (method == "post" || method == "get" || method == "put" || method == "patch" || method == "delete"), Self.clients.contains(owner) {
            called(open: open, method: method, evidence: owner + "." + method, file, &state)
        }
    }

    /// `createRoute({ method, path })` of `@hono/zod-openapi`: served by the router whose
    /// `.openapi(…)` registers it — around it, or through the constant it is assigned to.
    func openAPIRoute(_ k: Int, open: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard let first = file.arguments(open).first, let entries = file.objectEntries(first),
              let path = entries.first(where: { $0.key == "path" }),
              let method = entries.first(where: { $0.key == "method" }).flatMap({ file.value($0.value).text }) else { return }
        var attributes = ["method": method]
        if s.isPunctuator(k - 1, "("), file.methodCall(k - 2) != nil, s.isIdentifier(k - 2, "openapi"),
           let owner = file.receiver(of: k - 2).last {
            attributes["router"] = owner
        } else if s.isPunctuator(k - 1, "="), let constant = file.identifier(k - 2) {
            attributes["router"] = "$route:" + constant
        }
        state.add(PendingFact(.route, .produces, name: file.value(path.value), attributes: attributes,
                              at: file.location(path.value.lowerBound), evidence: "createRoute"))
    }

    func served(open: Int, method: String, router: String, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let args = file.arguments(open)
        guard args.count >= 2, let first = args.first else { return }
        let path = file.value(first)
        guard path != .unknown, path.text?.hasPrefix("/") ?? true else { return }
        // The last argument is a handler: a function, an arrow, or a name.
        guard let last = args.last, isHandler(last, file) else { return }
        let router = routerName(router, at: open - 1, file, &state)
        state.add(PendingFact(.route, .produces, name: path, attributes: ["method": method == "all" ? "*" : method, "router": router],
                              at: file.location(first.lowerBound), evidence: router + "." + method))
    }

    func isHandler(_ range: Range<Int>, _ file: JSFactFile) -> Bool {
        let s = file.source
        var j = range.lowerBound
        if s.isIdentifier(j, "async") { j += 1 }
        if s.isIdentifier(j, "function") { return true }
        if s.isPunctuator(j, "("), file.partner[j] > j, s.isPunctuator(file.partner[j] + 1, "=>") || s.isPunctuator(file.partner[j] + 1, ":") { return true }
        if file.identifier(j) != nil, s.isPunctuator(j + 1, "=>") { return true }
        // A named handler or a controller method (`handlers.create`).
        var k = range.lowerBound
        while k < range.upperBound, file.identifier(k) != nil || file.isDot(k) { k += 1 }
        return k == range.upperBound || s.isPunctuator(k, "(")
    }

    func called(open: Int, method: String?, evidence: String, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let args = file.arguments(open)
        guard let first = args.first else { return }
        var url = file.value(first)
        var verb = method
        if let entries = file.objectEntries(first) {
            // `axios({ url, method })`
            guard let u = entries.first(where: { $0.key == "url" }) else { return }
            url = file.value(u.value)
            verb = entries.first { $0.key == "method" }.flatMap { file.value($0.value).text }
        } else if args.count > 1, let options = file.objectEntries(args[args.count - 1]),
                  let m = options.first(where: { $0.key == "method" }) {
            verb = file.value(m.value).text ?? "*"
        }
        guard url != .unknown else { return }
        state.add(PendingFact(.route, .consumes, name: url, attributes: ["method": verb ?? "get"],
                              at: file.location(first.lowerBound), evidence: evidence))
    }

    /// Next.js app router: `export async function POST(` / `export const GET =` in
    /// `app/**/route.ts`; the path is the folder's, route groups `(g)` left out.
    func nextRoute(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        let path = s.path
        guard let name = file.identifier(k), ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"].contains(name),
              s.isIdentifier(k - 2, "export") || s.isIdentifier(k - 3, "export"),
              let route = Self.nextPath(path) else { return }
        state.add(PendingFact(.route, .produces, name: .text(route), attributes: ["method": name],
                              at: file.location(k), evidence: "Next.js route.ts"))
    }

    static func nextPath(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard let last = parts.last, last.hasPrefix("route."), let app = parts.lastIndex(of: "app") else { return nil }
        let segments = parts[(app + 1)..<(parts.count - 1)].filter { !($0.hasPrefix("(") && $0.hasSuffix(")")) && !$0.hasPrefix("@") }
        return "/" + segments.joined(separator: "/")
    }
}
