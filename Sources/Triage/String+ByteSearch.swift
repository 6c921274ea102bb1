extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes: an exact, locale-free substring
    /// test that does not go through Foundation's string search.
    func containsBytes(_ needle: some StringProtocol) -> Bool {
        Array(utf8).containsRun(Array(needle.utf8))
    }
}

extension Array where Element: Equatable {
    /// Whether `needle` occurs in this array as a contiguous run: a plain scan, much faster on arrays of scalars
    /// than the generic `firstRange(of:)`.
    func containsRun(_ needle: [Element]) -> Bool {
        guard let first = needle.first else { return true }
        guard count >= needle.count else { return false }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count, self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
