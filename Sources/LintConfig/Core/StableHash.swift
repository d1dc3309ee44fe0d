/// FNV-1a, 64 bit: a hash that is the same in every process and on every machine (Swift's
/// `Hasher` is seeded per process, so it cannot name a finding in a committed baseline).
enum StableHash {
    static func hex(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
