import Foundation

/// Runs `git` for the pre-commit workflow: the index of the repository a hook runs in, its hooks
/// folder. Plumbing commands with `-z` output only, so no path is ever quoted or localised, and
/// the environment is passed through: inside a hook git sets `GIT_INDEX_FILE` (a partial commit
/// stages into a temporary index), and that index is the one the commit will record.
public enum GitCommand {
    /// `git -C directory arguments…`: stdout when git exits 0, else a usage error quoting its stderr.
    public static func run(_ arguments: [String], in directory: URL) throws(UsageError) -> [UInt8] {
        guard let output = Subprocess.run("git", ["-C", directory.path] + arguments) else {
            throw UsageError("cannot run git: it is not on PATH")
        }
        guard output.status == 0 else {
            let message = String(decoding: output.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw UsageError("git \(arguments.first ?? "") failed in \(directory.path): \(message)")
        }
        return output.stdout
    }

    /// The work tree's top folder holding `directory`, with links resolved; nil outside a repository.
    public static func topLevel(of directory: URL) -> URL? {
        guard let bytes = try? run(["rev-parse", "--show-toplevel"], in: directory) else { return nil }
        let path = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard !path.isEmpty else { return nil }
        return URL(fileURLWithPath: FileSystemEntry.realPath(path) ?? path)
    }

    /// NUL-separated fields of `-z` output, without the empty tail.
    static func fields(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
    }
}
