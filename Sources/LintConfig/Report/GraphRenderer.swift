/// `lint-config graph --format mermaid|dot`: the contract graph as Mermaid (GitHub and GitLab
/// render it inside markdown) or Graphviz DOT. Broken contracts are red. Names come from the
/// workspace, so each format's own escaping applies after `TerminalText` has made control
/// characters visible: no name can close a label and add nodes or styles of its own.
public enum GraphRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case mermaid, dot
    }

    public static func render(_ graph: ContractGraph, format: Format) -> String {
        switch format {
        case .mermaid: mermaid(graph)
        case .dot: dot(graph)
        }
    }

    public static func mermaid(_ graph: ContractGraph) -> String {
        let ids = nodeIDs(graph)
        var output = "flowchart LR\n"
        for project in graph.projects { output += "  \(ids[project] ?? "")[\"\(mermaidText(project))\"]\n" }
        var red: [Int] = []
        for (index, edge) in graph.edges.enumerated() {
            let arrow = edge.directed ? "-->" : "---"
            output += "  \(ids[edge.from] ?? "") \(arrow)|\"\(mermaidText(edge.label))\"| \(ids[edge.to] ?? "")\n"
            if edge.broken { red.append(index) }
        }
        if !red.isEmpty {
            output += "  linkStyle \(red.map(String.init).joined(separator: ",")) stroke:#d32f2f,stroke-width:2px,color:#d32f2f\n"
        }
        return output
    }

    public static func dot(_ graph: ContractGraph) -> String {
        var output = "digraph contracts {\n  rankdir=LR;\n  node [shape=box];\n"
        for project in graph.projects { output += "  \(dotText(project));\n" }
        for edge in graph.edges {
            var attributes = ["label=\(dotText(edge.label))"]
            if !edge.directed { attributes.append("dir=none") }
            if edge.broken { attributes += ["color=red", "fontcolor=red", "penwidth=2"] }
            output += "  \(dotText(edge.from)) -> \(dotText(edge.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return output + "}\n"
    }

    /// Node ids Mermaid can parse whatever a project is called.
    static func nodeIDs(_ graph: ContractGraph) -> [String: String] {
        Dictionary(graph.projects.enumerated().map { ($1, "p\($0)") }, uniquingKeysWith: { first, _ in first })
    }

    /// Inside a quoted Mermaid label: entity codes for what would end or reinterpret it.
    static func mermaidText(_ text: String) -> String {
        TerminalText.escape(text).replacingOccurrences(of: "#", with: "#35;").replacingOccurrences(of: "\"", with: "#quot;")
            .replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;")
            .replacingOccurrences(of: "|", with: "#124;").replacingOccurrences(of: "`", with: "#96;")
    }

    /// A DOT quoted string.
    static func dotText(_ text: String) -> String {
        "\"" + TerminalText.escape(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
