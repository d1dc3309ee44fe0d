import Foundation
@testable import LintConfig

/// A JSON Schema (draft-04) validator for tests, covering every keyword the official SARIF 2.1.0
/// schema uses: `$ref` into `definitions`, `type`, `properties`, `additionalProperties`,
/// `required`, `items`, `minItems`, `uniqueItems`, `enum`, `minimum`, `maximum`, `oneOf`,
/// `anyOf`, `allOf`, `not`, `pattern` and the `uri` / `uri-reference` formats (`date-time` is not
/// checked: no report prints a time). The schema is read with JSONSerialization (it has
/// fractional numbers); the document with `JSONValue`, whose cases keep booleans and integers
/// apart exactly.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schemaJSON: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(schemaJSON.utf8)) as? [String: Any] else {
            throw UsageError("the schema is not a JSON object")
        }
        root = object
    }

    /// Every violation as `pointer: problem`; empty when the document is valid.
    func validate(_ document: JSONValue) -> [String] {
        var errors: [String] = []
        check(document, against: root, at: "", errors: &errors)
        return errors
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        if reference == "#" { return root }
        let prefix = "#/definitions/"
        guard reference.hasPrefix(prefix), let definitions = root["definitions"] as? [String: Any],
              let target = definitions[String(reference.dropFirst(prefix.count))] as? [String: Any] else { return [:] }
        return resolve(target)
    }

    private func check(_ value: JSONValue, against raw: [String: Any], at pointer: String, errors: inout [String]) {
        let schema = resolve(raw)
        if let types = schema["type"].map({ ($0 as? [String]) ?? [$0 as? String ?? ""] }), !types.contains(where: { matches(value, $0) }) {
            errors.append("\(pointer): expected \(types.joined(separator: "|"))")
            return
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal(value, $0) }) {
            errors.append("\(pointer): not one of the enum values")
        }
        if case .integer(let number) = value {
            if let minimum = schema["minimum"] as? NSNumber, Double(number) < minimum.doubleValue { errors.append("\(pointer): below minimum") }
            if let maximum = schema["maximum"] as? NSNumber, Double(number) > maximum.doubleValue { errors.append("\(pointer): above maximum") }
        }
        if case .string(let text) = value {
            if let pattern = schema["pattern"] as? String, let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                errors.append("\(pointer): does not match \(pattern)")
            }
            switch schema["format"] as? String {
            case "uri": if URL(string: text)?.scheme == nil { errors.append("\(pointer): not an absolute URI") }
            case "uri-reference": if URL(string: text) == nil { errors.append("\(pointer): not a URI reference") }
            default: break
            }
        }
        if case .array(let items) = value {
            if let minimum = schema["minItems"] as? NSNumber, items.count < minimum.intValue { errors.append("\(pointer): too few items") }
            if schema["uniqueItems"] as? Bool == true, Set(items.map { $0.rendered() }).count != items.count {
                errors.append("\(pointer): items are not unique")
            }
            if let itemSchema = schema["items"] as? [String: Any] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(pointer)/\(index)", errors: &errors) }
            }
        }
        if case .object(let members) = value {
            for key in schema["required"] as? [String] ?? [] where members[key] == nil { errors.append("\(pointer): lacks required '\(key)'") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in members {
                if let propertySchema = properties[key] as? [String: Any] {
                    check(member, against: propertySchema, at: "\(pointer)/\(key)", errors: &errors)
                } else if let additional = schema["additionalProperties"] {
                    if additional as? Bool == false { errors.append("\(pointer): unexpected property '\(key)'") }
                    if let additionalSchema = additional as? [String: Any] {
                        check(member, against: additionalSchema, at: "\(pointer)/\(key)", errors: &errors)
                    }
                }
            }
        }
        for sub in schema["allOf"] as? [[String: Any]] ?? [] { check(value, against: sub, at: pointer, errors: &errors) }
        if let anyOf = schema["anyOf"] as? [[String: Any]], !anyOf.contains(where: { passes(value, $0) }) {
            errors.append("\(pointer): matches none of anyOf")
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]], oneOf.filter({ passes(value, $0) }).count != 1 {
            errors.append("\(pointer): does not match exactly one of oneOf")
        }
        if let not = schema["not"] as? [String: Any], passes(value, not) { errors.append("\(pointer): matches a 'not' schema") }
    }

    private func passes(_ value: JSONValue, _ schema: [String: Any]) -> Bool {
        var errors: [String] = []
        check(value, against: schema, at: "", errors: &errors)
        return errors.isEmpty
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.string, "string"), (.integer, "integer"), (.integer, "number"), (.bool, "boolean"), (.null, "null"),
             (.array, "array"), (.object, "object"): true
        default: false
        }
    }

    private func equal(_ value: JSONValue, _ option: Any) -> Bool {
        switch value {
        case .string(let text): (option as? String) == text
        case .integer(let number): (option as? NSNumber)?.intValue == number && !(option is String)
        case .bool(let flag): (option as? Bool) == flag
        default: false
        }
    }
}
