/// The constants of one file that names may be built from: `const X = "…"` (any value the
/// value reader understands, including `process.env.X`), object constants (`QUEUES.APPLY`,
/// one level of nesting per object), string enums (`Queue.Apply`), and which of them are
/// exported; plus what the file imports under which local name. Values are resolved across the
/// project's files by `JSProjectConstants` once every file is read.
public struct JSConstants: Sendable {
    public var values: [String: JSValue] = [:]
    public var exported: Set<String> = []
    /// Local name → the exported name it imports (`import { A as B }`: B → A).
    public var imports: [String: String] = [:]
    /// Local names of `import * as ns`.
    public var namespaces: Set<String> = []
    /// Local name → the module it is imported from (`Worker` → `bullmq`), for extractors whose
    /// pattern is ambiguous without it (`new Worker` of worker_threads vs BullMQ).
    public var modules: [String: String] = [:]
    /// Every name the file declares with `const`/`let`/`var` at any depth, whatever its value.
    public var declared: Set<String> = []
    /// `export default app`: the local name of the default export.
    public var defaultExport: String?

    /// Reads a declaration that starts at `k` (`const`, `let`, `var`, `enum`, `import`,
    /// `export { … }`); returns without effect for anything else.
    mutating func collect(at k: Int, in file: JSFactFile) {
        let s = file.source
        let exported = s.isIdentifier(k - 1, "export")
        if s.isIdentifier(k, "const") || s.isIdentifier(k, "let") || s.isIdentifier(k, "var") {
            guard let name = file.identifier(k + 1), !s.isIdentifier(k + 1, "enum") else {
                if s.isIdentifier(k + 1, "enum") { enumeration(at: k + 1, in: file, exported: exported) }
                return
            }
            declared.insert(name)
            var j = k + 2
            if s.isPunctuator(j, ":") { j = typeAnnotationEnd(j + 1, file) }
            guard s.isPunctuator(j, "=") else { return }
            declare(name, valueAt: j + 1, in: file, exported: exported, depth: 0)
        } else if s.isIdentifier(k, "enum") {
            enumeration(at: k, in: file, exported: exported)
        } else if s.isIdentifier(k, "import") {
            importClause(at: k, in: file)
        } else if s.isIdentifier(k, "export"), s.isIdentifier(k + 1, "default"), let name = file.identifier(k + 2),
                  !["function", "class", "async", "new", "await"].contains(name), !s.isPunctuator(k + 3, "("),
                  !file.isDot(k + 3) {
            defaultExport = name
        } else if s.isIdentifier(k, "export"), s.isPunctuator(k + 1, "{"), file.partner[k + 1] > k {
            for entry in file.arguments(k + 1) {
                guard let local = file.identifier(entry.lowerBound) else { continue }
                let external = s.isIdentifier(entry.lowerBound + 1, "as") ? file.identifier(entry.lowerBound + 2) ?? local : local
                if external != local { values[external] = .reference(local) }
                self.exported.insert(external)
            }
        }
    }

    /// Where a `: Type` annotation ends: at the `=` (generic brackets and parentheses skipped).
    func typeAnnotationEnd(_ k: Int, _ file: JSFactFile) -> Int {
        var j = k
        var angle = 0
        while j < file.count, j < k + 64 {
            let s = file.source
            if s.isPunctuator(j, "<") { angle += 1 } else if s.isPunctuator(j, ">") { angle -= 1 }
            if angle <= 0, s.isPunctuator(j, "=") || s.isPunctuator(j, ";") { return j }
            j = file.partner[j] > j ? file.partner[j] + 1 : j + 1
        }
        return j
    }

    mutating func declare(_ name: String, valueAt k: Int, in file: JSFactFile, exported: Bool, depth: Int) {
        guard k < file.count else { return }
        if file.source.isPunctuator(k, "{"), file.partner[k] > k, depth < 2 {
            for entry in file.objectEntries(k..<(file.partner[k] + 1)) ?? [] {
                declare(name + "." + entry.key, valueAt: entry.value.lowerBound, in: file, exported: false, depth: depth + 1)
            }
        } else {
            var reader = JSValueReader(file: file, limit: file.count)
            let (value, _) = reader.expression(k)
            if value != .unknown { values[name] = value }
        }
        if exported { self.exported.insert(name) }
    }

