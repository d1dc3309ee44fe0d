/// One `env` block of a Kamal config, read the way `Kamal::Configuration::Env` reads it.
///
/// The trap this type exists to expose: when `clear`, `secret` or `tags` is present, Kamal takes
/// clear variables only from `clear` — plain `NAME: value` keys written beside them never reach
/// the container (`configuration/env.rb`: `config.fetch("clear", … ? {} : config)`).
public struct KamalEnv: Sendable {
    /// Where this block sits in Kamal's terms (`env`, `servers/web/env`, `accessories/db/env`),
    /// the same context Kamal's own error messages use.
    public var context: String
    public var clear: [KamalClearVariable]
    public var secrets: [KamalSecretReference]
    /// `env.tags`: host tag → the env applied to hosts carrying it.
    public var tags: [(tag: Located<String>, env: KamalEnv)]
    /// Plain keys written beside `clear`/`secret`/`tags`, which Kamal drops.
    public var droppedPlainKeys: [Located<String>]
    /// Which of `clear`, `secret`, `tags` the block writes (empty for the simple form).
    public var structuredKeys: [String] = []
    /// `env.secret` entries that are not `NAME` or `NAME:SECRET` (`- DATABASE_URL=postgres://…`):
    /// only their places are kept, since the text may hold the value itself.
    public var invalidSecretEntries: [Location] = []
    public var location: Location?

    public init(context: String, clear: [KamalClearVariable] = [], secrets: [KamalSecretReference] = [],
                tags: [(tag: Located<String>, env: KamalEnv)] = [], droppedPlainKeys: [Located<String>] = [],
                location: Location? = nil) {
        self.context = context
        self.clear = clear
        self.secrets = secrets
        self.tags = tags
        self.droppedPlainKeys = droppedPlainKeys
        self.location = location
    }

    static let specialKeys: Set<String> = ["clear", "secret", "tags"]

    /// Reads an `env` node; anything that is not a mapping gives an empty env (the schema check
    /// reports the type error).
    init(node: YAMLNode?, context: String) {
        self.init(context: context, location: node?.start)
        guard let map = node?.mapping else { return }
        structuredKeys = map.entries.compactMap { $0.key.string }.filter { Self.specialKeys.contains($0) }
        if structuredKeys.isEmpty {
            clear = Self.clearVariables(map)
            return
        }
        if let clearMap = map["clear"]?.mapping { clear = Self.clearVariables(clearMap) }
        for item in map["secret"]?.sequence ?? [] {
            if let reference = KamalSecretReference(node: item, context: context + "/secret") {
                secrets.append(reference)
            } else if let scalar = item.scalar, !scalar.isTemplated, scalar.value != .null {
                invalidSecretEntries.append(item.start)
            }
        }
        for entry in map["tags"]?.mapping?.entries ?? [] {
            let tagName = entry.key.scalar?.text ?? "?"
            tags.append((Located(tagName, at: entry.key.start), KamalEnv(node: entry.value, context: context + "/tags/" + tagName)))
        }
        droppedPlainKeys = map.entries.compactMap { entry in
            let name = entry.key.scalar?.text ?? "?"
            return Self.specialKeys.contains(entry.key.string ?? "") ? nil : Located(name, at: entry.key.start)
        }
    }

    private static func clearVariables(_ map: YAMLMapping) -> [KamalClearVariable] {
        map.entries.map { entry in
            KamalClearVariable(name: Located(entry.key.scalar?.text ?? "?", at: entry.key.start), value: entry.value)
        }
    }

    /// `Env#merge`: clear variables of `other` replace ours by name; secret names are a union.
    public func merged(with other: KamalEnv) -> KamalEnv {
        var result = self
        result.context = other.context
        for variable in other.clear {
            if let index = result.clear.firstIndex(where: { $0.name.value == variable.name.value }) {
                result.clear[index] = variable
            } else {
                result.clear.append(variable)
            }
        }
        for reference in other.secrets where !result.secrets.contains(where: { $0.raw == reference.raw }) {
            result.secrets.append(reference)
        }
        return result
    }

    /// Every secret this block and its tag blocks may look up.
    public var allSecretReferences: [KamalSecretReference] {
        secrets + tags.flatMap { $0.env.allSecretReferences }
    }
}

/// A clear variable: its name, and the YAML node of its value (values are never printed).
public struct KamalClearVariable: Sendable {
    public var name: Located<String>
    public var value: YAMLNode
}

/// A name in `env.secret` (or the registry password): `NAME` or the aliased `NAME:SECRET`, where
/// `NAME` is what the container sees and `SECRET` is what Kamal looks up in the secrets files.
public struct KamalSecretReference: Sendable, Hashable {
    /// The entry as written.
    public var raw: String
    public var envName: String
    public var secretName: String
    public var location: Location
    /// Where the reference sits, in Kamal's terms (`env/secret`, `registry/password`).
    public var context: String

    public init(raw: String, location: Location, context: String) {
        self.raw = raw
        let parts = raw.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        self.envName = String(parts[0])
        self.secretName = parts.count > 1 ? String(parts[1]) : String(parts[0])
        self.location = location
        self.context = context
    }

    /// Nil for a templated or null entry, and for text that is not `NAME` or `NAME:SECRET`:
    /// splitting `DATABASE_URL=postgres://u:PASSWORD@h/db` at its first `:` would make a password
    /// a secret's name, and print it.
    init?(node: YAMLNode, context: String) {
        guard let scalar = node.scalar, !scalar.isTemplated, scalar.value != .null, Self.isValidEntry(scalar.text) else { return nil }
        self.init(raw: scalar.text, location: node.start, context: context)
    }

    /// `NAME` or `NAME:SECRET`, each a run of letters, digits and `_` not starting with a digit.
    static func isValidEntry(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            guard let first = part.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
            return part.utf8.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        }
    }

    public var isAliased: Bool { envName != secretName }
}
