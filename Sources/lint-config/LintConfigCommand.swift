import ArgumentParser
import Foundation
import LintConfig

@main
struct LintConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint-config",
        abstract: "Finds the contracts several repositories must agree on but never import from each other.",
        version: ToolVersion.current,
        subcommands: [Check.self, Manifest.self, SchemaCommand.self, BaselineCommand.self, Rules.self, Explain.self,
                      Init.self, InstallHook.self, Graph.self],
        defaultSubcommand: Check.self)

    /// Exit codes are part of the contract: 0 clean, 1 findings, 2 any usage or input error
    /// (argument-parser alone would use 64 for a bad option).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = (error as? Failure)?.description ?? fullMessage(for: error)
            printDiagnostic(message)
            Foundation.exit(2)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the workspace and report findings (the default "
        + "command).")

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: "The environment (Kamal destination) to check; all when omitted.")
    var env: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output format: text, json, github (workflow annotations), sarif (code scanning), "
            + "markdown (full report with graph and env matrix), gitlab (code quality)."))
    var format: ReportFormat = .text

    @Option(name: .long, help: "Exit 1 when a finding is at or above this severity: low, medium, high, critical.")
    var failOn: Severity = .medium

    @Option(name: .customLong("rule"), help: "Run only this rule (repeatable).")
    var rules: [String] = []

    @Option(name: .customLong("disable"), help: "Do not run this rule (repeatable).")
    var disabled: [String] = []

    @Option(
        name: .customLong("min-severity"),
        help: "Report only findings at or above this severity: low, medium, high, critical.")
    var minSeverity: Severity = .low

    @Flag(help: ArgumentHelp(
        "Run `fly secrets list -a APP --json` for Fly apps whose secrets list is not saved "
            + "(needs flyctl on PATH)."))
    var flyLive = false

    @Flag(help: "Report only findings the baseline has not accepted, and list accepted ones that no longer occur.")
    var baseline = false

    @OptionGroup var baselineDirectory: BaselineDirectoryOption

    @Flag(help: ArgumentHelp(
        "Lint the workspace as the commit being made leaves it: staged files of the repository holding "
            + "the current directory, its siblings from disk. Returns at once when no staged file is an input."))
    var staged = false

    func run() throws {
        let disk = try workspace.files()
        var files: any WorkspaceFiles = disk
        if staged {
            let outcome: StagedSnapshot.Outcome
            do {
                outcome = try StagedSnapshot.prepare(disk, from: workspace.currentDirectory)
            } catch {
                throw Failure.usage(error)
            }
            switch outcome {
            case .nothingRelevant(let count):
                print("lint-config: \(count) staged file\(count == 1 ? "" : "s"), none an input of any rule; nothing "
                    + "to check")
                return
            case .workspace(let snapshot, _):
                files = snapshot
            }
        }
        let options = LintOptions(environment: env, onlyRules: Set(rules), flyLive: flyLive,
                                  disabledRules: Set(disabled), minSeverity: minSeverity)
        let run: LintRun
        let result: LintResult
        if baseline {
            do {
                (run, result) = try BaselineWorkflow.checkAgainstBaselineRun(
                    files, layout: baselineDirectory.layout(workspace, files: disk), options: options)
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
        } else {
            do {
                run = try Linter.analyse(files, options: options)
            } catch {
                throw Failure.usage(error)
            }
            result = Linter.bounded(run.result, by: options.bounds)
        }
        let color = format == .text && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(format.render(run, shown: result, failOn: failOn, color: color), terminator: "")
        printDiagnostics(errors: result.errors, notes: result.notes)
        if let discovered = result.discoveredProjects, result.errors.isEmpty {
            printDiagnostic("lint-config: no \(WorkspaceConfigReader.fileName); discovered \(discovered) "
                + "project\(discovered == 1 ? "" : "s"); "
                            + "`lint-config init` to pin them")
        }
        let status = result.exitCode(failOn: failOn)
        if status != 0 { throw ExitCode(status) }
    }
}

struct Manifest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifest",
        abstract: "Print each project's facts (env reads and supplies per "
        + "environment, queues, channels, columns, values …) as canonical JSON.")

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: "Only this environment.")
    var env: String?

    @Option(name: .long, help: "Only this project.")
    var project: String?

    @Flag(help: "Ask flyctl for secrets lists that are not saved.")
    var flyLive = false

    @Flag(help: "List every path:line:col that states each fact.")
    var locations = false

    func run() throws {
        let files = try workspace.files()
        let load: WorkspaceLoad
        do {
            load = try WorkspaceLoader.load(files, environment: env, flyLive: flyLive)
        } catch {
            throw Failure.usage(error)
        }
        if let project, !load.model.config.projects.contains(where: { $0.name == project }) {
            throw Failure.usage(UsageError("unknown project '\(project)' (projects: "
                + "\(load.model.config.projects.map(\.name).joined(separator: ", ")))"))
        }
        printDiagnostics(errors: load.errors, notes: load.notes)
        guard load.errors.isEmpty else { throw ExitCode(2) }
        print(LintConfig.Manifest.json(load.model, project: project, locations: locations).rendered(), terminator: "")
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its severity and summary.")

    @Flag(help: "Print the README's markdown table instead.")
    var markdown = false

    func run() {
        print(markdown ? RuleDocumentation.markdownTable() : RuleDocumentation.catalogue(), terminator: "")
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule, with examples that trigger it and "
        + "examples that do not.")

    @Argument(help: "The rule id, e.g. kamal-secret-undefined.")
    var rule: String

    func run() throws {
        guard let found = RuleCatalogue.rule(id: rule) else {
            throw Failure.usage(UsageError("unknown rule '\(rule)'; `lint-config rules` lists them"))
        }
        print(RuleDocumentation.explain(found.description), terminator: "")
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write lint-config.yml from what the workspace shows, "
        + "for you to edit.")

    @OptionGroup var workspace: WorkspaceOption

    @Flag(help: "Replace an existing lint-config.yml.")
    var force = false

    @Flag(help: "Print the config instead of writing it.")
    var stdout = false

    func run() throws {
        let files = try workspace.files()
        let target = workspace.root.appendingPathComponent(WorkspaceConfigReader.fileName)
        let text = WorkspaceConfigWriter.yaml(WorkspaceDiscovery.discover(files), files: files)
        if stdout {
            print(text, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: target.path) && !force {
            throw Failure.usage(UsageError("\(target.path) exists; use --force to replace it or --stdout to print"))
        }
        do {
            try text.write(to: target, atomically: true, encoding: .utf8)
        } catch {
            throw Failure.usage(UsageError("cannot write \(target.path): \(error.localizedDescription)"))
        }
        print("wrote \(target.path)")
    }
}

/// A message on stderr, escaped line by line: messages quote file names, keys and option values,
/// which must not reach the terminal as control characters, while the argument parser's own usage
/// text keeps its line breaks.
func printDiagnostic(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escape(String($0)) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}

/// Input errors, then notes, as `path:line:col: error|note: message`.
func printDiagnostics(errors: [InputError], notes: [InputNote]) {
    for error in errors { printDiagnostic(error.description) }
    for note in notes { printDiagnostic(note.description) }
}

/// Usage errors print as `error: …` and exit 2, never with argument-parser's usage banner.
enum Failure: Error, CustomStringConvertible {
    case usage(UsageError)
    var description: String {
        switch self { case .usage(let error): error.description }
    }
}
