/// What a Dockerfile's image runs: the words of its last `CMD` and `ENTRYPOINT` (exec form
/// `["node", "apps/api/dist/server.js"]` or shell form), for telling which app of a monorepo an
/// image holds. Only the last of each counts, as in Docker.
public enum DockerfileCommand {
    public static func words(_ text: String, path: String) -> [String] {
        var command: [String] = []
        var entrypoint: [String] = []
        for instruction in DockerfileEnv.instructions(text, path: path) {
            guard let keyword = instruction.words.first?.text.uppercased(),
                  keyword == "CMD" || keyword == "ENTRYPOINT" else { continue }
            let words = instruction.words.dropFirst().map { word in
                String(word.text.filter { !"[],\"'".contains($0) })
            }.filter { !$0.isEmpty }
            if keyword == "CMD" { command = words } else { entrypoint = words }
        }
        return entrypoint + command
    }
}
