/// What flyctl's error output says, in our words. Its stderr can hold an access token (a
/// `FLY_API_TOKEN` echoed in a debug line, an `Authorization:` header in a trace), so it is
/// never copied: it is matched against the failures flyctl reports, and anything else is
/// described by its size only.
enum FlyctlErrorSummary {
    static let notShown = "flyctl's error output is not shown: it may hold a token"

    /// Known failures, by words flyctl's messages use (lower-cased), most specific first.
    static let known: [(words: [String], meaning: String)] = [
        (["no access token", "not logged in", "fly auth login", "authenticate"],
         "flyctl is not logged in (run `fly auth login` or set FLY_API_TOKEN)"),
        (["could not find app", "app not found", "could not resolve app"], "flyctl cannot find the app"),
        (["unauthorized", "forbidden", "not authorized", "permission denied"], "flyctl was refused access to the app"),
        (["timeout", "timed out", "no such host", "connection refused", "dial tcp", "network is unreachable"],
         "flyctl could not reach the Fly.io API"),
    ]

    static func summary(of stderr: [UInt8]) -> String {
        let text = String(decoding: stderr, as: UTF8.self).lowercased()
        if let match = known.first(where: { entry in entry.words.contains { text.contains($0) } }) {
            return match.meaning + " (" + notShown + ")"
        }
        let lines = text.split(whereSeparator: \.isNewline).count
        if lines == 0 { return "flyctl wrote no error output" }
        return "flyctl wrote \(lines) line\(lines == 1 ? "" : "s") of error output (not shown: it may hold a token)"
    }
}
