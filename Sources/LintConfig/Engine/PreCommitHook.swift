import Foundation

/// `lint-config install-hook`: a git `pre-commit` hook that runs `lint-config check --staged`.
/// Installing twice writes the same file once; a hook already there (husky's, pre-commit's, a
/// hand-written one) is kept beside ours as `pre-commit.lint-config-previous` and run first, so
/// both must pass; `--uninstall` removes ours and puts that one back. The hooks folder is the one
/// git uses — `core.hooksPath` when set — as `git rev-parse --git-path hooks` reports it.
public enum PreCommitHook {
    /// The line that tells our hook from any other.
    static let marker = "# lint-config-hook: installed by `lint-config install-hook`"
    static let previousName = "pre-commit.lint-config-previous"

    public enum Action: Sendable, Equatable {
        case installed
        /// Ours was there: rewritten in place (same content unless the binary or workspace moved).
        case alreadyInstalled
        /// Another hook was there: kept and chained (run before ours).
        case installedChaining(previous: String)
        case removed
        case removedRestoring(previous: String)
        case notInstalled
    }

    public struct Outcome: Sendable {
        public var action: Action
        public var hook: URL

        public var message: String {
            switch action {
            case .installed: "installed \(hook.path): each commit runs `lint-config check --staged`"
            case .alreadyInstalled: "\(hook.path) is already lint-config's hook (rewritten, not duplicated)"
            case .installedChaining(let previous):
                "installed \(hook.path); the hook that was there runs first, kept as \(previous)"
            case .removed: "removed \(hook.path)"
            case .removedRestoring(let previous): "removed lint-config's hook; \(hook.path) is again the hook kept as "
                + "\(previous)"
            case .notInstalled: "\(hook.path) is not lint-config's hook; nothing removed"
            }
        }
    }

    /// The repository is the one holding `directory`; the hook lints `workspace` (named in it
    /// only when finding `lint-config.yml` upwards from the repository would not reach it).
    /// With `baseline`, the hook runs `check --staged --baseline`: only findings the baseline has
    /// not accepted stop a commit, so a workspace with known defects gets a green hook today.
    public static func install(
        from directory: URL, workspace: URL, executable: String, baseline: Bool = false
    ) throws(UsageError) -> Outcome {
        let (top, hooks) = try locate(from: directory)
        let hook = hooks.appendingPathComponent("pre-commit")
        let previous = hooks.appendingPathComponent(previousName)
        let script = self.script(
            executable: executable, workspace: workspaceArgument(workspace, top: top), baseline: baseline)
        let existing = try? String(contentsOf: hook, encoding: .utf8)
        var action = Action.installed
        if let existing, existing.contains(marker) {
            action = .alreadyInstalled
        } else if FileSystemEntry.kind(hook.path) != nil || FileSystemEntry.isSymbolicLink(hook.path) {
            guard FileSystemEntry.kind(previous.path) == nil else {
                throw UsageError("\(hook.path) is another hook and \(previous.path) exists already; move one of them "
                    + "away")
            }
            guard rename(hook.path, previous.path) == 0 else {
                throw UsageError("cannot keep the existing hook as \(previous.path): "
                    + "\(String(cString: strerror(errno)))")
            }
            action = .installedChaining(previous: previous.path)
        }
        try AtomicFile.write(script, to: hook)
        guard chmod(hook.path, 0o755) == 0 else {
            throw UsageError("cannot make \(hook.path) executable: \(String(cString: strerror(errno)))")
        }
        return Outcome(action: action, hook: hook)
    }

    public static func uninstall(from directory: URL) throws(UsageError) -> Outcome {
        let (_, hooks) = try locate(from: directory)
        let hook = hooks.appendingPathComponent("pre-commit")
        let previous = hooks.appendingPathComponent(previousName)
        guard let existing = try? String(contentsOf: hook, encoding: .utf8), existing.contains(marker) else {
            return Outcome(action: .notInstalled, hook: hook)
        }
        guard unlink(hook.path) == 0 else {
            throw UsageError("cannot remove \(hook.path): \(String(cString: strerror(errno)))")
        }
        if FileSystemEntry.kind(previous.path) != nil || FileSystemEntry.isSymbolicLink(previous.path) {
            guard rename(previous.path, hook.path) == 0 else {
                throw UsageError("cannot restore \(previous.path): \(String(cString: strerror(errno)))")
            }
            return Outcome(action: .removedRestoring(previous: previous.path), hook: hook)
        }
        return Outcome(action: .removed, hook: hook)
    }

    /// The work tree's top folder and the hooks folder git runs (relative answers are relative to
    /// the top folder, which `-C` makes the current directory).
    static func locate(from directory: URL) throws(UsageError) -> (top: URL, hooks: URL) {
        guard let top = GitCommand.topLevel(of: directory) else {
            throw UsageError("install-hook needs a git repository: \(directory.path) is not inside one")
        }
        let answer = String(decoding: try GitCommand.run(["rev-parse", "--git-path", "hooks"], in: top), as: UTF8.self)
            .trimmingCharacters(in: .newlines)
        let hooks = answer.hasPrefix("/") ? URL(fileURLWithPath: answer) : top.appendingPathComponent(answer)
        return (top, hooks.standardizedFileURL)
    }

    /// `--workspace` for the hook, or nil when the hook (run from the top folder) finds it alone.
    static func workspaceArgument(_ workspace: URL, top: URL) -> String? {
        let target = FileSystemEntry.realPath(workspace.path) ?? workspace.standardizedFileURL.path
        let found = WorkspaceRootSearch.root(from: top)
        if (FileSystemEntry.realPath(found.path) ?? found.path) == target { return nil }
        return target.hasPrefix(top.path + "/") ? String(target.dropFirst(top.path.count + 1)) : target
    }

    /// The hook itself: POSIX sh, the previous hook first, then lint-config from where it was
    /// installed (or from PATH when that binary has gone).
    static func script(executable: String, workspace: String?, baseline: Bool = false) -> String {
        let arguments = ["check", "--staged"] + (baseline ? ["--baseline"] : [])
            + (workspace.map { ["--workspace", $0] } ?? [])
        return """
            #!/bin/sh
            \(marker)
            # Lints the workspace as this commit would leave it (the staged files); `lint-config install-hook
            # --uninstall` removes this hook and restores the one it replaced.
            previous="$(dirname "$0")/\(previousName)"
            if [ -x "$previous" ]; then "$previous" "$@" || exit $?; fi
            lint_config=\(shellQuoted(executable))
            [ -x "$lint_config" ] || lint_config=lint-config
            exec "$lint_config" \(arguments.map(shellQuoted).joined(separator: " "))

            """
    }

    static func shellQuoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:@".contains($0)) }) {
            return word
        }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
