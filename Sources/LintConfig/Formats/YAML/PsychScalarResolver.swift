/// Types a plain scalar the way Ruby's Psych (`Psych::ScalarScanner#tokenize`, legacy integer
/// mode, which is Psych's default) does, because Kamal loads its YAML with Psych. YAML 1.1 as
/// Psych reads it: `yes/no/on/off` are booleans in any case, `017` is octal, `1_000` and even
/// `1,000` are integers, `8080:30` is a base-60 integer, while `0o17` stays a string.
enum PsychScalarResolver {
    static func resolve(plain text: String) -> YAMLScalarValue {
        if text.isEmpty { return .null }
        let bytes = Array(text.utf8)

        if looksLikeWord(bytes) || bytes.contains(0x0A) {
            if bytes.count > 5 { return .string(text) }
            let lower = text.lowercased()
            switch lower {
            case "~", "null": return .null
            case "yes", "true", "on": return .bool(true)
            case "no", "false", "off": return .bool(false)
            default: return .string(text)
            }
        }
        if isTime(bytes) || isDate(bytes) { return .timestamp(text) }
        let lower = text.lowercased()
        if lower == ".inf" || lower == "+.inf" { return .float(.infinity) }
        if lower == "-.inf" { return .float(-.infinity) }
        if lower == ".nan" { return .float(.nan) }
        if bytes.count > 1, bytes[0] == UInt8(ascii: ":") { return .symbol(String(text.dropFirst())) }
        if let sexagesimal = baseSixty(bytes) { return sexagesimal }
        if isFloat(bytes) {
            if bytes.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
                return .string(text)
            }
            let cleaned = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: ",") }, as: UTF8.self)
            return .float(Double(cleaned.hasSuffix(".") ? cleaned + "0" : cleaned.replacingOccurrences(".e", with: ".0e").replacingOccurrences(".E", with: ".0E")) ?? 0)
        }
        if let integer = legacyInteger(bytes) { return .integer(integer) }
        return .string(text)
    }

    // MARK: - The string test

    /// Psych's `/^[^\d.:-]?[[:alpha:]_\s!@#$%\^&*(){}<>|\/\\~;=]+/`: text that starts like a word
    /// is a string unless it is one of the short null/boolean spellings.
    private static func looksLikeWord(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, !isDigit(b[i]), b[i] != UInt8(ascii: "."), b[i] != UInt8(ascii: ":"), b[i] != UInt8(ascii: "-") {
            // Optional leading character; the class below must still match at least once after it
            // or at the start.
            if wordClass(b[i]) { return true }
            i += 1
        }
        return i < b.count && wordClass(b[i])
    }

    private static func wordClass(_ c: UInt8) -> Bool {
        if c >= 0x80 { return true }  // non-ASCII letters count as [[:alpha:]]
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return true }
        switch c {
        case UInt8(ascii: "_"), UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0A, 0x0D, 0x0B, 0x0C,
             UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "^"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
             UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "~"), UInt8(ascii: ";"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHex(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    // MARK: - Dates and times

    /// `YYYY-M-D`, as Psych's date test (month 1–12, day 1–31).
    private static func isDate(_ b: [UInt8]) -> Bool {
        let parts = b.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }),
              (1...2).contains(parts[1].count), (1...2).contains(parts[2].count)
        else { return false }
        let month = Int(String(decoding: parts[1], as: UTF8.self)) ?? 0
        let day = Int(String(decoding: parts[2], as: UTF8.self)) ?? 0
        return month <= 12 && day <= 31
    }

    /// Psych's TIME: a date, `T` or spaces, `h:mm:ss`, optional fraction and zone.
    private static func isTime(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ min: Int, _ max: Int) -> Bool {
            var n = 0
            while i < b.count, isDigit(b[i]), n < max { i += 1; n += 1 }
            return n >= min
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard digits(4, 4), expect("-"), digits(1, 2), expect("-"), digits(1, 2) else { return false }
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            var spaces = 0
            while i < b.count, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1; spaces += 1 }
            guard spaces > 0 else { return false }
        }
        guard digits(1, 2), expect(":"), digits(2, 2), expect(":"), digits(2, 2) else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; _ = digits(0, Int.max) }
        while i < b.count, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 }
        if i == b.count { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard digits(1, 2) else { return false }
        if i < b.count, b[i] == UInt8(ascii: ":") { i += 1 }
        _ = digits(0, 2)
        return i == b.count
    }

    // MARK: - Numbers

    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}`, with an optional fraction for base-60 floats.
    private static func baseSixty(_ b: [UInt8]) -> YAMLScalarValue? {
        var body = b[...]
        var sign = 1
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            body = body.dropFirst()
        }
        var fraction: ArraySlice<UInt8>?
        if let dot = body.firstIndex(of: UInt8(ascii: ".")) {
            fraction = body[(dot + 1)...]
            body = body[..<dot]
            guard fraction!.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") }) else { return nil }
        }
        let parts = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let head = parts.first, let h0 = head.first, isDigit(h0),
              head.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") })
        else { return nil }
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.allSatisfy(isDigit) else { return nil }
            if part.count == 2, part.first! > UInt8(ascii: "5") { return nil }
        }
        var total = 0
        for part in parts {
            let digits = String(decoding: part.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            let (scaled, overflow1) = total.multipliedReportingOverflow(by: 60)
            let (sum, overflow2) = scaled.addingReportingOverflow(Int(digits) ?? 0)
            if overflow1 || overflow2 { return .integer(nil) }
            total = sum
        }
        if let fraction {
            let digits = String(decoding: fraction.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            return .float(Double(sign) * (Double(total) + (Double("0." + digits) ?? 0)))
        }
        return .integer(sign * total)
    }

    /// Psych's FLOAT: `[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?` — a dot is required.
    private static func isFloat(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        if i < b.count, isDigit(b[i]) {
            i += 1
            while i < b.count, isDigit(b[i]) || b[i] == UInt8(ascii: "_") || b[i] == UInt8(ascii: ",") { i += 1 }
        }
        guard i < b.count, b[i] == UInt8(ascii: ".") else { return false }
        i += 1
        while i < b.count, isDigit(b[i]) { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            guard i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") else { return false }
            i += 1
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            guard i > start else { return false }
        }
        return i == b.count
    }

    /// Psych's INTEGER_LEGACY: binary `0b`, octal `0…`, decimal (with `_` or `,` between digits),
    /// hexadecimal `0x`. Returns nil when the text is not an integer; `.some(nil)` past 64 bits.
    private static func legacyInteger(_ b: [UInt8]) -> Int?? {
        var i = 0
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        let body = Array(b[i...])
        guard let first = body.first else { return nil }
        func value(_ digits: ArraySlice<UInt8>, radix: Int, valid: (UInt8) -> Bool) -> Int?? {
            let kept = digits.filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: ",") }
            guard !kept.isEmpty, kept.allSatisfy(valid),
                  digits.allSatisfy({ valid($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ",") })
            else { return nil }
            guard let magnitude = Int(String(decoding: kept, as: UTF8.self), radix: radix) else { return .some(nil) }
            return .some(negative ? -magnitude : magnitude)
        }
        if first == UInt8(ascii: "0"), body.count > 1 {
            switch body[1] {
            case UInt8(ascii: "b"): return value(body[2...], radix: 2) { $0 == 0x30 || $0 == 0x31 }
            case UInt8(ascii: "x"): return value(body[2...], radix: 16, valid: isHex)
            default: return value(body[1...], radix: 8) { $0 >= 0x30 && $0 <= 0x37 }
            }
        }
        guard isDigit(first) else { return nil }
        if first == UInt8(ascii: "0") { return body.count == 1 ? .some(0) : nil }
        // Decimal: a separator must sit between two digits.
        for (index, c) in body.enumerated() where !isDigit(c) {
            guard c == UInt8(ascii: "_") || c == UInt8(ascii: ","), index + 1 < body.count, isDigit(body[index + 1])
            else { return nil }
        }
        return value(body[...], radix: 10, valid: isDigit)
    }
}

private extension String {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
