/// Input the tool cannot read: the run stops with exit code 2 and this message, because a
/// partial result would look like a clean one.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: Location
    public var message: String

    /// The message is scrubbed (`Redaction.scrub`): an error is printed, and a secret quoted in
    /// it would be printed with it.
    public init(_ message: String, at location: Location) {
        self.message = Redaction.scrub(message)
        self.location = location
    }

    /// `path:line:col: error: message`, the form editors and CI annotators parse.
    public var description: String { "\(location): error: \(message)" }
}

/// A mistake in how the tool was called (an unknown rule, a bad option value). Exit code 2.
public struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "error: \(message)" }
}
