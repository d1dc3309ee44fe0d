/// A count of some operation, for tests that prove a bound on work by counting instead of
/// timing (timed tests are flaky on a shared machine). Bound through a task-local by the test
/// and incremented by the code it measures; the linter runs on one thread, so a plain counter
/// suffices (hence `@unchecked Sendable`).
final class OperationCounter: @unchecked Sendable {
    private(set) var count = 0

    func add() { count += 1 }
}
