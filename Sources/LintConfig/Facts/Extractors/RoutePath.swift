import Foundation

/// The canonical spelling of a route, so that a server's `/jobs/:id`, an OpenAPI-style
/// `/jobs/{id}`, Next.js's `/jobs/[id]` and a client's `` `/jobs/${id}` `` are one name:
/// `METHOD /jobs/{}`. The origin of a called URL is not part of the route: a leading env
/// variable becomes the `base-env` attribute, a literal origin the `host` attribute; query
/// parameter names become the `query` attribute.
public enum RoutePath {
    public static func normalise(_ value: JSValue, attributes: inout [String: String]) -> String? {
        var pieces = value.pieces
        if let first = pieces.first, first.text == nil {
            if let env = first.envVariable { attributes["base-env"] = env } else { attributes["base"] = "dynamic" }
            pieces.removeFirst()
        }
        var path = ""
        for piece in pieces {
            if Self.isOptionalQuery(piece) {
                path += "?"
            } else if piece == .pathRest {
                path += path.hasSuffix("/") ? "*" : "/*"
            } else {
                path += piece.text ?? "{}"
            }
        }
        // Byte checks first: most paths hold no scheme, query or fragment, and the searches
        // below are far slower than a look at the bytes.
        if path.utf8.contains(UInt8(ascii: ":")), let scheme = path.range(of: "://") {
            let rest = path[scheme.upperBound...]
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            attributes["host"] = String(rest[..<slash])
            path = String(rest[slash...])
            if path.isEmpty { path = "/" }
        }
        if path.utf8.contains(UInt8(ascii: "?")), let question = path.firstIndex(of: "?") {
            let query = path[path.index(after: question)...].split(separator: "&").map { $0.split(separator: "=").first.map(String.init) ?? "" }
            let names = query.filter { !$0.isEmpty && $0 != "{}" }
            if !names.isEmpty { attributes["query"] = names.sorted().joined(separator: ",") }
            path = String(path[..<question])
        }
        if path.utf8.contains(UInt8(ascii: "#")), let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        // A run-time path after a run-time base (`` `${base}${path}` ``) names no route.
        guard path.hasPrefix("/"), path != "/*" else { return nil }
        let method = attributes.removeValue(forKey: "method") ?? "*"
        return method.uppercased() + " " + segments(path)
    }

    /// `` ${params ? `?${params}` : ""} ``: a query string or nothing, so the path ends there.
    static func isOptionalQuery(_ piece: JSValue) -> Bool {
        guard case .either(let yes, let no) = piece else { return false }
        func queryOrNothing(_ branch: JSValue) -> Bool {
            guard let first = branch.pieces.first?.text else { return false }
            return branch.pieces.count == 1 ? first.isEmpty || first.hasPrefix("?") : first.hasPrefix("?")
        }
        return queryOrNothing(yes) && queryOrNothing(no) && (yes.text?.isEmpty != true || no.text?.isEmpty != true)
    }

    /// `/a/:id/[slug]/{x}/` → `/a/{}/{}/{}`; a segment that is partly a parameter
    /// (`v{}.json`) keeps its literal parts.
    static func segments(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { segment -> String in
            if segment.hasPrefix(":") || (segment.hasPrefix("[") && segment.hasSuffix("]"))
                || (segment.hasPrefix("{") && segment.hasSuffix("}")) {
                return "{}"
            }
            return String(segment)
        }
        return "/" + parts.joined(separator: "/")
    }
}
