/// Applies inline suppressions (`InlineSuppression`) to a run's findings and reports the ones
/// that silence nothing (`unused-suppression`). The files scanned are those the run knows:
/// where findings land, the Kamal configs, hooks and secrets files, env examples, and every file
/// a fact or env read comes from — a suppression elsewhere could cover nothing anyway.
enum SuppressionFilter {
    static let ruleID = "unused-suppression"

    /// `findings` without the suppressed ones, plus an `unused-suppression` finding for each
    /// suppression (per rule it names) that covered no finding of `judged` — all findings of the
    /// rules that ran or that a suppression names — when `reportUnused`.
    static func apply(_ findings: [Finding], judged: [Finding], model: WorkspaceModel, files: any WorkspaceFiles,
                      ran: Set<String>, reportUnused: Bool) -> [Finding] {
        let suppressions = scan(paths(model, findings: judged), files: files)
        guard !suppressions.isEmpty else { return findings }
        let kept = findings.filter { finding in !suppressions.contains { $0.covers(finding) } }
        guard reportUnused, let rule = RuleCatalogue.rule(id: ruleID) else { return kept }
        var unused: [Finding] = []
        for suppression in suppressions {
            let names = suppression.rules.isEmpty ? [""] : suppression.rules
            for name in names {
                let known = RuleCatalogue.rule(id: name) != nil
                if known, !ran.contains(name) { continue }  // not judged in this run
                if known, judged.contains(where: { $0.ruleID == name && suppression.covers($0) }) {
                    continue
                }
                let why = name.isEmpty
                    ? "names no rule, so it silences nothing "
                        + "(a suppression must name the rule it is for)"
                    : !known ? "names '\(name)', which is not a rule (`lint-config rules` lists them)"
                    : suppression.coveredLine == 0 ? "covers no line (nothing follows it)"
                    : "covers line \(suppression.coveredLine), where '\(name)' reports nothing"
                unused.append(rule.description.finding(
                    "Suppression of '\(name.isEmpty ? "?" : name)' silences nothing",
                    kind: "suppression", projects: [],
                    names: [suppression.location.path, name, String(suppression.coveredLine)],
                    at: suppression.location,
                    what: "This suppression " + why + ".",
                    fix: name.isEmpty || !known
                        ? "Name the rule (`# lint-config: disable=rule-id`), or remove the comment."
                        : "Remove the comment: the finding it was written for is gone "
                            + "(or it sits on the wrong line)."))
            }
        }
        return kept + unused
    }

    static func scan(_ paths: Set<String>, files: any WorkspaceFiles) -> [InlineSuppression] {
        paths.sorted().flatMap { path -> [InlineSuppression] in
            guard files.kind(of: path) == .file, let text = try? files.text(path),
                  ByteSearch.contains(text, "lint-config") else {
                return []
            }
            return InlineSuppression.scan(text, path: path)
        }
    }

    static func paths(_ model: WorkspaceModel, findings: [Finding]) -> Set<String> {
        var paths = Set(findings.map(\.location.path))
        for deployment in model.kamalDeployments {
            paths.formUnion(deployment.configFiles)
            paths.formUnion(deployment.hookFiles)
            paths.formUnion(deployment.secrets.files.map(\.path))
        }
        paths.formUnion(model.dotenvFiles.map(\.path))
        paths.formUnion(model.context.facts.facts.map(\.location.path))
        for project in model.envFacts {
            paths.formUnion(project.reads.map(\.location.path))
            for environment in project.environments { paths.formUnion(environment.supplies.map(\.location.path)) }
        }
        return paths
    }
}
