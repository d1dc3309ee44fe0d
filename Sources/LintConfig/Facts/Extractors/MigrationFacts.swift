import Foundation

/// Facts that migrations state about data contracts, read from the replayed schema: columns
/// and literal values that SQL functions, triggers, `DO` blocks and top-level DML write and
/// select on, NOTIFY channels they signal, and column defaults (the value a row starts with).
/// Each fact belongs to the project whose migration holds it, which is what lets a rule see a
/// value written by one service and selected by another service's function.
public enum MigrationFacts {
    public static func facts(_ schema: DatabaseSchema, database: String) -> [Fact] {
        var facts: [Fact] = []
        // A function's inserts run against the final schema, so their column lists are checked whole
        // (`statement`) — in the last definition of each function only. A top-level INSERT ran once,
        // against the schema of its day, and is not.
        var lastDefinition: [QualifiedName: Int] = [:]
        for (index, routine) in schema.routines.enumerated() {
            if let name = routine.name { lastDefinition[name] = index }
        }
        var insertsPerFile: [String: Int] = [:]
        for (index, routine) in schema.routines.enumerated() {
            let project = routine.provenance.project
            let evidence = routine.name.map { "function \($0)" } ?? "migration statement"
            let current = routine.name.map { lastDefinition[$0] == index } ?? false
            // A trigger function announces a table change: each trigger that runs it is one
            // producer of the channel, with the table and the event that fire it.
            let firing = routine.name.map { name in schema.triggers.filter { $0.trigger.function == name } } ?? []
            for channel in routine.body.notifications {
                let fact = Fact(kind: .notifyChannel, name: channel.value, direction: .produces,
                                attributes: ["database": database],
                                project: project, location: channel.location, evidence: "pg_notify in " + evidence)
                if firing.isEmpty { facts.append(fact) }
                for trigger in firing.map(\.trigger) {
                    var fired = fact
                    fired.attributes["table"] = qualified(trigger.table)
                    fired.attributes["event"] = trigger.event
                    fired.evidence += ", trigger " + trigger.name
                    facts.append(fired)
                }
            }
            let updated = Set(routine.body.effects.filter { $0.kind == .update }.map { qualified($0.table) })
            for effect in routine.body.effects {
                var statement: String?
                if current, effect.kind == .insert, effect.insertColumnList != nil {
                    let count = insertsPerFile[effect.location.path, default: 0] + 1
                    insertsPerFile[effect.location.path] = count
                    statement = String(count)
                }
                // A top-level statement, or a function body a later migration replaced, ran against
                // the schema of its day: a column renamed since is no defect of it (`past`).
                var attributes = ["database": database]
                if !current { attributes["schema"] = "past" }
                facts += DMLFacts.facts(effect, project: project, evidence: evidence, claims: updated,
                                        attributes: attributes, statement: statement)
            }
        }
        for table in schema.tables.values {
            for column in table.columns {
                guard let value = defaultLiteral(column.defaultValue) else { continue }
                let change = column.history.last { if case .defaultSet = $0.kind { return true }; return $0.kind == .added }
                guard let provenance = change?.provenance else { continue }
                facts.append(Fact(kind: .columnValue, name: qualified(table.name) + "." + column.name, direction: .writes,
                                  value: value, attributes: ["role": "initial", "database": database], project: provenance.project,
                                  location: provenance.location, evidence: "column default"))
            }
        }
        return facts
    }

    /// `'queued'::text` → `queued`; defaults that are expressions (`now()`) are not values.
    static func defaultLiteral(_ expression: String?) -> String? {
        guard var text = expression, text.hasPrefix("'") else { return nil }
        if let cast = text.range(of: "'::", options: .backwards) { text = String(text[..<cast.lowerBound]) + "'" }
        guard text.count >= 2, text.hasSuffix("'") else { return nil }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
    }

    static func qualified(_ name: QualifiedName) -> String { (name.schema ?? "public") + "." + name.name }
}

/// The column and value facts of one DML effect, wherever the statement was found (a
/// migration, a SQL string in code, a query builder call).
public enum DMLFacts {
    /// `claims`: tables a surrounding routine updates; a SELECT filter on one of them chooses
    /// the rows to transition (the `… WHERE status = 'pending' FOR UPDATE SKIP LOCKED` of a
    /// pickup), so its values have the role `claim`.
    ///
    /// `statement`: an id, stable within the file, for an INSERT whose column list is written out
    /// whole; each column of that list then carries it (`statement`) and the list's length
    /// (`columns`), so a rule can tell which columns the insert leaves out.
    public static func facts(_ effect: DMLEffect, project: String, evidence: String, claims: Set<String> = [],
                             attributes: [String: String] = [:], statement: String? = nil) -> [Fact] {
        let table = MigrationFacts.qualified(effect.table)
        var facts: [Fact] = []
        // Spelled once per statement, not per fact (SQL in code passes here for every query).
        let evidence = effect.kind.rawValue.uppercased() + " in " + evidence
        func add(_ kind: FactKind, _ column: String, _ direction: FactDirection, value: String? = nil,
                 extra: [String: String] = [:], at location: Location) {
            facts.append(Fact(kind: kind, name: table + "." + column, direction: direction, value: value,
                              attributes: attributes.isEmpty ? extra : attributes.merging(extra) { $1 },
                              project: project, location: location, evidence: evidence))
        }
        let listed = statement != nil ? effect.insertColumnList?.count ?? 0 : 0
        for (index, column) in effect.columnsWritten.enumerated() {
            let extra = index < listed ? InsertStatement.attributes(statement ?? "", columns: listed) : [:]
            add(.column, column.value, .writes, extra: extra, at: column.location)
        }
        for column in effect.columnsRead { add(.column, column.value, .reads, at: column.location) }
        let writeRole = effect.kind == .insert ? "initial" : "transition"
        for value in effect.valuesWritten {
            guard let text = literalText(value.value) else { continue }
            add(.columnValue, value.column, .writes, value: text, extra: ["role": writeRole], at: value.location)
        }
        let filterRole = effect.kind == .update || effect.kind == .delete || claims.contains(table) ? "claim" : "filter"
        for value in effect.valuesFiltered {
            guard let text = literalText(value.value) else { continue }
            var extra = ["role": filterRole]
            if value.negated { extra["negated"] = "true" }
            add(.columnValue, value.column, .reads, value: text, extra: extra, at: value.location)
        }
        return facts
    }

    static func literalText(_ literal: SQLLiteral) -> String? {
        switch literal {
        case .string(let text), .number(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return nil
        }
    }
}
