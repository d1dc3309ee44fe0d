import Foundation
@testable import LintConfig

/// What a real PostgreSQL says a database holds, read from its catalog (`pg_attribute` with
/// `format_type`, `pg_attrdef` with `pg_get_expr`, `pg_constraint`, `pg_enum`), and the same
/// facts taken from a replayed schema, in one comparable shape.
struct CatalogSnapshot: Equatable {
    struct Column: Equatable {
        var type: String
        var notNull: Bool
        /// `information_schema.columns.is_nullable`, which also counts a NOT NULL domain.
        var nullable: Bool
        var defaultValue: String?
        var identity: String?
        var generated: String?
    }

    struct Constraint: Equatable, Comparable {
        var name: String
        var kind: String
        var columns: [String]
        var allowedValues: [String: [String]]

        static func < (a: Constraint, b: Constraint) -> Bool { a.name < b.name }
    }

    /// `schema.table` → ordered columns.
    var tables: [String: [(String, Column)]] = [:]
    var constraints: [String: [Constraint]] = [:]
    var enums: [String: [String]] = [:]
    /// Where `information_schema.columns` and `pg_attribute` disagree (expected: never).
    var catalogInconsistencies: [String] = []

    static func == (a: CatalogSnapshot, b: CatalogSnapshot) -> Bool { a.disagreements(with: b).isEmpty }

    static let excludedSchemas = "('pg_catalog', 'information_schema', 'pg_toast')"

    static func read(from cluster: PostgresCluster, database: String) throws -> CatalogSnapshot {
        var snapshot = CatalogSnapshot()
        let columns = try cluster.psql("""
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   coalesce(pg_get_expr(d.adbin, d.adrelid), E'\\x01'), a.attidentity, a.attgenerated
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN \(excludedSchemas)
            ORDER BY n.nspname, c.relname, a.attnum;
            """, database: database, tuplesOnly: true)
        for row in rows(columns) where row.count == 8 {
            let table = row[0] + "." + row[1]
            let expression = row[5] == "\u{01}" ? nil : row[5]
            let generated = row[7] == "s"
            let column = Column(
                type: row[3], notNull: row[4] == "t", nullable: row[4] != "t", defaultValue: generated ? nil : expression,
                identity: row[6] == "a" ? "always" : row[6] == "d" ? "by default" : nil,
                generated: generated ? expression : nil)
            snapshot.tables[table, default: []].append((row[2], column))
        }
        // information_schema.columns must tell the same story as pg_attribute: a check on how
        // the snapshot reads the catalog.
        let standard = try cluster.psql("""
            SELECT table_schema, table_name, column_name, is_nullable, coalesce(column_default, E'\\x01')
            FROM information_schema.columns
            WHERE table_schema NOT IN \(excludedSchemas)
            ORDER BY table_schema, table_name, ordinal_position;
            """, database: database, tuplesOnly: true)
        for row in rows(standard) where row.count == 5 {
            let table = row[0] + "." + row[1]
            guard let index = snapshot.tables[table]?.firstIndex(where: { $0.0 == row[2] }) else { continue }
            snapshot.tables[table]![index].1.nullable = row[3] == "YES"
            let column = snapshot.tables[table]![index].1
            let defaultValue = row[4] == "\u{01}" ? nil : row[4]
            if (row[3] == "NO") != (column.notNull || !column.nullable) || (column.generated == nil && column.identity == nil && defaultValue != column.defaultValue) {
                snapshot.catalogInconsistencies.append("\(table).\(row[2]): information_schema says nullable=\(row[3]) default=\(defaultValue ?? "nil")")
            }
        }
        let constraints = try cluster.psql("""
            SELECT n.nspname, c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid),
                   coalesce((SELECT string_agg(a.attname, E'\\x1d' ORDER BY k.ord)
                             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum), '')
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND n.nspname NOT IN \(excludedSchemas)
            ORDER BY 1, 2, 3;
            """, database: database, tuplesOnly: true)
        for row in rows(constraints) where row.count == 6 {
            let kind = ["p": "primary key", "u": "unique", "f": "foreign key", "c": "check", "x": "exclude"][row[3]] ?? row[3]
            var allowed: [String: [String]] = [:]
            if kind == "check" {
                // PostgreSQL prints an IN list back as `col = ANY (ARRAY['a'::text, …])`; the
                // replay's extractor must read both spellings to the same values.
                if let source = try? SQLSource.lex(row[4], path: "pg_get_constraintdef") {
                    allowed = SQLExpressionReader.allowedValues(source, 0..<source.tokens.count)
                }
            }
            let columns = row[5].isEmpty ? [] : row[5].split(separator: "\u{1D}").map(String.init)
            snapshot.constraints[row[0] + "." + row[1], default: []].append(
                Constraint(name: row[2], kind: kind, columns: kind == "check" ? [] : columns, allowedValues: allowed))
        }
        let enums = try cluster.psql("""
            SELECT n.nspname, t.typname, string_agg(e.enumlabel, E'\\x1d' ORDER BY e.enumsortorder)
            FROM pg_type t LEFT JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e'
            GROUP BY 1, 2 ORDER BY 1, 2;
            """, database: database, tuplesOnly: true)
        for row in rows(enums) where row.count == 3 {
            snapshot.enums[row[0] + "." + row[1]] = row[2].isEmpty ? [] : row[2].split(separator: "\u{1D}", omittingEmptySubsequences: false).map(String.init)
        }
        return snapshot
    }

