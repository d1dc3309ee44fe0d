/// A project function that reads the variable named by its first parameter
/// (`function required(name) { const v = process.env[name]; if (!v) throw …; return v }`), so
/// that each call with a literal (`required("DATABASE_URL")`) is a read of that variable.
struct EnvWrapper: Hashable, Sendable {
    enum Behaviour: Hashable, Sendable {
        /// Throws or exits when the variable is missing ("throws", "exits").
        case fails(String)
        /// Copes by itself (returns a default, guards); the reason.
        case copes(String)
        /// Falls back to the argument at this position when the caller passes one.
        case defaultsTo(parameter: Int)
        /// Returns what it read: the call is used as the read would be.
        case passesThrough
    }

    var name: String
    var behaviour: Behaviour
    /// Names the wrapper's body handles itself before it would fail (`switch (name) { case
    /// "PORT": return val ? Number(val) : 3002 }`): their calls cope.
    var handled: Set<String> = []
}

/// A call `name("LITERAL", …)` that reads an env variable if `name` is a wrapper of this file or
/// one imported from another file of the project; decided once the wrappers are known.
struct EnvWrapperCall: Hashable, Sendable {
    var callee: String
    var variable: String
    var location: Location
    var arguments: Int
    /// The decision for the call as if it were a plain read (for wrappers that pass through).
    var asRead: EnvReadUse
    var asReadWhy: String
    var isTopLevel: Bool
    /// The function the call is in, as findings name it.
    var site: String
    var language: SourceLanguage

    func read(through wrapper: EnvWrapper) -> EnvRead {
        let label = "`\(wrapper.name)()`"
        var use = asRead
        var why = asReadWhy
        switch wrapper.behaviour {
        case .fails where wrapper.handled.contains(variable):
            use = .optional
            why = "\(label) handles '\(variable)' itself"
        case .fails(let verb):
            use = isTopLevel ? .required : .requiredOnPath
            why = isTopLevel ? "\(label) \(verb) without it, at start-up" : "\(label) \(verb) without it, called in \(site)"
        case .copes(let reason):
            use = .optional
            why = "\(label): \(reason)"
        case .defaultsTo(let parameter) where arguments > parameter:
            use = .optional
            why = "given a default at the call of \(label)"
        case .defaultsTo, .passesThrough:
            break
        }
        return EnvRead(name: variable, location: location, use: use, why: why, language: language, form: .wrapperCall)
    }
}

/// What one source file contributes: its reads, the wrappers it defines, the calls that may be
/// wrapper calls, and the names it imports (local name → exported name).
struct EnvSourceScan: Sendable {
    var reads: [EnvRead]
    var wrappers: [String: EnvWrapper]
    var calls: [EnvWrapperCall]
    var imports: [String: String]
    /// Names the file sets itself (`process.env.X = …`, JS only), where it sets them.
    var assigned: [Located<String>] = []

    /// Reads with every call resolved against this file's wrappers, then the project's.
    func resolvedReads(projectWrappers: [String: EnvWrapper]) -> [EnvRead] {
        reads + calls.compactMap { call in
            if let local = wrappers[call.callee] { return call.read(through: local) }
            if let exported = imports[call.callee], let wrapper = projectWrappers[exported] { return call.read(through: wrapper) }
            return nil
        }
    }

    /// Whether a literal names an env variable (`DATABASE_URL`): upper case, digits, `_`.
    static func looksLikeVariable(_ name: String) -> Bool {
        name.utf8.count >= 2 && name.utf8.allSatisfy { (0x41...0x5A).contains($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") }
            && name.utf8.first.map { !ASCII.isDigit($0) } == true
    }
}
