/// How the contract of one project in one environment moved since its baseline: facts added,
/// removed or changed. The comparison is generic over the manifest's shape — an array of objects
/// with a `name` is a set of facts keyed by name, an array of strings a set of names, anything
/// else a value — so every fact kind the manifest gains is compared without a line here.
public struct DriftChange: Hashable, Sendable, Comparable {
    public enum Change: String, Sendable, Comparable {
        case added, removed, changed
        public static func < (lhs: Change, rhs: Change) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var project: String
    public var environment: String
    public var change: Change
    /// Where in the manifest: `facts`, `exampleFiles`, `deploys.staging.deploy`, … (`project`
    /// when the whole project appeared or vanished).
    public var path: String
    /// The fact's name; empty for a value (`root`, a deploy description).
    public var name: String
    /// For a change: what changed, `required: true → false`.
    public var detail: String
    /// For a fact of the manifest's `facts` list: its kind (`queue`) and direction (`consumes`).
    public var kind: String
    public var direction: String

    public init(project: String, environment: String, change: Change, path: String, name: String,
                kind: String = "", direction: String = "", detail: String = "") {
        self.kind = kind
        self.direction = direction
        self.project = project
        self.environment = environment
        self.change = change
        self.path = path
        self.name = name
        self.detail = detail
    }

    public static func < (lhs: DriftChange, rhs: DriftChange) -> Bool {
        [lhs.environment, lhs.project, lhs.path, lhs.kind, lhs.name, lhs.direction, lhs.change.rawValue]
            .lexicographicallyPrecedes([rhs.environment, rhs.project, rhs.path, rhs.kind, rhs.name, rhs.direction, rhs.change.rawValue])
    }

    /// One line: "env `CALLBACK_URL` no longer supplied", "env `PORT` (consumes) changed: attributes.use: required → optional".
    public var message: String {
        let (label, added, removed) = kind.isEmpty ? Self.phrasing(path) : Self.factPhrasing(kind, direction)
        let subject = name.isEmpty ? label : "\(label) `\(name)`"
        switch change {
        case .added: return "\(subject) \(added)"
        case .removed: return "\(subject) \(removed)"
        case .changed: return "\(subject)\(direction.isEmpty ? "" : " (\(direction))") changed: \(detail)"
        }
    }

    /// Words for the manifest paths people meet most; any other path is named as it is.
    static func phrasing(_ path: String) -> (label: String, added: String, removed: String) {
        let parts = path.split(separator: ".").map(String.init)
        switch (parts.first, parts.last) {
        case ("project", _): return ("project", "added", "removed")
        case ("exampleFiles", _): return ("env example file", "added", "removed")
        case ("deploys", "deploy"): return ("deploy", "added", "removed")
        case ("schema", "tables"): return ("table", "created", "dropped")
        case ("schema", "columns"): return ("column", "added", "dropped")
        default: return (path, "added", "removed")
        }
    }

    /// "queue `apply-job` gained a consumer", "column `jobs.priority` no longer written".
    static func factPhrasing(_ kind: String, _ direction: String) -> (label: String, added: String, removed: String) {
        if kind == FactKind.envVar.rawValue {
            switch direction {
            case "consumes": return ("env", "now read", "no longer read")
            case "produces": return ("env", "now supplied", "no longer supplied")
            case "declares": return ("env", "now documented", "no longer documented")
            default: break
            }
        }
        return switch direction {
        case "produces": (kind, "gained a producer", "lost a producer")
        case "consumes": (kind, "gained a consumer", "lost a consumer")
        case "writes": (kind, "now written", "no longer written")
        case "reads": (kind, "now read", "no longer read")
        case "declares": (kind, "now declared", "no longer declared")
        default: (kind, "added (\(direction))", "removed (\(direction))")
        }
    }
}

public enum ManifestDrift {
    /// The changes between two manifests of one project and environment (either may be nil: a
    /// project that appeared or vanished is one change, not one per fact).
    public static func compare(baseline: JSONValue?, current: JSONValue?, project: String, environment: String) -> [DriftChange] {
        switch (baseline, current) {
        case (nil, nil): return []
        case (nil, _): return [DriftChange(project: project, environment: environment, change: .added, path: "project", name: project)]
        case (_, nil): return [DriftChange(project: project, environment: environment, change: .removed, path: "project", name: project)]
        case (let old?, let new?):
            let before = facts(of: old)
            let after = facts(of: new)
            var changes: [DriftChange] = []
            for (key, value) in after {
                guard let previous = before[key] else {
                    changes.append(DriftChange(project: project, environment: environment, change: .added, path: key.path,
                                               name: key.name, kind: key.kind, direction: key.direction))
                    continue
                }
                if previous != value {
                    changes.append(DriftChange(project: project, environment: environment, change: .changed, path: key.path,
                                               name: key.name, kind: key.kind, direction: key.direction,
                                               detail: difference(previous, value)))
                }
            }
            for key in before.keys where after[key] == nil {
                changes.append(DriftChange(project: project, environment: environment, change: .removed, path: key.path,
                                           name: key.name, kind: key.kind, direction: key.direction))
            }
            return changes.sorted()
        }
    }

