/// A `.kamal/secrets*` file as Kamal reads it: dotenv lines (the Ruby dotenv gem's grammar),
/// where `$(command)` substitutions and `$VAR` references are evaluated at deploy time. We only
/// need to know which names are *defined*, so values are classified, never kept: a secret value
/// must not be able to reach any output.
public struct KamalSecretsFile: Sendable {
    public var path: String
    public var definitions: [KamalSecretDefinition]
    /// Lines that are neither blank, comments nor assignments; dotenv skips them silently.
    public var ignoredLines: [Location]

    public func definition(named name: String) -> KamalSecretDefinition? {
        definitions.last { $0.name == name }
    }

    public init(path: String, definitions: [KamalSecretDefinition], ignoredLines: [Location] = []) {
        self.path = path
        self.definitions = definitions
        self.ignoredLines = ignoredLines
    }

    /// Parses the text of a secrets file. Never throws for odd lines (dotenv does not).
    public static func parse(_ text: String, path: String) -> KamalSecretsFile {
        var parser = SecretsLineParser(bytes: Array(text.utf8), path: path)
        parser.run()
        return KamalSecretsFile(path: path, definitions: parser.definitions, ignoredLines: parser.ignored)
    }
}

/// A name a secrets file defines, and what kind of value it has.
public struct KamalSecretDefinition: Sendable, Hashable {
    public enum ValueKind: String, Sendable {
        /// Written out in the file (which is why such files must not be committed).
        case literal
        /// Empty: the secret exists, with an empty value.
        case empty
        /// `$(…)` or `$VAR`/`${VAR}`: known only when the deploy runs.
        case deployTime
    }

    public var name: String
    public var location: Location
    public var valueKind: ValueKind
    /// `$VAR` / `${VAR}` names the value reads from the deploy machine's environment.
    public var referencedVariables: [String]
}

private struct SecretsLineParser {
    let bytes: [UInt8]
    let path: String
    var index = 0
    var line = 1
    var definitions: [KamalSecretDefinition] = []
    var ignored: [Location] = []

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func skipSpaces() {
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { index += 1 }
    }

    mutating func skipToLineEnd() {
        while let c = peek(), c != 0x0A { index += 1 }
    }

    static func isKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }

    mutating func run() {
        while index < bytes.count {
            let lineStart = index
            skipSpaces()
            let contentColumn = index - lineStart + 1
            if matchesWord("export") { index += 6; skipSpaces() }
            let keyStart = index
            while let c = peek(), Self.isKeyByte(c) { index += 1 }
            let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
            let keyColumn = keyStart - lineStart + 1
            skipSpaces()
            let isAssignment: Bool
            if peek() == UInt8(ascii: "=") {
                index += 1
                isAssignment = !key.isEmpty
            } else if peek() == UInt8(ascii: ":"), peek(1) == UInt8(ascii: " ") || peek(1) == UInt8(ascii: "\t") {
                index += 1
                isAssignment = !key.isEmpty
            } else {
                isAssignment = false
            }
            let startLine = line
            if isAssignment {
                skipSpaces()
                let (kind, variables) = readValue()
                definitions.append(KamalSecretDefinition(name: key, location: Location(path: path, line: startLine, column: keyColumn),
                                                         valueKind: kind, referencedVariables: variables))
            } else {
                skipSpaces()
                if let c = peek(), c != 0x0A, c != UInt8(ascii: "#"), c != 0x0D {
                    ignored.append(Location(path: path, line: startLine, column: contentColumn))
                }
            }
            skipToLineEnd()
            if index < bytes.count { index += 1; line += 1 }
        }
    }

    func matchesWord(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard index + w.count < bytes.count, Array(bytes[index..<(index + w.count)]) == w else { return false }
        let next = bytes[index + w.count]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
    }

    /// Reads a value and classifies it; quoted values may span lines.
    mutating func readValue() -> (KamalSecretDefinition.ValueKind, [String]) {
        guard let first = peek(), first != 0x0A, first != 0x0D, first != UInt8(ascii: "#") else { return (.empty, []) }
        var content: [UInt8] = []
        var expands = true
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
            expands = first == UInt8(ascii: "\"")
            index += 1
            while let c = peek(), c != first {
                if c == UInt8(ascii: "\\"), let next = peek(1), next == first {
                    content.append(next)
                    index += 2
                    continue
                }
                if c == 0x0A { line += 1 }
                content.append(c)
                index += 1
            }
            if peek() == first { index += 1 }
        } else {
            while let c = peek(), c != 0x0A, c != UInt8(ascii: "#") || (content.last.map { $0 != UInt8(ascii: " ") } ?? false) {
                content.append(c)
                index += 1
            }
            while let last = content.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == 0x0D { content.removeLast() }
        }
        if content.isEmpty { return (.empty, []) }
        guard expands, content.contains(UInt8(ascii: "$")) else { return (.literal, []) }
        return (.deployTime, Self.variables(in: content))
    }

    /// `$NAME` and `${NAME}` (not `$(…)`): the deploy machine's variables a value reads.
    static func variables(in content: [UInt8]) -> [String] {
        var names: [String] = []
        var i = 0
        while i < content.count {
            if content[i] == UInt8(ascii: "$"), i == 0 || content[i - 1] != UInt8(ascii: "\\") {
                var j = i + 1
                let braced = j < content.count && content[j] == UInt8(ascii: "{")
                if braced { j += 1 }
                let start = j
                while j < content.count, isKeyByte(content[j]), content[j] != UInt8(ascii: ".") { j += 1 }
                if j > start { names.append(String(decoding: content[start..<j], as: UTF8.self)) }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }
}
