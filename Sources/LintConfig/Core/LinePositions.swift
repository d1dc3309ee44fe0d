#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line and column (1-based, columns in Unicode scalars) of byte offsets asked for in
/// increasing order, as a lexer emits tokens — the same answers as `BytePositions`, at a cost
/// per line and per non-ASCII scalar instead of per byte. The next newline is found with
/// `memchr`, the next UTF-8 continuation byte (one that starts no scalar) eight bytes at a
/// time; a column is the distance from the line's start less the continuation bytes between.
///
/// It reads the bytes, not the lexer's state, so no path of the lexer (a skipped comment, an
/// escaped newline in a string, a JSX fallback that rescans) can put it off by a line.
struct LinePositions {
    let bytes: UnsafeBufferPointer<UInt8>
    private var line = 1
    private var lineStart = 0
    /// The first newline at or after `lineStart`, or `bytes.count`.
    private var nextNewline: Int
    /// Continuation bytes from `lineStart` up to `nextContinuation`.
    private var continuationsOnLine = 0
    /// The first continuation byte not yet counted, or `bytes.count`.
    private var nextContinuation: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        nextNewline = Self.newline(in: bytes, from: 0)
        nextContinuation = Self.continuation(in: bytes, from: 0)
    }

    /// The position of the byte at `offset`; offsets must not decrease between calls (an
    /// offset past the end counts as the end, as in `BytePositions`).
    @inline(__always)
    mutating func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
        let target = min(offset, bytes.count)
        if nextNewline < target || nextContinuation < target { advance(to: target) }
        return (line, target - lineStart + 1 - continuationsOnLine)
    }

    private mutating func advance(to target: Int) {
        if nextNewline < target {
            repeat {
                line += 1
                lineStart = nextNewline + 1
                nextNewline = Self.newline(in: bytes, from: lineStart)
            } while nextNewline < target
            continuationsOnLine = 0
            if nextContinuation < lineStart { nextContinuation = Self.continuation(in: bytes, from: lineStart) }
        }
        while nextContinuation < target {
            continuationsOnLine += 1
            nextContinuation = Self.continuation(in: bytes, from: nextContinuation + 1)
        }
    }

    /// The first `\n` at or after `start`, or the end.
    static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The first UTF-8 continuation byte (`10xxxxxx`) at or after `start`, or the end: eight
    /// bytes at a time, a continuation byte being one whose top bit is set and next bit clear.
    static func continuation(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        let end = bytes.count
        var k = start
        while k + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            let found = word & ~(word << 1) & 0x8080_8080_8080_8080
            if found != 0 { return k + found.trailingZeroBitCount / 8 }
            k += 8
        }
        while k < end, base[k] & 0xC0 != 0x80 { k += 1 }
        return k
    }
}