    struct FactKey: Hashable {
        var path: String
        var name: String
        /// For entries of the `facts` list: the fact's kind and direction, for the message.
        var kind = ""
        var direction = ""
        /// The environment of a fact of one deploy: part of its identity, not of its name (a
        /// baseline holds one environment).
        var environment = ""
    }

    /// Members that say which fact an entry is (a queue named `x` produced and one consumed are two
    /// facts; a read that became optional is one fact that changed). The other members are the
    /// fact's attributes.
    static let identityMembers = ["kind", "name", "direction", "value", "environment"]

    /// The project object of a manifest flattened to facts: path + identity → the attributes of
    /// every entry with that identity (usually one), sorted.
    static func facts(of manifest: JSONValue) -> [FactKey: JSONValue] {
        var facts: [FactKey: [JSONValue]] = [:]
        let project = manifest.member("projects")?.items?.first ?? manifest
        guard case .object(let members) = project else { return [:] }
        for (key, value) in members where key != "name" { flatten(value, path: key, into: &facts) }
        return facts.mapValues { values in
            values.count == 1 ? values[0] : .array(values.sorted { compact($0) < compact($1) })
        }
    }

    private static func flatten(_ value: JSONValue, path: String, into facts: inout [FactKey: [JSONValue]]) {
        switch value {
        case .object(let members):
            for (key, member) in members { flatten(member, path: path + "." + key, into: &facts) }
        case .array(let items):
            for item in items {
                guard case .object(var members) = item, case .string(let name)? = members["name"] else {
                    facts[FactKey(path: path, name: compact(item)), default: []].append(.null)
                    continue
                }
                var key = FactKey(path: path, name: name)
                for member in identityMembers {
                    guard let part = members.removeValue(forKey: member) else { continue }
                    switch member {
                    case "kind": key.kind = compact(part)
                    case "direction": key.direction = compact(part)
                    case "value": key.name += " = " + compact(part)
                    case "environment": key.environment = compact(part)
                    default: break
                    }
                }
                facts[key, default: []].append(.object(members))
            }
        default:
            facts[FactKey(path: path, name: ""), default: []].append(value)
        }
    }

    /// `required: true → false`, `attributes.retryLimit: 3 → 5`, or the whole value when it is not an object.
    static func difference(_ old: JSONValue, _ new: JSONValue, prefix: String = "") -> String {
        guard case .object(let before) = old, case .object(let after) = new else {
            return (prefix.isEmpty ? "" : prefix + ": ") + "\(compact(old)) → \(compact(new))"
        }
        return Set(before.keys).union(after.keys).sorted().compactMap { key -> String? in
            let was = before[key], now = after[key]
            guard was != now else { return nil }
            let path = prefix.isEmpty ? key : prefix + "." + key
            guard let was, let now else { return "\(path): \(was.map(compact) ?? "absent") → \(now.map(compact) ?? "absent")" }
            return difference(was, now, prefix: path)
        }.joined(separator: ", ")
    }

    /// A value on one line, for messages.
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.keys.sorted().map { "\($0): \(compact(members[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}
