/// Lint: a hook that runs before the new version is up (`pre-connect`, `docker-setup`,
/// `pre-build`, `pre-deploy`, `pre-app-boot`) stops, kills or removes the service's app or role
/// containers — `kamal app stop`, or `docker stop|kill|rm -f` of containers named after the
/// service or a role, filtered by Kamal's `service`/`role` labels, or every running container.
/// Kamal boots the new container first and stops the old one only after; a hook that stops it
/// earlier opens a gap for the whole build, push and boot.
public struct KamalHookStopsAppRule: Rule {
    public init() {}

    static func config(_ hook: String, _ script: String) -> [String: String] {
        [
            "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    - 10.0.0.1\n  jobs:\n    hosts:\n"
                + "      - 10.0.0.2\n    cmd: bin/jobs\naccessories:\n  redis:\n    image: redis:7\n"
                + "    host: 10.0.0.3\n",
            "bin/jobs": "#!/bin/sh\n",
            ".kamal/hooks/" + hook: "#!/bin/sh\n" + script,
        ]
    }

    public let description = RuleDescription(
        id: "kamal-hook-stops-app",
        severity: .high,
        summary: "A Kamal hook that runs before the new version is up stops the app or worker containers.",
        rationale: "Kamal starts the new container before it stops the old one; a pre-deploy (or earlier) hook that "
            + "stops them first leaves the service down for the whole build, push and boot, kills the jobs a worker "
            + "was running, and keeps it down if the deploy then fails.",
        triggeringExamples: [
            RuleExample(config("pre-deploy", "# drain the workers before deploying\nfor host in $KAMAL_HOSTS; do\n"
                + "  ↓ssh \"$host\" \"docker stop \\$(docker ps -q --filter label=service=worker)\"\ndone\n"),
                        note: "by Kamal's service label, over ssh"),
            RuleExample(config("pre-build", "set -e\n↓kamal app stop -r jobs -d \"$KAMAL_DESTINATION\"\n"),
                        note: "Kamal's own stop, before the image is even built"),
            RuleExample(config("pre-app-boot", "↓docker rm -f worker-jobs-$KAMAL_VERSION 2>/dev/null || true\n"),
                        note: "a role's container, by name"),
        ],
        nonTriggeringExamples: [
            RuleExample(config("post-deploy", "ssh 10.0.0.2 docker stop legacy-worker worker-jobs-old\n"),
                        note: "after the new version is up"),
            RuleExample(config("pre-deploy", "# docker stop $(docker ps -q) would kill the jobs in flight\n"
                + "echo \"docker stop is left to Kamal\"\ncurl -fsS https://ops.example.com/drain?service=worker\n"),
                        note: "a comment and an echo that mention a stop, and a drain request"),
            RuleExample(config("pre-deploy", "ssh 10.0.0.3 docker stop worker-redis\ndocker stop buildkit-cache\n"),
                        note: "an accessory's container and an unrelated one"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        var findings: [Finding] = []
        for deployment in workspace.kamalDeployments {
            guard let service = deployment.service?.value.lowercased(), !service.isEmpty else { continue }
            let roles = deployment.roles.map { $0.name.value.lowercased() }
            let accessories = deployment.accessories.map { service + "-" + $0.name.value.lowercased() }
            for hook in deployment.hooks where hook.runsBeforeNewVersionIsUp {
                for command in hook.stopCommands {
                    guard let target = Self.appTarget(command, service: service, roles: roles, accessories: accessories)
                    else { continue }
                    var related: [RelatedLocation] = []
                    if let location = deployment.service?.location {
                        related.append(RelatedLocation(location, note: "the service it stops"))
                    }
                    findings.append(description.finding(
                        "\(hook.name) hook stops \(target) before the new version is up "
                            + "(\(Finding.environmentsPlaceholder))",
                        kind: "kamal-hook", projects: [deployment.project.displayName],
                        names: [hook.path, command.verb, target],
                        environments: workspace.environments(of: deployment), at: command.location, related: related,
                        what: "Kamal runs \(hook.path) before it boots the new version; this `\(command.verb)` stops "
                            + "\(target) "
                            + "then, so nothing serves or works jobs until the new container passes its checks — and "
                            + "nothing "
                            + "at all if the build, push or boot fails.",
                        fix: "Remove the stop from \(hook.name): Kamal starts the new container and only then stops "
                            + "the old one. "
                            + "To let running jobs finish, have the worker drain on SIGTERM, or ask it to stop taking "
                            + "jobs here "
                            + "instead of stopping it; a stop that must happen belongs in post-deploy."))
                }
            }
        }
        return findings
    }

    /// What the command stops that belongs to the app, in words for the title; nil when it stops
    /// something else (an accessory, a build cache).
    static func appTarget(
        _ command: KamalStopCommand, service: String, roles: [String], accessories: [String]
    ) -> String? {
        if command.isKamalAppStop {
            if let index = command.words.firstIndex(where: { $0 == "-r" || $0 == "--roles" }),
               index + 1 < command.words.count {
                return "the \(command.words[index + 1]) containers"
            }
            return "the \(service) app containers"
        }
        let words = command.words
        if let role = words.first(where: { $0.hasPrefix("label=role=") }) { return "the \(role.dropFirst(11)) "
            + "containers" }
        if words.contains(where: { $0.contains("label=ser"
            + "vice") || $0.contains("label=role") }) { return "the \(service) containers" }
        if words.contains(where: { $0.contains("kamal_service") }) { return "the \(service) containers" }
        for word in words where word.contains(service) && !accessories.contains(where: { word.contains($0) }) {
            if let role = roles.first(where: { word.contains(service + "-" + $0) }) { return "the \(role) containers" }
            return "the \(service) containers"
        }
        if words.contains("ps"), words.contains(where: { $0 == "-q" || $0 == "-aq" || $0 == "-qa" }),
           !words.contains(where: { $0.hasPrefix("--filter") || $0 == "-f" }) {
            return "every running container (\(service)'s included)"
        }
        return nil
    }
}
