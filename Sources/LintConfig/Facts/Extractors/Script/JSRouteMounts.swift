/// `app.route("/p", sub)`, `app.use("/p", router)`, `fastify.register(plugin, { prefix })`
/// in one file: the router that mounts, the router mounted, and the prefix.
public struct JSMount: Sendable {
    public var parent: String
    public var child: String
    public var prefix: JSValue
}

/// Where each router of a project is served: routers are found by the name they have in their
/// own file (`const app = new Hono()` exported as `export const jobsRouter = app`, `export {
/// app as jobsRouter }` or `export default app`) and followed through imports to the files
/// that mount them, mount by mount up to a router nothing mounts. A router mounted at two
/// places serves its routes under both prefixes.
struct JSRouteMounts {
    struct Node: Hashable {
        var file: Int
        var name: String
    }

    let files: [JSFileFacts]
    private var incoming: [Node: [(parent: Node, prefix: JSValue)]] = [:]
    /// A route constant (`export const getRoute = createRoute(…)`) → the router that
    /// registers it in another file (`api.openapi(getRoute, …)`).
    private var registrations: [String: Node] = [:]
    /// Functions mounted as a call (`app.route("/p", createSub())`) that no router factory of
    /// the project answers to: a factory of that name mounted nowhere else has no known prefix.
    private var unresolvedCalls: Set<String> = []

    /// More prefixes than this for one router is a generated fan-out, not a mount tree.
    static let maximumPrefixes = 16

    init(_ files: [JSFileFacts], _ constants: JSProjectConstants) {
        self.files = files
        for (index, file) in files.enumerated() {
            for mount in file.mounts {
                let parent = node(mount.parent, in: index)
                let child: Node
                if let function = mount.child.removingPrefix("$call:") {
                    guard let factory = factory(function, in: index) else {
                        unresolvedCalls.insert(file.constants.imports[function] ?? function)
                        continue
                    }
                    child = factory
                } else {
                    child = node(mount.child, in: index)
                }
                guard parent != child else { continue }
                let prefix = mount.prefix.resolved { constants.lookup($0, in: index) }
                incoming[child, default: []].append((parent, prefix))
            }
            for (constant, router) in file.routeRegistrations {
                guard let external = file.constants.imports[constant] else { continue }
                registrations[external] = node(router, in: index)
            }
        }
    }

    /// The prefixes the routes a pending fact's router serves are reached under; `[]` when
    /// nothing mounts it; nil when it is reached only through a router factory mounted by calls
    /// that cannot be followed (where it is served is unknown).
    func prefixes(router: String, in file: Int) -> [JSValue]? {
        var name = router
        if let constant = router.removingPrefix("$route:") {
            // `const r = createRoute(…)` registered by `x.openapi(r, …)` in this file or another.
            if let local = files[file].routeRegistrations[constant] {
                name = local
            } else if let registered = registrations[constant] {
                return served(prefixes(of: registered, depth: 0))
            } else {
                return []
            }
        }
        return served(prefixes(of: node(name, in: file), depth: 0))
    }

    private func served(_ prefixes: [JSValue]) -> [JSValue]? {
        prefixes.isEmpty ? nil : prefixes.filter { $0 != .text("") }
    }

    private func prefixes(of node: Node, depth: Int) -> [JSValue] {
        guard depth < 16, let mounts = incoming[node], !mounts.isEmpty else {
            let unknown = files[node.file].routerFactories.contains(node.name) && unresolvedCalls.contains(node.name)
            return unknown ? [] : [.text("")]
        }
        var result: [JSValue] = []
        for mount in mounts {
            for outer in prefixes(of: mount.parent, depth: depth + 1) {
                let joined = JSValue.template([outer, mount.prefix]).resolved { _ in nil }
                if !result.contains(joined) { result.append(joined) }
                if result.count >= Self.maximumPrefixes { return result }
            }
        }
        return result
    }

