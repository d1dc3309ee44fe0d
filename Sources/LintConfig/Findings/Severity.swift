/// How much a finding matters, in the seed audit's four levels. The order is the order of
/// `--fail-on`: a run fails when any finding is at or above the threshold.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    case low, medium, high, critical

    var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The upper-case label the text report uses, as in the seed's `### [CRITICAL] Title`.
    public var label: String { rawValue.uppercased() }
}
