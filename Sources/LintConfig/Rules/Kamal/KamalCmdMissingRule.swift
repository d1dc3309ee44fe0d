/// Lint: a role's `cmd` runs a file the deployed project does not have (`bun run
/// src/workers/main.ts` when the worker lives in `src/worker/main.ts`), or a package script its
/// package.json does not define (`npm run worker`). The project is the one the workspace deploys
/// with the config (the image's build context); paths are taken relative to it, and paths under
/// build output folders (`dist/`) are not checked: the image build makes them.
public struct KamalCmdMissingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "kamal-cmd-missing",
        severity: .high,
        summary: "A Kamal role's cmd runs a file or package script the deployed project does not have.",
        rationale: "The role's containers exit at start with 'module not found' or 'missing script' and Kamal's boot "
            + "fails or, for a role without a healthcheck, restarts them in a loop: that role never runs the new "
            + "version.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n"
                    + "  jobs:\n    hosts:\n      - 10.0.0.2\n    cmd: ↓bun run src/workers/main.ts\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/worker/main.ts": "export {};\n",
            ], note: "the folder is src/worker, not src/workers"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: ↓npm run worker\n",
                "package.json": "{\"name\": \"worker\", \"scripts\": {\"start\": \"node dist/server.js\", \"jobs\": "
                    + "\"node dist/jobs.js\"}}\n",
            ], note: "a script package.json does not define"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: ↓./bin/jobs --queue default\n",
                "Gemfile": "source \"https://rubygems.org\"\n",
                "bin/rails": "#!/usr/bin/env ruby\n",
            ], note: "a binstub that was never committed"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: ↓sh -c \"node scripts/migrate.js && node src/consumer.js\"\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "scripts/migrate.js": "\n",
                "src/producer.js": "\n",
            ], note: "inside an sh -c wrapper, after a command that exists"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: bun run src/worker/main.ts\n",
                "package.json": "{\"name\": \"worker\"}\n",
                "src/worker/main.ts": "export {};\n",
            ], note: "the file exists"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: node dist/jobs.js\n  web:\n    hosts:\n      - 10.0.0.1\n    cmd: npm start\n",
                "package.json": "{\"name\": \"worker\", \"scripts\": {\"start\": \"node dist/server.js\"}}\n",
            ], note: "build output is made by the image build; npm start is a defined script"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: bundle exec sidekiq -C $SIDEKIQ_CONFIG\n  cron:\n    hosts:\n      - 10.0.0.3\n"
                    + "    cmd: <%= ENV.fetch(\"CRON_CMD\", \"bin/cron\") %>\n",
                "Gemfile": "source \"https://rubygems.org\"\n",
            ], note: "a gem's executable, a path from the environment and an ERB command are not checked"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  jobs:\n    hosts:\n      - 10.0.0.2\n"
                    + "    cmd: bin/jobs\n",
                "Gemfile": "source \"https://rubygems.org\"\n",
                "Dockerfile": "FROM ruby:3.4\n",
            ], note: "no bin/ folder at all: a partial checkout, not evidence about the image"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for command in workspace.deployedCommands where command.deploymentIndex < workspace.kamalDeployments.count {
            let deployment = workspace.kamalDeployments[command.deploymentIndex]
            let config = deployment.project.configPath
            for reference in command.missing {
                let near = command.nearMisses[reference.name]
                let isFile = reference.kind == .file
                let missing = isFile ? "no file \(reference.name)" : "no script '\(reference.name)' in "
                    + "\(command.packageJSON ?? "package.json")"
                var related: [RelatedLocation] = []
                if let near {
                    related.append(RelatedLocation(
                        .file(joinPath(command.projectRoot, near)), note: "a file of that name"))
                }
                if !isFile, let package = command.packageJSON {
                    related.append(RelatedLocation(.file(package), note: "its scripts"))
                }
                findings.append(description.finding(
                    "Role \(command.role) runs \(reference.name), which \(command.project) does not have "
                        + "(\(Finding.environmentsPlaceholder))",
                    kind: "kamal-cmd", projects: [deployment.project.displayName, command.project],
                    names: [config, command.role, reference.kind.rawValue, reference.name],
                    environments: workspace.environments(of: deployment), at: command.location, related: related,
                    what: "`servers/\(command.role)/cmd` in \(config) runs "
                        + "\(isFile ? reference.name : "the script '\(reference.name)'") with \(reference.runner), but "
                        + "\(command.project) "
                        + "(\(command.projectRoot.isEmpty ? "the workspace root" : command.projectRoot + "/"), the "
                        + "image it deploys) has \(missing)"
                        + (near.map { "; there is \($0)" } ?? "") + ".",
                    fix: near.map { "Change the cmd in \(config) to run \($0), or add \(reference.name) to "
                        + "\(command.project)." }
                        ?? (isFile ? "Change the cmd in \(config) to a file \(command.project) has, or commit "
                            + "\(reference.name)."
                                   : "Add a '\(reference.name)' script to \(command.packageJSON ?? "package.json"), or "
                                       + "change the cmd in \(config).")))
            }
        }
        return findings
    }
}
