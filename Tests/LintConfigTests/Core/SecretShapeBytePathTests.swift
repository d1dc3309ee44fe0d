import Testing
@testable import LintConfig

/// The byte paths `SecretShape` takes for ASCII text must give the verdicts of the `Character`
/// paths they shortcut, on every kind of word a finding prints: names, paths, random tokens,
/// separators in every position, and runs right at the 16-character and 3.5-bit thresholds.
@Suite struct SecretShapeBytePathTests {
    /// Deterministic pseudo-random ASCII words over alphabets that hit each branch.
    static func words() -> [String] {
        let alphabets = ["abcdefghijklmnopqrstuvwxyz", "ABCDEF0123456789", "aZ09", "ab-_.:/@+=, 12",
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", "x", "a1", "!#%&*~"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var words: [String] = ["abcdefgh11iijjkkll", "abcdefghiijjkkl1", "k8s-cluster-2024-prod", "sha256:0123abcd",
                               "supabaseServiceKey2", "", "aaaaaaaa", "abababab12", "0123456789abcdef"]
        for _ in 0..<4_000 {
            let alphabet = Array(alphabets[next() % alphabets.count])
            let length = next() % 40
            words.append(String((0..<length).map { _ in alphabet[next() % alphabet.count] }))
        }
        return words
    }

    @Test func looksRandomOnBytesAgreesWithCharacters() {
        for word in Self.words() {
            #expect(SecretShape.looksRandomASCII(word) == SecretShape.looksRandomByCharacters(word), "\(word)")
        }
    }

    @Test func distinctBytesAgreeWithACharacterSet() {
        for word in Self.words() {
            #expect(SecretShape.hasAtMostTwoDistinctBytes(word) == (Set(word).count <= 2), "\(word)")
        }
    }

    @Test func textThatIsNotPlainASCIITakesTheCharacterPath() {
        #expect(SecretShape.looksRandomASCII("Zk3ä9QmX7vR2pL8wT5nB") == nil)
        #expect(SecretShape.looksRandomASCII("Zk3q9QmX7v\r\nR2pL8wT5nB") == nil)
        #expect(SecretShape.hasAtMostTwoDistinctBytes("ab\r\n") == nil)
        #expect(SecretShape.looksRandom("Zk3ä9QmX7vR2pL8wT5nB"))
    }
}

/// `Redaction.scrub` splits text on bytes and sends only words with non-ASCII text through the
/// `Character` path: the result must be the `Character` path's, for text mixing prose, names,
/// secrets, curly quotes, Unicode spaces and punctuation.
@Suite struct ScrubBytePathTests {
    static let pieces = ["env", "`GH_SERVICE_KEY`", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "—", "“quoted”", "‘x’",
                         "Zk3q9QmX7vR2pL8wT5nB.", "(postgres://app:hunter2hunter2@db/app)", "staging,", "ünïcödé",
                         "Zk3ä9QmX7vR2pL8wT5nB", "\u{00A0}", "\r\n", "·", "→", "a\u{301}", "supabaseServiceKey2:",
                         "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "[x]", "{environments}", "\t", " "]

    @Test func scrubOnBytesAgreesWithCharacters() {
        var state: UInt64 = 42
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
                if state & 1 == 0 { text += " " }
            }
            #expect(Redaction.scrub(text) == Redaction.scrubCharacters(text), "\(text)")
        }
    }
}

@Suite struct NameOrPathBytePathTests {
    /// The scalar-property definition the byte test replaced.
    static func byScalars(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first == "_" || first == "." || first == "/"
                || (first.properties.isAlphabetic && first.isASCII) else { return false }
        return word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                               || "_-./".unicodeScalars.contains(scalar))
        }
    }

    @Test func namesAndPathsAreToldOnBytesAsByScalars() {
        let words = SecretShapeBytePathTests.words() + ["-leading-dash", "/usr/bin", "_private", ".env.local",
                                                        "ünïcode", "naïve_name", "a b", "9lives", "x@y", ""]
        for word in words { #expect(Redaction.readsAsNameOrPath(word) == Self.byScalars(word), "\(word)") }
    }
}

@Suite struct NameWordsBytePathTests {
    @Test func namesSplitOnBytesAsByCharacters() {
        let names = SecretShapeBytePathTests.words() + ["GH_SERVICE_SECRET", "supabaseServiceKey2", "x-api-key",
                                                        "DATABASE.URL", "aB", "Ab", "a__b", "_", "ßtraße_KEY", ""]
        for name in names {
            guard let bytes = NameWords.splitASCII(name) else {
                #expect(name.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(name)")
                continue
            }
            #expect(bytes == NameWords.splitCharacters(name), "\(name)")
        }
    }
}
