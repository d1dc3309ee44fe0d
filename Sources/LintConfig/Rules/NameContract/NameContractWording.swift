/// How name-contract findings describe a side: who uses the name, where, and how — the same
/// words in every rule, so a queue finding and a channel finding read alike.
extension NameContract.Side {
    /// The place a finding points at first: the earliest use.
    public var firstLocation: Location { facts[0].location }

    /// `VALET` or `VALET and GHOST-HANDS`.
    public var projectList: String { NameContractWording.list(projects) }

    /// `VALET/src/jobs.ts:12:19 (boss.send)`, the first use and how many more.
    public var place: String {
        let first = "\(facts[0].location) (`\(facts[0].evidence)`)"
        return facts.count == 1 ? first : first + " and \(facts.count - 1) more place(s)"
    }

    /// Every use as related locations, with one note.
    public func related(_ note: String) -> [RelatedLocation] {
        facts.map { RelatedLocation($0.location, note: note) }
    }
}

enum NameContractWording {
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return "no project"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}
