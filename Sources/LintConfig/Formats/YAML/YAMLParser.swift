import CYAML

/// Builds `YAMLNode` trees from libyaml's event stream. libyaml does the scanning (and so agrees
/// with Psych, which wraps the same library); this type adds what Psych adds on top: anchors and
/// aliases, merge keys, and scalar typing — and what Psych does not: located duplicate keys and a
/// bound on alias expansion.
public struct YAMLParser {
    public var limits: YAMLLimits
    /// Tells whether scalar text carries an ERB placeholder (see `ERBTemplate`).
    public var isTemplated: @Sendable (String) -> Bool

    public init(limits: YAMLLimits = .default, isTemplated: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.limits = limits
        self.isTemplated = isTemplated
    }

    /// Parses already-decoded text. `path` is the workspace-relative name used in locations.
    public func parse(_ text: String, path: String) throws(InputError) -> YAMLStream {
        var builder = TreeBuilder(path: path, limits: limits, isTemplated: isTemplated)
        var utf8 = Array(text.utf8)
        let count = utf8.count
        return try utf8.withUnsafeMutableBufferPointer { buffer throws(InputError) -> YAMLStream in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                throw InputError("libyaml could not allocate a parser", at: .file(path))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw LibYAMLError.translate(parser, path: path, text: buffer)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(event)
            }
            return builder.stream
        }
    }
}

/// Turns libyaml's error state into an `InputError` at the problem's mark.
enum LibYAMLError {
    static func translate(_ parser: yaml_parser_t, path: String, text: UnsafeMutableBufferPointer<UInt8>) -> InputError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        let context = parser.context.map { String(cString: $0) }
        var message = "invalid YAML: " + problem
        if let context { message += " " + context }
        guard parser.error != YAML_READER_ERROR else {
            // A reader error (a control character, say) has no mark, only the byte offset of the
            // character; without this it would be reported at 1:1, wherever it is.
            var positions = BytePositions(bytes: Array(text), path: path)
            return InputError(message, at: positions.location(at: Int(parser.problem_offset)))
        }
        let mark = parser.problem_mark
        if Int(mark.index) < text.count, text[Int(mark.index)] == UInt8(ascii: "\t") {
            message += " (a tab cannot indent YAML; use spaces)"
        }
        return InputError(message, at: Location(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }
}

/// The stack machine that turns events into nodes.
private struct TreeBuilder {
    let path: String
    let limits: YAMLLimits
    let isTemplated: (String) -> Bool

    private(set) var stream: YAMLStream
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var expandedNodes = 0

    init(path: String, limits: YAMLLimits, isTemplated: @escaping (String) -> Bool) {
        self.path = path
        self.limits = limits
        self.isTemplated = isTemplated
        self.stream = YAMLStream(path: path, documents: [], duplicateKeys: [])
    }

    /// An open collection. Its storage lives in plain stored properties (not in an enum
    /// payload) so that appending through `stack[last]` mutates in place: extracting a payload
    /// to mutate it would copy the whole collection on every child, quadratic in its size.
    private struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var map = YAMLMapping()
        var pendingKey: YAMLNode?
        var explicitKeys: [YAMLKeyIdentity: Location] = [:]
        var tag: String?
        var anchor: String?
        var start: Location
        var size: Int
    }

