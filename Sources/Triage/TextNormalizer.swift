/// Folds text so one rule matches the ways customers write a word: full-width ASCII (`１３８`, `ＯＫ`) becomes
/// ASCII, ASCII letters become lower case, the ideographic space becomes a space, and common Traditional Chinese
/// characters become their Simplified forms (`投訴` → `投诉`, 3,751 of them, from OpenCC's table). Every fold maps one scalar to one scalar, so
/// offsets in the folded text are offsets in the original.
public enum TextNormalizer {
    /// The folded scalar values of `text`, one per scalar of the input.
    public static func fold(_ text: some StringProtocol) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(fold(scalar.value)) }
        return out
    }

    /// One folded scalar value.
    @inline(__always)
    public static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0xFF21...0xFF3A: return value - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return value - 0xFEE0
        case 0x3000, 0xA0: return 0x20
        case 0x0D: return 0x0A
        case 0x3400...0x9FFF: return traditionalToSimplified[value] ?? value
        default: return value
        }
    }

    /// The original scalars of `text`, for quoting matched words in explanations.
    public static func scalars(_ text: some StringProtocol) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Where the folding differs from OpenCC's t2s character table: 帳 folds to 账 (帳號 is 账号, not 帐号), 著 to
    /// 着 (著急, 看著) and 覆 to 复 (Taiwan's 回覆 is 回复; 覆盖 folds the same way on both sides of a match).
    static let overrides = "帳账著着覆复"

    /// ``TraditionalSimplified/pairs`` (generated from OpenCC) and `overrides` as a lookup table.
    static let traditionalToSimplified: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for pairs in [TraditionalSimplified.pairs, overrides] {
            let scalars = Array(pairs.unicodeScalars)
            var index = 0
            while index + 1 < scalars.count {
                let (t, s) = (scalars[index].value, scalars[index + 1].value)
                if t != s { table[t] = s }
                index += 2
            }
        }
        return table
    }()
}
