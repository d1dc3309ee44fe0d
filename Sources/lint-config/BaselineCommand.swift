import ArgumentParser
import Foundation
import LintConfig

/// `--baseline-dir DIR`: where baselines live (default: `baselines:` of `lint-config.yml`, else
/// `Baselines/` in the workspace root).
struct BaselineDirectoryOption: ParsableArguments {
    @Option(name: .customLong("baseline-dir"), help: "The baselines folder, relative to the workspace root unless absolute (default: `baselines:` in lint-config.yml, else Baselines).")
    var directory: String?

    func layout(_ workspace: WorkspaceOption, files: any WorkspaceFiles) -> BaselineLayout {
        BaselineLayout.configured(workspaceRoot: workspace.root, option: directory, files: files)
    }
}

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Store the workspace's contracts and accepted findings, and report how they drifted since.",
        subcommands: [BaselineWrite.self, BaselineCheck.self])
}

struct BaselineWrite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write Baselines/<env>/<project>.manifest.json and Baselines/<env>/findings.json (accepting every current finding).")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var baselineDirectory: BaselineDirectoryOption

    @Option(name: .long, help: "Only this environment; every one when omitted.")
    var env: String?

    @Flag(help: "Drop accepted findings that no longer occur (otherwise they are kept).")
    var prune = false

    func run() throws {
        let files = try workspace.files()
        let layout = baselineDirectory.layout(workspace, files: files)
        do {
            let summary = try BaselineWorkflow.write(files, layout: layout, options: LintOptions(environment: env), prune: prune)
            for environment in summary.environments {
                let pruned = environment.pruned > 0 ? ", \(environment.pruned) pruned" : ""
                print("wrote \(layout.environmentDirectory(environment.name).path): \(environment.projects) project manifest(s), "
                      + "\(environment.findings) accepted finding(s)\(pruned)")
            }
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

enum DriftFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, github
}

struct BaselineCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report facts added, removed or changed since the baseline, per project and environment (exit 1 on drift).")

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var baselineDirectory: BaselineDirectoryOption

    @Option(name: .long, help: "Only this environment; every one when omitted.")
    var env: String?

    @Option(name: .long, help: "Output format: text, markdown, json or github.")
    var format: DriftFormat = .text

    func run() throws {
        let files = try workspace.files()
        let layout = baselineDirectory.layout(workspace, files: files)
        let report: DriftReport
        do {
            report = try BaselineWorkflow.check(files, layout: layout, options: LintOptions(environment: env))
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let output = switch format {
        case .text: DriftReporter.text(report)
        case .markdown: DriftReporter.markdown(report)
        case .json: DriftReporter.json(report)
        case .github: DriftReporter.github(report, layout: layout, workspaceRoot: workspace.root.standardizedFileURL.path)
        }
        print(output, terminator: "")
        for error in report.errors { FileHandle.standardError.write(Data((error.description + "\n").utf8)) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
