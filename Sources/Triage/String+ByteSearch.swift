extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes: an exact, locale-free substring
    /// test that does not go through Foundation's string search.
    func containsBytes(_ needle: some StringProtocol) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = Array(utf8)
        guard h.count >= n.count else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var j = 1
                while j < n.count, h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
