/// What a fact is about: the kinds of name or value that cross a service boundary. Each case
/// is one entry of the manifest schema's `kind` list; its raw value is what the manifest
/// prints, so renaming a case is a manifest format change.
///
/// Adding a kind: one case here (with the directions it uses), one extractor under
/// `Extractors/` that emits it, and its name in `Schemas/manifest.schema.json`.
public enum FactKind: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A job queue: produced by `boss.send` / `queue.add`, consumed by `boss.work` / `new Worker`.
    /// Declared by `boss.createQueue` (direction `declares`, options as attributes).
    case queue
    /// A PostgreSQL NOTIFY channel: produced by `pg_notify` / `NOTIFY`, consumed by `LISTEN`.
    case notifyChannel = "notify-channel"
    /// An HTTP header: produced by the client that sends it, consumed by the server that reads it.
    case httpHeader = "http-header"
    /// An HTTP route: produced by a server registration, consumed by a client call.
    case route
    /// A browser storage key: produced by `setItem`, consumed by `getItem`.
    case storageKey = "storage-key"
    /// A TCP port: produced by the code that listens or the image that exposes it, consumed by
    /// the deploy that routes to it.
    case port
    /// A table column (`table.column`): written or read by DML in code or migrations, declared
    /// by an ORM mirror (drizzle `pgTable`).
    case column
    /// A literal value of a column (`table.column` = value): written (role `initial` or
    /// `transition`) or selected on (role `claim` or `filter`).
    case columnValue = "column-value"
    /// A value code places into a URL: a query parameter (`token` in `?token=${X}`) or a path
    /// segment (`path`), produced by the code that builds the URL, with the env var or variable
    /// its value comes from — what `secret-in-url` judges.
    case urlParameter = "url-parameter"
    /// A literal value of a JSON response field: produced by a handler that returns it
    /// (`state: "up"`, with its `route`), consumed by a client that compares the field of a
    /// parsed response with it (`data.state === "online"`).
    case responseValue = "response-value"
    /// An environment variable: consumed by code that reads it (`use`, `why`, `runtime` …),
    /// produced by a deploy that supplies it in one environment (`environment` set, `source`,
    /// `secret`), declared by an env example file (`commented`).
    case envVar = "env-var"

    public static func < (lhs: FactKind, rhs: FactKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which side of a boundary a fact stands on. Names (queues, channels, headers, routes, keys,
/// ports) are produced or consumed; data (columns, values) is written or read; schemas and
/// ORM mirrors declare.
public enum FactDirection: String, CaseIterable, Hashable, Sendable, Comparable {
    case produces
    case consumes
    case writes
    case reads
    case declares

    public static func < (lhs: FactDirection, rhs: FactDirection) -> Bool { lhs.rawValue < rhs.rawValue }
}
