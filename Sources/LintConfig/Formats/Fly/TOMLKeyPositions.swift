/// Where each key of a TOML document is written. TOMLKit (toml++) parses the values but keeps
/// no positions, so after it has accepted a document this scanner walks the bytes once more,
/// following only the structure: `[table]` and `[[array.of.tables]]` headers, `key =` lines
/// (bare, quoted and dotted keys) and inline tables. Values are skipped, never kept.
///
/// Paths are key components joined by `.`; the n-th `[[services]]` table (or the n-th inline
/// table of a `services = [...]` array) is `services[n]`, counted from 0.
struct TOMLKeyPositions {
    private(set) var locations: [String: Location] = [:]
    /// The first table header whose name does not start with a key character (`[#`, `[=`,
    /// `[[` at the end of a line, `[[[`). The toml++ that TOMLKit 0.6 bundles asserts on these
    /// instead of reporting an error — an abort in debug builds, undefined behaviour in release
    /// (fixed upstream in marzer/tomlplusplus#301) — so they are refused before TOMLKit sees
    /// the text.
    private(set) var headerWithoutKey: Location?

    init(text: String, path: String) {
        var scanner = TOMLStructureScanner(bytes: Array(text.utf8), path: path)
        scanner.run()
        locations = scanner.found
        headerWithoutKey = scanner.headerWithoutKey
    }

    func location(_ components: String...) -> Location? {
        locations[components.joined(separator: ".")]
    }

    func location(path: String) -> Location? { locations[path] }
}

private struct TOMLStructureScanner {
    let bytes: [UInt8]
    var positions: BytePositions
    var i = 0
    var found: [String: Location] = [:]
    var arrayCounts: [String: Int] = [:]
    var headerWithoutKey: Location?
    /// toml++ refuses values nested deeper than 256; past that the scanner stops descending
    /// (TOMLKit reports the error) rather than recursing without bound.
    static let maxNesting = 256

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.positions = BytePositions(bytes: bytes, path: path)
    }

    func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

    mutating func skipBlanks(newlines: Bool) {
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0D || (newlines && c == 0x0A) {
                i += 1
            } else if c == UInt8(ascii: "#") {
                while let d = peek(), d != 0x0A { i += 1 }
            } else {
                return
            }
        }
    }

    mutating func run() {
        var table = ""
        while i < bytes.count {
            skipBlanks(newlines: true)
            guard let c = peek() else { return }
            if c == UInt8(ascii: "[") {
                let isArray = peek(1) == UInt8(ascii: "[")
                i += isArray ? 2 : 1
                while let b = peek(), b == 0x20 || b == 0x09 { i += 1 }
                let headerStart = i
                if headerWithoutKey == nil, !(peek().map(Self.canStartKey) ?? false) {
                    headerWithoutKey = positions.location(at: i)
                }
                let key = keyPath()
                table = key
                if isArray {
                    let n = arrayCounts[key, default: 0]
                    arrayCounts[key] = n + 1
                    table = "\(key)[\(n)]"
                }
                if found[table] == nil { found[table] = positions.location(at: headerStart) }
                skipLine()
            } else {
                keyValue(prefix: table)
                skipLine()
            }
        }
    }

    /// Bytes a header name may start with: a bare key character, a quote, or the `]` of an
    /// empty (invalid, but safely reported) name.
    static func canStartKey(_ c: UInt8) -> Bool {
        ASCII.isNameByte(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "]")
    }

    /// `a.b."c d"` → `a.b.c d`. Records nothing; the caller knows what the key is for.
    mutating func keyPath() -> String {
        var parts: [String] = []
        while peek() != nil {
            skipBlanks(newlines: false)
            guard let c2 = peek() else { break }
            if c2 == UInt8(ascii: "\"") || c2 == UInt8(ascii: "'") {
                i += 1
                let start = i
                while let d = peek(), d != c2, d != 0x0A { i += d == UInt8(ascii: "\\") && c2 == UInt8(ascii: "\"") ? 2 : 1 }
                parts.append(String(decoding: bytes[start..<min(i, bytes.count)], as: UTF8.self))
                if peek() == c2 { i += 1 }
            } else {
                let start = i
                while let d = peek(), ASCII.isNameByte(d) || d == UInt8(ascii: "-") { i += 1 }
                if i == start { break }
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            skipBlanks(newlines: false)
            if peek() == UInt8(ascii: ".") { i += 1 } else { break }
        }
        return parts.joined(separator: ".")
    }

    mutating func keyValue(prefix: String, nesting: Int = 0) {
        let keyStart = i
        let key = keyPath()
        guard !key.isEmpty, peek() == UInt8(ascii: "=") else { return }
        i += 1
        let full = prefix.isEmpty ? key : "\(prefix).\(key)"
        if found[full] == nil { found[full] = positions.location(at: keyStart) }
        skipBlanks(newlines: false)
        value(path: full, nesting: nesting)
    }

    mutating func value(path: String, nesting: Int) {
        guard let c = peek(), nesting < Self.maxNesting else { return }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            skipString(quote: c)
        case UInt8(ascii: "{"):
            i += 1
            while true {
                skipBlanks(newlines: true)
                guard let d = peek() else { return }
                if d == UInt8(ascii: "}") { i += 1; return }
                if d == UInt8(ascii: ",") { i += 1; continue }
                let before = i
                keyValue(prefix: path, nesting: nesting + 1)
                if i == before { i += 1 }
            }
        case UInt8(ascii: "["):
            i += 1
            var index = 0
            while true {
                skipBlanks(newlines: true)
                guard let d = peek() else { return }
                if d == UInt8(ascii: "]") { i += 1; return }
                if d == UInt8(ascii: ",") { i += 1; index += 1; continue }
                let before = i
                if d == UInt8(ascii: "{"), found["\(path)[\(index)]"] == nil {
                    found["\(path)[\(index)]"] = positions.location(at: i)
                }
                value(path: "\(path)[\(index)]", nesting: nesting + 1)
                if i == before { i += 1 }
            }
        default:
            while let d = peek(), d != 0x0A, d != UInt8(ascii: ","), d != UInt8(ascii: "]"), d != UInt8(ascii: "}"), d != UInt8(ascii: "#") { i += 1 }
        }
    }

    /// Basic and literal strings, one-line or triple-quoted multi-line.
    mutating func skipString(quote: UInt8) {
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        while let c = peek() {
            if c == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { i += 2; continue }
            if c == 0x0A, !triple { return }
            if c == quote {
                if !triple { i += 1; return }
                if peek(1) == quote, peek(2) == quote {
                    i += 3
                    // Up to two more quotes may belong to the string's content.
                    while peek() == quote { i += 1 }
                    return
                }
            }
            i += 1
        }
    }

    mutating func skipLine() {
        while let c = peek(), c != 0x0A { i += 1 }
    }
}
