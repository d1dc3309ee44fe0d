import Foundation

/// A place where a YAML tree breaks its schema, worded as Kamal's validator words it:
/// `servers/web: unknown key: hots`, `proxy/app_port: should be an integer`.
public struct ConfigViolation: Sendable, Hashable {
    /// The key path in Kamal's form (`servers/web/hosts`), empty at the top.
    public var context: String
    public var problem: String
    public var location: Location

    public init(context: String, problem: String, location: Location) {
        self.context = context
        self.problem = problem
        self.location = location
    }

    public var message: String { context.isEmpty ? problem : "\(context): \(problem)" }
}

/// Checks a YAML tree against a `StructureSchema`.
public struct StructureValidator {
    public let schema: StructureSchema

    public init(schema: StructureSchema) { self.schema = schema }

    public func validate(_ node: YAMLNode) -> [ConfigViolation] {
        var violations: [ConfigViolation] = []
        check(node, against: schema, context: [], into: &violations)
        return violations
    }

    private func check(_ node: YAMLNode, against schema: StructureSchema, context: [String], into violations: inout [ConfigViolation]) {
        guard case .node(let rule) = schema else { return }
        if node.scalar?.isTemplated == true { return }  // rendered at deploy time: any type may come out
        let path = context.joined(separator: "/")

        if !rule.anyOf.isEmpty {
            var branchResults: [[ConfigViolation]] = []
            for branch in rule.anyOf {
                var branchViolations: [ConfigViolation] = []
                check(node, against: branch, context: context, into: &branchViolations)
                if branchViolations.isEmpty { return }
                branchResults.append(branchViolations)
            }
            // Report the branch the value was meant for: one whose type matches and that does
            // not forbid a key the value uses (the flat env form forbids `clear`, so an env with
            // `clear` meant the structured form — never "env/clear: should be null").
            let matching = zip(rule.anyOf, branchResults).filter { Self.typeMatches(node, $0.0) }
            if let (_, result) = matching.first(where: { !Self.forbidsAKey(of: node, $0.0) }) ?? matching.first {
                violations += result
                return
            }
            let types = rule.anyOf.flatMap(Self.declaredTypes)
            violations.append(ConfigViolation(context: path, problem: "should be " + Self.describe(types), location: node.start))
            return
        }

        if let types = rule.types, !types.contains(where: { Self.matches(node, $0) }) {
            violations.append(ConfigViolation(context: path, problem: "should be " + Self.describe(types), location: node.start))
            return
        }
        if let allowed = rule.enumValues, let scalar = node.scalar, !allowed.contains(scalar.text) {
            violations.append(ConfigViolation(context: path, problem: "should be one of: " + allowed.joined(separator: ", "),
                                              location: node.start))
        }
        if let map = node.mapping {
            for entry in map.entries {
                // A complex key (`? [a, b]` or `? {a: 1}`) has no text to look up: say what it is.
                guard let key = entry.key.scalar?.text else {
                    let shape = entry.key.sequence != nil ? "a sequence" : "a mapping"
                    violations.append(ConfigViolation(context: path, problem: "a key must be a plain scalar, not \(shape) (a YAML complex key)",
                                                      location: entry.key.start))
                    continue
                }
                if let sub = rule.properties[key] {
                    check(entry.value, against: sub, context: context + [key], into: &violations)
                } else if let pattern = rule.patternProperties.first(where: { Self.key(key, matches: $0.pattern) }) {
                    check(entry.value, against: pattern.schema, context: context + [key], into: &violations)
                } else if let additional = rule.additionalProperties {
                    check(entry.value, against: additional, context: context + [key], into: &violations)
                } else {
                    violations.append(ConfigViolation(context: path, problem: "unknown key: \(key)", location: entry.key.start))
                }
            }
        }
        if let items = node.sequence, let itemSchema = rule.items {
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, context: context + [String(index)], into: &violations)
            }
        }
    }

    /// Whether the schema names one of the mapping's keys only to forbid it (a `never` schema:
    /// null that must also equal false).
    static func forbidsAKey(of node: YAMLNode, _ schema: StructureSchema) -> Bool {
        guard case .node(let rule) = schema, let map = node.mapping else { return false }
        return map.entries.contains { entry in
            guard let key = entry.key.scalar?.text, case .node(let property)? = rule.properties[key] else { return false }
            return property.types == [.null] && property.enumValues != nil && property.anyOf.isEmpty
        }
    }

    /// A pattern that is `^` and a literal (Kamal's `^x-`) is a prefix test on bytes; any other
    /// goes to the regular-expression engine. Compiling even `^x-` through ICU cost a tenth of a
    /// whole `check` of `Examples/`, where every deploy file's keys are matched.
    static func key(_ key: String, matches pattern: String) -> Bool {
        if pattern.hasPrefix("^"), !pattern.utf8.dropFirst().contains(where: isRegexMetacharacter) {
            return key.utf8.starts(with: pattern.utf8.dropFirst())
        }
        return key.range(of: pattern, options: .regularExpression) != nil
    }

    private static func isRegexMetacharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "*"),
             UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"): true
        default: false
        }
    }

    static func declaredTypes(_ schema: StructureSchema) -> [StructureSchema.ValueType] {
        guard case .node(let rule) = schema else { return [] }
        return rule.types ?? rule.anyOf.flatMap(declaredTypes)
    }

    static func typeMatches(_ node: YAMLNode, _ schema: StructureSchema) -> Bool {
        let types = declaredTypes(schema)
        return types.isEmpty || types.contains { matches(node, $0) }
    }

    /// Kamal's `valid_type?`: a string slot takes any "stringish" scalar (numbers and booleans
    /// included, as Ruby would interpolate them), but not null.
    static func matches(_ node: YAMLNode, _ type: StructureSchema.ValueType) -> Bool {
        switch node.content {
        case .mapping: return type == .object
        case .sequence: return type == .array
        case .scalar(let scalar):
            switch (type, scalar.value) {
            case (.string, .string), (.string, .symbol), (.string, .integer), (.string, .float), (.string, .bool): return true
            case (.integer, .integer), (.number, .integer), (.number, .float), (.boolean, .bool), (.null, .null): return true
            default: return false
            }
        }
    }

    static func describe(_ types: [StructureSchema.ValueType]) -> String {
        var seen: [StructureSchema.ValueType] = []
        for type in types where !seen.contains(type) { seen.append(type) }
        return seen.map(\.description).joined(separator: " or ")
    }
}
