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

    /// Whether the name equals `other`, ignoring ASCII case (RFC 5322 §1.2.2), without allocating.
    func hasName(_ other: String) -> Bool {
        guard name.utf8.count == other.utf8.count else { return false }
        var a = name.utf8.makeIterator()
        var b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case (let x?, let y?): if ASCII.lower(x) != ASCII.lower(y) { return false }
            default: return false
            }
        }
    }
}

/// The header section of a message or part, fields in order, duplicates kept.
public struct Headers: Sendable, Equatable {
    public var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> HeaderField? {
        fields.first { $0.hasName(name) }
    }

    /// All fields with this name, in order.
    public func all(_ name: String) -> [HeaderField] {
        fields.filter { $0.hasName(name) }
    }

    /// The decoded text of the first field with this name.
    public subscript(_ name: String) -> String? { first(name)?.text }
}

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

/// Warnings collected while parsing, at most `ParserLimits.maxWarnings` of them.
struct ParseWarnings {
    /// Kinds reported only once per message.
    enum Once: Hashable {
        case longLine, partLimit, depthLimit, decodedLimit
    }

    let limit: Int
    private(set) var items: [String] = []
    private var dropped = 0
    private var reported: Set<Once> = []

    init(limit: Int) { self.limit = limit }

    mutating func add(_ warning: String) {
        if items.count < limit { items.append(warning) } else { dropped += 1 }
    }

    mutating func addOnce(_ kind: Once, _ warning: String) {
        if reported.insert(kind).inserted { add(warning) }
    }

    mutating func add(contentsOf warnings: [String]) {
        for w in warnings { add(w) }
    }

    /// The warnings, with a last one counting those left out.
    var all: [String] {
        dropped == 0 ? items : items + ["\(dropped) more warnings not shown"]
    }
}
