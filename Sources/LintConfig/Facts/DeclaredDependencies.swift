import Foundation

/// The dependencies a project declares, where it declares them: `package.json` (every
/// dependency section), `Gemfile`, `requirements*.txt`, `pyproject.toml`, `Pipfile` and `go.mod`.
/// Read as text, line by line: only the names matter, and each keeps the line it is on so a
/// read attributed to it points somewhere.
struct DeclaredDependency: Hashable {
    var ecosystem: DependencyEnvTable.Ecosystem
    var name: String
    var location: Location
}

enum DeclaredDependencies {
    /// The manifests of the given folders, each read once.
    static func find(in folders: [String], files: any WorkspaceFiles) -> [DeclaredDependency] {
        var found: [DeclaredDependency] = []
        for folder in folders {
            for name in files.list(folder) {
                let path = joinPath(folder, name)
                guard let ecosystem = ecosystem(ofManifest: name), files.kind(of: path) == .file,
                      let text = try? files.text(path) else { continue }
                found += declared(in: text, path: path, ecosystem: ecosystem)
            }
        }
        return found
    }

    static func ecosystem(ofManifest name: String) -> DependencyEnvTable.Ecosystem? {
        switch name {
        case "package.json": .npm
        case "Gemfile": .gem
        case "pyproject.toml", "Pipfile": .pypi
        case "go.mod": .go
        default: name.hasPrefix("requirements") && name.hasSuffix(".txt") ? .pypi : nil
        }
    }

    static func declared(in text: String, path: String, ecosystem: DependencyEnvTable.Ecosystem) -> [DeclaredDependency] {
        var result: [DeclaredDependency] = []
        var inDependencies = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            var names: [String] = []
            switch ecosystem {
            case .npm:
                // `"dependencies": {` … `}`: the keys inside any *ependencies section.
                if line.hasPrefix("\""), line.contains("ependencies\""), line.hasSuffix("{") { inDependencies = true; continue }
                if inDependencies, line.hasPrefix("}") { inDependencies = false; continue }
                if inDependencies, let name = quoted(line) { names = [name] }
            case .gem:
                if line.hasPrefix("gem "), let name = quoted(String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)) {
                    names = [name]
                }
            case .pypi:
                names = [pythonRequirement(line)].compactMap { $0 }
            case .go:
                let fields = line.split(separator: " ")
                if let first = fields.first, first.contains(".") && first.contains("/") { names = [String(first)] }
                if fields.count >= 3, fields[0] == "require" { names = [String(fields[1])] }
            }
            for name in names {
                result.append(DeclaredDependency(ecosystem: ecosystem, name: name, location: Location(path: path, line: index + 1, column: 1)))
            }
        }
        return result
    }

    /// The text of a line's first quoted string (`"next-auth": "^5"`, `"rails", "~> 8.0"`).
    static func quoted(_ line: String) -> String? {
        guard let open = line.first, open == "\"" || open == "'" else { return nil }
        let rest = line.dropFirst()
        guard let close = rest.firstIndex(of: open) else { return nil }
        let name = String(rest[..<close])
        return name.isEmpty ? nil : name
    }

    /// `boto3>=1.34`, `"boto3>=1.34",`, `boto3 = "^1.34"`, `psycopg[binary]`: the distribution
    /// name, lower-cased with `_` as `-` (PEP 503); nil for comments and other lines.
    static func pythonRequirement(_ line: String) -> String? {
        var text = Substring(line)
        if text.hasPrefix("\"") || text.hasPrefix("'") { text = text.dropFirst() }
        guard let first = text.first, first.isLetter || first.isNumber else { return nil }
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        let after = text.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || "<>=~![;\"',@ ".contains(after.first ?? " ") else { return nil }
        return name.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
