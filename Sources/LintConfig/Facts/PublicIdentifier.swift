/// Values that look random but are published on purpose: a contract or wallet address, an
/// e-mail address, a Sentry DSN (Sentry documents it as safe to expose), a cloud resource id
/// (ARNs, AWS and GCP ids), a publishable key (`pk_live_…`), a UUID (as detect-secrets, which
/// filters potential UUIDs), and the JWTs Supabase publishes: the local demo keys
/// (`iss: supabase-demo`) and any `anon` key (it ships to every browser).
public enum PublicIdentifier {
    public static func isPublic(name: String, value: String) -> Bool {
        let v = value.strippingSpaces()
        let lower = v.lowercased()
        if isEmailAddress(v) || isBlockchainAddress(v) || isUUID(lower) { return true }
        if lower.hasPrefix("arn:") || lower.hasPrefix("projects/") || lower.hasPrefix("//") { return true }
        if ["pk_live_", "pk_test_", "pub-", "sb_publishable_", "npm_config_"].contains(where: lower.hasPrefix) { return true }
        if isSentryDSN(lower) || isCloudResourceID(lower) { return true }
        if let claims = JSONWebToken.claims(of: v) {
            return claims["iss"] == "supabase-demo" || claims["role"] == "anon"
        }
        return false
    }

    /// `ops@example.com`, `"Acme" <noreply@acme.io>`.
    static func isEmailAddress(_ value: String) -> Bool {
        guard let at = value.lastIndex(of: "@"), !ByteSearch.contains(value, "://"),
              !ByteSearch.contains(value, " ") || value.hasSuffix(">") else {
            return false
        }
        let domain = value[value.index(after: at)...].trimmingCharacters(in: ">")
        return domain.contains(".") && domain.split(separator: ".").last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } == true
    }

    /// `0x` + 40 hex digits (an EVM address); a private key is 64, and is not public.
    static func isBlockchainAddress(_ value: String) -> Bool {
        let hex = value.hasPrefix("0x") ? value.dropFirst(2) : Substring("")
        if hex.count == 40 && hex.allSatisfy(\.isHexDigit) { return true }
        // Bitcoin bech32 addresses and Solana-style names are recognised by name elsewhere.
        return value.hasPrefix("bc1") && value.count >= 42 && value.count <= 62 && value.allSatisfy { $0.isLowercase || $0.isNumber }
    }

    static func isUUID(_ lower: String) -> Bool {
        let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// `https://<public key>@o123.ingest.sentry.io/456`: a DSN holds a public key only.
    static func isSentryDSN(_ lower: String) -> Bool {
        lower.hasPrefix("http") && (ByteSearch.contains(lower, "sentry.io/") || ByteSearch.contains(lower, ".ingest.")
            || ByteSearch.contains(lower, "@sentry."))
    }

    /// AWS `i-0abc…`, `sg-…`, `subnet-…`, `vpc-…`, `ami-…`, `vol-…`, `snap-…`, `eni-…`, `acm` paths.
    static func isCloudResourceID(_ lower: String) -> Bool {
        let prefixes = ["i-", "sg-", "subnet-", "vpc-", "ami-", "vol-", "snap-", "eni-", "igw-", "rtb-", "nat-", "eipalloc-", "lt-"]
        guard let prefix = prefixes.first(where: lower.hasPrefix) else { return false }
        let rest = lower.dropFirst(prefix.count)
        return (8...17).contains(rest.count) && rest.allSatisfy(\.isHexDigit)
    }

    /// Words of a variable name that say its value is public whatever it looks like (a routing
    /// key, a contract address), unless the name also says private (`WALLET_PRIVATE_KEY`).
    static let nameWords: Set<String> = ["ADDRESS", "CONTRACT", "WALLET", "MINT", "PUBKEY", "EMAIL", "ROUTING", "QUEUE", "EXCHANGE",
                                         "TOPIC", "BUCKET", "ARN", "SENDER", "PUBLIC", "PUBLISHABLE", "ANON", "ID", "IDS",
                                         "NAME", "PATH", "DIR", "FILE", "HOST", "HOSTNAME", "DOMAIN", "REGION", "ZONE", "PORT",
                                         "HEADER", "ALGORITHM", "ISSUER", "AUDIENCE", "TTL", "EXPIRY", "LENGTH", "PREFIX",
                                         "VERSION", "MODE", "LEVEL", "ENV", "ENVIRONMENT", "SITE", "PLAUSIBLE", "GTAG", "MEASUREMENT"]
    static let privateWords: Set<String> = ["PRIVATE", "SECRET", "PASSWORD", "PASSWD", "CREDENTIALS", "SEED", "MNEMONIC"]

    /// Whether a name says its value is public: entropy alone is then no evidence of a secret.
    public static func isPublicName(_ name: String) -> Bool {
        let tokens = NameWords.split(name)
        return tokens.contains(where: nameWords.contains) && !tokens.contains(where: privateWords.contains)
    }
}

private extension Substring {
    func trimmingCharacters(in character: Character) -> Substring {
        var s = self
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return s
    }
}
