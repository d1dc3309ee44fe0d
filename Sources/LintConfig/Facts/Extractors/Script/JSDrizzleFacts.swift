/// drizzle-orm. Declarations: `export const jobs = pgTable("gh_automation_jobs", { status:
/// text("status").notNull().default("pending"), … })` (also the `(t) => ({ … })` form) gives
/// one `declares` column fact per property (type, `notNull`, `default` as attributes) and an
/// `initial` value fact per literal default; it also records the table and each property's
/// column as constants (`jobs.$table`, `jobs.$col.status`) so that queries in other files
/// resolve through the ordinary import lookup. Queries: `db.insert(T).values({…})`,
/// `.onConflictDoUpdate({ set })`, `db.update(T).set({…}).where(…)`, `db.delete(T).where(…)`,
/// `db.select().from(T).where(…)` with `eq`, `ne`, `inArray`, `notInArray` (inside `and`/`or`).
public struct JSDrizzleFacts: JSFactExtractor {
    public init() {}

    /// Every name `visit` can start a fact at (see `JSFactExtractor.triggerWords`).
    public static let triggerWords: [StaticString] = tableFunctions + queryWords

    static let tableFunctions: [StaticString] = ["pgTable", "mysqlTable", "sqliteTable"]
    static let queryWords: [StaticString] = ["insert", "update", "delete", "from"]
    static let conditions: [StaticString] = ["eq", "ne", "inArray", "notInArray"]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier else { return }
        if file.isOneOf(k, Self.tableFunctions), let open = file.functionCall(k) ?? file.methodCall(k) {
            declaration(k, open: open, file, &state)
        } else if file.isOneOf(k, Self.queryWords), let open = file.methodCall(k) {
            query(k, open: open, file, &state)
        }
    }

    func declaration(_ k: Int, open: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        let args = file.arguments(open)
        guard args.count >= 2, let table = file.value(args[0]).text else { return }
        var variable: String?
        if s.isPunctuator(k - 1, "="), let name = file.identifier(k - 2) { variable = name }
        let exported = s.isIdentifier(k - 4, "export")
        var body = args[1]
        // `(t) => ({ … })`: the object inside the parentheses after the arrow.
        if let arrow = (body.lowerBound..<body.upperBound).first(where: { s.isPunctuator($0, "=>") }),
           s.isPunctuator(arrow + 1, "("), file.partner[arrow + 1] > arrow {
            body = (arrow + 2)..<file.partner[arrow + 1]
        }
        guard let entries = file.objectEntries(body) else { return }
        if let variable {
            state.constants.values[variable + ".$table"] = .text(table)
            if exported { state.constants.exported.insert(variable) }
        }
        for entry in entries {
            let column = columnDefinition(entry.value, property: entry.key, file)
            if let variable { state.constants.values[variable + ".$col." + entry.key] = .text(column.name) }
            let name = JSValue.text("public.\(table).\(column.name)")
            state.add(PendingFact(.column, .declares, name: name, attributes: column.attributes,
                                  at: file.location(entry.keyToken), evidence: "drizzle pgTable"))
            if let value = column.defaultValue {
                state.add(PendingFact(.columnValue, .writes, name: name, value: value, attributes: ["role": "initial"],
                                      at: file.location(column.defaultToken), evidence: "drizzle .default"))
            }
        }
    }

    struct Column {
        var name: String
        var attributes: [String: String] = [:]
        var defaultValue: JSValue?
        var defaultToken = 0
    }

    /// `varchar("job_type", { length: 64 }).notNull().default("apply")`.
    func columnDefinition(_ range: Range<Int>, property: String, _ file: JSFactFile) -> Column {
        let s = file.source
        var column = Column(name: property)
        // `text("status")`, or `t.text("status")` in the callback form.
        var start = range.lowerBound
        if file.identifier(start) != nil, file.isDot(start + 1), file.identifier(start + 2) != nil { start += 2 }
        guard let type = file.identifier(start), s.isPunctuator(start + 1, "("), file.partner[start + 1] > start else { return column }
        column.attributes["type"] = type
        let typeArguments = file.arguments(start + 1)
        if let first = typeArguments.first, let name = file.value(first).text { column.name = name }
        // `varchar("x", { length: 64 })`, `timestamp("x", { withTimezone: true })`, or the options alone.
        if let options = typeArguments.last.flatMap({ file.objectEntries($0) }) {
            for option in options where option.key == "length" || option.key == "withTimezone" {
                if let text = file.value(option.value).text {
                    column.attributes[option.key] = text
                } else if file.source.isIdentifier(option.value.lowerBound, "true") {
                    column.attributes[option.key] = "true"
                }
            }
        }
        var j = file.partner[start + 1] + 1
        // `.$type<"a" | "b">()` carries type arguments before its parentheses.
        while j > 0, j < range.upperBound, file.isDot(j), let method = file.identifier(j + 1),
              let open = s.isPunctuator(j + 2, "(") ? j + 2 : file.constructorCall(j + 1), file.partner[open] > open {
            modifier(method, arguments: open, &column, file)
            j = file.partner[open] + 1
        }
        return column
    }

    /// One `.method(…)` of a column definition: nullability, the default and how it is made.
    /// `default` is `value` (a literal, also a value fact) or `sql` (an expression: `defaultNow()`,
    /// `sql\`…\``); `clientDefault` marks values drizzle computes itself on insert (`$defaultFn`,
    /// `$onUpdate` without a default), which no migration knows of.
    func modifier(_ method: String, arguments open: Int, _ column: inout Column, _ file: JSFactFile) {
        switch method {
        case "notNull", "primaryKey": column.attributes["notNull"] = "true"
        case "default":
            column.attributes["default"] = "sql"
            if let value = file.arguments(open).first {
                let parsed = file.value(value)
                if parsed != .unknown {
                    column.defaultValue = parsed
                    column.defaultToken = value.lowerBound
                    column.attributes["default"] = "value"
                }
            }
        case "defaultNow", "defaultRandom": column.attributes["default"] = "sql"
        case "$default", "$defaultFn", "$onUpdate", "$onUpdateFn": column.attributes["clientDefault"] = "true"
        case "generatedAlwaysAsIdentity", "generatedByDefaultAsIdentity": column.attributes["identity"] = "true"
        case "generatedAlwaysAs": column.attributes["generated"] = "true"
        case "array": column.attributes["array"] = "true"
        default: break
        }
    }

    /// The table a query names: `insert(jobs)`, `update(schema.jobs)`.
    func tableReference(_ open: Int, _ file: JSFactFile, argument: Range<Int>? = nil) -> String? {
        let args = argument.map { [$0] } ?? file.arguments(open)
        guard args.count == 1, let range = args.first else { return nil }
        var path: [String] = []
        var j = range.lowerBound
        while j < range.upperBound {
            if let name = file.identifier(j) { path.append(name) } else if !file.isDot(j) { return nil }
            j += 1
        }
        return path.isEmpty ? nil : path.joined(separator: ".")
    }

    func query(_ k: Int, open: Int, _ file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard let table = tableReference(open, file) else { return }
        let word = s.text(s.tokens[k])
        // Each call of the chain by its `(`: its arguments are split only when a fact needs them
        // (`Array.from(x).map(…)` passes here too).
        var calls: [(method: String, open: Int)] = []
        var j = file.partner[open] + 1
        while file.isDot(j), let method = file.identifier(j + 1), s.isPunctuator(j + 2, "("), file.partner[j + 2] > j {
            calls.append((method, j + 2))
            j = file.partner[j + 2] + 1
        }
        let evidence = "drizzle ." + word
        switch word {
        case "insert":
            guard let call = calls.first(where: { $0.method == "values" }),
                  let values = file.arguments(call.open).first else { return }
            let objects = file.objectEntries(values) != nil ? [values] : file.arrayObjects(values)
            for object in objects {
                writes(object, table: table, role: "initial", file, &state, evidence: evidence, insert: true)
            }
            for call in calls where call.method == "onConflictDoUpdate" {
                if let set = file.arguments(call.open).first.flatMap({ file.objectEntries($0) })?
                    .first(where: { $0.key == "set" }) {
                    writes(set.value, table: table, role: "transition", file, &state, evidence: evidence)
                }
            }
        case "update":
            guard let call = calls.first(where: { $0.method == "set" }),
                  let set = file.arguments(call.open).first else { return }
            writes(set, table: table, role: "transition", file, &state, evidence: evidence)
            filters(calls, role: "claim", file, &state, evidence: evidence)
        case "delete":
            filters(calls, role: "claim", file, &state, evidence: evidence)
        default:
            // `.from(T)` reads: only with a `where`, and never `supabase.from("t")` (a string).
            filters(calls, role: "filter", file, &state, evidence: "drizzle .select")
        }
    }

    func columnName(_ table: String, property: String) -> JSValue {
        .template([.text("public."), .reference(table + ".$table"), .text("."), .reference(table + ".$col." + property)])
    }

    /// `insert`: the object is one row of an insert; written out whole (no spread, no computed key), its
    /// columns carry the insert's id so that the columns it leaves out are known.
    func writes(_ object: Range<Int>, table: String, role: String, _ file: JSFactFile, _ state: inout JSFileFacts,
                evidence: String, insert: Bool = false) {
        let entries = file.objectEntries(object) ?? []
        var whole: [String: String] = [:]
        if insert, !entries.isEmpty, entries.count == file.arguments(object.lowerBound).count {
            whole = InsertStatement.attributes(state.nextInsertStatement(), columns: entries.count)
        }
        for entry in entries {
            let name = columnName(table, property: entry.key)
            state.add(PendingFact(.column, .writes, name: name, attributes: whole, at: file.location(entry.keyToken),
                                  evidence: evidence))
            let value = file.value(entry.value)
            if value != .unknown {
                state.add(PendingFact(.columnValue, .writes, name: name, value: value, attributes: ["role": role],
                                      at: file.location(entry.value.lowerBound), evidence: evidence))
            }
        }
    }

    /// `eq(T.col, v)`, `ne`, `inArray(T.col, [..])`, `notInArray` anywhere in `.where(…)`.
    func filters(_ calls: [(method: String, open: Int)], role: String, _ file: JSFactFile,
                 _ state: inout JSFileFacts, evidence: String) {
        let s = file.source
        for call in calls where call.method == "where" {
            guard let range = file.arguments(call.open).first else { continue }
            for j in range where file.isOneOf(j, Self.conditions) && s.isPunctuator(j + 1, "(") && !file.isDot(j - 1) {
                let args = file.arguments(j + 1)
                guard args.count == 2, let path = tableReference(j + 1, file, argument: args[0]),
                      let dot = path.lastIndex(of: ".") else { continue }
                let table = String(path[..<dot])
                let property = String(path[path.index(after: dot)...])
                let condition = s.text(s.tokens[j])
                let name = columnName(table, property: property)
                state.add(PendingFact(.column, .reads, name: name, at: file.location(args[0].upperBound - 1), evidence: evidence))
                var attributes = ["role": role]
                if condition == "ne" || condition == "notInArray" { attributes["negated"] = "true" }
                let values = condition.hasSuffix("Array") ? file.arrayElements(args[1]) : [args[1]]
                for value in values {
                    let parsed = file.value(value)
                    guard parsed != .unknown else { continue }
                    state.add(PendingFact(.columnValue, .reads, name: name, value: parsed, attributes: attributes,
                                          at: file.location(value.lowerBound), evidence: evidence))
                }
            }
        }
    }
}
