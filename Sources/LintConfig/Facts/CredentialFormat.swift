import Foundation

/// Credentials recognisable by their format: a provider's prefix followed by a random body
/// (`sk_live_`, `ghp_`, `AKIA…`), a signed JWT whose parts decode, a PEM private key, a URL
/// with a real password in it. The prefix alone proves nothing — `whsec_your_signing_secret`
/// is a placeholder with a real prefix — so the body must be long enough and look drawn at
/// random.
public enum CredentialFormat {
    struct Provider {
        var prefix: String
        var label: String
        var minimumBody: Int
        var maximumBody = Int.max
        var upperCaseOnly = false
    }

    /// Prefixes and body lengths as the providers document them (GitHub's 36-character tokens,
    /// AWS's 16-character key ids, Stripe's 24+), kept loose at the top end.
    static let providers: [Provider] = [
        Provider(prefix: "AKIA", label: "an AWS access key id", minimumBody: 16, maximumBody: 16, upperCaseOnly: true),
        Provider(prefix: "ASIA", label: "an AWS temporary access key id", minimumBody: 16, maximumBody: 16, upperCaseOnly: true),
        Provider(prefix: "sk_live_", label: "a Stripe live secret key", minimumBody: 24),
        Provider(prefix: "rk_live_", label: "a Stripe restricted key", minimumBody: 24),
        Provider(prefix: "sk_test_", label: "a Stripe test secret key", minimumBody: 24),
        Provider(prefix: "rk_test_", label: "a Stripe restricted test key", minimumBody: 24),
        Provider(prefix: "whsec_", label: "a webhook signing secret", minimumBody: 24),
        Provider(prefix: "ghp_", label: "a GitHub personal access token", minimumBody: 36),
        Provider(prefix: "gho_", label: "a GitHub OAuth token", minimumBody: 36),
        Provider(prefix: "ghu_", label: "a GitHub user token", minimumBody: 36),
        Provider(prefix: "ghs_", label: "a GitHub app token", minimumBody: 36),
        Provider(prefix: "ghr_", label: "a GitHub refresh token", minimumBody: 36),
        Provider(prefix: "github_pat_", label: "a GitHub fine-grained token", minimumBody: 40),
        Provider(prefix: "glpat-", label: "a GitLab token", minimumBody: 20),
        Provider(prefix: "xoxb-", label: "a Slack bot token", minimumBody: 20),
        Provider(prefix: "xoxp-", label: "a Slack user token", minimumBody: 20),
        Provider(prefix: "xoxa-", label: "a Slack app token", minimumBody: 20),
        Provider(prefix: "xoxr-", label: "a Slack refresh token", minimumBody: 20),
        Provider(prefix: "sk-ant-", label: "an Anthropic API key", minimumBody: 32),
        Provider(prefix: "sk-proj-", label: "an OpenAI project key", minimumBody: 32),
        Provider(prefix: "sk-", label: "an OpenAI-style API key", minimumBody: 32),
        Provider(prefix: "AIza", label: "a Google API key", minimumBody: 35, maximumBody: 35),
        Provider(prefix: "SG.", label: "a SendGrid API key", minimumBody: 40),
        Provider(prefix: "sb_secret_", label: "a Supabase secret key", minimumBody: 20),
        Provider(prefix: "re_", label: "a Resend API key", minimumBody: 20),
        Provider(prefix: "npm_", label: "an npm token", minimumBody: 36),
        Provider(prefix: "hf_", label: "a Hugging Face token", minimumBody: 30),
        Provider(prefix: "shpat_", label: "a Shopify access token", minimumBody: 32),
        Provider(prefix: "key-", label: "a Mailgun API key", minimumBody: 32, maximumBody: 32),
    ]

    /// What the value is, if its format says credential; nil otherwise.
    public static func recognise(_ value: String) -> String? {
        let v = value.strippingSpaces()
        if let provider = providers.first(where: { v.hasPrefix($0.prefix) }) {
            return isRandomBody(v.dropFirst(provider.prefix.count), provider) ? provider.label : nil
        }
        if isPrivateKeyBlock(v) { return "a private key block" }
        if JSONWebToken.claims(of: v) != nil { return "a signed JWT" }
        if v.hasPrefix("https://hooks.slack.com/services/"), isRandom(v.split(separator: "/").last.map(String.init) ?? "", minimum: 20) {
            return "a Slack webhook URL"
        }
        if ByteSearch.contains(v, "://") { return urlCredential(v) }
        return nil
    }

    /// A body of the provider's length, from the token alphabet, not a placeholder, and with the
    /// mix of characters and the entropy of a random draw.
    static func isRandomBody(_ body: Substring, _ provider: Provider) -> Bool {
        let text = String(body)
        guard text.count >= provider.minimumBody, text.count <= provider.maximumBody else { return false }
        if provider.upperCaseOnly && !text.allSatisfy({ $0.isUppercase || $0.isNumber }) { return false }
        return isRandom(text, minimum: provider.minimumBody)
    }

