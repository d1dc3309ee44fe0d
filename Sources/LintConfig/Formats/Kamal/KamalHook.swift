/// A script under Kamal's hooks path (`.kamal/hooks/pre-deploy`), with the commands in it that
/// stop or remove containers. Kamal runs a hook by its file name at a fixed point of a deploy;
/// a hook that runs before the new version boots and stops the running app leaves the service
/// down (and a worker's jobs lost) for the whole build, push and boot.
///
/// Kamal 2's deploy order (`lib/kamal/cli/main.rb`, the hooks documentation): `pre-connect`,
/// `docker-setup`, `pre-build`, `pre-deploy`, then per host `pre-app-boot`, the boot, and
/// `post-app-boot`, then `post-deploy`.
public struct KamalHook: Sendable {
    public var name: String
    public var path: String
    /// Commands that stop, kill or remove containers, in file order.
    public var stopCommands: [KamalStopCommand]

    /// Hooks that run before the new version is up on a host.
    public static let beforeBoot: Set<String> = [
        "pre-connect", "docker-setup", "pre-build", "pre-deploy", "pre-app-boot",
    ]

    public var runsBeforeNewVersionIsUp: Bool { Self.beforeBoot.contains(name) }

    public static func parse(_ text: String, path: String) -> KamalHook {
        var commands: [KamalStopCommand] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.withoutComment(rawLine)
            let words = Self.words(line)
            guard let first = words.first, !["echo", "printf", "log", "info", "warn"].contains(first.text) else {
                continue
            }
            if let (verb, _) = Self.stopVerb(words) {
                let column = (rawLine.utf8.count - rawLine.drop { $0 == " " || $0 == "\t" }.utf8.count) + 1
                // The whole line: `docker ps -q --filter label=… | xargs docker stop` names its
                // target before the verb.
                commands.append(KamalStopCommand(verb: verb, words: words.map { $0.text.lowercased() },
                                                 location: Location(path: path, line: index + 1, column: column)))
            }
        }
        return KamalHook(name: WorkspacePath.fileName(of: path), path: path, stopCommands: commands)
    }

    /// The line up to a `#` that starts a comment (at the start or after a blank, outside quotes).
    static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "#", previous == " " || previous == "\t" {
                return line[..<index]
            }
            previous = c
        }
        return line
    }

    struct Word { var text: String }

    /// Words split at blanks and shell punctuation (`;`, `|`, `&`, `(`, `)`, `` ` ``, quotes),
    /// so `ssh host "docker stop x"` and `$(docker ps -q)` read as the commands inside them.
    static func words(_ line: Substring) -> [Word] {
        var result: [Word] = []
        var current = ""
        for c in line {
            if c == " " || c == "\t" || c == ";" || c == "|" || c == "&" || c == "(" || c == ")" || c == "`"
                || c == "\"" || c == "'" {
                if !current.isEmpty { result.append(Word(text: current)); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { result.append(Word(text: current)) }
        return result
    }

    /// `docker stop|kill|rm -f`, `docker container stop|kill|rm`, `docker compose down|stop`,
    /// `kamal app stop|remove`, `kamal remove`: the verb and the index of the first word after it.
    static func stopVerb(_ words: [Word]) -> (String, Int)? {
        let texts = words.map(\.text)
        for i in texts.indices {
            let rest = Array(texts[(i + 1)...].prefix(3))
            switch texts[i] {
            case "docker":
                var j = i + 1
                if rest.first == "container" { j += 1 }
                guard j < texts.count else { continue }
                switch texts[j] {
                case "stop", "kill":
                    return ("docker " + texts[j], j + 1)
                case "rm" where texts[(j + 1)...].contains {
                    $0 == "-f" || $0 == "--force" || $0.hasPrefix("-") && $0.contains("f") && !$0.hasPrefix("--")
                }:
                    return ("docker rm -f", j + 1)
                case "compose" where j + 1 < texts.count && ["down", "stop", "kill"].contains(texts[j + 1]):
                    return ("docker compose " + texts[j + 1], j + 2)
                default:
                    continue
                }
            case "docker-compose" where rest.first.map { ["down", "stop", "kill"].contains($0) } ?? false:
                return ("docker-compose " + (rest.first ?? ""), i + 2)
            case "kamal":
                if rest.count >= 2, rest[0] == "app", rest[1] == "stop" || rest[1] == "remove" {
                    return ("kamal app " + rest[1], i + 3)
                }
                if rest.first == "remove" { return ("kamal remove", i + 2) }
            default:
                continue
            }
        }
        return nil
    }
}

/// One command of a hook that stops containers: what it runs and the words of its line (lower-cased,
/// for matching service and role names; never printed whole, a hook line may hold a token).
public struct KamalStopCommand: Sendable {
    public var verb: String
    public var words: [String]
    public var location: Location

    /// Kamal's own stop commands always act on the service's app containers.
    public var isKamalAppStop: Bool { verb.hasPrefix("kamal") }
}
