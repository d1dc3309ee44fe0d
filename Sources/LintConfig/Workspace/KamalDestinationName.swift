/// What `destination:` in `lint-config.yml` may be. Kamal reads `config/deploy.<destination>.yml`
/// and `.kamal/secrets.<destination>`, so a destination with a path separator names a file
/// elsewhere (`../../../../etc/passwd` reads a `.yml` outside the workspace), and one with a
/// newline or NUL forges the lines it is printed in. The name is not echoed in the error.
enum KamalDestinationName {
    static let rule = "destination must be a Kamal destination name: letters, digits, '-', '_' and '.', "
        + "starting with a letter or digit (no path separators, spaces or control characters)"

    static func isValid(_ name: String) -> Bool {
        guard let first = name.utf8.first, ASCII.isLetter(first) || ASCII.isDigit(first) else { return false }
        return name.utf8.allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-")
            || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }
}
