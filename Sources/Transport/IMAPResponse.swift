/// One complete server response (RFC 3501 §7, RFC 9051 §7) as it came off the wire: the response line with its
/// literals cut out and kept as separate byte segments, so a message body can never be read as protocol.
public struct IMAPResponse: Sendable, Equatable {
    /// Whether the response is untagged (`*`), a continuation request (`+`), or tagged with a command's tag.
    public enum Kind: Sendable, Equatable {
        case untagged
        case continuation
        case tagged(String)
    }

    /// A piece of the response: protocol text, or the exact bytes of a `{n}` literal.
    public enum Segment: Sendable, Equatable {
        case text([UInt8])
        case literal([UInt8])
    }

    public var kind: Kind
    /// The response after the tag (or `*`/`+`) and its space, literals in place.
    public var segments: [Segment]

    public init(kind: Kind, segments: [Segment]) {
        self.kind = kind
        self.segments = segments
    }

    /// The protocol text with each literal shown as `{n}`: for logs and error messages (never the literal bytes).
    public var summary: String {
        var s = ""
        for seg in segments {
            switch seg {
            case .text(let t): s += String(decoding: t.prefix(300), as: UTF8.self)
            case .literal(let l): s += "{\(l.count)}"
            }
        }
        return s
    }

    /// Parses the response into values (atoms, numbers, strings, literals, lists).
    public func values() throws(IMAPProtocolError) -> [IMAPValue] {
        var tokenizer = IMAPTokenizer(segments: segments)
        return try tokenizer.parseAll()
    }

    /// For a status response (`OK`/`NO`/`BAD`/`BYE`/`PREAUTH`): the status word, the response code in brackets,
    /// and the human-readable text.
    public var status: (word: String, code: String?, text: String)? {
        guard case .text(let first)? = segments.first else { return nil }
        let line = String(decoding: first, as: UTF8.self)
        let word = line.prefix { $0 != " " }.uppercased()
        guard ["OK", "NO", "BAD", "BYE", "PREAUTH"].contains(word) else { return nil }
        var rest = line.dropFirst(word.count).drop { $0 == " " }
        var code: String?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            code = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return (word, code, String(rest))
    }
}

/// A value in a server response (RFC 3501 §4).
public enum IMAPValue: Sendable, Equatable {
    case atom(String)
    case number(UInt64)
    case string([UInt8])
    case nil_
    case list([IMAPValue])

    public var number: UInt64? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var atom: String? {
        if case .atom(let a) = self { return a }
        return nil
    }

    public var bytes: [UInt8]? {
        switch self {
        case .string(let b): return b
        case .atom(let a): return Array(a.utf8)
        case .nil_: return nil
        default: return nil
        }
    }
}

/// A response the client could not read: the stream is out of step and the session must end.
public struct IMAPProtocolError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Turns a response's segments into values. Brackets after an atom (`BODY[HEADER.FIELDS (A B)]`) stay part of it.
struct IMAPTokenizer {
    let segments: [IMAPResponse.Segment]
    var segmentIndex = 0
    var offset = 0

    init(segments: [IMAPResponse.Segment]) { self.segments = segments }

    mutating func parseAll() throws(IMAPProtocolError) -> [IMAPValue] {
        var values: [IMAPValue] = []
        while let v = try next() {
            if case .atom(")") = v { throw IMAPProtocolError("unbalanced ')'") }
            values.append(v)
        }
        return values
    }

    private mutating func peekByte() -> UInt8? {
        while segmentIndex < segments.count {
            switch segments[segmentIndex] {
            case .text(let t):
                if offset < t.count { return t[offset] }
                segmentIndex += 1
                offset = 0
            case .literal:
                return nil
            }
        }
        return nil
    }

    private var atLiteral: Bool {
        guard segmentIndex < segments.count, case .literal = segments[segmentIndex] else { return false }
        return true
    }

    private mutating func next() throws(IMAPProtocolError) -> IMAPValue? {
        // Skip spaces.
        while let b = peekByte(), b == 32 { offset += 1 }
        if atLiteral, case .literal(let bytes) = segments[segmentIndex] {
            segmentIndex += 1
            offset = 0
            return .string(bytes)
        }
        guard let b = peekByte() else { return nil }
        switch b {
        case UInt8(ascii: "("):
            offset += 1
            var items: [IMAPValue] = []
            while true {
                guard let v = try next() else { throw IMAPProtocolError("unterminated list") }
                if case .atom(")") = v { break }
                items.append(v)
            }
            return .list(items)
        case UInt8(ascii: ")"):
            offset += 1
            return .atom(")")
        case UInt8(ascii: "\""):
            offset += 1
            var s: [UInt8] = []
            while true {
                guard let c = peekByte() else { throw IMAPProtocolError("unterminated quoted string") }
                offset += 1
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\"), let d = peekByte() {
                    offset += 1
                    s.append(d)
                } else {
                    s.append(c)
                }
            }
            return .string(s)
        default:
            var s: [UInt8] = []
            var bracketDepth = 0
            while let c = peekByte() {
                if bracketDepth == 0, c == 32 || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") { break }
                if c == UInt8(ascii: "[") { bracketDepth += 1 }
                if c == UInt8(ascii: "]") { bracketDepth = max(0, bracketDepth - 1) }
                s.append(c)
                offset += 1
            }
            let text = String(decoding: s, as: UTF8.self)
            if text.uppercased() == "NIL" { return .nil_ }
            if !s.isEmpty, s.count <= 20, s.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = UInt64(text) {
                return .number(n)
            }
            return .atom(text)
        }
    }
}
