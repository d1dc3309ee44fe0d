/// The dotenv rules each report one kind of fact the dotenv front end found; this turns those
/// facts into findings, so that each rule file holds only its wording and examples.
extension RuleDescription {
    /// One finding per issue of `kind` in every env file of the workspace. `describe` gives the
    /// title (which names the key, so fingerprints survive line moves), what, and fix.
    func findings(of kind: DotenvIssue.Kind, in workspace: WorkspaceModel, relatedNote: String = "",
                  _ describe: (DotenvIssue) -> (title: String, what: String, fix: String)) -> [Finding] {
        workspace.dotenvFiles.flatMap { file in
            file.issues.filter { $0.kind == kind }.map { issue in
                let text = describe(issue)
                let related = issue.related.map { [RelatedLocation($0, note: relatedNote)] } ?? []
                return finding(text.title, at: issue.location, related: related, what: text.what, fix: text.fix)
            }
        }
    }
}
