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
