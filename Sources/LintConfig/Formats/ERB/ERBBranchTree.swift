/// Which conditional branches enclose each line of a template, stored as a tree of branches
/// with one node index per line — not a copy of the enclosing path per line, which grew as
/// lines × depth (20,000 nested `<% if %>` took gigabytes). A new branch is one node; a line
/// is one integer; comparing two lines walks up from both, so the cost stays linear in depth.
struct ERBBranchTree: Sendable {
    private struct Node: Sendable {
        var branch: ERBBranch
        var parent: Int
        var depth: Int
    }

    /// Node 0 is the root: the text outside every conditional.
    private var nodes: [Node] = [Node(branch: ERBBranch(conditional: -1, branch: 0), parent: 0, depth: 0)]
    /// For each line (index 0 = line 1), the innermost branch around it.
    private var lineNodes: [Int] = []

    static let root = 0

    /// A tree in which every one of `lineCount` lines lies outside any conditional.
    init(lineCount: Int = 0) {
        lineNodes = Array(repeating: Self.root, count: lineCount)
    }

    /// Path elements stored in all: the figure a test holds linear in the template's size.
    var storedEntries: Int { nodes.count + lineNodes.count }

    /// Opens `branch` inside `parent` and returns its node.
    mutating func open(_ branch: ERBBranch, inside parent: Int) -> Int {
        nodes.append(Node(branch: branch, parent: parent, depth: nodes[parent].depth + 1))
        return nodes.count - 1
    }

    /// The node of the next branch (`elsif`, `else`, `when`) of the conditional `node` is a branch of.
    mutating func nextBranch(after node: Int) -> Int {
        let current = nodes[node]
        return open(ERBBranch(conditional: current.branch.conditional, branch: current.branch.branch + 1),
                    inside: current.parent)
    }

    /// Records that the next line lies inside `node`.
    mutating func appendLine(in node: Int) { lineNodes.append(node) }

    var lineCount: Int { lineNodes.count }

    /// The branches around `line` (1-based), outermost first; empty outside the template.
    func path(ofLine line: Int) -> [ERBBranch] {
        guard line >= 1, line <= lineNodes.count else { return [] }
        var path: [ERBBranch] = []
        var node = lineNodes[line - 1]
        while node != Self.root {
            path.append(nodes[node].branch)
            node = nodes[node].parent
        }
        return path.reversed()
    }

    /// True when the two lines sit in different branches of one conditional.
    func areExclusive(line first: Int, line second: Int) -> Bool {
        guard first >= 1, second >= 1, first <= lineNodes.count, second <= lineNodes.count else { return false }
        var a = lineNodes[first - 1]
        var b = lineNodes[second - 1]
        // Bring both to the same depth, then climb together until their parents meet: the two
        // children of the common ancestor are where the paths part.
        while nodes[a].depth > nodes[b].depth { a = nodes[a].parent }
        while nodes[b].depth > nodes[a].depth { b = nodes[b].parent }
        if a == b { return false }
        while nodes[a].parent != nodes[b].parent {
            a = nodes[a].parent
            b = nodes[b].parent
        }
        return nodes[a].branch.conditional == nodes[b].branch.conditional
    }
}
