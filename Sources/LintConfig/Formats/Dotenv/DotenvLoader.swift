/// Which program loads a project's env files, where loaders disagree on a line. The parser
/// follows python-dotenv; the one disagreement that changes what a key holds in practice is a
/// comment right after `=`: `KEY=  # leave empty` is an empty value with a comment for Node's
/// dotenv, Ruby's dotenv and docker compose, but python-dotenv keeps `# leave empty` as the
/// value (its `=` swallows the spaces, so the `#` is no longer preceded by whitespace).
public enum DotenvLoader: String, Sendable {
    case python = "python-dotenv"
    /// Node's `dotenv`, Ruby's `dotenv` and docker compose agree here.
    case node = "dotenv (Node, Ruby, docker compose)"

    /// The value the loader gives the entry's key.
    public func value(of entry: DotenvEntry) -> String? {
        guard self == .node, entry.quote == .none, let value = entry.value, value.hasPrefix("#") else { return entry.value }
        return ""
    }
}
