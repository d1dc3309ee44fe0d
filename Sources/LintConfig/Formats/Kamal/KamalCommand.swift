/// What a role's `cmd` runs that must exist in the image: files (`bun run src/worker.ts`,
/// `bin/jobs`, `python worker.py`) and package scripts (`npm run worker`, `npm start`).
///
/// Read as a shell line without a shell: segments split at `&&`, `||`, `;`; an `sh -c "…"`
/// wrapper is opened; leading `VAR=value`, `exec` and `env` are skipped. Only what is certain
/// is kept: a word with `$`, `*` or `=` (built at run time), an absolute path, a flag, and
/// paths under build output folders (`dist/`, `build/` — made by the image build, not in the
/// repository) are not references.
public enum KamalCommand {
    public struct Reference: Sendable, Hashable {
        public enum Kind: String, Sendable { case file, script }
        public var kind: Kind
        /// The path as written without a leading `./`, or the script's name.
        public var name: String
        /// The program that runs it (`bun`, `npm`), for messages.
        public var runner: String
    }

    static let fileRunners: Set<String> = [
        "node", "bun", "tsx", "ts-node", "deno", "python", "python3", "ruby", "sh", "bash", "nodemon", "pm2",
    ]
    static let scriptRunners: Set<String> = ["npm", "yarn", "pnpm", "bun"]
    static let fileExtensions: Set<String> = ["ts", "mts", "cts", "js", "mjs", "cjs", "tsx", "jsx", "py", "rb", "sh"]
    static let buildOutputFolders: Set<String> = [
        "dist", "build", "out", ".next", ".output", "target", ".build", "node_modules",
    ]

    public static func references(in command: String) -> [Reference] {
        segments(command).compactMap(reference)
    }

    static func segments(_ command: String) -> [[String]] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for c in command {
            if let open = quote {
                if c == open { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == " " || c == "\t" || c == "\n" {
                if !current.isEmpty { words.append(current); current = "" }
            } else if c == ";" {
                if !current.isEmpty { words.append(current); current = "" }
                words.append("&&")
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        var result: [[String]] = [[]]
        var index = 0
        while index < words.count {
            let word = words[index]
            if ["&&", "||", "|"].contains(word) {
                result.append([])
            } else if ["sh", "bash"].contains(word), index + 2 < words.count, words[index + 1] == "-c",
                      result[result.count - 1].isEmpty {
                result += segments(words[index + 2])
                result.append([])
                index += 3
                continue
            } else {
                result[result.count - 1].append(word)
            }
            index += 1
        }
        return result.filter { !$0.isEmpty }
    }

    static func reference(_ segment: [String]) -> Reference? {
        var words = segment[...]
        while let first = words.first, first.contains("=") || first == "exec" || first == "env" {
            words = words.dropFirst()
        }
        guard let program = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        let operands = arguments.filter { !$0.hasPrefix("-") }
        if isPathLike(program) {
            return checkable(program).map { Reference(kind: .file, name: $0, runner: $0) }
        }
        if scriptRunners.contains(program) {
            if program == "npm", arguments.first == "start" {
                return Reference(kind: .script, name: "start", runner: "npm")
            }
            let isRun = arguments.first == "run" || arguments.first == "run-script"
            let candidate = isRun ? operands.dropFirst().first : (program == "npm" ? nil : operands.first)
            guard let candidate else { return nil }
            if isPathLike(candidate) || hasFileExtension(candidate) {
                return checkable(candidate).map { Reference(kind: .file, name: $0, runner: program) }
            }
            // `bun x` and `yarn x` may also run a dependency's bin; only `run` is a script for sure.
            guard isRun || program == "npm", isPlainName(candidate) else { return nil }
            return Reference(kind: .script, name: candidate, runner: program)
        }
        guard fileRunners.contains(program) else { return nil }
        let startIndex = program == "deno" && operands.first == "run" ? 1 : 0
        guard startIndex < operands.count else { return nil }
        let target = operands[startIndex]
        if program == "python" || program == "python3", arguments.contains("-m") { return nil }
        guard isPathLike(target) || hasFileExtension(target) else { return nil }
        return checkable(target).map { Reference(kind: .file, name: $0, runner: program) }
    }

    static func isPathLike(_ word: String) -> Bool {
        word.hasPrefix("./") || word.hasPrefix("bin/")
            || (word.contains("/") && !word.contains(":") && !word.hasPrefix("@"))
    }

    static func hasFileExtension(_ word: String) -> Bool {
        guard let dot = word.lastIndex(of: ".") else { return false }
        return fileExtensions.contains(String(word[word.index(after: dot)...]))
    }

    static func isPlainName(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy {
            $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "."
        }
    }

    /// The path relative to the image's working directory, or nil when it cannot be checked.
    static func checkable(_ word: String) -> String? {
        guard !word.hasPrefix("/"), !word.hasPrefix("~"), !word.contains("$"), !word.contains("*"),
              !word.contains("=") else {
            return nil
        }
        var path = Substring(word)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        guard let first = path.split(separator: "/").first, !buildOutputFolders.contains(String(first)),
              !path.contains("..") else { return nil }
        return String(path)
    }
}
