/// The style facts about an env file, found on the parser's byte positions: lines that load
/// under python-dotenv but are read differently by other loaders (shells, Docker's
/// `--env-file`, Compose, Node's dotenv), or that hide a mistake. The checks follow the
/// catalogue of dotenv-linter; the rules decide how to report them.
struct DotenvStyleChecks {
    let parser: DotenvParser
    let bytes: [UInt8]

    init(parser: DotenvParser) {
        self.parser = parser
        self.bytes = parser.bytes
    }

    func issues() -> [DotenvIssue] {
        keyIssues() + valueIssues() + lineIssues()
    }

    // MARK: Keys

    private func keyIssues() -> [DotenvIssue] {
        var issues: [DotenvIssue] = []
        var firstBinding: [String: Location] = [:]
        let blankLines = blankLineNumbers()
        var nextBlank = 0
        var previous: (key: String, line: Int)?
        for statement in parser.statements {
            let entry = statement.entry
            let key = entry.key
            if let first = firstBinding[key] {
                issues.append(DotenvIssue(kind: .duplicatedKey, location: entry.keyLocation, key: key,
                                          detail: "'\(key)' is already bound at line \(first.line)", related: first))
            } else {
                firstBinding[key] = entry.keyLocation
            }
            if key.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
                issues.append(DotenvIssue(kind: .lowercaseKey, location: entry.keyLocation, key: key,
                                          detail: "'\(key)' has lower-case letters"))
            }
            if let bad = statement.keyContent.dropFirst().first(where: { !Self.isNameByte(bytes[$0], first: false) }) {
                issues.append(DotenvIssue(kind: .incorrectDelimiter, location: parser.location(bad), key: key,
                                          detail: "'\(key)' contains '\(Self.character(at: bad, in: bytes))'; only letters, digits and '_' are portable"))
            }
            let lineStart = parser.lineStarts[parser.line(of: statement.start) - 1]
            if statement.start > lineStart {
                issues.append(DotenvIssue(kind: .leadingCharacter, location: parser.location(lineStart), key: key,
                                          detail: "the line starts with whitespace"))
            } else if !Self.isNameByte(bytes[statement.keyStart], first: true) {
                issues.append(DotenvIssue(kind: .leadingCharacter, location: parser.location(statement.keyStart), key: key,
                                          detail: "the key starts with '\(Self.character(at: statement.keyStart, in: bytes))'"))
            }
            if entry.value == nil {
                issues.append(DotenvIssue(kind: .keyWithoutValue, location: entry.keyLocation, key: key,
                                          detail: "'\(key)' has no '='"))
            }
            let line = entry.keyLocation.line
            // Blank lines are sorted and statements come in order: one pass over both.
            while let previousLine = previous?.line, nextBlank < blankLines.count, blankLines[nextBlank] <= previousLine { nextBlank += 1 }
            let blockBreak = nextBlank < blankLines.count && blankLines[nextBlank] < line
            if let previous, !blockBreak, key < previous.key {
                issues.append(DotenvIssue(kind: .unorderedKey, location: entry.keyLocation, key: key,
                                          detail: "'\(key)' sorts before '\(previous.key)' above it"))
            }
            previous = (key, parser.line(of: max(statement.end - 1, statement.start)))
        }
        return issues
    }

    // MARK: Values

    private func valueIssues() -> [DotenvIssue] {
        var issues: [DotenvIssue] = []
        for statement in parser.statements {
            let key = statement.entry.key
            if let equals = statement.equals {
                let keyEnd = statement.keyContent.upperBound + (bytes[statement.keyStart] == UInt8(ascii: "'") ? 1 : 0)
                if equals > keyEnd {
                    issues.append(DotenvIssue(kind: .spaceCharacter, location: parser.location(keyEnd), key: key,
                                              detail: "whitespace before '='"))
                } else if let value = statement.value, value.start > equals + 1, value.start < bytes.count, bytes[value.start] != 0x0A {
                    issues.append(DotenvIssue(kind: .spaceCharacter, location: parser.location(equals + 1), key: key,
                                              detail: bytes[value.start] == UInt8(ascii: "#")
                                                ? "whitespace after '='; python-dotenv reads the '#…' after it as the value, not a comment"
                                                : "whitespace after '='"))
                }
            }
            guard let value = statement.value else { continue }
            if value.quote != .none, !value.content.isEmpty, value.content.allSatisfy({ Self.isPlainValueByte(bytes[$0]) }) {
                issues.append(DotenvIssue(kind: .quoteCharacter, location: parser.location(value.start), key: key,
                                          detail: "the value reads the same without quotes"))
            }
            issues += substitutionIssues(value, key: key)
        }
        return issues
    }

    /// `$` in the value as written. Escapes never touch `$`, `{` or `}`, so positions in the
    /// raw text stand for the decoded value python-dotenv expands.
    private func substitutionIssues(_ value: DotenvRawValue, key: String) -> [DotenvIssue] {
        let content = Array(bytes[value.content])
        var issues: [DotenvIssue] = []
        func issue(_ offset: Int, _ detail: String) {
            issues.append(DotenvIssue(kind: .substitutionKey, location: parser.location(value.content.lowerBound + offset), key: key, detail: detail))
        }
        var i = 0
        while i < content.count {
            guard content[i] == UInt8(ascii: "$"), i + 1 < content.count else { i += 1; continue }
            if content[i + 1] == UInt8(ascii: "{") {
                guard let match = DotenvInterpolation.matchVariable(content, at: i) else {
                    issue(i, content[(i + 2)...].contains(UInt8(ascii: "}"))
                        ? "python-dotenv expands only ${NAME} and ${NAME:-default}; this form stays literal text"
                        : "'${' has no closing '}', so it stays literal text")
                    i += 2
                    continue
                }
                if !Self.isVariableName(match.name) {
                    issue(i, match.name.isEmpty ? "'${}' names no variable and expands to an empty string"
                        : "the text inside '${…}' is not a variable name (only letters, digits and '_'), so it expands to an empty string")
                } else if let fallback = match.default, fallback.contains("${") {
                    issue(i, "a '${…}' inside a ':-' default is not expanded")
                } else if i > 0, content[i - 1] == UInt8(ascii: "\\") {
                    issue(i, "python-dotenv has no escape for '$': the backslash stays in the value and the reference is still expanded")
                }
                i = match.end
            } else if value.quote != .single, Self.isNameByte(content[i + 1], first: true),
                      i == 0 || content[i - 1] != UInt8(ascii: "\\") {
                var end = i + 1
                while end < content.count, Self.isNameByte(content[end], first: false) { end += 1 }
                // The name is not quoted: it is part of a value, and values are never printed.
                issue(i, "python-dotenv keeps a bare '$NAME' literally; '${NAME}' is the form it expands")
                i = end
            } else {
                i += 1
            }
        }
        return issues
    }

    // MARK: Lines

    private func lineIssues() -> [DotenvIssue] {
        var issues: [DotenvIssue] = []
        var previousBlank = false
        for line in physicalLines() {
            if line.insideQuotes { previousBlank = false; continue }
            var lastNonSpaceEnd = line.range.lowerBound
            var i = line.range.lowerBound
            while i < line.range.upperBound {
                let w = DotenvParser.horizontalSpaceWidth(bytes, i)
                if w > 0 { i += w } else { i += 1; lastNonSpaceEnd = i }
            }
            let isBlank = lastNonSpaceEnd == line.range.lowerBound
            if !line.endsInsideQuotes, lastNonSpaceEnd < line.range.upperBound {
                issues.append(DotenvIssue(kind: .trailingWhitespace, location: parser.location(lastNonSpaceEnd), detail: "whitespace at the end of the line"))
            }
            if isBlank, previousBlank {
                issues.append(DotenvIssue(kind: .extraBlankLine, location: parser.location(line.range.lowerBound), detail: "a second blank line in a row"))
            }
            previousBlank = isBlank
        }
        if let last = bytes.last, last != 0x0A {
            issues.append(DotenvIssue(kind: .endingBlankLine, location: parser.location(bytes.count), detail: "the file does not end with a line break"))
        }
        return issues
    }

    private func blankLineNumbers() -> [Int] {
        physicalLines().enumerated().compactMap { number, line in
            guard !line.insideQuotes else { return nil }
            var i = line.range.lowerBound
            while i < line.range.upperBound {
                let w = DotenvParser.horizontalSpaceWidth(bytes, i)
                guard w > 0 else { return nil }
                i += w
            }
            return number + 1
        }
    }

    /// Each line of the file without its line break, and whether a quoted value covers its
    /// start (the line is value text) or its end (the line break is value text).
    private func physicalLines() -> [(range: Range<Int>, insideQuotes: Bool, endsInsideQuotes: Bool)] {
        let quoted = parser.statements.compactMap { $0.value }.filter { $0.quote != .none }.map(\.content)
        var lines: [(range: Range<Int>, insideQuotes: Bool, endsInsideQuotes: Bool)] = []
        var next = 0
        for (number, start) in parser.lineStarts.enumerated() {
            if start == bytes.count, number > 0 { break }
            let end = number + 1 < parser.lineStarts.count ? parser.lineStarts[number + 1] - 1 : bytes.count
            while next < quoted.count, quoted[next].upperBound < start { next += 1 }
            let covering = next < quoted.count ? quoted[next] : nil
            let inside = covering.map { $0.lowerBound < start && start <= $0.upperBound } ?? false
            let endsInside = covering.map { $0.lowerBound <= end && end < $0.upperBound } ?? false
            lines.append((start..<end, inside, endsInside))
        }
        return lines
    }

    // MARK: Characters

    /// Letters, digits and `_` (no digit first); non-ASCII letters are left to other checks.
    static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), 0x80...: true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): !first
        default: false
        }
    }

    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameByte(first, first: true), first < 0x80 else { return false }
        return name.utf8.allSatisfy { $0 < 0x80 && isNameByte($0, first: false) }
    }

    /// Characters that every loader reads the same unquoted: no whitespace, `#`, `$`, quotes,
    /// backslashes or shell operators.
    static func isPlainValueByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "@"),
             UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }

    static func character(at offset: Int, in bytes: [UInt8]) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}
