/// A secret name an app on Fly.io holds, as `fly secrets list` shows it. Only the name and
/// the digest are kept: the digest is a hash flyctl prints to tell versions apart, not the
/// value, and nothing else from the listing is needed to know what is supplied.
public struct FlySecret: Hashable, Sendable {
    public var name: String
    public var location: Location
    /// The digest column or `digest` field, when the listing has one.
    public var digest: String?

    public init(name: String, location: Location, digest: String? = nil) {
        self.name = name
        self.location = location
        self.digest = digest
    }
}

/// Whether a cell or field can be a secret name. Fly passes secrets to the machine as
/// environment variables, so a name is letters, digits, `_`, and (as some apps use) `.` or `-`.
/// Anything else means we are reading a line that is not a row of the listing.
func isFlySecretName(_ bytes: some Collection<UInt8>) -> Bool {
    guard let first = bytes.first, !ASCII.isDigit(first) else { return false }
    return bytes.allSatisfy { ASCII.isNameByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
}
