/// Workspace text inside a markdown report: control characters made visible (`TerminalText`),
/// HTML tags and table pipes neutralised, so a file name or key can neither inject markup nor
/// break a table row. Backticks are kept: finding texts use them for code spans on purpose.
enum MarkdownText {
    static func inline(_ text: String) -> String {
        TerminalText.escape(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
    }

    /// A name in a code span whose fence is longer than any run of backticks inside it.
    static func code(_ text: String) -> String {
        let escaped = TerminalText.escape(text).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in escaped {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = escaped.hasPrefix("`") || escaped.hasSuffix("`") ? " " : ""
        return fence + pad + escaped + pad + fence
    }
}
