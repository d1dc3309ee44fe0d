/// One TypeScript/JavaScript file as the fact extractors see it: its tokens, bracket partners,
/// the constants it declares and imports, and the facts found so far (with names not yet
/// resolved). Extractors share the readers here (calls, arguments, object literals, values)
/// so that each of them is a few pattern checks.
public struct JSFactFile: Sendable {
    public let source: JSSource
    /// For each bracket token, the index of its partner (or -1).
    public let partner: [Int]

    public init(source: JSSource) {
        self.source = source
        self.partner = Self.partners(source)
    }

    /// Runs over every token of every file: on the buffers, with the open brackets kept on a
    /// stack of plain memory, so no bounds check, reference count or uniqueness check per token.
    static func partners(_ s: JSSource) -> [Int] {
        let count = s.tokens.count
        let stack = UnsafeMutablePointer<Int>.allocate(capacity: max(count, 1))
        defer { stack.deallocate() }
        return s.tokens.withUnsafeBufferPointer { tokens in
            s.bytes.withUnsafeBufferPointer { bytes in
                [Int](unsafeUninitializedCapacity: count) { partner, initialized in
                    partner.initialize(repeating: -1)
                    var depth = 0
                    for k in 0..<count {
                        guard case .punctuator = tokens[k].kind else { continue }
                        let range = tokens[k].range
                        guard range.count == 1 else { continue }
                        switch bytes[range.lowerBound] {
                        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                            stack[depth] = k
                            depth += 1
                        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                            if depth > 0 {
                                depth -= 1
                                partner[stack[depth]] = k
                                partner[k] = stack[depth]
                            }
                        default: break
                        }
                    }
                    initialized = count
                }
            }
        }
    }

    var count: Int { source.tokens.count }

    func location(_ k: Int) -> Location { source.location(k) }

    func isDot(_ k: Int) -> Bool { source.isPunctuator(k, ".") || source.isPunctuator(k, "?.") }

    /// The identifier text at `k`, or nil.
    func identifier(_ k: Int) -> String? {
        guard k >= 0, k < count, source.tokens[k].kind == .identifier else { return nil }
        return source.text(source.tokens[k])
    }

    /// Whether `k` is an identifier: `identifier(k) != nil` without spelling it.
    func isIdentifierToken(_ k: Int) -> Bool {
        k >= 0 && k < count && source.tokens[k].kind == .identifier
    }

    /// Whether `a` is an identifier spelled byte for byte as the identifier at `b`.
    func isSameIdentifier(_ a: Int, _ b: Int) -> Bool {
        guard isIdentifierToken(a), isIdentifierToken(b) else { return false }
        let x = source.tokens[a].range, y = source.tokens[b].range
        guard x.count == y.count else { return false }
        return source.bytes[x].elementsEqual(source.bytes[y])
    }

    /// If `k` is a method name called as `.name(`, the index of its `(`.
    func methodCall(_ k: Int) -> Int? {
        guard isDot(k - 1), source.isPunctuator(k + 1, "("), partner[k + 1] > k else { return nil }
        return k + 1
    }

    /// Whether the identifier at `k` is one of `words` (compared as bytes, no allocation).
    func isOneOf(_ k: Int, _ words: [StaticString]) -> Bool {
        guard k >= 0, k < count, source.tokens[k].kind == .identifier else { return false }
        let range = source.tokens[k].range
        for word in words where word.utf8CodeUnitCount == range.count && ASCII.equals(source.bytes, range, word) { return true }
        return false
    }

    /// If `k` is a class constructed as `new Name(` or `new Name<T, U<V>>(`, the index of its
    /// `(`: TypeScript's type arguments stand between the class and its arguments.
    func constructorCall(_ k: Int) -> Int? {
        guard source.isPunctuator(k + 1, "<") else { return functionCall(k) }
        var depth = 0
        var j = k + 1
        while j < count, j < k + 128 {
            if source.tokens[j].kind == .punctuator {
                if partner[j] > j { j = partner[j] + 1; continue }
                switch source.text(source.tokens[j]) {
                case "<": depth += 1
                case ">": depth -= 1
                case ">>": depth -= 2
                case ">>>": depth -= 3
                case ",", ".", "|", "&", "?", "=>", ":": break
                default: return nil
                }
                if depth <= 0 {
                    guard depth == 0, source.isPunctuator(j + 1, "("), partner[j + 1] > j else { return nil }
                    return j + 1
                }
            }
            j += 1
        }
        return nil
    }