    /// The router a name stands for in a file: a parameter typed `typeof monitorsApi`, an
    /// import (named or default) followed to the file that exports it, a local router, or a
    /// router exported once in the whole project.
    func node(_ written: String, in index: Int) -> Node {
        let file = files[index]
        let name = file.routerTypes[written] ?? written
        let constants = file.constants
        if let external = constants.imports[name] {
            let module = constants.modules[name]
            guard let exporter = exporter(of: external, module: module, from: index) else {
                return Node(file: index, name: name)
            }
            return local(external, in: exporter)
        }
        if let module = constants.modules[name], !constants.namespaces.contains(name) {
            guard let exporter = exporter(of: "default", module: module, from: index) else {
                return Node(file: index, name: name)
            }
            return local("default", in: exporter)
        }
        if constants.declared.contains(name) || constants.exported.contains(name) { return local(name, in: index) }
        if let exporter = exporter(of: name, module: nil, from: index) { return local(name, in: exporter) }
        return Node(file: index, name: name)
    }

    /// The router factory a call of `function` in a file runs: one of the file's own, else the
    /// one the import names (narrowed by its module), else the only one of that name.
    func factory(_ function: String, in index: Int) -> Node? {
        let imported = files[index].constants.imports[function]
        let name = imported ?? function
        if imported == nil, files[index].routerFactories.contains(name) { return Node(file: index, name: name) }
        if imported == nil, let module = files[index].constants.modules[function],
           !files[index].constants.namespaces.contains(function) {
            // A default import: the one factory of the file it names.
            let named = files.indices.filter { Self.module(module, from: files[index].path, names: files[$0].path) }
            if named.count == 1, files[named[0]].routerFactories.count == 1,
               let only = files[named[0]].routerFactories.first {
                return Node(file: named[0], name: only)
            }
        }
        let candidates = files.indices.filter { $0 != index && files[$0].routerFactories.contains(name) }
        if candidates.count == 1 { return Node(file: candidates[0], name: name) }
        guard let module = files[index].constants.modules[function] else { return nil }
        let matching = candidates.filter { Self.module(module, from: files[index].path, names: files[$0].path) }
        return matching.count == 1 ? Node(file: matching[0], name: name) : nil
    }

    /// An exported name as its own file calls the router: `export const jobs = app` → `app`.
    private func local(_ exported: String, in index: Int) -> Node {
        let constants = files[index].constants
        if exported == "default" { return Node(file: index, name: constants.defaultExport ?? "default") }
        // Only a name the file declares: `const r = new Hono()` reads as a reference to `new`.
        if case .reference(let name)? = constants.values[exported], constants.declared.contains(name),
           name != exported {
            return Node(file: index, name: name)
        }
        return Node(file: index, name: exported)
    }

    /// The one file that exports `name`, narrowed by the import's module path when several do.
    private func exporter(of name: String, module: String?, from index: Int) -> Int? {
        let candidates = files.indices.filter { other in
            other != index && (name == "default" ? files[other].constants.defaultExport != nil : files[other].constants.exported.contains(name))
        }
        if candidates.count == 1 { return candidates[0] }
        guard let module else { return nil }
        let matching = candidates.filter { Self.module(module, from: files[index].path, names: files[$0].path) }
        return matching.count == 1 ? matching[0] : nil
    }

    /// Whether an import's module names a file: `./telegram` from `a/webhooks/index.ts` is
    /// `a/webhooks/telegram.ts` or `a/webhooks/telegram/index.ts`; an alias or package path
    /// (`@api/rest/routers`) matches by its tail after the alias.
    static func module(_ module: String, from importer: String, names path: String) -> Bool {
        var stem = path
        if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        let bare = stem.hasSuffix("/index") ? String(stem.dropLast(6)) : stem
        if module.hasPrefix(".") {
            var parts = importer.split(separator: "/").dropLast().map(String.init)
            for part in module.split(separator: "/") {
                if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
            }
            let target = parts.joined(separator: "/")
            return stem == target || bare == target
        }
        let tail = module.split(separator: "/").dropFirst().joined(separator: "/")
        guard !tail.isEmpty else { return false }
        return stem.hasSuffix("/" + tail) || bare.hasSuffix("/" + tail)
    }
}

extension String {
    func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
