/// A calendar date as TOML writes it (`1979-05-27`), checked against the calendar: the month
/// exists and has that day (leap years included).
public struct TOMLDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}

/// A time of day (`07:32:00.999999`). Seconds may be 60 (RFC 3339's leap second); fractions
/// past nanoseconds are dropped, as the spec allows.
public struct TOMLTime: Hashable, Sendable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    var isValid: Bool { (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second) }
}