    /// If `k` is a function called as `name(` (not a method), the index of its `(`.
    func functionCall(_ k: Int) -> Int? {
        guard !isDot(k - 1), source.isPunctuator(k + 1, "("), partner[k + 1] > k else { return nil }
        return k + 1
    }

    /// The identifiers of the receiver chain that ends at the `.` before `k`, outermost
    /// first: for `this.boss.send(` at `send`, `["this", "boss"]`. Calls and indexing stop it.
    func receiver(of k: Int) -> [String] {
        var names: [String] = []
        var j = k - 1
        while isDot(j), let name = identifier(j - 1) {
            names.insert(name, at: 0)
            j -= 2
        }
        return names
    }

    /// The top-level comma-separated ranges between an opening bracket and its partner.
    func arguments(_ open: Int) -> [Range<Int>] {
        let close = partner[open]
        guard close > open else { return [] }
        var result: [Range<Int>] = []
        var start = open + 1
        var k = open + 1
        while k < close {
            if source.isPunctuator(k, ",") {
                if start < k { result.append(start..<k) }
                start = k + 1
                k += 1
            } else {
                k = partner[k] > k ? partner[k] + 1 : k + 1
            }
        }
        if start < close { result.append(start..<close) }
        return result
    }

    /// An object literal's entries, when `range` is exactly `{ … }`: each key (identifier,
    /// string or number) with its value range; shorthand `{ a }` has the key as its value.
    func objectEntries(_ range: Range<Int>) -> [(key: String, keyToken: Int, value: Range<Int>)]? {
        guard let open = range.first, source.isPunctuator(open, "{"), partner[open] == range.upperBound - 1 else { return nil }
        var entries: [(String, Int, Range<Int>)] = []
        for entry in arguments(open) {
            let k = entry.lowerBound
            let token = source.tokens[k]
            let key: String?
            switch token.kind {
            case .identifier, .number: key = source.text(token)
            case .string, .template(.whole): key = source.stringValue(token)
            default: key = nil
            }
            guard let key else { continue }
            if source.isPunctuator(k + 1, ":"), k + 2 < entry.upperBound {
                entries.append((key, k, (k + 2)..<entry.upperBound))
            } else if entry.count == 1, token.kind == .identifier {
                entries.append((key, k, k..<(k + 1)))
            }
        }
        return entries
    }

    /// The value of an expression that covers all of `range`, or `.unknown`.
    func value(_ range: Range<Int>) -> JSValue {
        guard !range.isEmpty else { return .unknown }
        var reader = JSValueReader(file: self, limit: range.upperBound)
        let (value, end) = reader.expression(range.lowerBound)
        return end == range.upperBound ? value : .unknown
    }
}

/// A fact as an extractor finds it: its name may still refer to constants.
public struct PendingFact: Sendable {
    public var kind: FactKind
    public var direction: FactDirection
    public var name: JSValue
    public var value: JSValue?
    /// The value the fact's content comes from or is compared with (a header's value): its
    /// env variable becomes the `env` attribute.
    public var source: JSValue?
    public var attributes: [String: String]
    public var location: Location
    public var evidence: String

    public init(_ kind: FactKind, _ direction: FactDirection, name: JSValue, value: JSValue? = nil, source: JSValue? = nil,
                attributes: [String: String] = [:], at location: Location, evidence: String) {
        self.kind = kind
        self.direction = direction
        self.name = name
        self.value = value
        self.source = source
        self.attributes = attributes
        self.location = location
        self.evidence = evidence
    }
}

extension JSFactFile {
    /// `[ { … }, … ]`: the range of the first object of an array literal that is all of `range`.
    func arrayFirstObject(_ range: Range<Int>) -> Range<Int>? {
        guard let open = range.first, source.isPunctuator(open, "["), partner[open] == range.upperBound - 1,
              source.isPunctuator(open + 1, "{"), partner[open + 1] > open else { return nil }
        return (open + 1)..<(partner[open + 1] + 1)
    }
}
