/// Where each identifier of a file occurs, so that "the next mention of `x`" is a lookup and
/// not a walk over the tokens that follow: a config module of thousands of `const v = process.env.X`
/// lines would otherwise rescan thousands of tokens per read.
struct JSIdentifierMentions {
    /// Token indices, ascending, keyed by a hash of the identifier's bytes; a hash can collide,
    /// so callers still compare the bytes of what they find.
    private var positions: [UInt64: [Int]] = [:]

    init(_ source: JSSource) {
        for (index, token) in source.tokens.enumerated() where token.kind == .identifier {
            positions[Self.hash(source.bytes[token.range]), default: []].append(index)
        }
    }

    /// Identifiers hashed like the one at `token` that come after token `start`, in order.
    func after(_ start: Int, spelledLike token: Int, in source: JSSource) -> ArraySlice<Int> {
        guard let list = positions[Self.hash(source.bytes[source.tokens[token].range])] else { return [] }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] <= start { low = middle + 1 } else { high = middle }
        }
        return list[low...]
    }

    /// FNV-1a: cheap, and only needs to spread names, not resist anyone.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return value
    }
}
