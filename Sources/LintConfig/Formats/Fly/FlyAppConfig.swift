/// A Fly.io app configuration (`fly.toml`, `fly.<env>.toml`, `fly/<env>.toml`): the parts that
/// take part in the env and port contracts, read with our TOML reader (`TOMLDocument`), which
/// keeps where every key is written. Reference: https://fly.io/docs/reference/configuration/
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
    /// Parses `text` with our TOML reader; malformed TOML becomes an `InputError` at the line
    /// and column of the fault, never a crash, and never quoting the text.
    public static func parse(_ text: String, path: String) throws(InputError) -> FlyAppConfig {
        let table = try TOMLDocument.parse(text, path: path)
        var config = FlyAppConfig(path: path)
        if let app = table.entry("app"), let name = app.value.string {
            config.app = Located(name, at: app.key.location)
        }
        if let env = table["env"]?.table {
            config.env = env.entries.compactMap { entry in
                scalarText(entry.value).map { FlyEnvVariable(name: entry.key, value: $0) }
            }.sorted { $0.name.location < $1.name.location }
        }
        if let processes = table["processes"]?.table {
            config.processes = processes.entries.compactMap { entry in
                commandText(entry.value).map { FlyProcess(name: entry.key, command: $0) }
            }.sorted { $0.name.location < $1.name.location }
        }
        config.dockerfile = table["build"]?.table?["dockerfile"]?.string
        if let port = table["http_service"]?.table?.entry("internal_port"), let value = port.value.integer {
            config.internalPorts.append(Located(Int(truncatingIfNeeded: value), at: port.key.location))
        }
        for service in table["services"]?.array ?? [] {
            if let port = service.table?.entry("internal_port"), let value = port.value.integer {
                config.internalPorts.append(Located(Int(truncatingIfNeeded: value), at: port.key.location))
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

    /// Strings as they are; numbers and booleans as flyctl turns them into env text.
    private static func scalarText(_ value: TOMLValue) -> String? {
        switch value.kind {
        case .string(let s): s
        case .integer(let i): String(i)
        case .float(let d): String(d)
        case .boolean(let b): b ? "true" : "false"
        default: nil
        }
    }

    private static func commandText(_ value: TOMLValue) -> String? {
        if let s = value.string { return s }
        if let array = value.array { return array.compactMap(\.string).joined(separator: " ") }
        return nil
    }
}
