/// A place in a workspace file. Paths are relative to the workspace root so that findings,
/// baselines and fingerprints read the same on every machine; lines and columns are 1-based,
/// columns counted in Unicode scalars as editors show them.
public struct Location: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A location that names a file but no position in it (a missing file, a whole-file fact).
    public static func file(_ path: String) -> Location {
        Location(path: path, line: 1, column: 1)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A value together with where it was read, so that every layer above a front end can point
/// back at the text a user must change.
public struct Located<Value> {
    public var value: Value
    public var location: Location

    public init(_ value: Value, at location: Location) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}
