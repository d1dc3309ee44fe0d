/// `${NAME}` and `${NAME:-default}` expansion as python-dotenv's `dotenv_values` performs it.
///
/// python-dotenv expands after parsing, so quoting does not matter: single-quoted values are
/// expanded too (unlike a shell). The pattern is `\$\{([^}:]*)(?::-([^}]*))?\}` — a name may
/// hold any character but `}` and `:`, `$NAME` without braces is never expanded, and forms
/// such as `${NAME:=x}` or `${NAME-x}` are kept literally or read as an odd name.
public enum DotenvInterpolation {
    public enum Atom: Hashable, Sendable {
        case literal(String)
        case variable(name: String, default: String?)

        public var variableName: String? {
            if case let .variable(name, _) = self { return name }
            return nil
        }
    }

    /// Splits a decoded value into literal text and variable references.
    public static func atoms(in value: String) -> [Atom] {
        let bytes = Array(value.utf8)
        var atoms: [Atom] = []
        var cursor = 0
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "$"), bytes[i + 1] == UInt8(ascii: "{"),
                  let match = matchVariable(bytes, at: i) else {
                i += 1
                continue
            }
            if i > cursor { atoms.append(.literal(String(decoding: bytes[cursor..<i], as: UTF8.self))) }
            atoms.append(.variable(name: match.name, default: match.default))
            cursor = match.end
            i = match.end
        }
        if cursor < bytes.count { atoms.append(.literal(String(decoding: bytes[cursor...], as: UTF8.self))) }
        return atoms
    }

    /// The pattern at `start` (which holds `${`), or nil where python-dotenv sees plain text.
    static func matchVariable(_ bytes: [UInt8], at start: Int) -> (name: String, default: String?, end: Int)? {
        var i = start + 2
        while i < bytes.count, bytes[i] != UInt8(ascii: "}"), bytes[i] != UInt8(ascii: ":") { i += 1 }
        let name = String(decoding: bytes[(start + 2)..<i], as: UTF8.self)
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "}") { return (name, nil, i + 1) }
        guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "-") else { return nil }
        let defaultStart = i + 2
        var j = defaultStart
        while j < bytes.count, bytes[j] != UInt8(ascii: "}") { j += 1 }
        guard j < bytes.count else { return nil }
        return (name, String(decoding: bytes[defaultStart..<j], as: UTF8.self), j + 1)
    }
}

extension DotenvFile {
    /// What python-dotenv's `dotenv_values` returns for this file, given the process
    /// environment: bindings in order, later ones overwriting earlier ones, each value expanded
    /// against the environment and the bindings above it. With `override` (the default, as in
    /// `dotenv_values`) the file's own bindings win over the environment; without it (as in
    /// `load_dotenv()`), the environment wins. A key without `=` stays nil, and a reference to
    /// such a key expands to "" — not to its `:-` default, because the name is present.
    public func values(environment: [String: String] = [:], override: Bool = true) -> [String: String?] {
        var values: [String: String?] = [:]
        for entry in entries {
            guard let raw = entry.value else {
                values[entry.key] = .some(nil)
                continue
            }
            var result = ""
            for atom in DotenvInterpolation.atoms(in: raw) {
                switch atom {
                case let .literal(text):
                    result += text
                case let .variable(name, fallback):
                    let fromFile = values[name]
                    let fromEnvironment = environment[name]
                    let found: String??
                    if override {
                        found = fromFile ?? fromEnvironment.map { .some($0) }
                    } else {
                        found = fromEnvironment.map { .some($0) } ?? fromFile
                    }
                    switch found {
                    case .none: result += fallback ?? ""
                    case .some(.none): break
                    case let .some(.some(text)): result += text
                    }
                }
            }
            values[entry.key] = .some(result)
        }
        return values
    }
}