    static func isRandom(_ text: String, minimum: Int) -> Bool {
        guard text.count >= minimum, text.allSatisfy(isTokenCharacter), !SecretPlaceholder.isPlaceholder(text) else { return false }
        let hasDigit = text.contains(where: \.isNumber)
        let hasLetter = text.contains(where: \.isLetter)
        return hasDigit && hasLetter && Entropy.bitsPerCharacter(text) >= 3.0
    }

    static func isTokenCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "-_+/=.".contains(c))
    }

    /// `-----BEGIN … PRIVATE KEY-----` followed by a base64 body (real line breaks or `\n`
    /// escapes), not by `...`.
    static func isPrivateKeyBlock(_ value: String) -> Bool {
        guard let begin = value.range(of: "-----BEGIN"), value.contains("PRIVATE KEY") else { return false }
        guard let headerEnd = value.range(of: "-----", range: value.index(begin.upperBound, offsetBy: 0)..<value.endIndex)
        else { return false }
        let rest = value[headerEnd.upperBound...]
        let body = rest.prefix { $0 != "-" }.replacingOccurrences(of: "\\n", with: "")
        if body.contains("...") || body.contains("\u{2026}") { return false }
        return body.filter { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" }.count >= 40
    }

    /// A URL is a credential when its user-info carries a real password
    /// (`postgres://app:9f8e…@db.internal/app`), or a query parameter named like a key carries
    /// a random value. `user:password@`, `[password]`, `postgres:postgres@localhost` are not.
    static func urlCredential(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let afterScheme = url[scheme.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            let host = authority[authority.index(after: at)...].lowercased()
            if let colon = userInfo.firstIndex(of: ":") {
                let user = String(userInfo[..<colon])
                let password = String(userInfo[userInfo.index(after: colon)...]).removingPercentEncoding ?? ""
                if isRealPassword(password, user: user, host: host) { return "a URL with a password" }
            }
        }
        if let query = url.firstIndex(of: "?") {
            for pair in url[url.index(after: query)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, SecretShape.isSecretName(String(parts[0])) || ["sig", "signature"].contains(parts[0].lowercased())
                else { continue }
                if isRandom(String(parts[1]), minimum: 16) && Entropy.bitsPerCharacter(String(parts[1])) >= 3.5 {
                    return "a URL with a key in its query"
                }
            }
        }
        return nil
    }

    static let localHosts = ["localhost", "127.0.0.1", "0.0.0.0", "host.docker.internal", "::1", "[::1]"]

    static func isRealPassword(_ password: String, user: String, host: String) -> Bool {
        let hostName = host.split(separator: ":").first.map(String.init) ?? host
        if localHosts.contains(hostName) || hostName.hasSuffix(".local") || hostName.hasSuffix(".localhost") { return false }
        guard password.count >= 8, password != user, !SecretPlaceholder.isPlaceholder(password) else { return false }
        let hasDigitOrSymbol = password.contains { $0.isNumber || !($0.isLetter) }
        let mixedCase = password.contains(where: \.isUppercase) && password.contains(where: \.isLowercase)
        return (hasDigitOrSymbol || mixedCase) && Entropy.bitsPerCharacter(password) >= 3.0
    }
}

/// Shannon entropy per character, as detect-secrets and gitleaks measure a candidate string.
public enum Entropy {
    public static func bitsPerCharacter(_ value: String) -> Double {
        var counts: [Character: Int] = [:]
        for c in value { counts[c, default: 0] += 1 }
        let total = Double(value.count)
        guard total > 0 else { return 0 }
        return counts.values.reduce(0) { sum, n in
            let p = Double(n) / total
            return sum - p * log2(p)
        }
    }
}

/// A JWT whose three parts are what a signer produces: a header with `alg`, a JSON payload, a
/// signature. Anything else shaped `eyJ….….…` is left to the entropy test.
public enum JSONWebToken {
    /// The payload's string claims, when the value is a signed JWT.
    public static func claims(of value: String) -> [String: String]? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, value.hasPrefix("eyJ"), parts[2].count >= 16,
              let header = decodeObject(parts[0]), header["alg"] != nil,
              let payload = decodeObject(parts[1]), base64URLDecode(parts[2]) != nil
        else { return nil }
        var claims: [String: String] = [:]
        for (key, value) in payload {
            if let text = value as? String { claims[key] = text }
        }
        return claims
    }

    static func decodeObject(_ part: Substring) -> [String: Any]? {
        guard let data = base64URLDecode(part) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func base64URLDecode(_ part: Substring) -> Data? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" || $0 == "=") })
        else { return nil }
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text)
    }
}
