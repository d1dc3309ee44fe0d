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

    /// Parses a schema document; `path` names it in errors. Read with our byte-level JSON reader
    /// (`JSONValue.parse`), not Foundation's `JSONSerialization`: the Kamal schema is read on
    /// every run that checks a deploy file, and bridging its 33 KB through `NSDictionary` was a
    /// measurable share of a whole `check` of `Examples/` (issue 11's 30 ms target).
    public static func parse(json: String, path: String) throws(InputError) -> StructureSchema {
        let document: JSONValue
        do {
            document = try JSONValue.parse(json, path: path)
        } catch {
            throw InputError("schema is not valid JSON: \(error.message)", at: error.location)
        }
        guard case .object(let root) = document else {
            throw InputError("schema must be a JSON object", at: .file(path))
        }
        var definitions: [String: JSONValue] = [:]
        if case .object(let object)? = root["definitions"] { definitions = object }
        var resolver = Resolver(definitions: definitions, path: path)
        return try resolver.schema(.object(root), pointer: "#")
    }

    private struct Resolver {
        let definitions: [String: JSONValue]
        let path: String
        var resolving: Set<String> = []
        var resolved: [String: StructureSchema] = [:]

        mutating func schema(_ value: JSONValue, pointer: String) throws(InputError) -> StructureSchema {
            if case .bool(let flag) = value {
                return flag ? .any : .node(Node(types: [], properties: [:], additionalProperties: nil,
                                                patternProperties: [], items: nil, anyOf: [], enumValues: nil,
                                                isFree: false))
            }
            guard case .object(let object) = value else {
                throw InputError("schema at \(pointer) must be an object", at: .file(path))
            }
            if case .string(let reference)? = object["$ref"] {
                let prefix = "#/definitions/"
                guard reference.hasPrefix(prefix),
                      let target = definitions[String(reference.dropFirst(prefix.count))] else {
                    throw InputError("schema at \(pointer): unresolvable $ref '\(reference)'", at: .file(path))
                }
                if let done = resolved[reference] { return done }
                guard !resolving.contains(reference) else {
                    throw InputError("schema at \(pointer): recursive $ref '\(reference)' is not supported",
                                     at: .file(path))
                }
                resolving.insert(reference)
                let result = try schema(target, pointer: reference)
                resolving.remove(reference)
                resolved[reference] = result
                return result
            }
            var types: [ValueType]?
            switch object["type"] {
            case .string(let single)?:
                types = [try valueType(single, pointer)]
            case .array(let many)?:
                types = try many.map { (name: JSONValue) throws(InputError) in
                    guard case .string(let text) = name else {
                        throw InputError("schema at \(pointer): a type must be a string", at: .file(path))
                    }
                    return try valueType(text, pointer)
                }
            default:
                break
            }
            if case .string("free")? = object["x-kamal-context"] {
                // The node's own type is still checked (Kamal wants `options` to be a hash); only
                // what is inside is free.
                guard let types else { return .any }
                return .node(Node(types: types, properties: [:], additionalProperties: .any, patternProperties: [],
                                  items: nil, anyOf: [], enumValues: nil, isFree: true))
            }
            var properties: [String: StructureSchema] = [:]
            for (key, sub) in members(object["properties"]) {
                properties[key] = try schema(sub, pointer: pointer + "/properties/" + key)
            }
            var additional: StructureSchema? = .any
            if case .bool(let flag)? = object["additionalProperties"] {
                additional = flag ? .any : nil
            } else if let sub = object["additionalProperties"] {
                additional = try schema(sub, pointer: pointer + "/additionalProperties")
            }
            var patterns: [(String, StructureSchema)] = []
            for (pattern, sub) in members(object["patternProperties"]).sorted(by: { $0.key < $1.key }) {
                patterns.append((pattern, try schema(sub, pointer: pointer + "/patternProperties/" + pattern)))
            }
            let items = try object["items"].map { (sub: JSONValue) throws(InputError) in
                try schema(sub, pointer: pointer + "/items")
            }
            var anyOf: [StructureSchema] = []
            if case .array(let subs)? = object["anyOf"] {
                for (index, sub) in subs.enumerated() {
                    anyOf.append(try schema(sub, pointer: pointer + "/anyOf/\(index)"))
                }
            }
            var enumValues: [String]?
            if case .array(let values)? = object["enum"] { enumValues = values.map(Self.text) }
            return .node(Node(types: types, properties: properties, additionalProperties: additional,
                              patternProperties: patterns, items: items, anyOf: anyOf, enumValues: enumValues,
                              isFree: false))
        }

        private func members(_ value: JSONValue?) -> [String: JSONValue] {
            if case .object(let object)? = value { return object }
            return [:]
        }

        /// An `enum` entry as the YAML scalar it is compared with would read.
        private static func text(_ value: JSONValue) -> String {
            switch value {
            case .string(let s): s
            case .integer(let i): String(i)
            case .bool(let b): b ? "true" : "false"
            case .null: "null"
            case .array, .object: value.rendered().trimmingCharacters(in: .newlines)
            }
        }

        func valueType(_ name: String, _ pointer: String) throws(InputError) -> ValueType {
            guard let type = ValueType(rawValue: name) else {
                throw InputError("schema at \(pointer): unsupported type '\(name)'", at: .file(path))
            }
            return type
        }
    }
}
