/// Lint: a non-production destination (`staging`, `qa`, `preview`, …) of a Kamal config lists
/// a host that the production destination of the same config also deploys to.
///
/// A destination is production when it is named `production`, `prod`, `prd` or `live`, or when
/// the workspace's `production` environment deploys it; non-production when its name is one of
/// the usual pre-production words. Anything else (`canary`, `eu`) is left alone: sharing hosts
/// may be its purpose.
public struct DestinationHostsOverlapRule: Rule {
    public init() {}

    static let productionNames: Set<String> = ["production", "prod", "prd", "live"]
    static let preProductionNames: Set<String> = [
        "staging", "stage", "stg", "dev", "develop", "development", "qa", "test", "testing", "preview", "beta", "alpha",
        "sandbox", "demo", "uat", "review", "edge", "nightly",
    ]

    public let description = RuleDescription(
        id: "destination-hosts-overlap",
        severity: .medium,
        summary: "A non-production Kamal destination deploys to a host that production uses.",
        rationale: "A staging deploy on a production machine shares its kamal-proxy, disk and memory with production: "
            + "its hooks, prunes and proxy reboots act on production, and a load test or a crash loop there degrades "
            + "production.",
        triggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "servers:\n  - ↓10.0.9.1\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.9.1\n  - 10.0.9.2\n",
            ], environment: "staging", note: "only staging is checked; production is read to compare"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  web:\n    - 10.0.0.1\n",
                "config/deploy.qa.yml": "servers:\n  web:\n    - 10.0.5.1\n  jobs:\n    hosts:\n"
                    + "      - ↓app-2.example.com\n",
                "config/deploy.prod.yml": "servers:\n  web:\n    hosts:\n      - app-1.example.com\n"
                    + "      - app-2.example.com\n",
            ], note: "a role of qa on a host of prod's web role"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.preview.yml": "servers:\n  - ↓10.0.0.7\n",
                "config/deploy.live.yml": "servers:\n  - 10.0.0.7: [gpu]\n",
            ], environment: "preview", note: "a host written with tags in production is the same host"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
            ], note: "separate machines"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - 10.0.0.1\n",
                "config/deploy.canary.yml": "servers:\n  - 10.0.2.1\n",
                "config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
            ], note: "a canary shares production's hosts on purpose"),
            RuleExample([
                "config/deploy.yml": ExampleConfigs.kamalHeader + "servers:\n  - <%= ENV[\"HOST\"] %>\n",
                "config/deploy.staging.yml": "servers:\n  - <%= ENV[\"HOST\"] %>\n",
                "config/deploy.production.yml": "servers:\n  - <%= ENV[\"HOST\"] %>\n",
            ], note: "hosts rendered at deploy time are unknown here"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let all = workspace.kamalDeployments + workspace.kamalSiblingDeployments
        var findings: [Finding] = []
        for deployment in workspace.kamalDeployments {
            guard let name = deployment.destination, Self.preProductionNames.contains(name.lowercased()) else {
                continue
            }
            let productions = all.filter { other in
                other.project.configPath == deployment.project.configPath
                    && other.destination.map { isProduction($0, other, workspace) } == true
            }
            for production in productions {
                let productionHosts = Self.hosts(of: production)
                for (role, host) in Self.hosts(of: deployment) {
                    guard let match = productionHosts.first(where: {
                        $0.host.address.value.lowercased() == host.address.value.lowercased()
                    })
                    else { continue }
                    let prodName = production.destination ?? "production"
                    findings.append(description.finding(
                        "\(name) deploys to \(host.address.value), a host of \(prodName)",
                        kind: "kamal-hosts", projects: [deployment.project.displayName],
                        names: [deployment.project.configPath, name, prodName, host.address.value],
                        environments: workspace.environments(of: deployment), at: host.address.location,
                        related: [RelatedLocation(match.host.address.location, note: "\(prodName)'s role \(match.role) "
                            + "runs here")],
                        what: "Role \(role) of destination \(name) lists \(host.address.value), which \(prodName)'s "
                            + "role \(match.role) "
                            + "also deploys to: both run on one machine, behind one kamal-proxy.",
                        fix: "Give \(name) its own host instead of \(host.address.value) (\(host.address.location)); "
                            + "if sharing the machine is intended, say so by naming the destination "
                            + "for it (a canary), or keep this finding in the baseline."))
                }
            }
        }
        return findings
    }

    func isProduction(_ destination: String, _ deployment: KamalDeployment, _ workspace: WorkspaceModel) -> Bool {
        if Self.productionNames.contains(destination.lowercased()) { return true }
        return workspace.config.projects.contains { project in
            ["production", "prod"].contains { environment in
                guard case .kamal(let target)? = project.deploy[environment] else { return false }
                return target.config == deployment.project.configPath && target.destination == destination
            }
        }
    }

    /// Each literal host of a deployment with its role; hosts ERB renders are unknown here.
    static func hosts(of deployment: KamalDeployment) -> [(role: String, host: KamalHost)] {
        deployment.roles.flatMap { role in
            role.hosts
                .filter { !ERBTemplate.isTemplated($0.address.value) && !$0.address.value.isEmpty }
                .map { (role.name.value, $0) }
        }
    }
}
