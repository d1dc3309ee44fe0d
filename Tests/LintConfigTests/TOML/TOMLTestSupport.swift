@testable import LintConfig

/// A TOML value written out compactly, so that a test states the whole document it expects in
/// one line: `{a: 1, b: "x", c: [1.5, true], d: {e: 1979-05-27}}`. Floats always carry a `.` or
/// an exponent (`1.0`, `inf`, `nan`) so they never read as integers.
func shape(_ value: TOMLValue) -> String {
    switch value.kind {
    case .string(let s): return "\"" + s.unicodeScalars.map(escaped).joined() + "\""
    case .integer(let i): return String(i)
    case .float(let d): return d.isNaN ? "nan" : d.isInfinite ? (d < 0 ? "-inf" : "inf") : "\(d)"
    case .boolean(let b): return b ? "true" : "false"
    case .offsetDateTime(let date, let time, let minutes):
        let sign = minutes < 0 ? "-" : "+"
        return "\(shape(date))T\(shape(time))\(sign)\(pad(abs(minutes) / 60)):\(pad(abs(minutes) % 60))"
    case .localDateTime(let date, let time): return "\(shape(date))T\(shape(time))"
    case .localDate(let date): return shape(date)
    case .localTime(let time): return shape(time)
    case .array(let elements): return "[" + elements.map(shape).joined(separator: ", ") + "]"
    case .table(let table): return shape(table)
    }
}

func shape(_ table: TOMLTable) -> String {
    "{" + table.entries.map { "\(keyShape($0.key.value)): \(shape($0.value))" }.joined(separator: ", ") + "}"
}

private func keyShape(_ key: String) -> String {
    if !key.isEmpty, key.utf8.allSatisfy(TOMLCursor.isBareKeyByte) { return key }
    return shape(TOMLValue(.string(key), at: .file("")))
}

private func shape(_ date: TOMLDate) -> String { "\(date.year)-\(pad(date.month))-\(pad(date.day))" }

private func shape(_ time: TOMLTime) -> String {
    "\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second))" + (time.nanosecond == 0 ? "" : ".\(time.nanosecond)")
}

private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

private func escaped(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": "\\n"
    case "\t": "\\t"
    case "\r": "\\r"
    case "\"": "\\\""
    case "\\": "\\\\"
    default: scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
}

func parseTOML(_ text: String, path: String = "t.toml") throws(InputError) -> TOMLTable {
    try TOMLDocument.parse(text, path: path)
}
