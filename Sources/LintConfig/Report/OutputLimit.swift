/// The most a report prints, whatever the input: with `FindingBounds` this bounds the output
/// of a run even when single findings are large (a name of a million characters). Past it,
/// findings are counted in one line; the summary and exit status still see every finding.
public enum OutputLimit {
    /// Bytes of findings per report (16 MiB), documented in the README ("Limits").
    public static let maxBytes = 16 * 1024 * 1024

    public static func line(notShown count: Int, limit: Int) -> String {
        "\(count) more finding\(count == 1 ? "" : "s") not shown: the report reached its output limit "
            + "(\(FileSizeLimit.megabytes(limit)) MB)"
    }
}
