extension JSLexer {
    /// Lexes as far as the text allows: the tokens before an unterminated string, template,
    /// regex or comment, and the error that stopped it. Extraction keeps what a broken
    /// file does say and reports the rest as partly read.
    public static func tokenizePrefix(_ text: String, path: String,
                                      dialect: Dialect = .script) -> (JSSource, InputError?) {
        lex(Array(text.utf8), path: path, dialect: dialect)
    }
}
