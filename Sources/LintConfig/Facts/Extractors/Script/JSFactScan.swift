/// One pass over a file's tokens for every extractor: the driver hands each token to each
/// extractor, collects constant declarations on the way, and afterwards resolves the names
/// found against the constants of the whole project (imported `export const`s included).
public protocol JSFactExtractor: Sendable {
    /// Every identifier at which `visit` can start a fact: `scan` hands an identifier to an
    /// extractor only when one of these words has its length and first byte (`JSTriggerTable`),
    /// so a name `visit` reacts to but this list lacks is never seen. String and template
    /// tokens go to the extractors that read literals by themselves (`JSSQLFacts`,
    /// `JSURLParameterFacts`, `JSResponseValueFacts`); another such extractor must be added to that case of `scan`.
    static var triggerWords: [StaticString] { get }

    /// Looks at the token at `k` (called for every token, in order) and records what it finds.
    func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts)
}

/// What one file yields before names are resolved.
public struct JSFileFacts: Sendable {
    public var path: String
    public var constants = JSConstants()
    public var found: [PendingFact] = []
    /// Variables bound to an object of a known class (`boss` → `PgBoss`, `q` → a BullMQ queue
    /// named by the value), so a method call on them can be told from any other `.send(`.
    public var bindings: [String: JSBinding] = [:]
    /// `app.use("/p", router)`, `app.route("/p", sub)`, `register(plugin, { prefix })`: the
    /// router that mounts, the router mounted and the prefix its routes are served under.
    public var mounts: [JSMount] = []
    /// `x.openapi(getRoute, …)`: the route constant → the router that registers it.
    public var routeRegistrations: [String: String] = [:]
    /// `function register(api: typeof monitorsApi)`: a parameter → the router it stands for.
    public var routerTypes: [String: String] = [:]
    /// Functions that build a router and return it (`createAuthRouter`): its routes and mounts
    /// are recorded under the function's name.
    public var routerFactories: Set<String> = []

    /// Inserts whose column list is known whole, counted in file order: the next one's id.
    var insertStatements = 0

    public init(path: String) { self.path = path }

    public mutating func add(_ fact: PendingFact) { found.append(fact) }

    /// The id of the next insert of this file whose column list is known whole (`InsertStatement`).
    mutating func nextInsertStatement() -> String {
        insertStatements += 1
        return String(insertStatements)
    }
}

/// What a variable holds, when an extractor cares.
public enum JSBinding: Hashable, Sendable {
    case pgBoss
    case bullQueue(JSValue)
    /// A PostgreSQL client or pool, with what it connects to (its env variable, if any).
    case sqlClient(JSValue)
}

public enum JSFactScan {
    /// Every extractor of TypeScript/JavaScript facts, in the order they see each token.
    public static let extractors: [any JSFactExtractor] = [
        JSQueueFacts(),
        JSSQLFacts(),
        JSSupabaseFacts(),
        JSDrizzleFacts(),
        JSPrismaFacts(),
        JSHeaderFacts(),
        JSRouteFacts(),
        JSStorageAndPortFacts(),
        JSURLParameterFacts(),
        JSResponseValueFacts(),
    ]

