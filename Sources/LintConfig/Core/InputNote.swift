import Synchronization

/// Something a run chose not to read, said once and never fatal: a symbolic link that leads
/// out of the workspace, a generated source file over the size limit. Unlike an `InputError`
/// it does not make the result incomplete in a way the user must fix, so the exit status is
/// unchanged; it is printed so that nobody mistakes "not read" for "checked and clean".
public struct InputNote: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var location: Location
    public var message: String

    public init(_ message: String, at location: Location) {
        self.message = message
        self.location = location
    }

    /// `path:line:col: note: message`, as compilers print notes.
    public var description: String { "\(location): note: \(message)" }

    public static func < (lhs: InputNote, rhs: InputNote) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// Notes recorded while files are looked at — walks ask about the same path more than once,
/// and each path is noted once. A reference, so that the value-typed file access can record
/// from any copy; guarded, because rules and readers may run concurrently.
final class NoteLog: Sendable {
    private let notes = Mutex<[String: InputNote]>([:])

    func record(_ note: InputNote) {
        notes.withLock { if $0[note.location.path] == nil { $0[note.location.path] = note } }
    }

    var all: [InputNote] { notes.withLock { $0.values.sorted() } }
}
