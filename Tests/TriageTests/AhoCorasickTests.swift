import Testing

@testable import Triage

@Suite struct AhoCorasickTests {
    /// Every (pattern, start) pair a naive search finds.
    static func naive(_ patterns: [[UInt32]], _ text: [UInt32]) -> Set<[Int]> {
        var out: Set<[Int]> = []
        for (p, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= text.count {
            for start in 0...(text.count - pattern.count) where Array(text[start..<(start + pattern.count)]) == pattern
            {
                out.insert([p, start, start + pattern.count])
            }
        }
        return out
    }

    @Test(arguments: [
        (["he", "she", "his", "hers"], "ushers", [[1, 1, 4], [0, 2, 4], [3, 2, 6]]),
        (["投诉", "不是投诉", "是投"], "我不是投诉", [[2, 2, 4], [0, 3, 5], [1, 1, 5]]),
        (["aa", "a"], "aaa", [[1, 0, 1], [0, 0, 2], [1, 1, 2], [0, 1, 3], [1, 2, 3]]),
    ])
    func findsOverlappingMatches(patterns: [String], text: String, expected: [[Int]]) {
        let m = AhoCorasick(patterns: patterns.map { $0.unicodeScalars.map(\.value) })
        let found = m.matches(in: text.unicodeScalars.map(\.value)).map { [$0.pattern, $0.start, $0.end] }
        #expect(Set(found) == Set(expected))
        #expect(found.count == expected.count)
    }

    @Test func agreesWithNaiveSearchOnRandomText() {
        var seed: UInt64 = 7
        func next(_ n: UInt64) -> UInt32 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32((seed >> 33) % n)
        }
        // A small alphabet, including a scalar outside the dense root table, makes overlaps frequent.
        let alphabet: [UInt32] = [0x61, 0x62, 0x63, 0x6295, 0x1F600]
        for _ in 0..<200 {
            let patterns = (0..<Int(1 + next(8))).map { _ in (0..<Int(1 + next(4))).map { _ in alphabet[Int(next(5))] }
            }
            let text = (0..<Int(next(40))).map { _ in alphabet[Int(next(5))] }
            let m = AhoCorasick(patterns: patterns)
            let found = Set(m.matches(in: text).map { [$0.pattern, $0.start, $0.end] })
            // Duplicate patterns share one automaton output each, so compare by pattern text.
            let normalize = { (s: Set<[Int]>) in Set(s.map { [patterns[$0[0]].hashValue, $0[1], $0[2]] }) }
            #expect(normalize(found) == normalize(Self.naive(patterns, text)))
        }
    }

    @Test func foldsFullWidthCaseAndTraditional() {
        #expect(TextNormalizer.fold("１３８ＡＢ投訴") == TextNormalizer.fold("138ab投诉"))
        #expect(TextNormalizer.fold("URGENT") == TextNormalizer.fold("urgent"))
    }
}