    /// Reads one lexed file with every extractor, each token handed to each in the order of
    /// `extractors`. The extractors are called directly, not through the existential list: a
    /// copy of an existential per token and extractor cost a quarter of the scan. Punctuators,
    /// numbers and regexes start no fact, so only names, strings and templates are visited.
    ///
    /// An identifier goes only to the extractors whose trigger words share its length and first
    /// byte (`triggers`), and starts a declaration only when it could be `const`, `let`, …: most
    /// names in code (`data`, `await`, `items`) are passed over after one table lookup.
    public static func scan(_ source: JSSource) -> JSFileFacts {
        let file = JSFactFile(source: source)
        var state = JSFileFacts(path: source.path)
        let queue = JSQueueFacts(), sql = JSSQLFacts(), supabase = JSSupabaseFacts(), drizzle = JSDrizzleFacts()
        let headers = JSHeaderFacts(), routes = JSRouteFacts(), storage = JSStorageAndPortFacts()
        let prisma = JSPrismaFacts()
        let urlParameters = JSURLParameterFacts(), responseValues = JSResponseValueFacts()
        let triggers = Self.triggers
        let tokens = source.tokens
        let bytes = source.bytes
        for k in tokens.indices {
            let token = tokens[k]
            switch token.kind {
            case .identifier:
                let range = token.range
                let mask = triggers.mask(length: range.count, first: bytes[range.lowerBound])
                if mask == 0 { continue }
                if mask & JSTriggerTable.declaration != 0, Self.startsDeclaration(source, k) {
                    state.constants.collect(at: k, in: file)
                }
                if mask & 1 << 0 != 0 { queue.visit(k, in: file, &state) }
                if mask & 1 << 1 != 0 { sql.visit(k, in: file, &state) }
                if mask & 1 << 2 != 0 { supabase.visit(k, in: file, &state) }
                if mask & 1 << 3 != 0 { drizzle.visit(k, in: file, &state) }
                if mask & 1 << 8 != 0 { prisma.visit(k, in: file, &state) }
                if mask & 1 << 4 != 0 { headers.visit(k, in: file, &state) }
                if mask & 1 << 5 != 0 { routes.visit(k, in: file, &state) }
                if mask & 1 << 6 != 0 { storage.visit(k, in: file, &state) }
                if mask & 1 << 7 != 0 { urlParameters.visit(k, in: file, &state) }
                if mask & 1 << 9 != 0 { responseValues.visit(k, in: file, &state) }
            case .string, .template:
                // The extractors that read literals by themselves.
                sql.visit(k, in: file, &state)
                urlParameters.visit(k, in: file, &state)
                responseValues.visit(k, in: file, &state)
            case .punctuator, .number, .regex:
                continue
            }
        }
        return state
    }

    /// The trigger words of each extractor, one bit each in the order `scan` calls them, and
    /// the declaration keywords.
    static let triggers = JSTriggerTable([
        JSQueueFacts.triggerWords, JSSQLFacts.triggerWords, JSSupabaseFacts.triggerWords, JSDrizzleFacts.triggerWords,
        JSHeaderFacts.triggerWords, JSRouteFacts.triggerWords, JSStorageAndPortFacts.triggerWords,
        JSURLParameterFacts.triggerWords, JSPrismaFacts.triggerWords, JSResponseValueFacts.triggerWords,
    ], declarations: ["let", "var", "enum", "const", "import", "export"])

    /// Reads one lexed file with the given extractors (a test's selection), in their order.
    public static func scan(_ source: JSSource, extractors: [any JSFactExtractor]) -> JSFileFacts {
        let file = JSFactFile(source: source)
        var state = JSFileFacts(path: source.path)
        for k in source.tokens.indices {
            if source.tokens[k].kind == .identifier, Self.startsDeclaration(source, k) {
                state.constants.collect(at: k, in: file)
            }
            for extractor in extractors { extractor.visit(k, in: file, &state) }
        }
        return state
    }

    static func startsDeclaration(_ s: JSSource, _ k: Int) -> Bool {
        switch s.tokens[k].range.count {
        case 3: return s.is(k, "let") || s.is(k, "var")
        case 4: return s.is(k, "enum")
        case 5: return s.is(k, "const")
        case 6: return s.is(k, "import") || s.is(k, "export")
        default: return false
        }
    }

