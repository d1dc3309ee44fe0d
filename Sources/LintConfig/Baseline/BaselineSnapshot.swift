import Foundation

/// One environment's baseline: each project's canonical manifest and the accepted findings. It is
/// built from a run, written file by file with `AtomicFile`, and read back for `baseline check`
/// and `check --baseline`.
public struct BaselineSnapshot: Sendable {
    public var environment: String
    /// Project name → its manifest (`{"environments": [E], "projects": [one project]}`).
    public var manifests: [String: JSONValue]
    /// Sorted by rule, then fingerprint, so the file diffs cleanly.
    public var findings: [BaselineEntry]
    /// Database name → its replayed tables and columns (`SchemaManifest`).
    public var schemas: [String: JSONValue]

    public init(environment: String, manifests: [String: JSONValue], findings: [BaselineEntry], schemas: [String: JSONValue] = [:]) {
        self.environment = environment
        self.manifests = manifests
        self.findings = findings
        self.schemas = schemas
    }

    /// The state of `environment` in a run: every project's manifest, and the findings that hold
    /// there (those of no environment, a duplicate YAML key, hold in every one).
    public static func of(_ model: WorkspaceModel, findings: [Finding], environment: String) -> BaselineSnapshot {
        var manifests: [String: JSONValue] = [:]
        for facts in model.envFacts {
            manifests[facts.project.name] = Manifest.json(model.envFacts, environments: [environment], project: facts.project.name,
                                                          facts: model.context.facts)
        }
        let entries = findings.filter { $0.environments.isEmpty || $0.environments.contains(environment) }.map(BaselineEntry.init)
        var schemas: [String: JSONValue] = [:]
        for database in model.context.databases { schemas[database.name] = SchemaManifest.json(database, environment: environment) }
        return BaselineSnapshot(environment: environment, manifests: manifests, findings: Array(Set(entries)).sorted(), schemas: schemas)
    }

    /// The baseline environments of a run: the ones it checks, or `default` when the workspace
    /// declares none (a workspace of projects without deploys still has a baseline).
    public static func environments(of model: WorkspaceModel) -> [String] {
        model.environments.isEmpty ? ["default"] : model.environments
    }

    public var findingsJSON: JSONValue {
        .object([
            "environment": .string(environment),
            "findings": .array(findings.map { entry in
                .object(["fingerprint": .string(entry.fingerprint), "rule": .string(entry.rule), "title": .string(entry.title)])
            }),
        ])
    }

    /// Writes every file of this environment and removes manifests of projects that no longer
    /// exist. Each file is replaced atomically; a reader never sees a half-written file.
    public func write(to layout: BaselineLayout) throws(UsageError) {
        for (project, manifest) in manifests {
            try AtomicFile.write(manifest.rendered(), to: layout.manifestFile(environment, project: project))
        }
        for (database, schema) in schemas {
            try AtomicFile.write(schema.rendered(), to: layout.schemaFile(environment, database: database))
        }
        try AtomicFile.write(findingsJSON.rendered(), to: layout.findingsFile(environment))
        let kept = Set(manifests.keys.map { layout.manifestFile(environment, project: $0).lastPathComponent }
            + schemas.keys.map { layout.schemaFile(environment, database: $0).lastPathComponent })
        let directory = layout.environmentDirectory(environment)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where (name.hasSuffix(BaselineLayout.manifestSuffix) || name.hasSuffix(BaselineLayout.schemaSuffix))
            && !kept.contains(name) && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// The stored baseline of `environment`, or nil when there is none. Unreadable files are
    /// input errors (exit 2): a damaged baseline must not pass for an empty one.
    public static func read(from layout: BaselineLayout, environment: String) throws(InputError) -> BaselineSnapshot? {
        let directory = layout.environmentDirectory(environment)
        let findingsFile = layout.findingsFile(environment)
        guard FileManager.default.fileExists(atPath: findingsFile.path) else { return nil }
        let findingsJSON = try parse(findingsFile)
        var findings: [BaselineEntry] = []
        for item in findingsJSON.member("findings")?.items ?? [] {
            guard case .string(let fingerprint)? = item.member("fingerprint") else {
                throw InputError("a baseline entry has no fingerprint", at: .file(findingsFile.path))
            }
            let rule = item.member("rule")?.text ?? ""
            findings.append(BaselineEntry(fingerprint: fingerprint, rule: rule, title: item.member("title")?.text ?? ""))
        }
        var manifests: [String: JSONValue] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        for name in names where name.hasSuffix(BaselineLayout.manifestSuffix) && !name.hasPrefix(".") {
            let manifest = try parse(directory.appendingPathComponent(name))
            let project = manifest.member("projects")?.items?.first?.member("name")?.text
                ?? String(name.dropLast(BaselineLayout.manifestSuffix.count))
            manifests[project] = manifest
        }
        var schemas: [String: JSONValue] = [:]
        for name in names where name.hasSuffix(BaselineLayout.schemaSuffix) && !name.hasPrefix(".") {
            let schema = try parse(directory.appendingPathComponent(name))
            let database = schema.member("projects")?.items?.first?.member("name")?.text
                ?? String(name.dropLast(BaselineLayout.schemaSuffix.count))
            schemas[database] = schema
        }
        return BaselineSnapshot(environment: environment, manifests: manifests, findings: findings.sorted(), schemas: schemas)
    }

    private static func parse(_ url: URL) throws(InputError) -> JSONValue {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InputError("cannot read the baseline file: \(error.localizedDescription)", at: .file(url.path))
        }
        return try JSONValue.parse(text, path: url.path)
    }
}

extension JSONValue {
    func member(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var items: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
