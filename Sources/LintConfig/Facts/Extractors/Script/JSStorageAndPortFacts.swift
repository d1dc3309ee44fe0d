/// Browser storage keys and listening ports.
///
/// Storage: `localStorage` / `sessionStorage` / React Native's `AsyncStorage` `.setItem(k, v)`
/// produces `k`, `.getItem(k)` consumes it, `.removeItem(k)` consumes it with `operation:
/// remove`; keys may be constants. The storage is an attribute (`local`, `session`, `async`):
/// a key written to one and read from the other is a contract broken.
///
/// Ports: `app.listen(port)`, `server.listen(port)`, `Bun.serve({ port })`, `serve({ port })`,
/// `Deno.serve({ port })`. The fact's name is the port the process listens on when it is
/// known (the literal, or the fallback of `process.env.PORT ?? 3000`), else `$PORT` for a
/// port taken from the environment alone; `env` names the variable.
public struct JSStorageAndPortFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["setItem", "getItem", "removeItem", "listen", "serve"]

    static let storages: [String: String] = ["localStorage": "local", "sessionStorage": "session", "AsyncStorage": "async"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier else { return }
        switch s.tokens[k].range.count {
        case 7 where s.is(k, "setItem") || s.is(k, "getItem"), 10 where s.is(k, "removeItem"):
            guard let open = file.methodCall(k), let owner = file.receiver(of: k).last, let storage = Self.storages[owner],
                  let first = file.arguments(open).first else { return }
            let method = s.text(s.tokens[k])
            var attributes = ["storage": storage]
            if method == "removeItem" { attributes["operation"] = "remove" }
            state.add(PendingFact(.storageKey, method == "setItem" ? .produces : .consumes, name: file.value(first),
                                  attributes: attributes, at: file.location(first.lowerBound), evidence: owner + "." + method))
        case 6 where s.is(k, "listen"):
            guard let open = file.methodCall(k), let first = file.arguments(open).first, let owner = file.receiver(of: k).last else { return }
            if case .sqlClient? = state.bindings[owner] { return }
            if ["sql", "subscriber", "pgListen", "listener", "emitter", "events"].contains(owner) { return }
            if let entries = file.objectEntries(first) {
                guard let port = entries.first(where: { $0.key == "port" }) else { return }
                add(port.value, file, &state, evidence: owner + ".listen")
            } else {
                let token = s.tokens[first.lowerBound]
                // `listen(port)`, not `listen("channel")` or `listen(handler)`.
                guard token.kind == .number || token.kind == .identifier else { return }
                add(first, file, &state, evidence: owner + ".listen")
            }
        case 5 where s.is(k, "serve"):
            guard s.isPunctuator(k + 1, "("), let first = file.arguments(k + 1).first, let entries = file.objectEntries(first),
                  let port = entries.first(where: { $0.key == "port" }) else { return }
            let owner = file.receiver(of: k).last
            add(port.value, file, &state, evidence: (owner.map { $0 + "." } ?? "") + "serve")
        default:
            return
        }
    }

    func add(_ range: Range<Int>, _ file: JSFactFile, _ state: inout JSFileFacts, evidence: String) {
        let value = file.value(range)
        guard value != .unknown else { return }
        state.add(PendingFact(.port, .produces, name: value, value: value, at: file.location(range.lowerBound), evidence: evidence))
    }
}
