/// Turns byte offsets into `Location`s (1-based line, column in Unicode scalars) for the byte
/// scanners. Scanners ask for positions in increasing order, so the tracker walks forward from
/// the last answer instead of from the start of the line: linear even for a minified file
/// that is one long line.
struct BytePositions {
    let bytes: [UInt8]
    let path: String
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The location of the byte at `target`. Asking for an earlier offset than the last one
    /// restarts from the top (correct, only slower).
    mutating func location(at target: Int) -> Location {
        let (line, column) = lineAndColumn(at: target)
        return Location(path: path, line: line, column: column)
    }

    /// The line and column of the byte at `target`, without building a `Location`.
    mutating func lineAndColumn(at target: Int) -> (line: Int, column: Int) {
        if target < offset { offset = 0; line = 1; column = 1 }
        let end = min(target, bytes.count)
        guard offset < end else { return (line, column) }
        var (o, l, c) = (offset, line, column)
        bytes.withUnsafeBufferPointer { b in
            while o < end {
                let byte = b[o]
                if byte == 0x0A {
                    l += 1
                    c = 1
                } else if byte & 0xC0 != 0x80 {
                    // Count lead bytes only, so a multi-byte scalar is one column.
                    c += 1
                }
                o += 1
            }
        }
        (offset, line, column) = (o, l, c)
        return (line, column)
    }
}

/// Byte classes shared by the scanners (ASCII only: anything from 0x80 up is a part of a
/// multi-byte scalar, which identifiers may contain).
enum ASCII {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C }
    /// Letters, digits and `_`: the bytes of an environment variable name.
    static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") }

    /// Whether `text`, lower-cased, contains `needle` (lower-case ASCII), on bytes: for names
    /// such as `pgBoss`, whose non-ASCII letters never lower-case to ASCII ones.
    static func containsIgnoringCase(_ text: String, _ needle: StaticString) -> Bool {
        var utf8 = Array(text.utf8)
        for k in utf8.indices where utf8[k] >= 0x41 && utf8[k] <= 0x5A { utf8[k] |= 0x20 }
        return needle.withUTF8Buffer { contains(utf8, Array($0)) }
    }

    /// Whether `needle` occurs in `bytes` (an empty needle always does).
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            var i = 0
            while i < w.count {
                if bytes[range.lowerBound + i] != w[i] { return false }
                i += 1
            }
            return true
        }
    }
}
