/// What a PostgreSQL token is. Keywords are not a kind of their own: PostgreSQL lets most of
/// them be column names, so the parser decides from context whether `status` or `type` is one.
public enum SQLTokenKind: UInt8, Sendable {
    case identifier
    /// `"Name"` or `U&"…"`: never folded to lower case.
    case quotedIdentifier
    /// `'…'`, `N'…'`, `E'…'`, `U&'…'`.
    case string
    /// `B'0101'` and `X'1F'`.
    case bitString
    /// `$$…$$` or `$tag$…$tag$`.
    case dollarString
    case number
    /// `$1`, a positional parameter.
    case parameter
    case op
    case leftParen, rightParen, leftBracket, rightBracket, comma, semicolon, dot, colon, doubleColon
    /// A psql backslash command line such as `\i file.sql` or `\set ON_ERROR_STOP on`.
    case metaCommand
    /// drizzle-kit's `--> statement-breakpoint` comment, which drizzle splits statements on.
    case statementBreakpoint
}

/// One token: its kind, its byte range in the file and where it starts. Offsets, not strings,
/// so that lexing a 20 MB migration corpus allocates one array and no text.
public struct SQLToken: Sendable, Equatable {
    public var kind: SQLTokenKind
    /// For strings: 1 when `E'…'` (backslash escapes), 2 when `U&'…'` / `U&"…"`.
    public var flavor: UInt8
    public var start: UInt32
    public var end: UInt32
    public var line: UInt32
    public var column: UInt32

    public static let plain: UInt8 = 0
    public static let escapeFlavor: UInt8 = 1
    public static let unicodeFlavor: UInt8 = 2
}
