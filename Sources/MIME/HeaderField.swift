/// One header field as it appeared in the message (RFC 5322 §2.2): name and raw value bytes, order kept.
public struct HeaderField: Sendable, Equatable {
    /// The field name as written.
    public let name: String
    /// The raw value bytes after the colon, folding kept (CRLF + WSP).
    public let rawValue: [UInt8]

    public init(name: String, rawValue: [UInt8]) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value unfolded (RFC 5322 §2.2.3): line breaks removed, leading and trailing white space trimmed.
    public var unfolded: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(rawValue.count)
        for b in rawValue where b != ASCII.cr && b != ASCII.lf { out.append(b) }
        return Array(out[...].trimmed)
    }

    /// The value unfolded and with RFC 2047 encoded words decoded; raw 8-bit bytes are sniffed (UTF-8, else GB18030).
    public var text: String { EncodedWords.decode(unfolded) }
}

/// The header section of a message or part, fields in order, duplicates kept.
public struct Headers: Sendable, Equatable {
    public var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> HeaderField? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }
    }

    /// All fields with this name, in order.
    public func all(_ name: String) -> [HeaderField] {
        let lower = name.lowercased()
        return fields.filter { $0.name.lowercased() == lower }
    }

    /// The decoded text of the first field with this name.
    public subscript(_ name: String) -> String? { first(name)?.text }
}

/// Splits a header section into fields (RFC 5322 §2.2), tolerating bare LF, missing colons and over-long input.
enum HeaderParser {
    /// Parses fields from `bytes[range]`. Returns the fields, where the body starts, and warnings.
    static func parse(
        _ bytes: [UInt8], in range: Range<Int>, limits: ParserLimits
    ) -> (Headers, bodyStart: Int, warnings: [String]) {
        var fields: [HeaderField] = []
        var warnings: [String] = []
        var i = range.lowerBound
        let end = range.upperBound
        var currentName: String?
        var currentValue: [UInt8] = []
        var headerBytes = 0

        func flush() {
            if let name = currentName { fields.append(HeaderField(name: name, rawValue: currentValue)) }
            currentName = nil
            currentValue = []
        }

        while i < end {
            // Find the end of this line.
            var lineEnd = i
            while lineEnd < end, bytes[lineEnd] != ASCII.lf { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > i, bytes[contentEnd - 1] == ASCII.cr { contentEnd -= 1 }
            headerBytes += next - i
            if contentEnd == i {
                // Blank line: end of the header section.
                flush()
                return (Headers(fields), next, warnings)
            }
            if headerBytes > limits.maxHeaderBytes {
                warnings.append(
                    "header section longer than \(limits.maxHeaderBytes) bytes at offset \(i); rest treated as body")
                flush()
                return (Headers(fields), i, warnings)
            }
            let first = bytes[i]
            if first == ASCII.space || first == ASCII.tab {
                // Continuation line (folding).
                if currentName != nil {
                    currentValue.append(ASCII.cr)
                    currentValue.append(ASCII.lf)
                    currentValue.append(contentsOf: bytes[i..<contentEnd])
                } else {
                    warnings.append("continuation line without a field at offset \(i)")
                }
            } else if let colon = bytes[i..<contentEnd].firstIndex(of: ASCII.colon), colon > i,
                bytes[i..<colon].allSatisfy({ $0 > 32 && $0 < 127 })
            {
                flush()
                currentName = String(decoding: bytes[i..<colon], as: UTF8.self)
                var v = colon + 1
                if v < contentEnd, bytes[v] == ASCII.space { v += 1 }
                currentValue = Array(bytes[v..<contentEnd])
                if fields.count >= limits.maxHeaderFields {
                    warnings.append("more than \(limits.maxHeaderFields) header fields; the rest ignored")
                    currentName = nil
                }
            } else if fields.isEmpty && currentName == nil && bytes[i..<contentEnd].starts(with: Array("From ".utf8)) {
                // mbox "From " separator line: skip.
            } else {
                // Not a header line: the header section ended without a blank line.
                warnings.append("header section ended without a blank line at offset \(i)")
                flush()
                return (Headers(fields), i, warnings)
            }
            i = next
        }
        flush()
        return (Headers(fields), end, warnings)
    }
}
