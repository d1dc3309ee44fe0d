/// SQL written in code: string literals, templates and tagged templates (`` sql`…` ``) whose
/// text is DML are read with the SQL front end's DML reader — substitutions become `$1`
/// placeholders of the same width, so every location stays exact — giving the columns and
/// literal values written and filtered on. The same text gives NOTIFY channels
/// (`pg_notify('x', …)`, `NOTIFY x`) and `LISTEN x`; postgres.js's `sql.listen('x')` /
/// `sql.notify('x')` and pg-listen's `listenTo('x')` are read as calls. A `LISTEN` carries the
/// env variable its client was created from (`new Client({ connectionString:
/// process.env.DATABASE_URL })`, `new pg.Pool(…)`, `postgres(url)`, pg-listen's
/// `createSubscriber({ connectionString })`), so a rule can tell which database it listens on.
public struct JSSQLFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["Client", "Pool", "postgres", "createSubscriber", "listen",
                                                      "listenTo", "notify"]

    /// Longer literals are not queries someone wrote by hand (and would slow the scan).
    static let maxQueryBytes = 64 * 1024

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        switch s.tokens[k].kind {
        case .string, .template(.whole), .template(.head):
            query(at: k, file, &state)
        case .identifier:
            let length = s.tokens[k].range.count
            if length == 6 || length == 4, s.is(k, "Client") || s.is(k, "Pool"),
               s.isIdentifier(k - 1, "new")
                || (file.isDot(k - 1) && s.isIdentifier(k - 2, "pg") && s.isIdentifier(k - 3, "new")) {
                bindClient(k, file, &state)
            } else if length == 8 || length == 16, s.is(k, "postgres") || s.is(k, "createSubscriber"),
                      file.functionCall(k) != nil {
                // postgres.js `postgres(url)`, pg-listen's `createSubscriber({ connectionString })`.
                bindClient(k, file, &state)
            } else if length == 6 || length == 8, s.is(k, "listen") || s.is(k, "listenTo") || s.is(k, "notify"),
                      let open = file.methodCall(k), let first = file.arguments(open).first {
                channelCall(k, open: open, first: first, file, &state)
            }
        default:
            return
        }
    }

    func channelCall(_ k: Int, open: Int, first: Range<Int>, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let receiver = file.receiver(of: k)
        guard let last = receiver.last else { return }
        let binding = state.bindings[last]
        let isClient: Bool
        if case .sqlClient? = binding { isClient = true } else { isClient = ["sql", "subscriber", "pgListen", "listener"].contains(last) }
        // `server.listen(3000)` and `app.listen(port)` are ports, not channels.
        guard isClient, first.count == 1, file.value(first).text != nil || file.source.tokens[first.lowerBound].kind == .identifier,
              file.source.tokens[first.lowerBound].kind != .number else { return }
        let method = file.source.text(file.source.tokens[k])
        let listens = method != "notify"
        state.add(PendingFact(.notifyChannel, listens ? .consumes : .produces, name: file.value(first),
                              source: listens ? clientSource(binding) : nil,
                              at: file.location(first.lowerBound), evidence: last + "." + method))
    }

    func clientSource(_ binding: JSBinding?) -> JSValue? {
        if case .sqlClient(let value)? = binding { return value }
        return nil
    }

    /// `const client = new Client({ connectionString: X })`, `new Pool(X)`, `postgres(X)`.
    func bindClient(_ k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        var variable: String?
        if s.isIdentifier(k - 1, "new") {
            if s.isPunctuator(k - 2, "=") { variable = file.identifier(k - 3) }
        } else if s.isIdentifier(k - 3, "new") {
            // `new pg.Client(…)`: the default import's namespace.
            if s.isPunctuator(k - 4, "=") { variable = file.identifier(k - 5) }
        } else if s.isPunctuator(k - 1, "=") {
            variable = file.identifier(k - 2)
        }
        let member = file.isDot(k - 1) && s.isPunctuator(k + 1, "(") && file.partner[k + 1] > k ? k + 1 : nil
        guard let variable, let open = file.functionCall(k) ?? member else { return }
        var target: JSValue = .unknown
        if let first = file.arguments(open).first {
            if let entries = file.objectEntries(first) {
                if let url = entries.first(where: { $0.key == "connectionString" || $0.key == "url" }) { target = file.value(url.value) }
            } else {
                target = file.value(first)
            }
        }
        state.bindings[variable] = .sqlClient(target)
    }

    func query(at k: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        let token = s.tokens[k]
        guard Self.startsWithSQLWord(s.bytes, token.range) else { return }
        // Only the head of a template starts a query; its later pieces were read with it.
        var last = k
        if token.kind == .template(.head) {
            last = k
            while last < file.count, s.tokens[last].kind != .template(.tail) {
                last = JSValueReader.pieceEnd(s, after: last, limit: file.count)
            }
            guard last < file.count else { return }
        }
        let start = token.range.lowerBound + 1
        let end = s.tokens[last].range.upperBound - 1
        guard end > start, end - start <= Self.maxQueryBytes, Self.looksLikeSQL(s.bytes, start..<end) else { return }
        var body = Array(s.bytes[start..<end])
        if last > k { blankSubstitutions(&body, from: k, to: last, offset: start, s) }
        // Escaped quotes (`'… \'x\' …'`) are decoded; columns after an escape on the same
        // line then drift by the escapes before them, which is rare and harmless.
        if last == k, body.contains(UInt8(ascii: "\\")), let decoded = s.stringValue(token) { body = Array(decoded.utf8) }
        let location = s.location(of: token)
        guard let tokens = try? SQLLexer(path: s.path).tokenize(body, line: location.line, column: location.column + 1),
              !tokens.isEmpty else { return }
        let sql = SQLSource(path: s.path, bytes: body, tokens: tokens)
        let whole = 0..<tokens.count
        let effects = SQLDMLReader(source: sql).read(whole)
        let updated = Set(effects.filter { $0.kind == .update }.map { MigrationFacts.qualified($0.table) })
        for effect in effects {
            let statement = effect.kind == .insert && effect.insertColumnList != nil ? state.nextInsertStatement() : nil
            let facts = DMLFacts.facts(effect, project: "", evidence: "SQL in code", claims: updated,
                                       statement: statement)
            for fact in facts {
                state.add(PendingFact(fact, evidence: fact.evidence))
            }
        }
        for channel in SQLRoutineBodyReader.notifications(sql, whole) {
            state.add(PendingFact(.notifyChannel, .produces, name: .text(channel.value), at: channel.location, evidence: "NOTIFY in SQL in code"))
        }
        var i = 0
        while i + 1 < tokens.count {
            if sql.isWord(i, "listen"), let channel = sql.name(i + 1) {
                let receiver = callReceiver(before: k, file)
                state.add(PendingFact(.notifyChannel, .consumes, name: .text(channel),
                                      source: receiver.flatMap { clientSource(state.bindings[$0]) },
                                      at: sql.location(i + 1), evidence: "LISTEN in SQL in code"))
            }
            i += 1
        }
    }

    /// The receiver of the call whose first argument is the literal at `k`: `client` in
    /// `client.query("LISTEN x")`.
    func callReceiver(before k: Int, _ file: JSFactFile) -> String? {
        guard file.source.isPunctuator(k - 1, "("), file.identifier(k - 2) != nil else { return nil }
        return file.receiver(of: k - 2).last
    }

    /// Overwrites each `${…}` of the template body with `$1` and spaces (newlines kept).
    func blankSubstitutions(_ body: inout [UInt8], from head: Int, to tail: Int, offset: Int, _ s: JSSource) {
        var piece = head
        while piece < tail {
            let next = JSValueReader.pieceEnd(s, after: piece, limit: tail + 1)
            let open = s.tokens[piece].range.upperBound - 2 - offset
            let close = s.tokens[next].range.lowerBound - offset
            guard open >= 0, close < body.count, open < close else { return }
            for j in open...close where body[j] != 0x0A { body[j] = 0x20 }
            body[open] = UInt8(ascii: "$")
            body[open + 1] = UInt8(ascii: "1")
            piece = next
        }
    }

    /// Text that starts with a DML or LISTEN/NOTIFY keyword and has the word that makes it
    /// a statement (`select … from`, `insert into`, `update … set`, `delete from`), so that
    /// "Select a file" or "Update available" is never read as SQL.
    static func looksLikeSQL(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x28 { i += 1 }
        // The first word as `statementWord` reads it (a run of up to eight letters that is one
        // of the statement words), compared without building a string.
        guard let first = statementWord(bytes, from: i, to: range.upperBound) else { return false }
        let lower = { (needle: StaticString) -> Bool in Self.containsWord(bytes, range, needle) }
        switch first.description {
        case "select": return lower("from") || lower("pg_notify")
        case "insert": return lower("into")
        case "update": return lower("set")
        case "delete": return lower("from")
        case "with": return lower("select") || lower("insert") || lower("update")
        case "listen", "notify": return isChannelStatement(bytes, range)
        default: return false
        }
    }

    /// `NOTIFY channel [, 'payload']` or `LISTEN channel`, optionally ended by `;`: the keyword
    /// in one case throughout (prose capitalises it: "Notify subscribers"), one channel name
    /// (plain, quoted or a substitution), and no further words ("listen to the podcast").
    static func isChannelStatement(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        var i = range.lowerBound
        while i < range.upperBound, isSpace(bytes[i]) { i += 1 }
        let keyword = i
        while i < range.upperBound, ASCII.isLetter(bytes[i]) { i += 1 }
        let upper = bytes[keyword..<i].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        let lower = bytes[keyword..<i].allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        guard upper || lower, i < range.upperBound, isSpace(bytes[i]) else { return false }
        let isNotify = bytes[keyword] | 0x20 == UInt8(ascii: "n")
        while i < range.upperBound, isSpace(bytes[i]) { i += 1 }
        let channel = i
        if i < range.upperBound, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            while i < range.upperBound, bytes[i] != UInt8(ascii: "\"") { i += 1 }
            i += 1
        } else if i + 1 < range.upperBound, bytes[i] == UInt8(ascii: "$"), bytes[i + 1] == UInt8(ascii: "{") {
            while i < range.upperBound, bytes[i] != UInt8(ascii: "}") { i += 1 }
            i += 1
        } else {
            while i < range.upperBound, ASCII.isNameByte(bytes[i]) || bytes[i] == UInt8(ascii: ".") { i += 1 }
        }
        guard i > channel, i <= range.upperBound else { return false }
        while i < range.upperBound, isSpace(bytes[i]) { i += 1 }
        guard i < range.upperBound else { return true }
        // A payload follows a NOTIFY's comma; a `;` may end the statement (and start another).
        return bytes[i] == UInt8(ascii: ";") || (isNotify && bytes[i] == UInt8(ascii: ","))
    }

    /// A cheap first look, before a template is walked: the literal's text starts with one of
    /// the statement words `looksLikeSQL` accepts, as a whole word in any case (every string
    /// of a file passes here, and most start with some other word).
    static func startsWithSQLWord(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound + 1
        while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D
                || bytes[i] == 0x28 { i += 1 }
        return statementWord(bytes, from: i, to: range.upperBound) != nil
    }

    /// The statement word (lower case) of the letters at `i`: the whole run of letters, when it is
    /// `select`, `insert`, `update`, `delete`, `with`, `listen` or `notify` in any case.
    static func statementWord(_ bytes: [UInt8], from i: Int, to end: Int) -> StaticString? {
        var j = i
        while j < end, j - i <= 6, ASCII.isLetter(bytes[j]) { j += 1 }
        for word in statementWords where word.utf8CodeUnitCount == j - i {
            let matches = word.withUTF8Buffer { w in (0..<w.count).allSatisfy { bytes[i + $0] | 0x20 == w[$0] } }
            if matches { return word }
        }
        return nil
    }

    static let statementWords: [StaticString] = ["select", "insert", "update", "delete", "with", "listen", "notify"]

    /// Whether `word` (lower case) occurs in the range as a whole word, case-insensitively.
    static func containsWord(_ bytes: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { containsWord(bytes, range, $0) }
    }

    static func containsWord(_ bytes: [UInt8], _ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= w.count else { return false }
        var i = range.lowerBound
        while i + w.count <= range.upperBound {
            var j = 0
            while j < w.count, (ASCII.isLetter(bytes[i + j]) ? bytes[i + j] | 0x20 : bytes[i + j]) == w[j] { j += 1 }
            if j == w.count, i == range.lowerBound || !ASCII.isNameByte(bytes[i - 1]),
               i + j == range.upperBound || !ASCII.isNameByte(bytes[i + j]) { return true }
            i += 1
        }
        return false
    }
}

extension PendingFact {
    /// A fact whose name and value are already known (SQL in code).
    init(_ fact: Fact, evidence: String) {
        self.init(fact.kind, fact.direction, name: .text(fact.name), value: fact.value.map(JSValue.text),
                  attributes: fact.attributes, at: fact.location, evidence: evidence)
    }
}
