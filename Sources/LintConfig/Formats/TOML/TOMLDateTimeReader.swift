/// RFC 3339 date-times as TOML 1.0 has them: offset date-time, local date-time, local date and
/// local time. `T`, `t` or one space separates date and time; seconds are required; the offset
/// is `Z`, `z` or `±HH:MM`. Each field is checked against the calendar and the clock.
extension TOMLCursor {
    /// Whether the bytes ahead start a date (`dddd-`) or a time (`dd:`): decided before a
    /// number is tried, since both begin with digits.
    func startsDateOrTime() -> Bool {
        let digits = (0..<4).prefix { peek($0).map(Self.isDigit) ?? false }.count
        return (digits == 4 && peek(is: UInt8(ascii: "-"), 4)) || (digits >= 2 && peek(is: UInt8(ascii: ":"), 2))
    }

    mutating func readDateOrTime() throws(InputError) -> TOMLValue.Kind {
        let start = offset
        if peek(is: UInt8(ascii: ":"), 2) { return .localTime(try readTime(start: start)) }
        let date = try readDate(start: start)
        let separator = peek()
        let timeFollows = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == 0x20 && (1...2).allSatisfy { peek($0).map(Self.isDigit) ?? false }
                && peek(is: UInt8(ascii: ":"), 3))
        guard timeFollows else { return .localDate(date) }
        offset += 1
        let time = try readTime(start: start)
        guard let offsetMinutes = try readOffset(start: start) else { return .localDateTime(date, time) }
        return .offsetDateTime(date, time, offsetMinutes: offsetMinutes)
    }

    private mutating func readDate(start: Int) throws(InputError) -> TOMLDate {
        let year = try fixedDigits(4, start: start)
        try expect(UInt8(ascii: "-"), start: start)
        let month = try fixedDigits(2, start: start)
        try expect(UInt8(ascii: "-"), start: start)
        let day = try fixedDigits(2, start: start)
        let date = TOMLDate(year: year, month: month, day: day)
        guard date.isValid else { throw error("not a date in the calendar", at: start) }
        return date
    }

    private mutating func readTime(start: Int) throws(InputError) -> TOMLTime {
        let hour = try fixedDigits(2, start: start)
        try expect(UInt8(ascii: ":"), start: start)
        let minute = try fixedDigits(2, start: start)
        try expect(UInt8(ascii: ":"), start: start)
        let second = try fixedDigits(2, start: start)
        var nanosecond = 0
        if peek(is: UInt8(ascii: ".")) {
            offset += 1
            var digits = 0
            while let c = peek(), Self.isDigit(c) {
                if digits < 9 { nanosecond = nanosecond * 10 + Int(c - 0x30) }
                digits += 1
                offset += 1
            }
            guard digits > 0 else { throw error("a fraction of a second needs digits", at: start) }
            for _ in min(digits, 9)..<9 { nanosecond *= 10 }
        }
        let time = TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        guard time.isValid else { throw error("not a time of day", at: start) }
        return time
    }

    /// `Z`, `z` or `±HH:MM`, in minutes east of UTC; nil when the date-time is local.
    private mutating func readOffset(start: Int) throws(InputError) -> Int? {
        guard let c = peek() else { return nil }
        if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
            offset += 1
            return 0
        }
        guard c == UInt8(ascii: "+") || c == UInt8(ascii: "-") else { return nil }
        offset += 1
        let hours = try fixedDigits(2, start: start)
        try expect(UInt8(ascii: ":"), start: start)
        let minutes = try fixedDigits(2, start: start)
        guard hours <= 23, minutes <= 59 else { throw error("not a valid time offset", at: start) }
        return (hours * 60 + minutes) * (c == UInt8(ascii: "-") ? -1 : 1)
    }

    private mutating func fixedDigits(_ count: Int, start: Int) throws(InputError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let c = peek(), Self.isDigit(c) else { throw error("not a valid date or time", at: start) }
            value = value * 10 + Int(c - 0x30)
            offset += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, start: Int) throws(InputError) {
        guard peek(is: byte) else { throw error("not a valid date or time", at: start) }
        offset += 1
    }
}
