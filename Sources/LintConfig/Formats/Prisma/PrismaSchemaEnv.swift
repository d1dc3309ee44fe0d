/// `env("NAME")` in a Prisma schema: Prisma reads these variables itself (the datasource URL,
/// generator and preview settings), so they are reads of the project that declares the schema.
/// The datasource's `url` is needed to connect at all; `directUrl`, `shadowDatabaseUrl` and the
/// rest are used by migrations and tools only.
public struct PrismaEnvRead: Sendable, Hashable {
    public var name: String
    public var location: Location
    /// `url = env("…")` inside a `datasource` block.
    public var isDatasourceURL: Bool
}

public enum PrismaSchemaEnv {
    public static func reads(in text: String, path: String) -> [PrismaEnvRead] {
        var reads: [PrismaEnvRead] = []
        var inDatasource = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let comment = line.range(of: "//") { line = line[..<comment.lowerBound] }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("datasource ") { inDatasource = true }
            if trimmed.hasPrefix("}") { inDatasource = false }
            let key = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            var rest = line[...]
            while let call = rest.range(of: "env(") {
                var cursor = call.upperBound
                while cursor < rest.endIndex, rest[cursor] == " " { cursor = rest.index(after: cursor) }
                guard cursor < rest.endIndex, rest[cursor] == "\"" else { rest = rest[call.upperBound...]; continue }
                let nameStart = rest.index(after: cursor)
                guard let close = rest[nameStart...].firstIndex(of: "\"") else { break }
                let name = String(rest[nameStart..<close])
                let column = rawLine.unicodeScalars.distance(from: rawLine.startIndex, to: nameStart) + 1
                if !name.isEmpty {
                    reads.append(PrismaEnvRead(name: name, location: Location(path: path, line: index + 1, column: column),
                                               isDatasourceURL: inDatasource && key == "url"))
                }
                rest = rest[close...]
            }
        }
        return reads
    }
}
