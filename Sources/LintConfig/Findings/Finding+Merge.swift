/// One finding per defect. Rules report per environment (they check one deploy at a time);
/// here the findings of one subject become one finding that lists its environments, so a
/// defect in staging and production is reported, counted and baselined once.
extension Finding {
    /// Stands for the finding's environments in a rule's title, what and fix ("in staging and
    /// production"); replaced when findings are merged. Text that names anything else specific
    /// to one environment (a destination's secrets file) is kept per environment and joined.
    public static let environmentsPlaceholder = "{environments}"

    /// Groups `findings` by subject (what the fingerprint hashes) and merges each group: environments united in
    /// `environmentOrder` (others after, sorted), the most severe severity, the first place as the
    /// location and the other places as related ones, distinct texts joined. Order of the result:
    /// the order of each subject's first finding.
    public static func merging(_ findings: [Finding], environmentOrder: [String]) -> [Finding] {
        var order: [FindingSubject] = []
        var groups: [FindingSubject: [Finding]] = [:]
        for finding in findings {
            let key = finding.subject
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(finding)
        }
        return order.compactMap { key in groups[key].map { merged($0.sorted(), environmentOrder: environmentOrder) } }
    }

    private static func merged(_ group: [Finding], environmentOrder: [String]) -> Finding {
        var result = group[0]
        let environments = ordered(Set(group.flatMap(\.environments)), by: environmentOrder)
        let list = spokenList(environments)
        // On the words as written: redaction happens when a merged finding is printed.
        func text(_ field: KeyPath<Finding, String>) -> String {
            var seen = Set<String>()
            return group.map { ByteSearch.replacing(environmentsPlaceholder, with: list, in: $0[keyPath: field]) }
                .filter { seen.insert($0).inserted }.joined(separator: " ")
        }
        result.environments = environments
        result.severity = group.map(\.severity).max() ?? result.severity
        result.rawTitle = ByteSearch.replacing(environmentsPlaceholder, with: list, in: result.rawTitle)
        result.rawWhat = text(\.rawWhat)
        result.rawImpact = text(\.rawImpact)
        result.rawFix = text(\.rawFix)
        var related: [RelatedLocation] = []
        var seen: Set<RelatedLocation> = []
        for finding in group {
            if finding.location != result.location {
                let note = finding.environments.isEmpty ? "also here" : "also here, in \(spokenList(finding.environments))"
                let place = RelatedLocation(finding.location, note: note)
                if seen.insert(place).inserted { related.append(place) }
            }
            for place in finding.related where seen.insert(place).inserted { related.append(place) }
        }
        result.related = related
        return result
    }

    private static func ordered(_ environments: Set<String>, by order: [String]) -> [String] {
        order.filter { environments.contains($0) } + environments.subtracting(order).sorted()
    }

    /// `staging`, `staging and production`, `dev, staging and production`.
    public static func spokenList(_ names: [String]) -> String {
        guard let last = names.last else { return "every environment" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
