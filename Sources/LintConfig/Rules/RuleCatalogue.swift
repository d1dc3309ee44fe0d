/// Every rule the tool ships, in the order `lint-config rules` lists them.
public enum RuleCatalogue {
    public static let all: [any Rule] = [
        KamalSecretUndefinedRule(),
        KamalConfigInvalidRule(),
        KamalEnvClearAndSecretRule(),
        YAMLDuplicateKeyRule(),
    ]

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
