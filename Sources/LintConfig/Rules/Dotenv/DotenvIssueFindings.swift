/// The dotenv rules each report one kind of fact the dotenv front end found; this turns those
/// facts into findings, so that each rule file holds only its wording and examples.
extension RuleDescription {
    /// One finding per issue of `kind` in every env file of the workspace. `describe` gives the
    /// title (which names the key, so fingerprints survive line moves), what, and fix.
    func findings(of kind: DotenvIssue.Kind, in workspace: WorkspaceModel, relatedNote: String = "",
                  _ describe: (DotenvIssue) -> (title: String, what: String, fix: String)) -> [Finding] {
        workspace.dotenvFiles.flatMap { file -> [Finding] in
            var occurrences: [String: Int] = [:]
            return file.issues.filter { $0.kind == kind }.map { issue in
                let text = describe(issue)
                let related = issue.related.map { [RelatedLocation($0, note: relatedNote)] } ?? []
                // The key names the subject, with its ordinal so a third binding is a second defect;
                // an issue without a key (a blank line) is the nth of its kind in the file.
                let key = issue.key ?? ""
                let occurrence = occurrences[key, default: 0] + 1
                occurrences[key] = occurrence
                return finding(text.title, kind: "dotenv", projects: [], names: [file.path, key, String(occurrence)],
                               at: issue.location, related: related, what: text.what, fix: text.fix)
            }
        }
    }
}
