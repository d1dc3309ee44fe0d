/// Whether a changed file can change what the linter reports, judged from its name alone so that
/// a pre-commit hook can skip a commit in milliseconds. The answer errs towards yes: only files
/// no front end ever reads — documentation, images, fonts, styles, media, archives, lock files —
/// are ruled out, so a new kind of input never slips past the hook unchecked. A saved
/// `fly secrets list` is a `.txt`, so text files count.
public enum PossibleInput {
    static let neverRead: Set<String> = [
        "md", "mdx", "markdown", "rst", "adoc", "asciidoc",
        "png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "avif", "bmp", "tiff", "psd", "heic",
        "css", "scss", "sass", "less", "styl",
        "woff", "woff2", "ttf", "otf", "eot",
        "mp3", "mp4", "mov", "webm", "wav", "ogg", "flac", "m4a",
        "zip", "gz", "tgz", "bz2", "xz", "7z", "tar", "jar",
        "pdf", "lock", "snap", "map", "csv", "tsv",
    ]

    static let neverReadNames: Set<String> = ["LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CODEOWNERS", ".gitignore",
                                              ".gitattributes", ".editorconfig", ".prettierrc", ".prettierignore"]

    /// False only for a workspace-relative path that no front end reads whatever the config says.
    public static func matters(_ path: String) -> Bool {
        let name = WorkspacePath.fileName(of: path)
        if neverReadNames.contains(name) { return false }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        return !neverRead.contains(name[name.index(after: dot)...].lowercased())
    }
}
