/// The output of `fly secrets list` saved to a file: the table flyctl prints, or its `--json`
/// form (see `FlySecretsJSON`). Older flyctl printed `NAME DIGEST CREATED AT`, current flyctl
/// prints `NAME DIGEST STATUS` and prefixes staged or partially deployed names with `* ` or
/// `! `, then a summary after a blank line. Users also paste the table from terminals and
/// docs with `|` or box-drawing separators and `+---+` rules, so columns are found by their
/// header names, never by position: the `NAME` column is required, `DIGEST` is optional.
public enum FlySecretsList {
    public static func parse(_ text: String, path: String) throws(InputError) -> [FlySecret] {
        // A `.json` file is JSON whatever it holds: an empty or garbled one must get a JSON
        // message, not the table reader's "no `NAME` header".
        if path.hasSuffix(".json") { return try parseJSON(text, path: path) }
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, ASCII.isSpace(bytes[i]) || bytes[i] == 0x0A { i += 1 }
        // flyctl's Go encoder writes `null` for an app with no secrets in some versions.
        let isNull = i + 4 <= bytes.count && ASCII.equals(bytes, i..<(i + 4), "null")
        if i < bytes.count, bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "{") || isNull {
            return try FlySecretsJSON.parse(bytes, path: path)
        }
        return try parseTable(bytes, path: path)
    }

    /// The `--json` form only (a `.json` file, or live flyctl output).
    public static func parseJSON(_ text: String, path: String) throws(InputError) -> [FlySecret] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { !ASCII.isSpace($0) && $0 != 0x0A }) else {
            throw InputError("is empty: expected the JSON array `fly secrets list --json` prints (`[]` when there are no secrets)",
                             at: Location(path: path, line: 1, column: 1))
        }
        return try FlySecretsJSON.parse(bytes, path: path)
    }

    /// One cell of a row: its bytes without surrounding blanks.
    struct Cell {
        var range: Range<Int>
    }

    static func parseTable(_ bytes: [UInt8], path: String) throws(InputError) -> [FlySecret] {
        var positions = BytePositions(bytes: bytes, path: path)
        var header: (name: Int, digest: Int?)?
        var secrets: [FlySecret] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = start..<end
            if isBlank(bytes, line) {
                // flyctl ends the table with a blank line and may print a summary after it.
                if header != nil, !secrets.isEmpty { break }
                continue
            }
            if isRule(bytes, line) { continue }
            let separated = hasSeparator(bytes, line)
            let cells = separated ? separatedCells(bytes, line) : wordCells(bytes, line)
            guard let columns = header else {
                header = headerColumns(bytes, cells)
                continue
            }
            guard columns.name < cells.count else {
                throw InputError("row has no `NAME` cell", at: positions.location(at: line.lowerBound + leadingBlanks(bytes, line)))
            }
            var name = cells[columns.name].range
            name = dropStatusMarker(bytes, name)
            guard isFlySecretName(bytes[name]) else {
                // The cell is not echoed: a file that is not a listing may hold values.
                throw InputError("the `NAME` cell is not a secret name (expected a row of `fly secrets list`)",
                                 at: positions.location(at: name.lowerBound))
            }
            let digest = columns.digest.flatMap { $0 < cells.count ? cells[$0].range : nil }
            secrets.append(FlySecret(name: String(decoding: bytes[name], as: UTF8.self), location: positions.location(at: name.lowerBound),
                                     digest: digest.flatMap { $0.isEmpty ? nil : String(decoding: bytes[$0], as: UTF8.self) }))
        }
        if header == nil {
            throw InputError("no `NAME` header: not the output of `fly secrets list`", at: Location(path: path, line: 1, column: 1))
        }
        return secrets
    }

    /// The header row is the first row with a `NAME` cell; lines before it (a shell prompt,
    /// an "update available" notice) are skipped.
    static func headerColumns(_ bytes: [UInt8], _ cells: [Cell]) -> (name: Int, digest: Int?)? {
        func index(of word: String) -> Int? {
            cells.firstIndex { upper(bytes, $0.range) == Array(word.utf8) }
        }
        guard let name = index(of: "NAME") else { return nil }
        return (name, index(of: "DIGEST"))
    }

    static func upper(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        bytes[range].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
    }

    /// Cells of a whitespace-aligned row. flyctl's columns before `NAME` and `DIGEST` never
    /// hold spaces, so splitting on blanks keeps their indices; a `* ` or `! ` status marker
    /// is glued back to the name it precedes.
    static func wordCells(_ bytes: [UInt8], _ line: Range<Int>) -> [Cell] {
        var cells: [Cell] = []
        var i = line.lowerBound
        while i < line.upperBound {
            while i < line.upperBound, ASCII.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < line.upperBound, !ASCII.isSpace(bytes[i]) { i += 1 }
            guard i > start else { break }
            if cells.isEmpty, i - start == 1, bytes[start] == UInt8(ascii: "*") || bytes[start] == UInt8(ascii: "!") { continue }
            cells.append(Cell(range: start..<i))
        }
        return cells
    }

    /// Cells between `|`, `│` or `┃` separators; the empty cells an outer border makes are dropped.
    static func separatedCells(_ bytes: [UInt8], _ line: Range<Int>) -> [Cell] {
        var cells: [Cell] = []
        var cellStart = line.lowerBound
        var i = line.lowerBound
        func close(_ end: Int) {
            var a = cellStart, b = end
            while a < b, ASCII.isSpace(bytes[a]) { a += 1 }
            while b > a, ASCII.isSpace(bytes[b - 1]) { b -= 1 }
            cells.append(Cell(range: a..<b))
        }
        while i < line.upperBound {
            let width = separatorWidth(bytes, i, line.upperBound)
            if width > 0 {
                close(i)
                i += width
                cellStart = i
            } else {
                i += 1
            }
        }
        close(line.upperBound)
        if let first = cells.first, first.range.isEmpty { cells.removeFirst() }
        if let last = cells.last, last.range.isEmpty { cells.removeLast() }
        return cells
    }

    /// `|` (1 byte), or U+2502 `│` / U+2503 `┃` (E2 94 82 / E2 94 83).
    static func separatorWidth(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
        if bytes[i] == UInt8(ascii: "|") { return 1 }
        if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x94, bytes[i + 2] == 0x82 || bytes[i + 2] == 0x83 { return 3 }
        return 0
    }

    static func hasSeparator(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        line.contains { separatorWidth(bytes, $0, line.upperBound) > 0 }
    }

    /// A rule line: only `-`, `+`, `=`, `|`, `:`, blanks and box-drawing characters (U+2500–U+257F).
    static func isRule(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        var sawRule = false
        while i < line.upperBound {
            let c = bytes[i]
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "=") || c == UInt8(ascii: ":") {
                sawRule = true
                i += 1
            } else if c == UInt8(ascii: "|") || ASCII.isSpace(c) {
                i += 1
            } else if c == 0xE2, i + 2 < line.upperBound, bytes[i + 1] >= 0x94, bytes[i + 1] <= 0x95 {
                if bytes[i + 1] == 0x95 || bytes[i + 2] > 0x83 { sawRule = true }
                i += 3
            } else {
                return false
            }
        }
        return sawRule
    }

    static func isBlank(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        line.allSatisfy { ASCII.isSpace(bytes[$0]) }
    }

    static func leadingBlanks(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        line.prefix { ASCII.isSpace(bytes[$0]) }.count
    }

    /// Current flyctl writes `* NAME` for a staged secret and `! NAME` for a partly deployed one.
    static func dropStatusMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var r = range
        if r.count >= 2, bytes[r.lowerBound] == UInt8(ascii: "*") || bytes[r.lowerBound] == UInt8(ascii: "!") {
            r = (r.lowerBound + 1)..<r.upperBound
            while !r.isEmpty, ASCII.isSpace(bytes[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        }
        return r
    }
}
