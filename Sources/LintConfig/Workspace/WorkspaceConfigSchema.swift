/// `Schemas/lint-config.schema.json`, embedded (see `WorkspaceConfigSchema+JSON.swift`, written by
/// `make schemas`), which `lint-config.yml` is validated against on load.
public enum WorkspaceConfigSchema {
    public static let schema: StructureSchema = {
        do {
            return try StructureSchema.parse(json: json, path: "Schemas/lint-config.schema.json")
        } catch {
            fatalError("embedded lint-config schema is invalid: \(error)")
        }
    }()
}
