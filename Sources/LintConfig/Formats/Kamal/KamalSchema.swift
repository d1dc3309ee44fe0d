/// Kamal's `config/deploy.yml` keys and types, from `Schemas/kamal-deploy.schema.json`, embedded
/// in the binary (see `KamalSchema+JSON.swift`, written by `make schemas`) so that an installed
/// `lint-config` needs no data files beside it.
public enum KamalSchema {
    public static let deployConfig: StructureSchema = {
        do {
            return try StructureSchema.parse(json: json, path: "Schemas/kamal-deploy.schema.json")
        } catch {
            // The embedded schema is checked by the test suite; reaching this is a build defect.
            fatalError("embedded Kamal schema is invalid: \(error)")
        }
    }()
}
