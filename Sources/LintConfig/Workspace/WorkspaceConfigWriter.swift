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
                    if let evidence = target.evidence { out += "        # \(project.name) is deployed here because \(evidence)\n" }
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

    /// Double-quotes a scalar unless it is a plain word Psych would read back as the same string.
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
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"\(escaped)\""
    }
}
