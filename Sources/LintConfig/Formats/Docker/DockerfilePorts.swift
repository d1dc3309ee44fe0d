/// The ports a Dockerfile's final stage `EXPOSE`s (`EXPOSE 3000`, `EXPOSE 3000/tcp 9090`), and
/// the literal `ENV PORT` it sets, which a server reading `process.env.PORT` listens on. `EXPOSE`
/// is documentation to Docker (kamal-proxy and Fly route to the configured port, not to it), but
/// it is the image author's statement of where the app listens.
public struct DockerfilePorts: Sendable, Equatable {
    public var exposed: [Located<Int>]
    /// `ENV PORT=3000` / `ENV PORT 3000` of the final stage (a port is never a secret).
    public var envPort: Located<Int>?
    /// The port the app listens on behind a proxy the image runs first: Rails 8's Thruster
    /// (`CMD ["./bin/thrust", …]`) listens on `EXPOSE 80` and forwards to the app on 3000
    /// (its `TARGET_PORT` default), so routing to either works.
    public var proxiedPort: Located<Int>? = nil

    public static func parse(_ text: String, path: String) -> DockerfilePorts {
        var exposed: [Located<Int>] = []
        var envPort: Located<Int>?
        var proxiedPort: Located<Int>?
        for instruction in DockerfileEnv.instructions(text, path: path) {
            let words = instruction.words
            guard let keyword = words.first?.text.uppercased() else { continue }
            let operands = words.dropFirst()
            switch keyword {
            case "FROM":
                exposed = []
                envPort = nil
                proxiedPort = nil
            case "CMD", "ENTRYPOINT":
                if let word = operands.first(where: { $0.text.contains("thrust") }) { proxiedPort = Located(3000, at: word.location) }
            case "EXPOSE":
                for word in operands {
                    let number = word.text.split(separator: "/").first.map(String.init) ?? word.text
                    if let port = Int(number), (1...65_535).contains(port) { exposed.append(Located(port, at: word.location)) }
                }
            case "ENV":
                let items = Array(operands)
                if let first = items.first, first.text == "PORT", items.count >= 2, let port = Int(items[1].text) {
                    envPort = Located(port, at: items[1].location)
                }
                for word in items where word.text.hasPrefix("PORT=") {
                    if let port = Int(word.text.dropFirst(5)) { envPort = Located(port, at: word.location) }
                }
            default:
                continue
            }
        }
        return DockerfilePorts(exposed: exposed, envPort: envPort, proxiedPort: proxiedPort)
    }
}