    static func rows(_ output: String) -> [[String]] {
        output.split(separator: "\u{1E}", omittingEmptySubsequences: true).map { record in
            var text = String(record)
            if text.hasPrefix("\n") { text.removeFirst() }
            if text.hasSuffix("\n") { text.removeLast() }
            return text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        }.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    /// The same facts from the replay.
    init(replayed schema: DatabaseSchema) {
        for (name, table) in schema.tables {
            tables[name.description] = table.columns.map { column in
                (column.name, Column(type: column.type, notNull: column.notNull, nullable: !(column.notNull || column.domainNotNull), defaultValue: column.defaultValue,
                                     identity: column.identity, generated: column.generated))
            }
            constraints[name.description] = table.constraints.map { constraint in
                Constraint(name: constraint.name, kind: constraint.kind.rawValue,
                           columns: constraint.kind == .check ? [] : constraint.columns,
                           allowedValues: constraint.kind == .check ? constraint.allowedValues : [:])
            }
        }
        for (name, type) in schema.enums { enums[name.description] = type.labels }
    }

    init() {}

    /// Each difference as `table.column: field: replay … ≠ postgres …` (self is the replay).
    func disagreements(with postgres: CatalogSnapshot) -> [String] {
        var result: [String] = []
        for table in Set(tables.keys).union(postgres.tables.keys).sorted() {
            guard let mine = tables[table] else { result.append("\(table): missing from the replay"); continue }
            guard let theirs = postgres.tables[table] else { result.append("\(table): not in PostgreSQL"); continue }
            let myNames = mine.map(\.0), theirNames = theirs.map(\.0)
            if myNames != theirNames { result.append("\(table): columns: replay \(myNames) ≠ postgres \(theirNames)") }
            for (name, column) in mine {
                guard let other = theirs.first(where: { $0.0 == name })?.1 else { continue }
                func compare(_ field: String, _ a: String?, _ b: String?) {
                    if a != b { result.append("\(table).\(name): \(field): replay \(a ?? "nil") ≠ postgres \(b ?? "nil")") }
                }
                compare("type", column.type, other.type)
                compare("not null", String(column.notNull), String(other.notNull))
                compare("is_nullable", String(column.nullable), String(other.nullable))
                compare("default", column.defaultValue, other.defaultValue)
                compare("identity", column.identity, other.identity)
                compare("generated", column.generated, other.generated)
            }
            let myConstraints = (constraints[table] ?? []).sorted(), theirConstraints = (postgres.constraints[table] ?? []).sorted()
            for constraint in Set(myConstraints.map(\.name)).union(theirConstraints.map(\.name)).sorted() {
                let a = myConstraints.first { $0.name == constraint }, b = theirConstraints.first { $0.name == constraint }
                if a != b {
                    result.append("\(table) constraint \(constraint): replay \(a.map { "\($0.kind) \($0.columns) \($0.allowedValues)" } ?? "nil") ≠ postgres \(b.map { "\($0.kind) \($0.columns) \($0.allowedValues)" } ?? "nil")")
                }
            }
        }
        for name in Set(enums.keys).union(postgres.enums.keys).sorted() where enums[name] != postgres.enums[name] {
            result.append("enum \(name): replay \(enums[name] ?? []) ≠ postgres \(postgres.enums[name] ?? [])")
        }
        return result
    }
}
