extension JSLexer {
    /// Lexes as far as the text allows: the tokens before an unterminated string, template,
    /// regex or comment, and the error that stopped it. Extraction keeps what a broken
    /// file does say and reports the rest as partly read.
    public static func tokenizePrefix(_ text: String, path: String,
                                      dialect: Dialect = .script) -> (JSSource, InputError?) {
        lex(Array(text.utf8), path: path, dialect: dialect)
    }

    /// The same for bytes already checked as text (`SourceText.checkedBytes`): the lint run
    /// lexes a file's bytes as read, without making a `String` of them first.
    public static func tokenizePrefix(bytes: [UInt8], path: String,
                                      dialect: Dialect = .script) -> (JSSource, InputError?) {
        lex(bytes, path: path, dialect: dialect)
    }
}
