/// Judges whether a value written in a committed file is a real credential, for
/// `secret-in-clear`, which must not cry wolf over the placeholders every example holds. (The
/// broader `SecretShape` in Core decides what output must redact: there, doubt hides a value;
/// here, doubt stays silent.)
///
/// A value is a credential only when it looks real: a known format with a random body
/// (`CredentialFormat`), or a high-entropy string as detect-secrets and gitleaks measure it —
/// gitleaks' generic-api-key test (≥ 10 characters, ≥ 3.5 bits per character) when the name
/// says credential, detect-secrets' defaults otherwise (base64 runs of ≥ 20 characters above
/// 4.5 bits, hex runs of ≥ 32 above 3.0). Placeholders (`SecretPlaceholder`), published
/// identifiers (`PublicIdentifier`) and values under public names never are.
public enum SecretEvidence {
    /// Why the value of `name` is a credential ("its value has the format of a Stripe live
    /// secret key", …), or nil when it is not one. The reason never contains the value.
    public static func credentialReason(name: String, value: String) -> String? {
        let v = unquoted(value.strippingSpaces())
        if v.isEmpty || PublicIdentifier.isPublic(name: name, value: v) { return nil }
        if let format = CredentialFormat.recognise(v) { return "its value has the format of \(format)" }
        if ByteSearch.contains(v, "://") || SecretPlaceholder.isPlaceholder(v) || PublicIdentifier.isPublicName(name) {
            return nil
        }
        if SecretShape.isSecretName(name) {
            guard !ByteSearch.contains(v, " "), v.count >= 10, v.count <= 1000 else { return nil }
            let bits = Entropy.bitsPerCharacter(v)
            let hasDigit = v.contains(where: \.isNumber)
            let hasLetter = v.contains(where: \.isLetter)
            guard (hasDigit && hasLetter && bits >= 3.5) || (v.count >= 20 && bits >= 4.0) else { return nil }
            return "its name marks a credential and its value is random-looking (entropy over 3.5 bits a character)"
        }
        for run in v.split(whereSeparator: { !CredentialFormat.isTokenCharacter($0) || $0 == "." || $0 == "-" }) {
            let text = String(run)
            guard text.contains(where: \.isNumber), text.contains(where: \.isLetter) else { continue }
            if text.count >= 32, text.allSatisfy(\.isHexDigit), Entropy.bitsPerCharacter(text) >= 3.0 {
                return "its value holds a long random hex string"
            }
            if text.count >= 20, Entropy.bitsPerCharacter(text) >= 4.5 {
                return "its value holds a long random base64 string"
            }
        }
        return nil
    }

    /// A YAML or TOML value kept as written, without its quotes (`'…'`, `"…"`).
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else { return value }
        return String(value.dropFirst().dropLast())
    }
}
