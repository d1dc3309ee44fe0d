/// Prisma client calls: `prisma.job.create({ data })`, `createMany({ data: [...] })`,
/// `update`/`updateMany({ data, where })`, `upsert({ where, create, update })`,
/// `findMany`/`findFirst`/`findUnique`/`count({ where })`, `delete`/`deleteMany({ where })` — on any
/// client (`prisma`, `this.db`, a transaction's `tx`). The model is the property before the
/// method; its table and each field's column come from the project's `schema.prisma`
/// (`PrismaFacts.constants`), so a call on a name that is no model of the schema states nothing.
/// Written values have the role `initial` (create) or `transition` (update); values a `where`
/// selects on `claim` (update, delete) or `filter` (reads): literals, `{ in: [...] }`, `{ not }`,
/// `{ notIn }` (negated), `{ equals }`, inside `AND`/`OR`/`NOT`.
public struct JSPrismaFacts: JSFactExtractor {
    public init() {}

    public static var triggerWords: [StaticString] { operations }

    static let operations: [StaticString] = [
        "create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert", "findMany", "findFirst",
        "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "count", "delete", "deleteMany",
    ]

    public func visit(_ k: Int, in file: JSFactFile, _ state: inout JSFileFacts) {
        let s = file.source
        guard s.tokens[k].kind == .identifier, s.tokens[k].range.count >= 5, file.isOneOf(k, Self.operations),
              let open = file.methodCall(k) else { return }
        let receiver = file.receiver(of: k)
        guard receiver.count >= 2, let model = receiver.last, receiver[receiver.count - 2] != "query",
              let argument = file.arguments(open).first, let entries = file.objectEntries(argument) else { return }
        let operation = s.text(s.tokens[k])
        let evidence = "prisma ." + operation
        let call = Call(model: model, evidence: evidence)
        func entry(_ key: String) -> Range<Int>? { entries.first { $0.key == key }?.value }
        switch operation {
        case "create", "createMany", "createManyAndReturn":
            if let data = entry("data") { call.writes(data, role: "initial", file, &state) }
        case "update", "updateMany":
            if let data = entry("data") { call.writes(data, role: "transition", file, &state) }
            if let filter = entry("where") { call.filters(filter, role: "claim", negated: false, file, &state) }
        case "upsert":
            if let data = entry("create") { call.writes(data, role: "initial", file, &state) }
            if let data = entry("update") { call.writes(data, role: "transition", file, &state) }
            if let filter = entry("where") { call.filters(filter, role: "filter", negated: false, file, &state) }
        case "delete", "deleteMany":
            if let filter = entry("where") { call.filters(filter, role: "claim", negated: false, file, &state) }
        default:
            if let filter = entry("where") { call.filters(filter, role: "filter", negated: false, file, &state) }
        }
    }

    struct Call {
        let model: String
        let evidence: String

        func column(_ field: String) -> JSValue {
            .template([.reference("$prisma.\(model).$table"), .text("."), .reference("$prisma.\(model).$col.\(field)")])
        }

        /// `{ status: "queued", attempts: { increment: 1 } }`, or an array of such objects.
        func writes(_ range: Range<Int>, role: String, _ file: JSFactFile, _ state: inout JSFileFacts) {
            let objects = file.objectEntries(range) != nil ? [range] : file.arrayObjects(range)
            for object in objects {
                for entry in file.objectEntries(object) ?? [] {
                    let name = column(entry.key)
                    state.add(PendingFact(.column, .writes, name: name, at: file.location(entry.keyToken),
                                          evidence: evidence))
                    var valueRange = entry.value
                    if let set = file.objectEntries(entry.value)?.first(where: { $0.key == "set" }) { valueRange = set.value }
                    let value = file.value(valueRange)
                    guard value != .unknown else { continue }
                    state.add(PendingFact(.columnValue, .writes, name: name, value: value, attributes: ["role": role],
                                          at: file.location(valueRange.lowerBound), evidence: evidence))
                }
            }
        }

        /// A `where` object: each field a literal or an operator object; `AND`/`OR` lists and
        /// `NOT` objects are read inside (NOT negates).
        func filters(_ range: Range<Int>, role: String, negated: Bool, _ file: JSFactFile, _ state: inout JSFileFacts,
                     depth: Int = 0) {
            guard depth < 8, let entries = file.objectEntries(range) else { return }
            for entry in entries {
                switch entry.key {
                case "AND", "OR", "NOT":
                    let inner = entry.key == "NOT"
                    let objects = file.objectEntries(entry.value) != nil ? [entry.value] : file.arrayObjects(entry.value)
                    for object in objects {
                        filters(object, role: role, negated: negated != inner, file, &state, depth: depth + 1)
                    }
                default:
                    let name = column(entry.key)
                    state.add(PendingFact(.column, .reads, name: name, at: file.location(entry.keyToken),
                                          evidence: evidence))
                    for (valueRange, negates) in values(entry.value, file) {
                        let value = file.value(valueRange)
                        guard value != .unknown else { continue }
                        var attributes = ["role": role]
                        if negated != negates { attributes["negated"] = "true" }
                        state.add(PendingFact(.columnValue, .reads, name: name, value: value, attributes: attributes,
                                              at: file.location(valueRange.lowerBound), evidence: evidence))
                    }
                }
            }
        }

        /// The literal ranges a field's condition compares with, and whether each is negated.
        func values(_ range: Range<Int>, _ file: JSFactFile) -> [(Range<Int>, Bool)] {
            guard let operators = file.objectEntries(range) else { return [(range, false)] }
            var result: [(Range<Int>, Bool)] = []
            for entry in operators {
                switch entry.key {
                case "equals": result.append((entry.value, false))
                case "not" where file.objectEntries(entry.value) == nil: result.append((entry.value, true))
                case "in": result += file.arrayElements(entry.value).map { ($0, false) }
                case "notIn": result += file.arrayElements(entry.value).map { ($0, true) }
                default: break
                }
            }
            return result
        }
    }
}
