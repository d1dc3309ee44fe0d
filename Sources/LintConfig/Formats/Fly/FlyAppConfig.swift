import TOMLKit

/// A Fly.io app configuration (`fly.toml`, `fly.<env>.toml`, `fly/<env>.toml`): the parts that
/// take part in the env and port contracts. TOMLKit (toml++) decides what the document means;
/// `TOMLKeyPositions` finds where each reported key is written, because TOMLKit keeps no
/// positions. Reference: https://fly.io/docs/reference/configuration/
public struct FlyAppConfig: Sendable {
    public var path: String
    /// `app = "…"`; flyctl also accepts `-a`, so it may be absent.
    public var app: Located<String>?
    /// `[env]`: plain (not secret) variables, in file order.
    public var env: [FlyEnvVariable]
    /// `[processes]`: process group name → command, in file order.
    public var processes: [FlyProcess]
    /// `[http_service] internal_port` and each `[[services]] internal_port`, in file order.
    public var internalPorts: [Located<Int>]
    /// `[build] dockerfile`, relative to the toml's folder as flyctl reads it.
    public var dockerfile: String?

    public init(path: String, app: Located<String>? = nil, env: [FlyEnvVariable] = [], processes: [FlyProcess] = [],
                internalPorts: [Located<Int>] = []) {
        self.path = path
        self.app = app
        self.env = env
        self.processes = processes
        self.internalPorts = internalPorts
    }
}

/// One `[env]` entry. The value is kept (as flyctl passes it: numbers and booleans as their
/// text) because `[env]` is committed in clear, and a value that looks like a secret there is
/// itself a finding.
public struct FlyEnvVariable: Hashable, Sendable {
    public var name: Located<String>
    public var value: String

    public init(name: Located<String>, value: String) {
        self.name = name
        self.value = value
    }
}

/// One `[processes]` entry: a process group and the command its machines run.
public struct FlyProcess: Hashable, Sendable {
    public var name: Located<String>
    public var command: String

    public init(name: Located<String>, command: String) {
        self.name = name
        self.command = command
    }
}

extension FlyAppConfig {
    /// Parses `text`; malformed TOML becomes an `InputError` at the line and column toml++
    /// reports, never a crash.
    public static func parse(_ text: String, path: String) throws(InputError) -> FlyAppConfig {
        let keys = TOMLKeyPositions(text: text, path: path)
        if let header = keys.headerWithoutKey {
            throw InputError("invalid TOML: expected a key name in the table header", at: header)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            throw InputError("invalid TOML: \(withoutQuotedText(error.description))",
                             at: Location(path: path, line: max(begin.line, 1), column: max(begin.column, 1)))
        } catch {
            throw InputError("invalid TOML", at: .file(path))
        }
        func at(_ key: String) -> Location { keys.location(path: key) ?? .file(path) }

        var config = FlyAppConfig(path: path)
        if let app = table["app"]?.string { config.app = Located(app, at: at("app")) }
        if let env = table["env"]?.table {
            config.env = env.keys.compactMap { name in
                guard let value = env[name].flatMap(scalarText) else { return nil }
                return FlyEnvVariable(name: Located(name, at: at(dotted("env", name))), value: value)
            }.sorted { $0.name.location < $1.name.location }
        }
        if let processes = table["processes"]?.table {
            config.processes = processes.keys.compactMap { name in
                guard let command = processes[name].flatMap(commandText) else { return nil }
                return FlyProcess(name: Located(name, at: at(dotted("processes", name))), command: command)
            }.sorted { $0.name.location < $1.name.location }
        }
        config.dockerfile = table["build"]?.table?["dockerfile"]?.string
        if let port = table["http_service"]?.table?["internal_port"]?.int {
            config.internalPorts.append(Located(port, at: at("http_service.internal_port")))
        }
        if let services = table["services"]?.array {
            for (index, service) in services.enumerated() {
                if let port = service.table?["internal_port"]?.int {
                    config.internalPorts.append(Located(port, at: at("services[\(index)].internal_port")))
                }
            }
        }
        return config
    }

    /// `fly.toml`, `fly.<env>.toml` or `fly/<name>.toml`, anywhere in a project.
    public static func isConfigPath(_ path: String) -> Bool {
        environment(ofConfigPath: path) != nil || fileName(path) == "fly.toml"
    }

    /// The environment a config file is for: `staging` for `fly.staging.toml` and
    /// `fly/staging.toml`; nil for `fly.toml` (every environment) and other files.
    public static func environment(ofConfigPath path: String) -> String? {
        let name = fileName(path)
        guard name.hasSuffix(".toml") else { return nil }
        let stem = String(name.dropLast(5))
        let parts = path.split(separator: "/")
        if stem.hasPrefix("fly."), stem.count > 4 { return String(stem.dropFirst(4)) }
        if parts.count >= 2, parts[parts.count - 2] == "fly", !stem.isEmpty, stem != "fly" { return stem }
        return nil
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func dotted(_ table: String, _ key: String) -> String { "\(table).\(key)" }

    /// Strings as they are; numbers and booleans as flyctl turns them into env text.
    private static func scalarText(_ value: any TOMLValueConvertible) -> String? {
        if let s = value.string { return s }
        if let i = value.int { return String(i) }
        if let d = value.double { return String(d) }
        if let b = value.bool { return b ? "true" : "false" }
        return nil
    }

    private static func commandText(_ value: any TOMLValueConvertible) -> String? {
        if let s = value.string { return s }
        if let array = value.array { return array.compactMap { $0.string }.joined(separator: " ") }
        return nil
    }
}

extension FlyAppConfig {
    /// toml++ quotes the text it choked on (`'sk_live_…' could not be interpreted`), and that
    /// text is often the value: quoted runs longer than three characters become `'…'`. The
    /// location still points at it.
    static func withoutQuotedText(_ message: String) -> String {
        var out = ""
        var quoted: (quote: Character, text: String)?
        for character in message {
            if var open = quoted {
                if character == open.quote {
                    out += open.text.count > 3 ? "\(open.quote)…\(open.quote)" : "\(open.quote)\(open.text)\(open.quote)"
                    quoted = nil
                } else {
                    open.text.append(character)
                    quoted = open
                }
            } else if character == "'" || character == "\"" || character == "`" {
                quoted = (character, "")
            } else {
                out.append(character)
            }
        }
        if let open = quoted { out += open.text.count > 3 ? "\(open.quote)…" : "\(open.quote)\(open.text)" }
        return out
    }
}
