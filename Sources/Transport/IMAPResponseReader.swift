/// Reads complete responses out of the byte stream from an IMAP server, incrementally and literal-aware:
/// after a line ending in `{n}` (or `{n+}`) exactly n bytes are taken as data, whatever they contain
/// (RFC 3501 §4.3), so a body line that looks like a tagged response cannot end a command early.
///
/// Work is linear in the bytes received: each byte is scanned once, and consumed bytes are compacted away.
public struct IMAPResponseReader: Sendable {
    /// Longest protocol line accepted (literal data excluded). A longer one means the stream is out of step.
    public static let maxLineLength = 8 * 1024 * 1024
    /// Largest literal accepted: larger than any message a mailbox will hold.
    public static let maxLiteralSize = 512 * 1024 * 1024

    private var buffer: [UInt8] = []
    /// Start of the unconsumed bytes.
    private var start = 0
    /// Where line scanning resumes.
    private var scan = 0
    /// Start of the current text segment.
    private var segmentStart = 0
    private var segments: [IMAPResponse.Segment] = []
    /// Bytes of literal still to arrive, when inside one.
    private var literalRemaining: Int?

    public init() {}

    /// Adds bytes received from the server.
    public mutating func feed(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Bytes held but not yet returned as part of a response.
    public var pendingByteCount: Int { buffer.count - start }

    /// The next complete response, or `nil` when more bytes are needed.
    public mutating func next() throws(IMAPProtocolError) -> IMAPResponse? {
        while true {
            if let remaining = literalRemaining {
                guard buffer.count - segmentStart >= remaining else { return nil }
                segments.append(.literal(Array(buffer[segmentStart..<(segmentStart + remaining)])))
                segmentStart += remaining
                scan = segmentStart
                literalRemaining = nil
                continue
            }
            // Find the end of the line.
            guard let lf = findLF(from: scan) else {
                if buffer.count - segmentStart > Self.maxLineLength {
                    throw IMAPProtocolError("response line longer than \(Self.maxLineLength) bytes")
                }
                scan = buffer.count
                return nil
            }
            if lf - segmentStart > Self.maxLineLength {
                throw IMAPProtocolError("response line longer than \(Self.maxLineLength) bytes")
            }
            var lineEnd = lf
            if lineEnd > segmentStart, buffer[lineEnd - 1] == 13 { lineEnd -= 1 }
            if let (size, markerStart) = literalMarker(endingAt: lineEnd) {
                guard size <= Self.maxLiteralSize else {
                    throw IMAPProtocolError("literal of \(size) bytes is too large")
                }
                segments.append(.text(Array(buffer[segmentStart..<markerStart])))
                segmentStart = lf + 1
                scan = segmentStart
                literalRemaining = size
                continue
            }
            segments.append(.text(Array(buffer[segmentStart..<lineEnd])))
            let response = try makeResponse(segments)
            segments = []
            start = lf + 1
            segmentStart = start
            scan = start
            compact()
            return response
        }
    }

    private func findLF(from: Int) -> Int? {
        var i = max(from, segmentStart)
        let n = buffer.count
        return buffer.withUnsafeBufferPointer { p in
            while i < n {
                if p[i] == 10 { return i }
                i += 1
            }
            return nil
        }
    }

    /// `{123}` or `{123+}` at the end of a line: (size, index of `{`).
    private func literalMarker(endingAt end: Int) -> (Int, Int)? {
        guard end > segmentStart, buffer[end - 1] == UInt8(ascii: "}") else { return nil }
        var i = end - 2
        if i >= segmentStart, buffer[i] == UInt8(ascii: "+") { i -= 1 }
        var size = 0
        var multiplier = 1
        var digits = 0
        while i >= segmentStart, buffer[i] >= 48, buffer[i] <= 57 {
            size += Int(buffer[i] - 48) * multiplier
            multiplier *= 10
            digits += 1
            if digits > 12 { return nil }
            i -= 1
        }
        guard digits > 0, i >= segmentStart, buffer[i] == UInt8(ascii: "{") else { return nil }
        return (size, i)
    }

    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 4 * 1024 * 1024)
            start = 0
            segmentStart = 0
            scan = 0
        } else if start > 64 * 1024, start * 2 > buffer.count {
            buffer.removeFirst(start)
            segmentStart -= start
            scan -= start
            start = 0
        }
    }

    private func makeResponse(_ segments: [IMAPResponse.Segment]) throws(IMAPProtocolError) -> IMAPResponse {
        guard case .text(let first)? = segments.first, !first.isEmpty else {
            throw IMAPProtocolError("empty response line")
        }
        var rest = segments
        let space = first.firstIndex(of: 32) ?? first.count
        let head = first[0..<space]
        let tail = Array(first[min(space + 1, first.count)...])
        rest[0] = .text(tail)
        if head.elementsEqual([UInt8(ascii: "*")]) { return IMAPResponse(kind: .untagged, segments: rest) }
        if head.elementsEqual([UInt8(ascii: "+")]) { return IMAPResponse(kind: .continuation, segments: rest) }
        let isTagByte: (UInt8) -> Bool = { $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: "{") }
        guard !head.isEmpty, head.allSatisfy(isTagByte) else {
            throw IMAPProtocolError(
                "response does not start with a tag: \(String(decoding: first.prefix(40), as: UTF8.self))")
        }
        return IMAPResponse(kind: .tagged(String(decoding: head, as: UTF8.self)), segments: rest)
    }
}
