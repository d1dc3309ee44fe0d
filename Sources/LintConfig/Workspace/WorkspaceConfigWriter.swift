/// Writes a `WorkspaceConfig` as `lint-config.yml` text, for `lint-config init`: what discovery
/// found, spelled out so that the user can correct it (rename `default`, add roles, secrets lists).
public enum WorkspaceConfigWriter {
    public static func yaml(_ config: WorkspaceConfig, files: (any WorkspaceFiles)? = nil) -> String {
        func tomlNamesApp(_ path: String) -> Bool {
            guard let files, let text = try? files.text(path) else { return true }
            return text.split(separator: "\n").contains { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                return trimmed.hasPrefix("app") && trimmed.dropFirst(3).drop { $0 == " " || $0 == "\t" }.hasPrefix("=")
            }
        }
        var out = """
            # lint-config.yml — written by `lint-config init` from what the workspace shows.
            # Paths are relative to this file; `sources` and `env_examples` are relative to each project root.
            # Schema: Schemas/lint-config.schema.json

            """
        out += "\n\nenvironments:\n"
        out += config.environments.isEmpty ? "  []\n" : config.environments.map { "  - \(quoted($0))\n" }.joined()
        out += "\nprojects:\n"
        if config.projects.isEmpty { out += "  []\n" }
        for project in config.projects {
            out += "  - name: \(quoted(project.name))\n"
            out += "    root: \(quoted(project.root.isEmpty ? "." : project.root))\n"
            if let sources = project.sources { out += list("sources", sources) }
            if let examples = project.envExamples { out += list("env_examples", examples) }
            if project.deploy.isEmpty { continue }
            out += "    deploy:\n"
            for env in project.deploy.keys.sorted() {
                out += "      \(quoted(env)):\n"
                switch project.deploy[env]! {
                case .kamal(let target):
                    if let evidence = target.evidence {
                        out += "        # \(comment(project.name)) is deployed here because \(comment(evidence))\n"
                    }
                    out += "        kamal:\n          config: \(quoted(target.config))\n"
                    out += "          destination: \(target.destination.map(quoted) ?? "null")\n"
                    if !target.roles.isEmpty { out += "          roles: [\(target.roles.map(quoted).joined(separator: ", "))]\n" }
                case .fly(let target):
                    out += "        fly:\n"
                    if let app = target.app {
                        out += "          app: \(quoted(app))\n"
                    } else if let toml = target.config, !tomlNamesApp(toml) {
                        // The toml has no `app`: it is deployed with `--app`, which only the team knows.
                        let placeholder = quoted("\(project.name)-\(env)")
                        out += "          # app: \(placeholder)  # the app flyctl deploys \(toml) to (--app)\n"
                    }
                    if let toml = target.config { out += "          config: \(quoted(toml))\n" }
                    if let secrets = target.secrets {
                        out += "          secrets: \(quoted(secrets))\n"
                    } else {
                        out += "          # secrets: \(quoted(joinPath(project.root, "fly-secrets.\(env).txt")))  # save `fly secrets list` here\n"
                    }
                }
            }
        }
        return out
    }

    private static func list(_ key: String, _ items: [String]) -> String {
        if items.isEmpty { return "    \(key): []\n" }
        return "    \(key):\n" + items.map { "      - \(quoted($0))\n" }.joined()
    }

    /// A comment holds one line: a folder name with a newline would otherwise end it and start
    /// a YAML line of its own, and an ESC would reach the terminal of `init --stdout`.
    static func comment(_ text: String) -> String { TerminalText.escape(text) }

    /// Double-quotes a scalar unless it is a plain word Psych would read back as the same string.
    /// Control characters (a folder may be named with a newline or an ESC) are written as YAML
    /// escapes, so the file reads back as the same name and prints as visible text.
    static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2F || b == 0x2E
        }
        if plain, case .string(let s) = PsychScalarResolver.resolve(plain: text), s == text { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped += yamlEscape(scalar) ?? String(scalar)
            }
        }
        return "\"\(escaped)\""
    }

    /// `\xNN` for C0/C1 controls and DEL, `\uNNNN` for bidirectional controls and line or
    /// paragraph separators (YAML 1.1 double-quoted escapes, which Psych and libyaml read back);
    /// nil for a scalar that is printed as it is.
    private static func yamlEscape(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20, 0x7F, 0x80...0x9F:
            return "\\x" + hex(value, width: 2)
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return "\\u" + hex(value, width: 4)
        default:
            return nil
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
