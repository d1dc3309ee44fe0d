import Foundation

/// supabase-js query chains: `.from("t")` followed by `.insert({…})`, `.upsert`, `.update({…})`,
/// `.select("a, b")`, `.delete()`, and filters `.eq("col", v)`, `.neq`, `.in("col", [..])`,
/// `.is`, `.match({…})`, comparisons and `.order("col")` (a JSON path `col->x` names `col`; a column
/// of an embedded table, `rel(col)`, `rel.col` or `referencedTable`, names none). Each gives column
/// writes and reads of `public.t`, and literal values written (role `initial` for insert/upsert, `transition`
/// for update) or filtered on (role `claim` when the chain updates or deletes the rows it
/// filters, else `filter`). Table names may be constants.
///
/// `Array.from("x")`, `Buffer.from(…)` and any `.from(…)` not followed by a query method are
/// not queries.
public struct JSSupabaseFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = ["from"]

    static let notClients: Set<String> = ["Array", "Buffer", "Object", "Uint8Array", "String", "Set", "Map", "Observable", "Rx", "Readable", "Stream"]
    static let queryMethods: Set<String> = ["select", "insert", "upsert", "update", "delete"]
    static let filters: Set<String> = ["eq", "neq", "in", "is", "gt", "gte", "lt", "lte", "like", "ilike", "contains", "match", "order", "not"]

    struct Filter {
        var column: String
        var columnToken: Int
        var values: [Range<Int>]
        var negated: Bool
        var method: String
    }

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier, s.tokens[k].range.count == 4, s.is(k, "from"), let open = file.methodCall(k),
              let tableArg = file.arguments(open).first, file.arguments(open).count == 1 else { return }
        if let owner = file.receiver(of: k).last, Self.notClients.contains(owner) { return }
        if file.receiver(of: k).isEmpty { return }
        let table = file.value(tableArg)
        guard table != .unknown, s.tokens[tableArg.lowerBound].kind != .number else { return }
        var calls: [(method: String, at: Int, args: [Range<Int>])] = []
        var j = file.partner[open] + 1
        while file.isDot(j), let method = file.identifier(j + 1), s.isPunctuator(j + 2, "("), file.partner[j + 2] > j {
            calls.append((method, j + 1, file.arguments(j + 2)))
            j = file.partner[j + 2] + 1
        }
        guard calls.contains(where: { Self.queryMethods.contains($0.method) }) else { return }
        let changes = calls.contains { $0.method == "update" || $0.method == "delete" }
        for call in calls {
            let evidence = "supabase ." + call.method
            switch call.method {
            case "insert", "upsert", "update":
                guard let first = call.args.first else { continue }
                let role = call.method == "update" ? "transition" : "initial"
                let objects = file.objectEntries(first) != nil ? [first] : file.arrayObjects(first)
                for object in objects {
                    let entries = file.objectEntries(object) ?? []
                    // An insert's row written out whole (no spread, no computed key): what it leaves out is known.
                    var whole: [String: String] = [:]
                    if call.method != "update", !entries.isEmpty,
                       entries.count == file.arguments(object.lowerBound).count {
                        whole = InsertStatement.attributes(state.nextInsertStatement(), columns: entries.count)
                    }
                    for entry in entries {
                        add(.column, .writes, table, entry.key, attributes: whole, at: entry.keyToken, file, &state,
                            evidence: evidence)
                        add(.columnValue, .writes, table, entry.key, value: file.value(entry.value), attributes: ["role": role],
                            at: entry.value.lowerBound, file, &state, evidence: evidence)
                    }
                }
            case "select":
                guard let first = call.args.first, let list = file.value(first).text else { continue }
                for column in Self.selectedColumns(list) {
                    add(.column, .reads, table, column, at: first.lowerBound, file, &state, evidence: evidence)
                }
            case _ where Self.filters.contains(call.method):
                for filter in filters(call.method, call.args, file) {
                    add(.column, .reads, table, filter.column, at: filter.columnToken, file, &state, evidence: evidence)
                    guard filter.method != "order" else { continue }
                    var attributes = ["role": changes ? "claim" : "filter"]
                    if filter.negated { attributes["negated"] = "true" }
                    for value in filter.values {
                        add(.columnValue, .reads, table, filter.column, value: file.value(value), attributes: attributes,
                            at: value.lowerBound, file, &state, evidence: evidence)
                    }
                }
            default:
                continue
            }
        }
    }

    func filters(_ method: String, _ args: [Range<Int>], _ file: JSFactFile) -> [Filter] {
        if method == "match", let first = args.first {
            return (file.objectEntries(first) ?? []).compactMap { entry in
                guard let column = Self.filteredColumn(entry.key) else { return nil }
                let values = column.jsonPath ? [] : [entry.value]
                return Filter(column: column.name, columnToken: entry.keyToken, values: values, negated: false,
                              method: method)
            }
        }
        guard let first = args.first, let text = file.value(first).text,
              let column = Self.filteredColumn(text) else { return [] }
        if method == "order", args.count > 1, let options = file.objectEntries(args[1]),
           options.contains(where: { $0.key == "referencedTable" || $0.key == "foreignTable" }) { return [] }
        var values: [Range<Int>] = []
        var negated = method == "neq"
        if method == "in", args.count > 1 {
            values = file.arrayElements(args[1])
        } else if method == "not", args.count > 2 {
            negated = true
            if file.value(args[1]).text == "eq" { values = [args[2]] }
        } else if ["eq", "neq", "is"].contains(method), args.count > 1 {
            values = [args[1]]
        }
        if column.jsonPath { values = [] }
        return [Filter(column: column.name, columnToken: first.lowerBound, values: values, negated: negated,
                       method: method)]
    }

    /// The column a filter or `.order` names: `payload->>state` filters on `payload` (the value
    /// compared is a JSON field's, so `jsonPath` keeps it off the column); `evidence(created_at)`
    /// or `evidence.created_at` is a column of an embedded table, not of the queried one: nil.
    static func filteredColumn(_ argument: String) -> (name: String, jsonPath: Bool)? {
        var name = Substring(argument)
        var jsonPath = false
        if let arrow = name.range(of: "->") {
            name = name[..<arrow.lowerBound]
            jsonPath = true
        }
        name = name.drop { $0 == " " }
        while name.last == " " { name = name.dropLast() }
        guard !name.isEmpty, name.utf8.allSatisfy({ ASCII.isNameByte($0) || $0 >= 0x80 }) else { return nil }
        return (String(name), jsonPath)
    }

    /// `"id, status, worker:worker_id, events(*)"` → `id, status, worker_id`; relations and `*` skipped.
    static func selectedColumns(_ list: String) -> [String] {
        if list.utf8.allSatisfy({ $0 < 0x80 }) { return selectedASCIIColumns(Array(list.utf8)) }
        var columns: [String] = []
        var depth = 0
        var item = ""
        func flush() {
            var name = item.trimmingCharacters(in: .whitespacesAndNewlines)
            item = ""
            if name.contains("(") || name == "*" || name.isEmpty { return }
            if let colon = name.firstIndex(of: ":"), !name[colon...].hasPrefix("::") { name = String(name[name.index(after: colon)...]) }
            if let cast = name.range(of: "::") { name = String(name[..<cast.lowerBound]) }
            if let arrow = name.range(of: "->") { name = String(name[..<arrow.lowerBound]) }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { columns.append(name) }
        }
        for character in list {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 { flush() } else { item.append(character) }
        }
        flush()
        return columns
    }

    /// `selectedColumns` for an ASCII list (nearly every one), on bytes: the same items and the
    /// same verdicts, without Foundation's trimming and searching per item. In ASCII a
    /// `Character` is one byte (or `\r\n`, whose bytes are both whitespace, and fail the name test).
    static func selectedASCIIColumns(_ list: [UInt8]) -> [String] {
        var columns: [String] = []
        var depth = 0
        var start = 0
        var i = 0
        while i <= list.count {
            let byte: UInt8 = i < list.count ? list[i] : UInt8(ascii: ",")
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth -= 1 }
            // The end of the list always closes the last item, as `flush()` after the loop does.
            if i == list.count || (byte == UInt8(ascii: ",") && depth == 0) {
                if let name = selectedColumn(list[start..<i]) { columns.append(name) }
                start = i + 1
            }
            i += 1
        }
        return columns
    }

    /// One item of a select list: `worker:worker_id` → `worker_id`, `payload->x` → `payload`,
    /// `id::text` → `id`; nil for relations (`events(*)`), `*` and anything not a plain name.
    static func selectedColumn(_ item: ArraySlice<UInt8>) -> String? {
        func isSpaceOrNewline(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var lower = item.startIndex
        var upper = item.endIndex
        while lower < upper, isSpaceOrNewline(item[lower]) { lower += 1 }
        while upper > lower, isSpaceOrNewline(item[upper - 1]) { upper -= 1 }
        var name = item[lower..<upper]
        if name.isEmpty || name.contains(UInt8(ascii: "(")) || (name.count == 1 && name.first == UInt8(ascii: "*")) {
            return nil
        }
        let colon = UInt8(ascii: ":")
        if let c = name.firstIndex(of: colon), !(c + 1 < name.endIndex && name[c + 1] == colon) {
            name = name[(c + 1)...]
        }
        func cut(at first: UInt8, _ second: UInt8) {
            var j = name.startIndex
            while j + 1 < name.endIndex {
                if name[j] == first, name[j + 1] == second { name = name[..<j]; return }
                j += 1
            }
        }
        cut(at: colon, colon)
        cut(at: UInt8(ascii: "-"), UInt8(ascii: ">"))
        while let b = name.first, b == 0x20 || b == 0x09 { name = name.dropFirst() }
        while let b = name.last, b == 0x20 || b == 0x09 { name = name.dropLast() }
        guard name.allSatisfy({ ASCII.isNameByte($0) }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    func add(_ kind: FactKind, _ direction: FactDirection, _ table: JSValue, _ column: String, value: JSValue? = nil,
             attributes: [String: String] = [:], at token: Int, _ file: JSFactFile, _ state: inout JSFileFacts, evidence: String) {
        if kind == .columnValue, value == nil || value == .unknown { return }
        let name = JSValue.template([.text("public."), table, .text("." + column)])
        state.add(PendingFact(kind, direction, name: name, value: value, attributes: attributes, at: file.location(token), evidence: evidence))
    }
}

extension JSFactFile {
    /// The elements of an array literal that is all of `range`.
    func arrayElements(_ range: Range<Int>) -> [Range<Int>] {
        guard let open = range.first, source.isPunctuator(open, "["), partner[open] == range.upperBound - 1 else { return [] }
        return arguments(open)
    }

    /// The object literals among an array literal's elements.
    func arrayObjects(_ range: Range<Int>) -> [Range<Int>] {
        arrayElements(range).filter { objectEntries($0) != nil }
    }
}