    private func location(_ mark: yaml_mark_t) -> Location {
        Location(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The tags Psych turns into a String whatever the text: `/^!(?:str|ruby\/string)(?::(.*))?$/`
    /// and `tag:yaml.org,2002:str`.
    private static func isStringTag(_ tag: String) -> Bool {
        if tag == "tag:yaml.org,2002:str" { return true }
        for name in ["!str", "!ruby/string"] where tag == name || tag.hasPrefix(name + ":") { return true }
        return false
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    mutating func consume(_ event: yaml_event_t) throws(InputError) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            expandedNodes = 0
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
            let tag = Self.string(data.tag)
            let style = Self.style(data.style)
            // Psych's `ToRuby#deserialize`: an untagged quoted or block scalar is a String, and so
            // is one tagged `!!str`, `!str` or `!ruby/string`; any other tag — the non-specific
            // `!` included, and on a quoted scalar too (libyaml does not flag a tagged scalar as
            // quoted) — leaves the text to the scalar scanner, as if it were plain.
            let value: YAMLScalarValue
            if let tag, !Self.isStringTag(tag) {
                value = PsychScalarResolver.resolve(plain: text)
            } else if tag != nil || style != .plain {
                value = .string(text)
            } else {
                value = PsychScalarResolver.resolve(plain: text)
            }
            let scalar = YAMLScalar(text: text, style: style, value: value, isTemplated: isTemplated(text))
            let node = YAMLNode(.scalar(scalar), tag: tag, start: location(event.start_mark), end: location(event.end_mark))
            try complete(node, size: 1, anchor: Self.string(data.anchor), at: event.start_mark)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw InputError("unknown alias '*\(name)': no anchor '&\(name)' is defined before it", at: location(event.start_mark))
            }
            try complete(target.node, size: target.size, anchor: nil, at: event.start_mark, alias: name)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try push(Frame(isMapping: false, tag: Self.string(data.tag), anchor: Self.string(data.anchor),
                           start: location(event.start_mark), size: 1), at: event.start_mark)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try push(Frame(isMapping: true, tag: Self.string(data.tag),
                           anchor: Self.string(data.anchor), start: location(event.start_mark), size: 1), at: event.start_mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.map) : .sequence(frame.items)
            let node = YAMLNode(content, tag: frame.tag, start: frame.start, end: location(event.end_mark))
            try complete(node, size: frame.size, anchor: frame.anchor, at: event.start_mark)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at mark: yaml_mark_t) throws(InputError) {
        guard stack.count < limits.maxDepth else {
            throw InputError("YAML nesting is deeper than \(limits.maxDepth) levels", at: location(mark))
        }
        try count(1, at: mark, alias: nil)
        stack.append(frame)
    }

    private mutating func count(_ nodes: Int, at mark: yaml_mark_t, alias: String?) throws(InputError) {
        expandedNodes += nodes
        if expandedNodes > limits.maxExpandedNodes {
            let cause = alias.map { "alias '*\($0)' expands" } ?? "the document expands"
            throw InputError("\(cause) past \(limits.maxExpandedNodes) nodes; refusing to expand it (an alias bomb?)", at: location(mark))
        }
    }

    private mutating func complete(_ node: YAMLNode, size: Int, anchor: String?, at mark: yaml_mark_t, alias: String? = nil) throws(InputError) {
        if case .scalar = node.content, alias == nil { try count(1, at: mark, alias: nil) }
        if alias != nil { try count(size, at: mark, alias: alias) }
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            stream.documents.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        // Moved out and back so that `insert` (which also records duplicates on `self`) gets
        // the mapping uniquely referenced.
        var frame = stack.removeLast()
        frame.pendingKey = nil
        insert(key: key, value: node, viaAlias: alias != nil, into: &frame.map, explicitKeys: &frame.explicitKeys)
        stack.append(frame)
    }

    /// Psych's `revive_hash`: `<<` with a mapping merges it in (its keys replace earlier ones);
    /// with a list of mappings, the first mapping in the list wins among them; any other `<<`
    /// value, or a `<<` tagged `!!str`, is an ordinary key.
    ///
    /// Psych tests the key's *value*, so a quoted `"<<"` merges too; and it merges an alias only
    /// when the alias names a mapping (`Hash#merge!` of an aliased list raises `TypeError`,
    /// which Psych rescues by keeping `<<` as an ordinary key) — only a list written in place
    /// is merged item by item.
    private mutating func insert(key: YAMLNode, value: YAMLNode, viaAlias: Bool, into map: inout YAMLMapping,
                                 explicitKeys: inout [YAMLKeyIdentity: Location]) {
        if let scalar = key.scalar, scalar.value == .string("<<"), key.tag != "tag:yaml.org,2002:str" {
            switch value.content {
            case .mapping(let source):
                for entry in source.entries { map.set(entry.key, entry.value) }
                return
            case .sequence(let items) where !viaAlias && items.allSatisfy({ $0.mapping != nil }):
                var combined = YAMLMapping()
                for item in items.reversed() {
                    for entry in item.mapping!.entries { combined.set(entry.key, entry.value) }
                }
                for entry in combined.entries { map.set(entry.key, entry.value) }
                return
            default:
                break
            }
        }
        let identity = YAMLKeyIdentity(key)
        if let first = explicitKeys[identity] {
            stream.duplicateKeys.append(YAMLDuplicateKey(key: key.scalar?.text ?? "?", first: first, second: key.start))
        } else {
            explicitKeys[identity] = key.start
        }
        map.set(key, value)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
