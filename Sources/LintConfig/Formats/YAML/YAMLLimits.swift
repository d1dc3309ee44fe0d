/// Bounds that keep hostile or accidental input from hanging the linter or exhausting memory.
public struct YAMLLimits: Sendable {
    /// Nodes the document may hold once every alias is expanded. A "billion laughs" stream stays
    /// tiny on disk and in our tree (aliases share storage) but would explode in any consumer
    /// that walks it, so we count the expansion instead of performing it.
    public var maxExpandedNodes: Int
    /// Nesting depth of collections; deeper input is refused before recursion can overflow.
    public var maxDepth: Int

    public init(maxExpandedNodes: Int = 1_000_000, maxDepth: Int = 512) {
        self.maxExpandedNodes = maxExpandedNodes
        self.maxDepth = maxDepth
    }

    public static let `default` = YAMLLimits()
}
