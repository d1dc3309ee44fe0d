/// A rule reads the workspace model and reports findings. It never opens a file or parses text:
/// front ends did that, so a rule can be tested on any model and a format can change under it.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ workspace: WorkspaceModel) -> [Finding]
}

/// What a rule is, in one place: the catalogue, `lint-config explain`, the README's rule list
/// and the generic example test all read this, so they cannot drift apart.
public struct RuleDescription: Sendable {
    public var id: String
    public var severity: Severity
    /// One line: what the rule flags.
    public var summary: String
    /// Why it matters: what breaks at deploy or run time.
    public var rationale: String
    /// Each must produce findings exactly at its `↓` markers.
    public var triggeringExamples: [RuleExample]
    /// Each must produce no finding of this rule.
    public var nonTriggeringExamples: [RuleExample]
    /// Opt-in rules (style checks such as key order) run only when named with `--rule`.
    public var enabledByDefault: Bool
    /// How a finding is fixed in general — which side of the contract to change, and how —
    /// for `lint-config explain`; each finding's own fix names the files and lines.
    public var fix: String?

    public init(id: String, severity: Severity, summary: String, rationale: String, fix: String? = nil,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample], enabledByDefault: Bool = true) {
        self.fix = fix
        self.enabledByDefault = enabledByDefault
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// A finding of this rule with its default severity. `kind`, `projects` (each once, however
    /// often a contract's sides name it) and `names` are its
    /// subject (what its fingerprint hashes, see `FindingSubject`); `environments` are where it
    /// holds, and `Finding.environmentsPlaceholder` in the texts stands for them once merged.
    public func finding(_ title: String, kind: String, projects: [String], names: [String],
                        environments: [String] = [], at location: Location, related: [RelatedLocation] = [],
                        what: String, impact: String? = nil, fix: String, severity: Severity? = nil) -> Finding {
        Finding(ruleID: id, severity: severity ?? self.severity, title: title, location: location, related: related,
                what: what, impact: impact ?? rationale, fix: fix,
                subject: FindingSubject(rule: id, kind: kind, projects: Array(Set(projects)), names: names), environments: environments)
    }
}

/// A tiny in-memory workspace. `↓` marks where a finding must land (the marker is removed before
/// the files are read, and the finding's line and column must be the character after it).
public struct RuleExample: Sendable {
    public var files: [String: String]
    /// The `--env` the example runs with; nil checks every destination.
    public var environment: String?
    public var note: String?

    public init(_ files: [String: String], environment: String? = nil, note: String? = nil) {
        self.files = files
        self.environment = environment
        self.note = note
    }

    public static let marker: Character = "↓"

    /// The files without markers, and the locations the markers stood for.
    public func resolved() -> (files: [String: String], markers: [Location]) {
        var clean: [String: String] = [:]
        var markers: [Location] = []
        for (path, text) in files {
            var output = ""
            var line = 1
            var column = 1
            for scalar in text.unicodeScalars {
                if Character(scalar) == Self.marker {
                    markers.append(Location(path: path, line: line, column: column))
                    continue
                }
                output.unicodeScalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            clean[path] = output
        }
        return (clean, markers.sorted())
    }
}