    /// The facts of a project's files, names resolved through the project's constants and
    /// names known from outside the code (`external`: the Prisma schema's tables and columns).
    public static func facts(_ files: [JSFileFacts], project: String, external: [String: JSValue] = [:]) -> [Fact] {
        let constants = JSProjectConstants(files.map(\.constants))
        let mounts = JSRouteMounts(files, constants)
        var facts: [Fact] = []
        facts.reserveCapacity(files.reduce(0) { $0 + $1.found.count })
        for (index, file) in files.enumerated() {
            // A file's facts name the same few constants again and again (a drizzle table's
            // `jobs.$table`): each is resolved once per file.
            var resolvedNames: [String: JSValue?] = [:]
            let lookup: (String) -> JSValue? = { name in
                if let known = resolvedNames[name] { return known }
                let value = constants.lookup(name, in: index) ?? external[name]
                resolvedNames[name] = .some(value)
                return value
            }
            for pending in file.found {
                // Only a route with a router is changed before it is resolved: no other fact is copied.
                if pending.kind == .route, pending.attributes["router"] != nil {
                    var route = pending
                    let router = route.attributes.removeValue(forKey: "router") ?? ""
                    // A factory's router mounted only through calls that cannot be followed: its
                    // prefix is unknown, so its routes are served nowhere known.
                    guard let prefixes = mounts.prefixes(router: router, in: index) else { continue }
                    if !prefixes.isEmpty {
                        let path = route.name
                        for prefix in prefixes {
                            route.name = .template([prefix, path])
                            if let fact = resolve(route, lookup: lookup, project: project) { facts.append(fact) }
                        }
                        continue
                    }
                    if let fact = resolve(route, lookup: lookup, project: project) { facts.append(fact) }
                    continue
                }
                if let fact = resolve(pending, lookup: lookup, project: project) { facts.append(fact) }
            }
        }
        return facts
    }

    /// The port a process listens on: the number, the fallback of an env read, else `$VAR`.
    static func portName(_ value: JSValue) -> String? {
        switch value {
        case .text(let text): return Int(text).map(String.init)
        case .env(let name): return "$" + name
        case .either(let first, let fallback):
            if let number = portName(fallback), !number.hasPrefix("$") { return number }
            return portName(first)
        default: return nil
        }
    }

    static func resolve(_ pending: PendingFact, lookup: (String) -> JSValue?, project: String) -> Fact? {
        let name = (pending.kind == .route ? pending.name.markingPathRest(lookup) : pending.name).resolved(lookup)
        var attributes = pending.attributes
        let formatted: String?
        switch pending.kind {
        case .httpHeader: formatted = name.familyName?.lowercased()
        case .route: formatted = RoutePath.normalise(name, attributes: &attributes)
        case .port: formatted = Self.portName(name)
        default: formatted = name.familyName
        }
        // A queue created under a computed name (`for (const q of QUEUES) createQueue(q)`) is kept
        // as `*`: a rule must know that the project may create any queue.
        if pending.kind == .queue, pending.direction == .declares, formatted == nil || formatted == "*" {
            attributes["computed"] = "true"
            return Fact(kind: .queue, name: "*", direction: .declares, attributes: attributes, project: project,
                        location: pending.location, evidence: pending.evidence)
        }
        guard let formatted, !formatted.isEmpty, formatted != "*" else { return nil }
        // A column of a table whose name is computed cannot be matched against a schema.
        let isColumn = pending.kind == .column || pending.kind == .columnValue
        if isColumn, formatted.utf8.contains(UInt8(ascii: "*")) { return nil }
        let isValue = pending.kind == .columnValue || pending.kind == .responseValue
        let value = pending.value.map { $0.resolved(lookup) }
        if isValue, value?.text == nil { return nil }
        if let env = pending.source?.resolved(lookup).envVariable { attributes["env"] = env }
        if let env = value?.envVariable, pending.kind == .port { attributes["env"] = env }
        return Fact(kind: pending.kind, name: formatted, direction: pending.direction,
                    value: pending.kind == .port ? nil : value.flatMap { $0.text ?? $0.familyName },
                    attributes: attributes, project: project, location: pending.location, evidence: pending.evidence)
    }
}
