import ArgumentParser
import Foundation
import LintConfig

struct InstallHook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Install a git pre-commit hook that runs `lint-config check --staged` (keeps and chains an existing hook).")

    @OptionGroup var workspace: WorkspaceOption

    @Flag(help: "Remove lint-config's hook and restore the hook it replaced.")
    var uninstall = false

    @Flag(help: "The hook runs `check --staged --baseline`: only findings the baseline has not accepted stop a commit.")
    var baseline = false

    func run() throws {
        // The repository is the one the user stands in; outside any, the one holding the workspace.
        let here = workspace.currentDirectory
        let directory = GitCommand.topLevel(of: here) != nil ? here : workspace.root
        do {
            let outcome = uninstall
                ? try PreCommitHook.uninstall(from: directory)
                : try PreCommitHook.install(from: directory, workspace: try workspace.files().root, executable: Self.executable(),
                                            baseline: baseline)
            print(outcome.message)
        } catch let error as UsageError {
            throw Failure.usage(error)
        }
    }

    /// This binary's absolute path, for the hook to call.
    static func executable() -> String {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return real }
        let argument = CommandLine.arguments[0]
        if argument.hasPrefix("/") { return argument }
        return argument.contains("/") ? FileManager.default.currentDirectoryPath + "/" + argument : argument
    }
}
