import Foundation

/// Where a workspace's baselines live: `<directory>/<environment>/<project>.manifest.json` (the
/// canonical manifest of one project in one environment, exactly what `lint-config manifest
/// --env E --project P` prints) and `<directory>/<environment>/findings.json` (the accepted
/// findings). One folder per environment, one file per project: a change shows up in review as
/// the diff of the facts that moved.
public struct BaselineLayout: Sendable {
    public static let defaultDirectory = "Baselines"
    public static let findingsFileName = "findings.json"
    public static let manifestSuffix = ".manifest.json"
    public static let schemaSuffix = ".schema.json"

    public var directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `Baselines/` in the workspace root, or `path` (relative to the workspace root unless absolute).
    public init(workspaceRoot: URL, path: String?) {
        let path = path ?? Self.defaultDirectory
        directory = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workspaceRoot.appendingPathComponent(path)
    }

    /// The folder a command uses: `--baseline-dir` when given, else `baselines:` of
    /// `lint-config.yml`, else `Baselines/`. A config that cannot be read leaves the default; the
    /// run itself reports why it cannot be read.
    public static func configured(workspaceRoot: URL, option: String?, files: any WorkspaceFiles) -> BaselineLayout {
        let configured = option ?? (try? WorkspaceConfigReader.read(files))??.baselines
        return BaselineLayout(workspaceRoot: workspaceRoot, path: configured)
    }

    public func environmentDirectory(_ environment: String) -> URL {
        directory.appendingPathComponent(Self.fileStem(environment))
    }

    public func findingsFile(_ environment: String) -> URL {
        environmentDirectory(environment).appendingPathComponent(Self.findingsFileName)
    }

    public func manifestFile(_ environment: String, project: String) -> URL {
        environmentDirectory(environment).appendingPathComponent(Self.fileStem(project) + Self.manifestSuffix)
    }

    /// `<directory>/<environment>/<database>.schema.json`: a replayed database's tables and columns.
    public func schemaFile(_ environment: String, database: String) -> URL {
        environmentDirectory(environment).appendingPathComponent(Self.fileStem(database) + Self.schemaSuffix)
    }

    /// A project or environment name as a file name: letters, digits, `.`, `_`, `-` kept; anything
    /// else (a `/` in `apps/api`) becomes `_`, and a leading dot is escaped so no name hides a file.
    static func fileStem(_ name: String) -> String {
        var stem = String(name.unicodeScalars.map { scalar -> Character in
            let allowed = (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "_" || scalar == "-"
            return allowed ? Character(scalar) : "_"
        })
        if stem.hasPrefix(".") || stem.isEmpty { stem = "_" + stem }
        return stem
    }
}
