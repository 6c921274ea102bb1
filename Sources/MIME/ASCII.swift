/// Byte constants and small helpers the parsers share.
enum ASCII {
    static let cr: UInt8 = 13
    static let lf: UInt8 = 10
    static let space: UInt8 = 32
    static let tab: UInt8 = 9
    static let colon: UInt8 = 58
    static let semicolon: UInt8 = 59
    static let equals: UInt8 = 61
    static let quote: UInt8 = 34
    static let backslash: UInt8 = 92
    static let question: UInt8 = 63
    static let dash: UInt8 = 45

    static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab || b == cr || b == lf }

    static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }
}

extension Collection<UInt8> {
    /// Lower-cased ASCII string of these bytes (non-ASCII bytes are kept as Latin-1 scalars).
    var asciiLowercased: String {
        String(decoding: map(ASCII.lower), as: UTF8.self)
    }

    /// The bytes decoded as UTF-8, invalid sequences replaced by U+FFFD.
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}

extension ArraySlice<UInt8> {
    /// The slice without leading and trailing white space (SP, HT, CR, LF).
    var trimmed: ArraySlice<UInt8> {
        var lo = startIndex
        var hi = endIndex
        while lo < hi, ASCII.isSpace(self[lo]) { lo += 1 }
        while hi > lo, ASCII.isSpace(self[hi - 1]) { hi -= 1 }
        return self[lo..<hi]
    }
}

extension [UInt8] {
    /// Index of the first occurrence of `needle` at or after `from`, or `nil`.
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var i = from
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count, self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
