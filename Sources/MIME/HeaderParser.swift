/// Splits a header section into fields (RFC 5322 §2.2), tolerating bare LF, missing colons, white space before
/// the colon (RFC 5322 §4.5.8 obsolete syntax), an mbox `From ` line and over-long input.
enum HeaderParser {
    /// Parses fields from `bytes[range]`. Returns the fields and where the body starts; problems go to `warnings`.
    static func parse(
        _ bytes: [UInt8], in range: Range<Int>, limits: ParserLimits, warnings: inout ParseWarnings
    ) -> (Headers, bodyStart: Int) {
        var fields: [HeaderField] = []
        var i = range.lowerBound
        let end = range.upperBound
        var currentName: String?
        var currentValue: [UInt8] = []
        var headerBytes = 0
        var warnedFieldLimit = false
        var warnedOrphan = false

        func flush() {
            if let name = currentName { fields.append(HeaderField(name: name, rawValue: currentValue)) }
            currentName = nil
            currentValue = []
        }

        while i < end {
            var lineEnd = i
            while lineEnd < end, bytes[lineEnd] != ASCII.lf { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > i, bytes[contentEnd - 1] == ASCII.cr { contentEnd -= 1 }
            headerBytes += next - i
            if contentEnd == i {
                // Blank line: end of the header section (RFC 5322 §2.1).
                flush()
                return (Headers(fields), next)
            }
            if headerBytes > limits.maxHeaderBytes {
                warnings.add(
                    "header section longer than \(limits.maxHeaderBytes) bytes at offset \(i); rest treated as body")
                flush()
                return (Headers(fields), i)
            }
            if contentEnd - i > limits.maxLineLength {
                warnings.addOnce(.longLine, "header line longer than \(limits.maxLineLength) octets at offset \(i)")
            }
            let first = bytes[i]
            if first == ASCII.space || first == ASCII.tab {
                // Continuation line (folding, RFC 5322 §2.2.3).
                if currentName != nil {
                    currentValue.append(ASCII.cr)
                    currentValue.append(ASCII.lf)
                    currentValue.append(contentsOf: bytes[i..<contentEnd])
                } else if !warnedOrphan {
                    warnedOrphan = true
                    warnings.add("continuation line without a field at offset \(i)")
                }
            } else if let colon = fieldNameEnd(bytes, i, contentEnd) {
                flush()
                var nameEnd = colon
                while nameEnd > i, bytes[nameEnd - 1] == ASCII.space || bytes[nameEnd - 1] == ASCII.tab {
                    nameEnd -= 1
                }
                var v = colon + 1
                if v < contentEnd, bytes[v] == ASCII.space { v += 1 }
                if fields.count >= limits.maxHeaderFields {
                    if !warnedFieldLimit {
                        warnedFieldLimit = true
                        warnings.add(
                            "more than \(limits.maxHeaderFields) header fields at offset \(i); the rest ignored")
                    }
                } else {
                    currentName = String(decoding: bytes[i..<nameEnd], as: UTF8.self)
                    currentValue = Array(bytes[v..<contentEnd])
                }
            } else if fields.isEmpty && currentName == nil && bytes[i..<contentEnd].starts(with: mboxFrom) {
                // mbox "From " separator line: skip.
            } else {
                // Not a header line: the header section ended without a blank line.
                warnings.add("header section ended without a blank line at offset \(i)")
                flush()
                return (Headers(fields), i)
            }
            i = next
        }
        flush()
        return (Headers(fields), end)
    }

    static let mboxFrom = Array("From ".utf8)

    /// The index of the colon ending a field name (RFC 5322 §3.6.8: printable ASCII except colon, then
    /// optional white space), or `nil` when the line is not a field.
    static func fieldNameEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end, bytes[i] > 32, bytes[i] < 127, bytes[i] != ASCII.colon { i += 1 }
        guard i > start else { return nil }
        while i < end, bytes[i] == ASCII.space || bytes[i] == ASCII.tab { i += 1 }
        return i < end && bytes[i] == ASCII.colon ? i : nil
    }
}
