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
        if let valid = time(bytes) { return valid ? .timestamp(text) : .string(text) }
        if let valid = date(bytes) { return valid ? .timestamp(text) : .string(text) }
        let lower = text.lowercased()
        if lower == ".inf" || lower == "+.inf" { return .float(.infinity) }
        if lower == "-.inf" { return .float(-.infinity) }
        if lower == ".nan" { return .float(.nan) }
        if bytes.count > 1, bytes[0] == UInt8(ascii: ":") { return .symbol(symbolName(bytes)) }
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

    /// Psych's date test, `/^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/`: nil when the text
    /// does not match it; otherwise whether `Date.strptime(text, '%F', Date::GREGORIAN)` accepts
    /// the date. Psych rescues the error of an impossible date (`2000-11-31`, `2000-00-10`) and
    /// keeps the String.
    private static func date(_ b: [UInt8]) -> Bool? {
        let parts = b.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }),
              (1...2).contains(parts[1].count), (1...2).contains(parts[2].count)
        else { return nil }
        let year = Int(String(decoding: parts[0], as: UTF8.self)) ?? 0
        let month = Int(String(decoding: parts[1], as: UTF8.self)) ?? 0
        let day = Int(String(decoding: parts[2], as: UTF8.self)) ?? 0
        guard month <= 12, day <= 31 else { return nil }
        return month >= 1 && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Psych's TIME, `/^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?
    /// (?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/`: nil when the text does not match; otherwise
    /// whether `parse_time` succeeds. Its `Time.utc`/`Time.new` raise `ArgumentError` on a month,
    /// day, hour, minute or second out of range, or a zone a day or more from UTC, and Psych
    /// rescues it and keeps the String (`2001-12-14t90:59:43` is text).
    private static func time(_ b: [UInt8]) -> Bool? {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        func number(_ min: Int, _ max: Int) -> Int? {
            var n = 0
            var value = 0
            while i < b.count, isDigit(b[i]), n < max { value = value &* 10 &+ Int(b[i] - 0x30); i += 1; n += 1 }
            return n >= min ? value : nil
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        func isSpace(_ c: UInt8) -> Bool { c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }
        guard number(4, 4) != nil, expect("-"), let month = number(1, 2), expect("-"), let day = number(1, 2)
        else { return nil }
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            var spaces = 0
            while i < b.count, isSpace(b[i]) { i += 1; spaces += 1 }
            guard spaces > 0 else { return nil }
        }
        guard let hour = number(1, 2), expect(":"), let minute = number(2, 2), expect(":"), let second = number(2, 2)
        else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; _ = number(0, Int.max) }
        var offset = 0
        if i < b.count {
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count else { return nil }  // the spaces belong to a zone, and none follows
            if b[i] == UInt8(ascii: "Z") {
                guard i + 1 == b.count else { return nil }
            } else {
                guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
                // The zone matches `\d{1,2}:?(?:\d\d)?`; Psych then reads it with
                // `/^([+\-]?\d{1,2})\:?(\d{1,2})?$/`: two digits of hours when there are two, the
                // rest minutes (so `+530` is 53 hours, out of range).
                let zone = b[(i + 1)...]
                let parts = zone.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.allSatisfy({ $0.allSatisfy(isDigit) }) else { return nil }
                let hours: ArraySlice<UInt8>
                let minutes: ArraySlice<UInt8>
                if parts.count == 2 {
                    guard (1...2).contains(parts[0].count), parts[1].isEmpty || parts[1].count == 2 else { return nil }
                    (hours, minutes) = (parts[0], parts[1])
                } else {
                    guard (1...4).contains(zone.count) else { return nil }
                    (hours, minutes) = (zone.prefix(2), zone.dropFirst(2))
                }
                offset = (Int(String(decoding: hours, as: UTF8.self)) ?? 0) * 3600
                    + (Int(String(decoding: minutes, as: UTF8.self)) ?? 0) * 60
            }
        }
        return (1...12).contains(month) && (1...31).contains(day) && (0...24).contains(hour)
            && !(hour == 24 && (minute > 0 || second > 0)) && (0...59).contains(minute) && (0...60).contains(second)
            && offset < 86_400
    }

    // MARK: - Symbols

    /// Psych's symbol branch: `:"a b"` and `:'a b'` name the quoted text, anything else the text
    /// after the colon.
    private static func symbolName(_ b: [UInt8]) -> String {
        if b.count >= 3, b[1] == UInt8(ascii: "\"") || b[1] == UInt8(ascii: "'"),
           let close = b[2...].lastIndex(of: b[1]) {
            // `/^:(["'])(.*)\1/`, greedy, then a leading colon of the name dropped.
            var name = b[2..<close]
            if name.first == UInt8(ascii: ":") { name = name.dropFirst() }
            return String(decoding: name, as: UTF8.self)
        }
        return String(decoding: b.dropFirst(), as: UTF8.self)
    }

    // MARK: - Numbers

    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}`, with an optional fraction for base-60 floats.
    ///
    /// The value is Psych's, not YAML 1.1's: Psych sums `n.to_i * 60 ** (e - 2).abs` over the
    /// components, weighting them as if there were always three, so `22:22` is 22·3600 + 22·60
    /// = 80520 (YAML 1.1 says 1342); and the sign belongs to the first component only, so
    /// `-1:30` is −3600 + 1800 (ruby/psych#814, #153).
    private static func baseSixty(_ b: [UInt8]) -> YAMLScalarValue? {
        var body = b[...]
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
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
        let negative = b.first == UInt8(ascii: "-")
        // `String#to_i`/`#to_f` of each component (the first keeps the sign; `_` may sit between
        // digits), in Psych's order of summation so that floats round the same way.
        let components = parts.enumerated().map { index, part -> Int in
            let value = Int(rubyDigits(part)) ?? Int.max  // past 64 bits: overflows below
            return index == 0 && negative ? -value : value
        }
        let weights = parts.indices.map { abs($0 - 2) }
        if let fraction {
            // The fraction belongs to the last component, never the first (signed) one.
            let decimals = rubyDigits(fraction)
            var total = 0.0
            for (index, component) in components.enumerated() {
                var n = Double(component)
                if index == components.count - 1, !decimals.isEmpty { n = Double("\(component).\(decimals)") ?? n }
                total += n * pow60(weights[index])
            }
            return .float(total)
        }
        var total = 0
        for (component, weight) in zip(components, weights) {
            let (scaled, overflow1) = component.multipliedReportingOverflow(by: Int(pow60(weight)))
            let (sum, overflow2) = total.addingReportingOverflow(scaled)
            if overflow1 || overflow2 { return .integer(nil) }
            total = sum
        }
        return .integer(total)
    }

    private static func pow60(_ exponent: Int) -> Double { exponent == 0 ? 1 : exponent == 1 ? 60 : 3600 }

    /// The digits Ruby's `to_i`/`to_f` read from a run of digits and underscores: an underscore
    /// counts only between two digits; anything else ends the number.
    private static func rubyDigits(_ s: ArraySlice<UInt8>) -> String {
        var digits = ""
        var i = s.startIndex
        while i < s.endIndex {
            if isDigit(s[i]) {
                digits.append(Character(UnicodeScalar(s[i])))
            } else if s[i] == UInt8(ascii: "_"), !digits.isEmpty, i + 1 < s.endIndex, isDigit(s[i + 1]) {
                // skip
            } else {
                break
            }
            i += 1
        }
        return digits
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
