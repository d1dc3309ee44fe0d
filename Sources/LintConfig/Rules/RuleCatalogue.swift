/// Every rule the tool ships, in the order `lint-config rules` lists them.
public enum RuleCatalogue {
    public static let all: [any Rule] = [
        KamalSecretUndefinedRule(),
        KamalConfigInvalidRule(),
        KamalEnvClearAndSecretRule(),
        KamalOneConfigRule(),
        KamalEnvPlainKeysRule(),
        KamalOverlayReplacesListRule(),
        DestinationHostsOverlapRule(),
        KamalCmdMissingRule(),
        KamalHookStopsAppRule(),
        YAMLDuplicateKeyRule(),
        EnvUnsuppliedRule(),
        EnvNameMismatchRule(),
        EnvSuppliedUnusedRule(),
        EnvExampleMissingRule(),
        EnvExampleStaleRule(),
        EnvDriftRule(),
        SecretInClearRule(),
        QueueUnmatchedRule(),
        QueueOptionsMismatchRule(),
        ChannelUnmatchedRule(),
        ValueUnclaimedRule(),
        ValueUnknownRule(),
        ColumnMissingRule(),
        TableMissingRule(),
        PortMismatchRule(),
        HeaderMismatchRule(),
        SharedSecretSplitRule(),
        DotenvDuplicatedKeyRule(),
        DotenvUnparsableLineRule(),
        DotenvSubstitutionKeyRule(),
        DotenvKeyWithoutValueRule(),
        DotenvLowercaseKeyRule(),
        DotenvIncorrectDelimiterRule(),
        DotenvLeadingCharacterRule(),
        DotenvSpaceCharacterRule(),
        DotenvQuoteCharacterRule(),
        DotenvTrailingWhitespaceRule(),
        DotenvUnorderedKeyRule(),
        DotenvExtraBlankLineRule(),
        DotenvEndingBlankLineRule(),
    ]

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
