/// The scanner behind `ERBTemplate`: walks the bytes once, copying text and replacing tags.
enum ERBRenderer {
    /// Blocks (`if`, `case`, `each do`, …) may nest this deep; deeper is an input error at the
    /// tag that opens one too many. Real deploy files nest two or three levels.
    static let maxNesting = 1_000

    static func render(_ text: String, path: String) throws(InputError) -> ERBTemplate {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else {
            return ERBTemplate(rendered: text, outputTags: [], envReads: [], hasControlFlow: false,
                               branches: ERBBranchTree(lineCount: lineCount(bytes)))
        }
        var scanner = Scanner(bytes: bytes, path: path)
        try scanner.run()
        return ERBTemplate(rendered: String(decoding: scanner.output, as: UTF8.self), outputTags: scanner.outputTags,
                           envReads: scanner.envReads, hasControlFlow: scanner.hasControlFlow, branches: scanner.branches)
    }

    static func lineCount(_ bytes: [UInt8]) -> Int { bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } }

    private struct Scanner {
        let bytes: [UInt8]
        let path: String
        var output: [UInt8] = []
        var outputTags: [ERBOutputTag] = []
        var envReads: [ERBEnvRead] = []
        var hasControlFlow = false
        var branches = ERBBranchTree()
        var line = 1
        var column = 1
        var index = 0
        /// Open blocks: a conditional (`if`, `unless`, `case`) or any other `… end` block, each with
        /// the branch node that lines inside it belong to.
        var blocks: [(isConditional: Bool, node: Int)] = []
        var nextConditional = 0

        init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
            output.reserveCapacity(bytes.count)
            branches.appendLine(in: ERBBranchTree.root)
        }

        var currentNode: Int { blocks.last?.node ?? ERBBranchTree.root }

        mutating func advance(copying: Bool) {
            let byte = bytes[index]
            if copying { output.append(byte) }
            if byte == 0x0A {
                line += 1
                column = 1
                branches.appendLine(in: currentNode)
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }

        func at(_ offset: Int, _ c: Unicode.Scalar) -> Bool {
            index + offset < bytes.count && bytes[index + offset] == UInt8(ascii: c)
        }

        mutating func run() throws(InputError) {
            while index < bytes.count {
                if at(0, "<") && at(1, "%") {
                    if at(2, "%") {  // `<%%` is a literal `<%`
                        output.append(contentsOf: Array("<%".utf8))
                        index += 3
                        column += 3
                        continue
                    }
                    try tag()
                } else {
                    advance(copying: true)
                }
            }
        }

        mutating func tag() throws(InputError) {
            let start = Location(path: path, line: line, column: column)
            let startIndex = index
            var bodyStart = index + 2
            if bodyStart < bytes.count, bytes[bodyStart] == UInt8(ascii: "-") { bodyStart += 1 }
            var kind = UInt8(ascii: " ")
            if bodyStart < bytes.count, bytes[bodyStart] == UInt8(ascii: "=") || bytes[bodyStart] == UInt8(ascii: "#") {
                kind = bytes[bodyStart]
                bodyStart += 1
            }
            var close = bodyStart
            while close + 1 < bytes.count, !(bytes[close] == UInt8(ascii: "%") && bytes[close + 1] == UInt8(ascii: ">")) {
                close += 1
            }
            guard close + 1 < bytes.count else {
                throw InputError("unterminated ERB tag: '<%' has no closing '%>'", at: start)
            }
            var bodyEnd = close
            if bodyEnd > bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "-") { bodyEnd -= 1 }
            let code = String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self)
            let end = close + 2

            if kind != UInt8(ascii: "#") { recordEnvReads(in: startIndex..<end) }
            switch kind {
            case UInt8(ascii: "="):
                // The placeholder stands on the tag's first line, as wide as the tag is there; the
                // rest of a multi-line tag becomes blanks, newlines kept, so that whatever follows
                // the tag keeps both its line and its column.
                let firstLineEnd = bytes[startIndex..<end].firstIndex(of: 0x0A) ?? end
                let width = bytes[startIndex..<firstLineEnd].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                let placeholder = Self.placeholder(number: outputTags.count, width: width)
                outputTags.append(ERBOutputTag(code: code.trimmingSpaces, placeholder: placeholder, location: start))
                output.append(contentsOf: Array(placeholder.utf8))
                while index < firstLineEnd { advance(copying: false) }
                blank(until: end)
            case UInt8(ascii: "#"):
                blank(until: end)
            default:
                hasControlFlow = true
                blank(until: end)
                try track(code, at: start)
            }
        }

        /// Replaces a tag by spaces, keeping its newlines.
        mutating func blank(until end: Int) {
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A { output.append(0x0A) } else if byte & 0xC0 != 0x80 { output.append(UInt8(ascii: " ")) }
                advance(copying: false)
            }
        }

        /// Follows `if/elsif/else/end` (and blocks that also close with `end`) in control code.
        mutating func track(_ code: String, at location: Location) throws(InputError) {
            for statement in code.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
                let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" })
                guard let first = words.first else { continue }
                switch first {
                case "if", "unless", "case":
                    try checkNesting(at: location)
                    let node = branches.open(ERBBranch(conditional: nextConditional, branch: 0), inside: currentNode)
                    blocks.append((true, node))
                    nextConditional += 1
                case "elsif", "else", "when", "in":
                    if let last = blocks.last, last.isConditional {
                        blocks[blocks.count - 1].node = branches.nextBranch(after: last.node)
                    }
                case "end":
                    if !blocks.isEmpty { blocks.removeLast() }
                case "while", "until", "for", "begin":
                    try checkNesting(at: location)
                    blocks.append((false, currentNode))
                default:
                    if words.last == "do" || statement.contains(" do |") || statement.contains(" do|") {
                        try checkNesting(at: location)
                        blocks.append((false, currentNode))
                    }
                }
            }
        }

        func checkNesting(at location: Location) throws(InputError) {
            guard blocks.count >= ERBRenderer.maxNesting else { return }
            throw InputError("ERB blocks nest deeper than \(ERBRenderer.maxNesting) levels", at: location)
        }

        /// Records `ENV["X"]`, `ENV['X']`, `ENV.fetch("X")`, `ENV.fetch("X", default)` and
        /// `ENV.fetch("X") { … }` inside one tag.
        mutating func recordEnvReads(in range: Range<Int>) {
            var i = range.lowerBound
            var l = line
            var c = column
            while i < range.upperBound {
                if bytes[i] == UInt8(ascii: "E"), i + 3 <= range.upperBound, bytes[i + 1] == UInt8(ascii: "N"), bytes[i + 2] == UInt8(ascii: "V"),
                   i == 0 || !Self.isIdentifier(bytes[i - 1]) {
                    var j = i + 3
                    var isFetch = false
                    if j < range.upperBound, bytes[j] == UInt8(ascii: "[") {
                        j += 1
                    } else if Self.matches(bytes, at: j, ".fetch(") {
                        j += 7
                        isFetch = true
                    } else {
                        j = -1
                    }
                    if j >= 0 {
                        while j < range.upperBound, bytes[j] == UInt8(ascii: " ") { j += 1 }
                        if j < range.upperBound, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                            let quote = bytes[j]
                            var k = j + 1
                            while k < range.upperBound, bytes[k] != quote, bytes[k] != 0x0A { k += 1 }
                            if k < range.upperBound, bytes[k] == quote {
                                let name = String(decoding: bytes[(j + 1)..<k], as: UTF8.self)
                                var after = k + 1
                                while after < range.upperBound, bytes[after] == UInt8(ascii: " ") { after += 1 }
                                var hasDefault = false
                                if isFetch, after < range.upperBound {
                                    if bytes[after] == UInt8(ascii: ",") { hasDefault = true }
                                    if bytes[after] == UInt8(ascii: ")") {
                                        var next = after + 1
                                        while next < range.upperBound, bytes[next] == UInt8(ascii: " ") { next += 1 }
                                        hasDefault = next < range.upperBound && (bytes[next] == UInt8(ascii: "{") || Self.matches(bytes, at: next, "do"))
                                    }
                                }
                                // `ENV["X"] || "d"` also has a default.
                                if !isFetch, Self.matches(bytes, at: after, "]") {
                                    var next = after + 1
                                    while next < range.upperBound, bytes[next] == UInt8(ascii: " ") { next += 1 }
                                    hasDefault = Self.matches(bytes, at: next, "||")
                                }
                                envReads.append(ERBEnvRead(name: name, hasDefault: hasDefault, location: Location(path: path, line: l, column: c)))
                            }
                        }
                    }
                }
                if bytes[i] == 0x0A { l += 1; c = 1 } else if bytes[i] & 0xC0 != 0x80 { c += 1 }
                i += 1
            }
        }

        static func isIdentifier(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
        }

        static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard index >= 0, index + needle.count <= bytes.count else { return false }
            return Array(bytes[index..<(index + needle.count)]) == needle
        }

        /// `__erb7___…`: letters, digits and underscores only, so it is a valid plain scalar in any
        /// YAML context, padded to the tag's width so that columns after it do not move. Only a
        /// tag narrower than `__erb7` itself (`<%=x%>` is as wide) gets a wider placeholder.
        static func placeholder(number: Int, width: Int) -> String {
            let core = ERBTemplate.placeholderPrefix + String(number)
            return core + String(repeating: "_", count: max(0, width - core.count))
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
