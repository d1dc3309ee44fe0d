import Foundation

/// Where a Kamal config's secrets files are: `secrets_path` as written (relative to the project,
/// as Kamal resolves it from the working directory the config is deployed from), or
/// `.kamal/secrets` by default.
///
/// ERB may compute it at deploy time. The common form names a gem's folder,
/// `<%= File.join(Gem::Specification.find_by_name("app-saas").gem_dir, ".kamal/secrets") %>`,
/// where the gem is the project folder itself (a Gemfile's `gem "app-saas", path: "saas"`): when
/// the code ends in the literal `.kamal/secrets` and the project commits `.kamal/secrets*` files,
/// those are the files. Any other computed path is not known here, and is said so — a
/// placeholder is never shown as a path.
enum KamalSecretsPath {
    enum Resolution: Equatable {
        case path(String)
        /// ERB computes it; where the code is.
        case computed(Location)
    }

    static let defaultPath = ".kamal/secrets"

    static func resolve(_ node: YAMLNode?, templates: [String: ERBTemplate], projectRoot: String,
                        files: any WorkspaceFiles) -> Resolution {
        guard let node, let scalar = node.scalar, scalar.value != .null else {
            return .path(joinPath(projectRoot, defaultPath))
        }
        guard scalar.isTemplated else { return .path(joinPath(projectRoot, scalar.text)) }
        let tags = templates[node.start.path]?.outputTags.filter { scalar.text.contains($0.placeholder) } ?? []
        guard let last = tags.last, let range = scalar.text.range(of: last.placeholder, options: .backwards) else {
            return .computed(node.start)
        }
        // What follows the last tag, or else the literal end of its code.
        let written = String(scalar.text[range.upperBound...]).trimmingSlashes()
        let tail = written.isEmpty ? literalTail(of: last.code) : written
        if tail.hasSuffix(defaultPath), commitsSecretsFiles(projectRoot: projectRoot, files: files) {
            return .path(joinPath(projectRoot, defaultPath))
        }
        return .computed(tags[0].location)
    }

    /// The string literals of Ruby code joined as `File.join` joins them: `".kamal", "secrets"`
    /// and `".kamal/secrets"` both give `.kamal/secrets`.
    static func literalTail(of code: String) -> String {
        var literals: [String] = []
        var current: String?
        var quote: Character = "\""
        for character in code {
            if var text = current {
                if character == quote {
                    literals.append(text)
                    current = nil
                } else {
                    text.append(character)
                    current = text
                }
            } else if character == "\"" || character == "'" {
                quote = character
                current = ""
            }
        }
        return literals.map { $0.trimmingSlashes() }.filter { !$0.isEmpty }.joined(separator: "/")
    }

    static func commitsSecretsFiles(projectRoot: String, files: any WorkspaceFiles) -> Bool {
        files.list(joinPath(projectRoot, ".kamal")).contains { $0.hasPrefix("secrets") && !$0.hasSuffix(".example") }
    }
}

private extension String {
    func trimmingSlashes() -> String {
        var s = Substring(self)
        while s.first == "/" { s = s.dropFirst() }
        while s.last == "/" { s = s.dropLast() }
        return String(s)
    }
}
