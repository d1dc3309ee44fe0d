/// An inline suppression: a comment that silences named rules on one line.
///
/// - `# lint-config: disable=rule-a,rule-b` (YAML, dotenv, shell, TOML; `-- lint-config: …` in
///   SQL): written after code, it covers its own line; on a line of its own, the next line that
///   is not a comment.
/// - `// lint-config-disable-next-line rule-a rule-b` (TS/JS): the next line that is not a
///   comment.
///
/// A suppression must name its rules: a bare `disable` silences nothing and is reported by
/// `unused-suppression`, as is one that names an unknown rule or covers no finding of it — so a
/// suppression cannot outlive the defect it was written for.
public struct InlineSuppression: Sendable, Hashable {
    public var rules: [String]
    /// Where the comment is.
    public var location: Location
    /// The line it covers (1-based), in the same file.
    public var coveredLine: Int

    public func covers(_ finding: Finding) -> Bool {
        finding.location.path == location.path && finding.location.line == coveredLine && rules.contains(finding.ruleID)
    }

    static let hashForm: [UInt8] = Array("lint-config:".utf8)
    static let slashForm: [UInt8] = Array("lint-config-disable-next-line".utf8)

    /// Every suppression of a file's text. Lines without `lint-config` are skipped on bytes.
    public static func scan(_ text: String, path: String) -> [InlineSuppression] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result: [InlineSuppression] = []
        var pending: [(rules: [String], location: Location)] = []
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            let firstNonBlank = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count
            let rest = bytes[firstNonBlank...]
            let isCommentLine = rest.starts(with: [0x23]) || rest.starts(with: [0x2F, 0x2F])
                || rest.starts(with: [0x2D, 0x2D])
                || rest.starts(with: [0x2F, 0x2A]) || rest.starts(with: [0x2A])
            if let found = find(bytes) {
                let location = Location(path: path, line: index + 1, column: found.column)
                if found.nextLine || isCommentLine {
                    pending.append((found.rules, location))
                } else {
                    result.append(InlineSuppression(rules: found.rules, location: location, coveredLine: index + 1))
                }
                continue
            }
            if !pending.isEmpty, !isCommentLine, firstNonBlank < bytes.count {
                for entry in pending {
                    result.append(InlineSuppression(rules: entry.rules, location: entry.location,
                                                    coveredLine: index + 1))
                }
                pending = []
            }
        }
        // Covering nothing (at the end of the file): still a suppression, and unused.
        for entry in pending {
            result.append(InlineSuppression(rules: entry.rules, location: entry.location, coveredLine: 0))
        }
        return result
    }

    /// The suppression on a line: its rules, the column of its comment marker, and whether it
    /// is the next-line form.
    static func find(_ bytes: [UInt8]) -> (rules: [String], column: Int, nextLine: Bool)? {
        guard let at = index(of: hashForm, in: bytes) ?? index(of: slashForm, in: bytes) else { return nil }
        let isSlash = bytes[at...].starts(with: slashForm)
        // The comment marker before the keyword: `#`, `--` or `//`.
        var marker = at - 1
        while marker >= 0, bytes[marker] == 0x20 || bytes[marker] == 0x09 { marker -= 1 }
        guard marker >= 0 else { return nil }
        let isComment = bytes[marker] == 0x23
            || (marker >= 1 && (bytes[marker - 1...marker].elementsEqual([0x2F, 0x2F])
                                || bytes[marker - 1...marker].elementsEqual([0x2D, 0x2D])))
        guard isComment else { return nil }
        let column = bytes[marker] == 0x23 ? marker + 1 : marker
        var text = String(decoding: bytes[(at + (isSlash ? slashForm.count : hashForm.count))...], as: UTF8.self)
        if !isSlash {
            let trimmed = text.drop { $0 == " " }
            guard trimmed.hasPrefix("disable") else { return nil }
            text = String(trimmed.dropFirst("disable".count))
            if text.hasPrefix("-next-line") {
                return (ruleNames(String(text.dropFirst("-next-line".count))), column, true)
            }
        }
        return (ruleNames(text), column, isSlash)
    }

    /// `=a,b`, ` a b`, `=a, b -- why`: kebab-case names up to the first word that is not one.
    static func ruleNames(_ text: String) -> [String] {
        var names: [String] = []
        var body = Substring(text)
        if body.first == "=" { body = body.dropFirst() }
        for word in body.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) {
            guard word.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), word.first?.isLetter == true else {
                break
            }
            names.append(String(word))
        }
        return names
    }

    static func index(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
