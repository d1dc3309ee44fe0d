/// The variables a Dockerfile sets: `ENV` of the final stage (and of the stages it is built
/// `FROM`), which every container of the image starts with, and `ARG` of any stage, which exist
/// only while the image is built. Values are not kept: a Dockerfile's values may be secrets,
/// and the env contract needs names only.
///
/// Reference: https://docs.docker.com/reference/dockerfile/ — `ENV key=value …` (and the legacy
/// `ENV key value`), `ARG name[=default]`, `\` line continuations, `#` comment lines, a new
/// stage at every `FROM image [AS name]` that starts from nothing unless `image` names an
/// earlier stage.
public struct DockerfileEnv: Sendable, Equatable {
    public struct Variable: Sendable, Hashable {
        public var name: String
        public var location: Location
    }

    /// `ENV` names that reach the running container, in file order.
    public var env: [Variable]
    /// `ARG` names of every stage, in file order.
    public var args: [Variable]

    public static func parse(_ text: String, path: String) -> DockerfileEnv {
        var stages: [String: [Variable]] = [:]
        var current: [Variable] = []
        var stageName: String?
        var args: [Variable] = []
        for instruction in instructions(text, path: path) {
            let words = instruction.words
            guard let keyword = words.first?.text.uppercased() else { continue }
            let operands = Array(words.dropFirst())
            switch keyword {
            case "FROM":
                // `FROM [--platform=…] image [AS name]`
                let plain = operands.filter { !$0.text.hasPrefix("--") }
                current = plain.first.flatMap { stages[$0.text.lowercased()] } ?? []
                stageName = plain.count >= 3 && plain[1].text.uppercased() == "AS" ? plain[2].text.lowercased() : nil
                if let stageName { stages[stageName] = current }
            case "ENV":
                if let first = operands.first, !first.text.contains("=") {
                    current.append(Variable(name: first.text, location: first.location))
                } else {
                    for word in operands {
                        guard let equals = word.text.firstIndex(of: "="), equals > word.text.startIndex else { continue }
                        current.append(Variable(name: String(word.text[..<equals]), location: word.location))
                    }
                }
                if let stageName { stages[stageName] = current }
            case "ARG":
                for word in operands {
                    let name = word.text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word.text
                    if !name.isEmpty { args.append(Variable(name: name, location: word.location)) }
                }
            default:
                break
            }
        }
        return DockerfileEnv(env: current, args: args)
    }

    struct Word {
        var text: String
        var location: Location
    }

    struct Instruction {
        var words: [Word]
    }

    /// Logical instructions: continuation lines joined, comment lines dropped, words split on
    /// blanks outside quotes (quotes removed), each word located where it starts.
    static func instructions(_ text: String, path: String) -> [Instruction] {
        var result: [Instruction] = []
        var words: [Word] = []
        var word: [UInt8] = []
        var wordStart: Location?
        var quote: UInt8?
        func flush() {
            if let start = wordStart { words.append(Word(text: String(decoding: word, as: UTF8.self), location: start)) }
            word = []
            wordStart = nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = Array(raw.utf8.filter { $0 != 0x0D })
            let trimmedStart = line.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? line.count
            if trimmedStart < line.count, line[trimmedStart] == UInt8(ascii: "#"), quote == nil { continue }
            var end = line.count
            while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
            let continues = end > 0 && line[end - 1] == UInt8(ascii: "\\") && quote == nil
            if continues { end -= 1 }
            var i = 0
            while i < end {
                let c = line[i]
                if let q = quote {
                    if c == q { quote = nil } else { word.append(c) }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    if wordStart == nil { wordStart = Location(path: path, line: index + 1, column: i + 1) }
                    quote = c
                } else if c == 0x20 || c == 0x09 {
                    flush()
                } else {
                    if wordStart == nil { wordStart = Location(path: path, line: index + 1, column: i + 1) }
                    if c == UInt8(ascii: "\\"), i + 1 < end { i += 1; word.append(line[i]) } else { word.append(c) }
                }
                i += 1
            }
            if continues || quote != nil { flush(); continue }
            flush()
            if !words.isEmpty { result.append(Instruction(words: words)) }
            words = []
        }
        flush()
        if !words.isEmpty { result.append(Instruction(words: words)) }
        return result
    }
}
