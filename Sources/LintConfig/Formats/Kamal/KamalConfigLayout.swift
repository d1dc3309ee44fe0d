import Foundation

/// How Kamal configs are laid out in real repositories, beside `config/deploy.yml`:
/// - `deploy.<destination>.yml`: an overlay Kamal deep-merges for `-d <destination>`;
/// - `deploy.<name>.yml` with its own `service`: a separate config deployed with
///   `-c config/deploy.<name>.yml` (an imgproxy, a second app), not an overlay;
/// - `deploy.template.yml`, `deploy.example.yml`, or a file with ytt `#@` annotations or
///   `{{ … }}` generator tags: the input of a generator, never read by Kamal as it stands.
enum KamalConfigLayout {
    enum OverlayKind: Equatable {
        case destination
        case standalone
        case template
    }

    /// Middle names that mark an input for a generator or a sample, not a destination.
    static let templateNames: Set<String> = ["template", "tmpl", "tpl", "example", "sample", "dist", "orig", "bak", "old", "j2",
                                             "jinja", "in", "defaults"]
    /// Destination names that say "environment": an overlay even when it renames the service
    /// (`deploy.staging.yml` with `service: app-staging`).
    static let environmentWords: Set<String> = [
        "production", "prod", "prd", "staging", "stage", "stg", "development", "dev", "test", "testing", "qa", "uat", "preview",
        "demo", "sandbox", "beta", "alpha", "canary", "local", "review", "perf", "ci", "integration", "acceptance", "live",
        "edge", "nightly", "pre", "preprod",
    ]

    /// Whether a config file is a generator's input: by name, or by ytt / Jinja / Go template
    /// marks in its lines (ERB is Kamal's own and is rendered).
    static func isTemplate(path: String, files: any WorkspaceFiles) -> Bool {
        let name = WorkspacePath.fileName(of: path)
        let middle = name.split(separator: ".").dropFirst().dropLast().map { $0.lowercased() }
        if middle.contains(where: templateNames.contains) { return true }
        guard let text = try? files.text(path) else { return false }
        return hasGeneratorMarks(text)
    }

    static func hasGeneratorMarks(_ text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#@") || trimmed.hasPrefix("{%") { return true }
            if trimmed.contains("{{"), trimmed.contains("}}") { return true }
        }
        return false
    }

    /// `<your-service-name>`: a tutorial's blank for the reader to fill in (not ERB's `<%`).
    /// Kamal would reject it as a name, but the file is a template, not a broken config.
    static func isFillInPlaceholder(_ text: String) -> Bool {
        text.count > 2 && text.hasPrefix("<") && text.hasSuffix(">") && !text.hasPrefix("<%")
            && !text.dropFirst().dropLast().contains { $0 == "<" || $0 == ">" }
    }

    /// What `config/deploy.<name>.yml` is beside a base whose service is `baseService`.
    static func classify(overlay path: String, name: String, baseService: String?, projectRoot: String,
                         files: any WorkspaceFiles) -> OverlayKind {
        if isTemplate(path: path, files: files) { return .template }
        guard let service = topLevelScalar("service", in: path, files: files), service != baseService else { return .destination }
        if environmentWords.contains(name.lowercased()) { return .destination }
        // A secrets file of that name says `kamal … -d <name>` is how it is deployed.
        if files.kind(of: joinPath(projectRoot, ".kamal/secrets.\(name)")) == .file { return .destination }
        return .standalone
    }

    /// The plain scalar of a top-level key (`service: imgproxy`), read from the text without a
    /// YAML parse: layout decisions are made before any config is read.
    static func topLevelScalar(_ key: String, in path: String, files: any WorkspaceFiles) -> String? {
        guard let text = try? files.text(path) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            let unquoted = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return unquoted.isEmpty ? nil : unquoted
        }
        return nil
    }
}
