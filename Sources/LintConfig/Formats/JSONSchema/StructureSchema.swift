import Foundation

/// The subset of JSON Schema our `Schemas/*.schema.json` files use, enough to describe a config
/// file's keys and types: `type`, `properties`, `additionalProperties`, `patternProperties`,
/// `items`, `anyOf`, `enum`, `$ref` into `definitions`, and `x-kamal-context: free` for subtrees
/// whose content the tool itself does not check (Kamal's `options`, `labels`, …).
public indirect enum StructureSchema: Sendable {
    case any
    case node(Node)

    public struct Node: Sendable {
        public var types: [ValueType]?
        public var properties: [String: StructureSchema]
        public var additionalProperties: StructureSchema?  // nil: forbidden
        public var patternProperties: [(pattern: String, schema: StructureSchema)]
        public var items: StructureSchema?
        public var anyOf: [StructureSchema]
        public var enumValues: [String]?
        public var isFree: Bool
    }

    public enum ValueType: String, Sendable {
        case object, array, string, integer, number, boolean, null

        /// Kamal's wording (`type_description` in its validator): a YAML mapping is "a hash".
        public var description: String {
            switch self {
            case .object: "a hash"
            case .array: "an array"
            case .string: "a string"
            case .integer: "an integer"
            case .number: "a number"
            case .boolean: "a boolean"
            case .null: "null"
            }
        }
    }

    /// Parses a schema document; `path` names it in errors.
    public static func parse(json: String, path: String) throws(InputError) -> StructureSchema {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            throw InputError("schema is not valid JSON: \(error.localizedDescription)", at: .file(path))
        }
        guard let root = object as? [String: Any] else { throw InputError("schema must be a JSON object", at: .file(path)) }
        let definitions = root["definitions"] as? [String: Any] ?? [:]
        var resolver = Resolver(definitions: definitions, path: path)
        return try resolver.schema(root, pointer: "#")
    }

    private struct Resolver {
        let definitions: [String: Any]
        let path: String
        var resolving: Set<String> = []
        var resolved: [String: StructureSchema] = [:]

        mutating func schema(_ value: Any, pointer: String) throws(InputError) -> StructureSchema {
            if let flag = value as? Bool { return flag ? .any : .node(Node(types: [], properties: [:], additionalProperties: nil, patternProperties: [], items: nil, anyOf: [], enumValues: nil, isFree: false)) }
            guard let object = value as? [String: Any] else { throw InputError("schema at \(pointer) must be an object", at: .file(path)) }
            if let reference = object["$ref"] as? String {
                let prefix = "#/definitions/"
                guard reference.hasPrefix(prefix), let target = definitions[String(reference.dropFirst(prefix.count))] else {
                    throw InputError("schema at \(pointer): unresolvable $ref '\(reference)'", at: .file(path))
                }
                if let done = resolved[reference] { return done }
                guard !resolving.contains(reference) else {
                    throw InputError("schema at \(pointer): recursive $ref '\(reference)' is not supported", at: .file(path))
                }
                resolving.insert(reference)
                let result = try schema(target, pointer: reference)
                resolving.remove(reference)
                resolved[reference] = result
                return result
            }
            var types: [ValueType]?
            if let single = object["type"] as? String {
                types = [try valueType(single, pointer)]
            } else if let many = object["type"] as? [String] {
                types = try many.map { name throws(InputError) in try valueType(name, pointer) }
            }
            if object["x-kamal-context"] as? String == "free" {
                // The node's own type is still checked (Kamal wants `options` to be a hash); only
                // what is inside is free.
                guard let types else { return .any }
                return .node(Node(types: types, properties: [:], additionalProperties: .any, patternProperties: [],
                                  items: nil, anyOf: [], enumValues: nil, isFree: true))
            }
            var properties: [String: StructureSchema] = [:]
            for (key, sub) in object["properties"] as? [String: Any] ?? [:] {
                properties[key] = try schema(sub, pointer: pointer + "/properties/" + key)
            }
            var additional: StructureSchema? = .any
            if let flag = object["additionalProperties"] as? Bool {
                additional = flag ? .any : nil
            } else if let sub = object["additionalProperties"] {
                additional = try schema(sub, pointer: pointer + "/additionalProperties")
            }
            var patterns: [(String, StructureSchema)] = []
            for (pattern, sub) in (object["patternProperties"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
                patterns.append((pattern, try schema(sub, pointer: pointer + "/patternProperties/" + pattern)))
            }
            let items = try object["items"].map { (sub: Any) throws(InputError) in try schema(sub, pointer: pointer + "/items") }
            var anyOf: [StructureSchema] = []
            for (index, sub) in (object["anyOf"] as? [Any] ?? []).enumerated() {
                anyOf.append(try schema(sub, pointer: pointer + "/anyOf/\(index)"))
            }
            let enumValues = (object["enum"] as? [Any])?.map { "\($0)" }
            return .node(Node(types: types, properties: properties, additionalProperties: additional, patternProperties: patterns,
                              items: items, anyOf: anyOf, enumValues: enumValues, isFree: false))
        }

        func valueType(_ name: String, _ pointer: String) throws(InputError) -> ValueType {
            guard let type = ValueType(rawValue: name) else {
                throw InputError("schema at \(pointer): unsupported type '\(name)'", at: .file(path))
            }
            return type
        }
    }
}
