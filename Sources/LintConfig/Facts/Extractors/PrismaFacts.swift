/// A project's Prisma schema as facts: each model's scalar fields are columns it declares (an
/// ORM mirror, as drizzle's `pgTable` is), each literal `@default` the value a row starts with;
/// and the names the client's calls resolve through (`prisma.job.create` → the table and
/// columns of model `Job`), handed to `JSFactScan.facts` as constants.
public enum PrismaFacts {
    public static func facts(_ schema: PrismaSchema, project: String) -> [Fact] {
        var facts: [Fact] = []
        for model in schema.models {
            let table = (model.schema ?? "public") + "." + model.table
            for field in model.fields {
                let name = table + "." + field.column
                var attributes = ["type": field.type]
                if !field.optional && !field.list { attributes["notNull"] = "true" }
                facts.append(Fact(kind: .column, name: name, direction: .declares, attributes: attributes,
                                  project: project,
                                  location: field.location, evidence: "prisma model"))
                if let value = field.defaultValue {
                    facts.append(Fact(kind: .columnValue, name: name, direction: .writes, value: value,
                                      attributes: ["role": "initial"], project: project,
                                      location: field.defaultLocation ?? field.location, evidence: "prisma @default"))
                }
            }
        }
        return facts
    }

    /// `$prisma.<accessor>.$table` → `public.jobs`, `$prisma.<accessor>.$col.<field>` → its column.
    public static func constants(_ schema: PrismaSchema) -> [String: JSValue] {
        var values: [String: JSValue] = [:]
        for model in schema.models {
            values["$prisma.\(model.accessor).$table"] = .text((model.schema ?? "public") + "." + model.table)
            for field in model.fields { values["$prisma.\(model.accessor).$col.\(field.name)"] = .text(field.column) }
        }
        return values
    }
}
