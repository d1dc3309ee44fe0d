/// Queues in code. pg-boss: `send`, `sendAfter`, `insert`, `publish`, `schedule` produce; `work`,
/// `subscribe`, `fetch` consume; `createQueue(name, options)` declares, its options kept as
/// attributes. BullMQ: `new Queue(name)` declares and its `.add(job, …)` produces; `new
/// Worker(name, …)` and NestJS's `@Processor(name)` consume; `@InjectQueue(name)` declares.
///
/// A method is a pg-boss call only on a receiver that is one: a variable bound to `new
/// PgBoss(…)` or typed `PgBoss`, or whose name says so (`boss`, `pgBoss`, `this.boss`), so
/// `res.send("x")` and `ws.send(…)` never count. BullMQ's `Worker` and `Queue` count when the
/// file imports them from a BullMQ or Bull module.
public struct JSQueueFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["PgBoss", "Queue", "Worker", "Processor", "InjectQueue"] + methodWords

    static let produces: Set<String> = [
        "send", "sendAfter", "sendThrottled", "sendDebounced", "sendSingleton", "insert", "publish", "schedule",
    ]
    static let consumes: Set<String> = ["work", "subscribe", "fetch", "onComplete"]
    /// Every method name this extractor looks at, checked before anything is allocated.
    static let methodWords: [StaticString] = [
        "send", "sendAfter", "sendThrottled", "sendDebounced", "sendSingleton", "insert", "publish",
        "work", "subscribe", "fetch", "onComplete", "createQueue", "add", "schedule",
    ]

    /// Options worth carrying for rules (retry and expiry policy, deduplication).
    static let options: Set<String> = [
        "expireInSeconds", "expireInMinutes", "expireInHours", "retryLimit", "retryDelay", "retryBackoff",
        "singletonKey", "singletonSeconds", "priority", "deadLetter", "policy", "retentionDays", "batchSize",
        "teamSize", "teamConcurrency", "localConcurrency", "attempts", "concurrency",
    ]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier else { return }
        switch s.tokens[k].range.count {
        case 6 where s.is(k, "PgBoss"):
            if let variable = boundVariable(k, file) { state.bindings[variable] = .pgBoss }
        case 5 where s.is(k, "Queue") && s.isIdentifier(k - 1, "new"):
            bullQueue(k, file, &state)
        case 6 where s.is(k, "Worker") && s.isIdentifier(k - 1, "new"):
            guard isBull("Worker", state), let open = file.constructorCall(k), let first = file.arguments(open).first else { return }
            state.add(PendingFact(.queue, .consumes, name: file.value(first), attributes: options(file, file.arguments(open), from: 2),
                                  at: file.location(first.lowerBound), evidence: "new Worker (BullMQ)"))
        case 9 where s.is(k, "Processor") && s.isPunctuator(k - 1, "@"),
             11 where s.is(k, "InjectQueue") && s.isPunctuator(k - 1, "@"):
            guard let open = file.functionCall(k), let first = file.arguments(open).first else { return }
            let consumer = s.is(k, "Processor")
            state.add(PendingFact(.queue, consumer ? .consumes : .declares, name: file.value(first),
                                  at: file.location(first.lowerBound), evidence: consumer ? "@Processor" : "@InjectQueue"))
        default:
            guard file.isOneOf(k, Self.methodWords), let open = file.methodCall(k) else { return }
            let method = s.text(s.tokens[k])
            let receiver = file.receiver(of: k)
            if method == "add", let last = receiver.last, case .bullQueue(let queue)? = state.bindings[last] {
                let args = file.arguments(open)
                var attributes = options(file, args, from: 2)
                if let job = args.first.flatMap({ file.value($0).text }) { attributes["job"] = job }
                state.add(PendingFact(.queue, .produces, name: queue, attributes: attributes, at: file.location(k), evidence: "queue.add (BullMQ)"))
                return
            }
            guard Self.produces.contains(method) || Self.consumes.contains(method) || method == "createQueue",
                  isPgBoss(receiver, state) else { return }
            pgBoss(method, at: k, open: open, file, &state)
        }
    }

    func pgBoss(_ method: String, at k: Int, open: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let args = file.arguments(open)
        guard let first = args.first else { return }
        let evidence = "boss." + method
        // `send({ name, data, options })` and `insert([{ name, … }])` name the queue inside an object.
        var nameRange = first
        var attributes: [String: String] = [:]
        if let entries = file.objectEntries(first) ?? file.arrayFirstObject(first).flatMap({ file.objectEntries($0) }) {
            guard let name = entries.first(where: { $0.key == "name" }) else { return }
            nameRange = name.value
            if let opts = entries.first(where: { $0.key == "options" }) { attributes = options(file, [opts.value], from: 0) }
        }
        let direction: FactDirection
        if method == "createQueue" {
            direction = .declares
            attributes.merge(options(file, args, from: 1)) { $1 }
        } else if Self.produces.contains(method) {
            direction = .produces
            // `schedule(name, cron, data, options)`: each tick sends a job to the queue.
            attributes.merge(options(file, args, from: method == "schedule" ? 3 : 2)) { $1 }
            if method == "publish" { attributes["pubsub"] = "event" }
            if method == "schedule", args.count > 1, let cron = file.value(args[1]).text { attributes["cron"] = cron }
        } else {
            direction = .consumes
            if method == "subscribe" {
                // `subscribe(event, queue)`: the queue receives what is published under the event.
                attributes["pubsub"] = "event"
                if args.count > 1, let queue = file.value(args[1]).familyName { attributes["queue"] = queue }
            } else if args.count > 2 {
                attributes.merge(options(file, args, from: 1)) { $1 }
            }
        }
        state.add(PendingFact(.queue, direction, name: file.value(nameRange), attributes: attributes,
                              at: file.location(nameRange.lowerBound), evidence: evidence))
    }

    func bullQueue(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        guard isBull("Queue", state), let open = file.constructorCall(k), let first = file.arguments(open).first else { return }
        let name = file.value(first)
        guard name != .unknown else { return }
        if let variable = boundVariable(k, file) { state.bindings[variable] = .bullQueue(name) }
        state.add(PendingFact(.queue, .declares, name: name, attributes: options(file, file.arguments(open), from: 1),
                              at: file.location(first.lowerBound), evidence: "new Queue (BullMQ)"))
    }

    func isBull(_ name: String, _ state: JSFileFacts) -> Bool {
        guard let module = state.constants.modules[name] else { return false }
        return module == "bullmq" || module == "bull" || module.hasSuffix("/bullmq") || module.hasPrefix("@nestjs/bull")
    }

    func isPgBoss(_ receiver: [String], _ state: JSFileFacts) -> Bool {
        guard let last = receiver.last else { return false }
        if state.bindings[last] == .pgBoss { return true }
        return ASCII.containsIgnoringCase(last, "boss")
    }

    /// The variable a `new X(…)` or a `: X` annotation at `k` binds: `const boss = new PgBoss()`,
    /// `this.boss = new PgBoss()`, `private boss: PgBoss`.
    func boundVariable(_ k: Int, _ file: JSFactFile) -> String? {
        let s = file.source
        if s.isIdentifier(k - 1, "new"), s.isPunctuator(k - 2, "=") { return file.identifier(k - 3) }
        if s.isIdentifier(k - 1, "new"), s.isIdentifier(k - 2, "await"), s.isPunctuator(k - 3, "=") { return file.identifier(k - 4) }
        if s.isPunctuator(k - 1, ":") { return file.identifier(k - 2) }
        return nil
    }

    /// The options worth keeping from the first object literal among `args[from...]`.
    func options(_ file: JSFactFile, _ args: [Range<Int>], from index: Int) -> [String: String] {
        var attributes: [String: String] = [:]
        guard index < args.count else { return attributes }
        for arg in args[index...] {
            guard let entries = file.objectEntries(arg) else { continue }
            for entry in entries where Self.options.contains(entry.key) {
                let value = file.value(entry.value)
                attributes[entry.key] = value.text ?? file.source.text(file.source.tokens[entry.value.lowerBound])
            }
            break
        }
        return attributes
    }
}
