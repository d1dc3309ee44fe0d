/// Which fact extractors an identifier may concern, by its length and first byte: a bit per
/// extractor whose trigger words include a word of that length starting with that byte, and
/// `declaration` for the keywords that start a constant or an import. A conservative filter —
/// `visit` still compares the whole name — that spares the pattern checks of every extractor
/// for the names that cannot start a fact, which are nearly all of them.
struct JSTriggerTable: Sendable {
    static let declaration: UInt16 = 1 << 15
    /// The longest word in the table: longer names concern no extractor.
    private let maxLength: Int
    private var masks: [UInt16]

    /// At most fifteen extractors (bits 0–14), in the order their bits are tested.
    init(_ extractors: [[StaticString]], declarations: [StaticString]) {
        let all = extractors.joined() + declarations
        maxLength = all.map(\.utf8CodeUnitCount).max() ?? 0
        masks = Array(repeating: 0, count: (maxLength + 1) * 256)
        for (index, words) in extractors.enumerated() {
            for word in words { add(word, UInt16(1) << UInt16(index)) }
        }
        for word in declarations { add(word, Self.declaration) }
    }

    private mutating func add(_ word: StaticString, _ bit: UInt16) {
        word.withUTF8Buffer { utf8 in
            guard let first = utf8.first else { return }
            masks[utf8.count * 256 + Int(first)] |= bit
        }
    }

    @inline(__always)
    func mask(length: Int, first: UInt8) -> UInt16 {
        length <= maxLength ? masks[length * 256 + Int(first)] : 0
    }
}
