import Testing
@testable import LintConfig

/// `PsychScalarResolver`: how Psych (`Psych::ScalarScanner#tokenize`, legacy integers, the
/// default) types a plain scalar. Every row follows Psych's source or its own test suite
/// (test_scalar_scanner.rb, test_numeric.rb, test_merge_keys.rb) or ruby/psych issue reports of
/// its behaviour; cases whose Ruby result is not certain (`.5`, `Float` of unusual text) are left
/// out on purpose.
@Suite struct YAMLScalarResolverTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: YAMLScalarValue
        init(_ text: String, _ expected: YAMLScalarValue) {
            self.text = text
            self.expected = expected
        }
        var testDescription: String { "\(String(reflecting: text)) → \(expected)" }
    }

    static let cases: [Case] = [
        // Null: empty, `~` and `null` in any case; Ruby's `nil` is just a word.
        Case("", .null),
        Case("~", .null),
        Case("null", .null),
        Case("Null", .null),
        Case("NULL", .null),
        Case("nil", .string("nil")),
        // YAML 1.1 booleans in any case; `y`/`n` are strings in Psych.
        Case("yes", .bool(true)),
        Case("Yes", .bool(true)),
        Case("YES", .bool(true)),
        Case("yEs", .bool(true)),
        Case("true", .bool(true)),
        Case("True", .bool(true)),
        Case("on", .bool(true)),
        Case("ON", .bool(true)),
        Case("no", .bool(false)),
        Case("NO", .bool(false)),
        Case("false", .bool(false)),
        Case("FALSE", .bool(false)),
        Case("off", .bool(false)),
        Case("Off", .bool(false)),
        Case("y", .string("y")),
        Case("Y", .string("Y")),
        Case("n", .string("n")),
        Case("N", .string("N")),
        Case("yes!", .string("yes!")),
        Case("truex", .string("truex")),
        Case("enabled", .string("enabled")),
        // Decimal integers, with `_` or `,` between digits (legacy mode).
        Case("0", .integer(0)),
        Case("42", .integer(42)),
        Case("+42", .integer(42)),
        Case("-42", .integer(-42)),
        Case("1_000", .integer(1000)),
        Case("1,000", .integer(1000)),
        Case("12,34,56", .integer(123_456)),
        Case("1_2,3,4_5,6_789", .integer(123_456_789)),
        Case("1__000", .string("1__000")),
        Case("100_", .string("100_")),
        Case("_100", .string("_100")),
        Case("450D", .string("450D")),
        Case("4 roses", .string("4 roses")),
        // Octal by a leading zero; `0o` is not a prefix Psych knows.
        Case("0600", .integer(384)),
        Case("017", .integer(15)),
        Case("00", .integer(0)),
        Case("0_600", .integer(384)),
        Case("01234567", .integer(0o1234567)),
        Case("0o17", .string("0o17")),
        Case("09", .string("09")),
        Case("090", .string("090")),
        // Hexadecimal (lower-case `x` only) and binary.
        Case("0x1F", .integer(31)),
        Case("0xff", .integer(255)),
        Case("-0x1F", .integer(-31)),
        Case("0x12_,34,_56,_789abcdef__", .integer(0x1234_5678_9abc_def)),
        Case("0XFF", .string("0XFF")),
        Case("0x", .string("0x")),
        Case("0x_,_", .string("0x_,_")),
        Case("0b1010", .integer(10)),
        Case("-0b101", .integer(-5)),
        Case("0b0,1_0,1_,0,1_01,0", .integer(0b0_1010_1010)),
        Case("0b102", .string("0b102")),
        Case("-0b,_,", .string("-0b,_,")),
        Case("+0__,,", .string("+0__,,")),
        // Past 64 bits: Ruby has a Bignum; we only keep that it is an integer.
        Case("99999999999999999999", .integer(nil)),
        // Floats need a dot; the exponent needs a sign.
        Case("1.5", .float(1.5)),
        Case("-1.5", .float(-1.5)),
        Case("+1.5", .float(1.5)),
        Case("1.", .float(1.0)),
        Case("1.5e+3", .float(1500)),
        Case("1.5E-3", .float(0.0015)),
        Case("0.E+0", .float(0)),
        Case("1_000.5", .float(1000.5)),
        Case("1,000.5", .float(1000.5)),
        Case("1e3", .string("1e3")),
        Case("1.5e3", .string("1.5e3")),
        Case("1.1.1", .string("1.1.1")),
        Case(".", .string(".")),
        Case("+.", .string("+.")),
        Case("-.", .string("-.")),
        Case(".inf", .float(.infinity)),
        Case(".Inf", .float(.infinity)),
        Case("+.inf", .float(.infinity)),
        Case("-.INF", .float(-.infinity)),
        Case("-.nan", .string("-.nan")),
        // Base 60, with Psych's own weights: `60 ** (e - 2).abs` for component e, as if there
        // were always three, and the sign on the first component only (ruby/psych#814).
        Case("190:20:30", .integer(685_230)),
        Case("22:22", .integer(80_520)),
        Case("1:30", .integer(5400)),
        Case("12:30", .integer(45_000)),
        Case("100:00", .integer(360_000)),
        Case("-12:30", .integer(-41_400)),
        Case("-12:30:00", .integer(-41_400)),
        Case("0:30", .integer(1800)),
        Case("1_0:30", .integer(37_800)),
        Case("190:20:30.15", .float(685_230.15)),
        Case("12:30.5", .float(45_030)),
        Case("80:80", .string("80:80")),
        Case("1:60", .string("1:60")),
        Case("00:00:00:00:00", .string("00:00:00:00:00")),
        Case("00:00:00:00:0f", .string("00:00:00:00:0f")),
        Case("1:2:3:4", .string("1:2:3:4")),
        // Symbols.
        Case(":sym", .symbol("sym")),
        Case(":\"a b\"", .symbol("a b")),
        Case(":'x'", .symbol("x")),
        Case("::x", .symbol(":x")),
        Case(":", .string(":")),
        // Dates: `strptime('%F')` must accept them, or Psych keeps the text.
        Case("2001-12-14", .timestamp("2001-12-14")),
        Case("2000-1-31", .timestamp("2000-1-31")),
        Case("2000-02-29", .timestamp("2000-02-29")),
        Case("1900-02-29", .string("1900-02-29")),
        Case("2001-02-29", .string("2001-02-29")),
        Case("2000-11-31", .string("2000-11-31")),
        Case("2000-00-10", .string("2000-00-10")),
        Case("2000-15-01", .string("2000-15-01")),
        Case("2000-10-32", .string("2000-10-32")),
        Case("2000-10-51", .string("2000-10-51")),
        // Times: `Time.utc` must accept the fields, or Psych keeps the text.
        Case("2001-12-15T02:59:43.1Z", .timestamp("2001-12-15T02:59:43.1Z")),
        Case("2001-12-14t21:59:43.10-05:00", .timestamp("2001-12-14t21:59:43.10-05:00")),
        Case("2001-12-14 21:59:43.10 -5", .timestamp("2001-12-14 21:59:43.10 -5")),
        Case("2001-12-15 2:59:43.10", .timestamp("2001-12-15 2:59:43.10")),
        Case("2011-02-24 11:17:06 -0800", .timestamp("2011-02-24 11:17:06 -0800")),
        Case("2001-12-15T02:59:73.1Z", .string("2001-12-15T02:59:73.1Z")),
        Case("2001-12-14t90:59:43.10-05:00", .string("2001-12-14t90:59:43.10-05:00")),
        Case("2001-92-14 21:59:43.10 -5", .string("2001-92-14 21:59:43.10 -5")),
        Case("2001-12-15 92:59:43.10", .string("2001-12-15 92:59:43.10")),
        Case("2011-02-24 81:17:06 -0800", .string("2011-02-24 81:17:06 -0800")),
        // Text that starts like a word is a string, whatever follows.
        Case("hello", .string("hello")),
        Case("<<", .string("<<")),
        Case("+a", .string("+a")),
        Case("=", .string("=")),
        Case("a: b", .string("a: b")),
        Case("café", .string("café")),
    ]

    @Test(arguments: cases)
    func resolves(_ c: Case) {
        #expect(PsychScalarResolver.resolve(plain: c.text) == c.expected)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ text: String) throws {
        let value = PsychScalarResolver.resolve(plain: text)
        guard case .float(let number) = value else {
            Issue.record("\(text) resolved to \(value), not a float")
            return
        }
        #expect(number.isNaN)
    }

    @Test func tableIsLargeAndHasNoRepeatedText() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.text)).count == Self.cases.count)
    }
}
