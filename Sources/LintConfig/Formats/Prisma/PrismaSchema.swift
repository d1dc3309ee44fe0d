import Foundation

/// The models of a Prisma schema as the database sees them: each model's table (`@@map`, else
/// the model's name; `@@schema` for multi-schema projects) and each scalar field's column
/// (`@map`, else the field's name), type, optionality and literal `@default`. Relation fields
/// (typed by another model) are no columns and are left out; an enum default is the value the
/// database stores (the enum value's `@map`, else its name). Read line by line, as Prisma's
/// own formatter writes it: one field or attribute a line, `//` comments outside strings.
public struct PrismaSchema: Sendable {
    public var models: [PrismaModel] = []

    public init() {}

    /// Reads every file of one schema together (`prisma/schema/*.prisma` may put an enum in
    /// another file than the model that uses it).
    public static func parse(_ files: [(text: String, path: String)]) -> PrismaSchema {
        var blocks: [PrismaBlock] = []
        for file in files { blocks += PrismaBlock.blocks(in: file.text, path: file.path) }
        let modelNames = Set(blocks.filter { $0.keyword == "model" || $0.keyword == "view" }.map(\.name))
        var enums: [String: [String: String]] = [:]
        for block in blocks where block.keyword == "enum" {
            var values: [String: String] = [:]
            for line in block.lines {
                guard let word = line.words.first, !word.hasPrefix("@") else { continue }
                values[word] = line.attribute("@map").flatMap(PrismaLine.quoted) ?? word
            }
            enums[block.name] = values
        }
        var schema = PrismaSchema()
        for block in blocks where block.keyword == "model" {
            var model = PrismaModel(name: block.name, table: block.name, location: block.location)
            for line in block.lines {
                if line.words.first?.hasPrefix("@@") == true {
                    if let table = line.attribute("@@map").flatMap(PrismaLine.quoted) { model.table = table }
                    if let schema = line.attribute("@@schema").flatMap(PrismaLine.quoted) { model.schema = schema }
                    continue
                }
                guard line.words.count >= 2, let name = line.words.first, !name.hasPrefix("@") else { continue }
                var type = line.words[1]
                let list = type.hasSuffix("[]")
                let optional = type.hasSuffix("?")
                if list { type.removeLast(2) }
                if optional { type.removeLast() }
                if modelNames.contains(type) || line.attribute("@relation") != nil { continue }
                var field = PrismaField(name: name, column: line.attribute("@map").flatMap(PrismaLine.quoted) ?? name,
                                        type: type, optional: optional, list: list, location: line.location(of: name))
                if let argument = line.attribute("@default") {
                    field.defaultLocation = line.location(of: "@default")
                    if let text = PrismaLine.quoted(argument) {
                        field.defaultValue = text
                    } else if let values = enums[type] {
                        field.defaultValue = values[argument]
                    } else if argument == "true" || argument == "false" || Double(argument) != nil {
                        field.defaultValue = argument
                    }
                }
                model.fields.append(field)
            }
            schema.models.append(model)
        }
        return schema
    }
}

public struct PrismaModel: Sendable, Hashable {
    public var name: String
    public var table: String
    public var schema: String?
    public var fields: [PrismaField] = []
    public var location: Location

    /// The property of the generated client: `JobRun` → `prisma.jobRun`.
    public var accessor: String { name.prefix(1).lowercased() + name.dropFirst() }
}

public struct PrismaField: Sendable, Hashable {
    public var name: String
    public var column: String
    public var type: String
    public var optional: Bool
    public var list: Bool
    public var location: Location
    /// A literal `@default("queued")`, `@default(0)`, `@default(true)` or enum value; nil for
    /// `now()`, `autoincrement()`, `uuid()` and other generated values.
    public var defaultValue: String?
    public var defaultLocation: Location?
}

/// `model Job { … }`: a block's keyword, name and lines.
struct PrismaBlock {
    var keyword: String
    var name: String
    var location: Location
    var lines: [PrismaLine] = []

    static func blocks(in text: String, path: String) -> [PrismaBlock] {
        var blocks: [PrismaBlock] = []
        var current: PrismaBlock?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = PrismaLine(raw, path: path, line: index + 1)
            guard let first = line.words.first else { continue }
            if current == nil {
                if ["model", "enum", "view", "type"].contains(first), line.words.count >= 3, line.words[2] == "{" {
                    current = PrismaBlock(keyword: first, name: line.words[1],
                                          location: line.location(of: line.words[1]))
                }
            } else if first == "}" {
                if let block = current { blocks.append(block) }
                current = nil
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }
}

/// One line of a Prisma block without its comment, split into words (an attribute's
/// parenthesised argument stays with it: `@default("a b")`).
struct PrismaLine {
    var text: Substring
    var words: [String]
    var path: String
    var line: Int

    init(_ raw: Substring, path: String, line: Int) {
        self.path = path
        self.line = line
        var end = raw.endIndex
        var inString = false
        var previous: Character = " "
        for index in raw.indices {
            let character = raw[index]
            if character == "\"" && previous != "\\" { inString.toggle() }
            if !inString, character == "/", previous == "/" { end = raw.index(before: index); break }
            previous = character
        }
        text = raw[..<end]
        var words: [String] = []
        var word = ""
        var depth = 0
        inString = false
        for character in text {
            if character == "\"" { inString.toggle() }
            if !inString, character == "(" { depth += 1 }
            if !inString, character == ")" { depth -= 1 }
            if !inString, depth == 0, character == " " || character == "\t" || character == "\r" {
                if !word.isEmpty { words.append(word); word = "" }
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        self.words = words
    }

    /// The argument text of `@name(…)` on the line (`@map("x")` → `"x"`), `""` for a bare
    /// `@name`, nil when absent.
    func attribute(_ name: String) -> String? {
        for word in words where word == name || word.hasPrefix(name + "(") {
            guard word.count > name.count + 1, word.hasSuffix(")") else { return "" }
            return String(word.dropFirst(name.count + 1).dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `"queued"` → `queued`; `name: "x"` (a named argument) → nil.
    static func quoted(_ argument: String) -> String? {
        guard argument.count >= 2, argument.hasPrefix("\""), argument.hasSuffix("\"") else { return nil }
        return String(argument.dropFirst().dropLast())
    }

    func location(of word: String) -> Location {
        let column = text.range(of: word)
            .map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) + 1 } ?? 1
        return Location(path: path, line: line, column: column)
    }
}
