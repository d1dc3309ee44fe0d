/// How large a file of one kind may be, and what the refusal calls it: a 50 MB `.ts` is not
/// "too large to be a config", and a migration may be far larger than a deploy file. Every
/// limit is listed in the README ("Limits").
public struct FileSizeLimit: Sendable, Hashable {
    /// Completes "file is too large …" in the refusal ("to be a config").
    public var purpose: String
    public var maxBytes: Int

    public init(purpose: String, maxBytes: Int) {
        self.purpose = purpose
        self.maxBytes = maxBytes
    }

    /// Deploy files, env examples, secrets lists, `lint-config.yml`: hand-written and small;
    /// anything larger is a build artefact or a dump, and reading it would slow every commit.
    public static let config = FileSizeLimit(purpose: "to be a config", maxBytes: 8 * 1024 * 1024)
    /// Source files scanned for env reads. Larger ones are generated, minified or vendored:
    /// they are skipped with a note instead of failing the run.
    public static let source = FileSizeLimit(purpose: "to scan as source code", maxBytes: 8 * 1024 * 1024)
    /// SQL migrations: data migrations and schema dumps are legitimately large.
    public static let migration = FileSizeLimit(purpose: "to be a migration", maxBytes: 64 * 1024 * 1024)

    /// The refusal, with the file's real size (not the bytes read before stopping).
    public func tooLarge(_ size: Int, path: String) -> InputError {
        let (size, limit) = sizeAndLimit(size)
        return InputError("file is too large \(purpose) (\(size); the limit is \(limit))", at: .file(path))
    }

    /// A size and this limit in megabytes — or in bytes when both round to the same
    /// megabytes, so that a message never says "8.0 MB is over the 8.0 MB limit".
    public func sizeAndLimit(_ size: Int) -> (size: String, limit: String) {
        let (a, b) = (Self.megabytes(size), Self.megabytes(maxBytes))
        return a == b && size != maxBytes ? ("\(size) bytes", "\(maxBytes) bytes") : (a + " MB", b + " MB")
    }

    /// Megabytes (MiB) with one decimal, rounded half up.
    public static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
