/// Integers (decimal with an optional sign; `0x`, `0o`, `0b` without one), floats (fraction
/// and/or exponent, `inf`, `nan`), all with `_` allowed only between two digits. An integer
/// that does not fit in 64 bits is an error, as the spec requires.
extension TOMLCursor {
    /// The caller has seen a digit, a sign, or the `i`/`n` of `inf`/`nan`.
    mutating func readNumber() throws(InputError) -> TOMLValue.Kind {
        let start = offset
        while let c = peek(), Self.isNumberByte(c) { offset += 1 }
        var token = bytes[start..<offset]
        var negative = false
        if let sign = token.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            token = token.dropFirst()
        }
        if ASCII.equals(bytes, token.startIndex..<token.endIndex, "inf") {
            return .float(negative ? -.infinity : .infinity)
        }
        if ASCII.equals(bytes, token.startIndex..<token.endIndex, "nan") { return .float(.nan) }
        if token.count > 1, token.first == UInt8(ascii: "0"), let radix = Self.radix(token.dropFirst().first) {
            guard token.startIndex == start else {
                throw error("a hexadecimal, octal or binary integer may not have a sign", at: start)
            }
            return .integer(try radixInteger(token.dropFirst(2), radix: radix, start: start))
        }
        return try decimal(token, start: start)
    }

    /// Bytes a number token may contain; the token is validated once it is cut out.
    private static func isNumberByte(_ c: UInt8) -> Bool {
        isDigit(c) || ASCII.isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }

    private static func radix(_ c: UInt8?) -> Int64? {
        switch c {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    private mutating func radixInteger(_ digits: ArraySlice<UInt8>, radix: Int64,
                                       start: Int) throws(InputError) -> Int64 {
        var value: Int64 = 0
        var previousWasDigit = false
        for (i, c) in zip(digits.indices, digits) {
            if c == UInt8(ascii: "_") {
                guard previousWasDigit, i + 1 < digits.endIndex, Self.digit(digits[i + 1], radix: radix) != nil else {
                    throw error("`_` in a number must sit between two digits", at: start)
                }
                previousWasDigit = false
                continue
            }
            guard let digit = Self.digit(c, radix: radix) else {
                throw error("not a valid \(Self.radixName(radix)) integer", at: start)
            }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { throw error("the integer does not fit in 64 bits", at: start) }
            value = sum
            previousWasDigit = true
        }
        guard previousWasDigit else { throw error("not a valid \(Self.radixName(radix)) integer", at: start) }
        return value
    }

    private static func radixName(_ radix: Int64) -> String {
        radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
    }

    private static func digit(_ c: UInt8, radix: Int64) -> Int64? {
        guard let value = hexValue(c), Int64(value) < radix else { return nil }
        return Int64(value)
    }

    /// `[+-] int [. digits] [e [+-] digits]`: an integer when neither part is present.
    private mutating func decimal(_ token: ArraySlice<UInt8>,
                                  start: Int) throws(InputError) -> TOMLValue.Kind {
        var i = token.startIndex
        let integerEnd = try digitRun(token, from: &i, start: start)
        let integerDigits = token[token.startIndex..<integerEnd]
        if integerDigits.count > 1, integerDigits.first == UInt8(ascii: "0") {
            throw error("a decimal number may not have leading zeros", at: start)
        }
        var isFloat = false
        if i < token.endIndex, token[i] == UInt8(ascii: ".") {
            isFloat = true
            i += 1
            _ = try digitRun(token, from: &i, start: start)
        }
        if i < token.endIndex, token[i] | 0x20 == UInt8(ascii: "e") {
            isFloat = true
            i += 1
            if i < token.endIndex, token[i] == UInt8(ascii: "+") || token[i] == UInt8(ascii: "-") { i += 1 }
            _ = try digitRun(token, from: &i, start: start)
        }
        guard i == token.endIndex else { throw error("not a valid number", at: start) }
        let text = String(decoding: bytes[start..<token.endIndex].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if isFloat {
            guard let value = Double(text) else { throw error("not a valid float", at: start) }
            return .float(value)
        }
        guard let value = Int64(text) else { throw error("the integer does not fit in 64 bits", at: start) }
        return .integer(value)
    }

    /// One or more decimal digits, `_` only between two of them; returns where the run ends.
    private mutating func digitRun(_ token: ArraySlice<UInt8>, from i: inout Int,
                                   start: Int) throws(InputError) -> Int {
        let first = i
        while i < token.endIndex {
            let c = token[i]
            if Self.isDigit(c) {
                i += 1
            } else if c == UInt8(ascii: "_"), i > first, Self.isDigit(token[i - 1]),
                      i + 1 < token.endIndex, Self.isDigit(token[i + 1]) {
                i += 1
            } else if c == UInt8(ascii: "_") {
                throw error("`_` in a number must sit between two digits", at: start)
            } else {
                break
            }
        }
        guard i > first else { throw error("not a valid number (digits expected)", at: start) }
        return i
    }
}