    /// `enum Queue { Apply = "gh-apply", Other = 'x' }` (members without a string are left out).
    mutating func enumeration(at k: Int, in file: JSFactFile, exported: Bool) {
        guard let name = file.identifier(k + 1), file.source.isPunctuator(k + 2, "{"), file.partner[k + 2] > k else { return }
        for entry in file.arguments(k + 2) {
            guard let member = file.identifier(entry.lowerBound), file.source.isPunctuator(entry.lowerBound + 1, "="),
                  let text = file.value((entry.lowerBound + 2)..<entry.upperBound).text else { continue }
            values[name + "." + member] = .text(text)
        }
        if exported || file.source.isIdentifier(k - 2, "export") { self.exported.insert(name) }
    }

    /// `import { A, B as C } from "…"`, `import * as ns from "…"`, `import type` skipped.
    mutating func importClause(at k: Int, in file: JSFactFile) {
        let s = file.source
        var j = k + 1
        if s.isIdentifier(j, "type") { return }
        var locals: [String] = []
        if let name = file.identifier(j), !s.isIdentifier(j, "from") {
            locals.append(name)
            j += s.isPunctuator(j + 1, ",") ? 2 : 1
        }
        if s.isPunctuator(j, "*"), s.isIdentifier(j + 1, "as"), let local = file.identifier(j + 2) {
            namespaces.insert(local)
            locals.append(local)
            j += 3
        } else if s.isPunctuator(j, "{"), file.partner[j] > j {
            for entry in file.arguments(j) {
                var first = entry.lowerBound
                if s.isIdentifier(first, "type"), entry.count > 1 { first += 1 }
                guard let external = file.identifier(first) else { continue }
                let local = s.isIdentifier(first + 1, "as") ? file.identifier(first + 2) ?? external : external
                imports[local] = external
                locals.append(local)
            }
            j = file.partner[j] + 1
        }
        if s.isIdentifier(j, "from"), let module = s.literalValue(j + 1) {
            for local in locals { modules[local] = module }
        }
    }
}

/// Every file's constants of one project, to resolve a reference in a file: its own constants,
/// else what it imports, looked up among the project's exports by name. Module paths are not
/// followed: an exported name with two different values in the project resolves to nothing.
public struct JSProjectConstants: Sendable {
    let files: [JSConstants]
    /// Exported name → (file index, value) when one value is exported under that name.
    var exports: [String: (Int, JSValue)] = [:]

    public init(_ files: [JSConstants]) {
        self.files = files
        var ambiguous = Set<String>()
        for (index, constants) in files.enumerated() where !constants.exported.isEmpty {
            for (name, value) in constants.values {
                guard constants.exported.contains(Self.root(of: name)) else { continue }
                if let existing = exports[name], existing.1 != value { ambiguous.insert(name) }
                exports[name] = (index, value)
            }
        }
        for name in ambiguous { exports[name] = nil }
    }

    /// `QUEUES.APPLY` → `QUEUES`: the first part, as `split(separator: ".")` gives it, found
    /// on bytes when the first part is not empty (every constant of the project passes here).
    static func root(of name: String) -> String {
        let utf8 = name.utf8
        // A dot that could carry a combining mark (a non-ASCII byte next) is left to `split`.
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")), dot > utf8.startIndex,
              utf8.index(after: dot) == utf8.endIndex || utf8[utf8.index(after: dot)] < 0x80 else {
            return name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        }
        return String(name[..<dot])
    }

    /// The resolved value of `name` as file `index` sees it.
    public func lookup(_ name: String, in index: Int, depth: Int = 0) -> JSValue? {
        guard depth < 8, files.indices.contains(index) else { return nil }
        let constants = files[index]
        let resolve: (JSValue) -> JSValue = { value in value.resolved { self.lookup($0, in: index, depth: depth + 1) } }
        if let value = constants.values[name] { return resolve(value) }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let head = parts[0]
        let tail = parts.count > 1 ? "." + parts[1] : ""
        var exportedName: String?
        if let external = constants.imports[head] {
            exportedName = external + tail
        } else if constants.namespaces.contains(head), parts.count > 1 {
            exportedName = parts[1]
        }
        guard let exportedName, let (file, value) = exports[exportedName] else { return nil }
        return value.resolved { self.lookup($0, in: file, depth: depth + 1) }
    }
}
