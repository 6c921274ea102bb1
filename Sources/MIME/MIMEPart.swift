#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of a message's MIME tree (RFC 2045/2046): its headers, where its body lies in the raw bytes,
/// and its children (for `multipart/*`, and the enclosed message for `message/rfc822`).
public struct MIMEPart: Sendable {
    public var headers: Headers
    /// `Content-Type`, defaulting to `text/plain` (RFC 2045 §5.2).
    public var contentType: ParameterizedValue
    public var disposition: ParameterizedValue?
    /// Lower-cased `Content-Transfer-Encoding` (`7bit` when absent).
    public var transferEncoding: String
    /// The body's byte range in the raw message.
    public var bodyRange: Range<Int>
    public var children: [MIMEPart]
    public var depth: Int

    /// `true` for `multipart/*`.
    public var isMultipart: Bool { contentType.value.hasPrefix("multipart/") }

    /// The filename from `Content-Disposition` or the `name` parameter of `Content-Type`.
    public var filename: String? {
        if let f = disposition?.parameters["filename"], !f.isEmpty { return f }
        if let f = contentType.parameters["name"], !f.isEmpty { return f }
        return nil
    }

    /// `true` when the part is meant as a file rather than the message text.
    public var isAttachment: Bool {
        if disposition?.value == "attachment" { return true }
        return filename != nil && !contentType.value.hasPrefix("text/")
    }

    /// Whether the body holds anything but white space.
    func hasContent(in raw: [UInt8]) -> Bool {
        raw[bodyRange].contains { !ASCII.isSpace($0) }
    }

    /// The body with the transfer encoding removed.
    public func decodedBody(in raw: [UInt8]) -> (bytes: [UInt8], junk: Bool) {
        let body = raw[bodyRange]
        switch transferEncoding {
        case "base64": return TransferEncoding.decodeBase64(body)
        case "quoted-printable": return TransferEncoding.decodeQuotedPrintable(body)
        default: return (Array(body), false)
        }
    }

    /// The body decoded to text through its charset, line breaks normalized to LF.
    public func decodedText(in raw: [UInt8]) -> (text: String, warnings: [String]) {
        var (bytes, junk) = decodedBody(in: raw)
        // HTML without a charset parameter: the document's own <meta charset> (HTML §4.2.5.5) if any.
        let charset =
            contentType.parameters["charset"] ?? (contentType.value == "text/html" ? HTMLText.metaCharset(bytes) : nil)
        if !Charset.isWide(charset) { bytes = Self.normalizingLineBreaks(bytes) }
        var (text, lossy) = Charset.decode(bytes, label: charset)
        if Charset.isWide(charset), text.utf8.contains(ASCII.cr) {
            text = String(decoding: Self.normalizingLineBreaks(Array(text.utf8)), as: UTF8.self)
        }
        var warnings: [String] = []
        if junk { warnings.append("\(transferEncoding) body had invalid characters at offset \(bodyRange.lowerBound)") }
        if lossy {
            warnings.append(
                "text at offset \(bodyRange.lowerBound) is not valid \(charset ?? "us-ascii"); decoded best effort")
        }
        return (text, warnings)
    }

    /// CRLF and lone CR become LF.
    static func normalizingLineBreaks(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { b -> [UInt8] in
            let n = b.count
            var i = MIMETreeParser.index(of: ASCII.cr, in: b, from: 0, to: n)
            guard i < n else { return bytes }
            return [UInt8](unsafeUninitializedCapacity: n) { out, count in
                var o = 0
                var copied = 0
                while i < n {
                    // Copy the run before this CR, then write LF for it.
                    let run = i - copied
                    if run > 0 {
                        _ = UnsafeMutableBufferPointer(rebasing: out[o..<(o + run)]).initialize(
                            from: UnsafeBufferPointer(rebasing: b[copied..<i]))
                        o += run
                    }
                    out[o] = ASCII.lf
                    o += 1
                    i += 1
                    if i < n, b[i] == ASCII.lf { i += 1 }
                    copied = i
                    i = MIMETreeParser.index(of: ASCII.cr, in: b, from: i, to: n)
                }
                let run = n - copied
                if run > 0 {
                    _ = UnsafeMutableBufferPointer(rebasing: out[o..<(o + run)]).initialize(
                        from: UnsafeBufferPointer(rebasing: b[copied..<n]))
                    o += run
                }
                count = o
            }
        }
    }
}

/// Builds the MIME tree from raw bytes (RFC 2045 §3, RFC 2046 §5). Work is linear in the input times the
/// nesting depth, which `ParserLimits.maxDepth` bounds.
struct MIMETreeParser {
    let raw: [UInt8]
    let limits: ParserLimits
    var warnings: ParseWarnings
    var partCount = 0

    init(raw: [UInt8], limits: ParserLimits) {
        self.raw = raw
        self.limits = limits
        self.warnings = ParseWarnings(limit: limits.maxWarnings)
    }

    mutating func parseEntity(in range: Range<Int>, depth: Int, defaultType: String = "text/plain") -> MIMEPart {
        partCount += 1
        let (headers, bodyStart) = HeaderParser.parse(raw, in: range, limits: limits, warnings: &warnings)
        var contentType = ParameterizedValue(value: defaultType, parameters: [:])
        if let field = headers.first("Content-Type") {
            let parsed = ParameterizedValue(parsing: field.unfolded)
            if Self.isMediaType(parsed.value) {
                contentType = parsed
            } else {
                warnings.add("unreadable Content-Type at offset \(range.lowerBound); treated as \(defaultType)")
            }
        }
        let disposition = headers.first("Content-Disposition").map { ParameterizedValue(parsing: $0.unfolded) }
        let encoding =
            headers.first("Content-Transfer-Encoding").map { ParameterizedValue(parsing: $0.unfolded).value } ?? "7bit"
        var part = MIMEPart(
            headers: headers, contentType: contentType, disposition: disposition, transferEncoding: encoding,
            bodyRange: bodyStart..<range.upperBound, children: [], depth: depth)

        if part.isMultipart {
            guard let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                warnings.add("multipart without boundary at offset \(bodyStart); treated as text")
                part.contentType = ParameterizedValue(value: "text/plain", parameters: [:])
                return part
            }
            guard depth < limits.maxDepth else {
                warnings.addOnce(
                    .depthLimit, "nesting deeper than \(limits.maxDepth) at offset \(bodyStart); not descended")
                part.contentType = ParameterizedValue(value: "application/octet-stream", parameters: [:])
                return part
            }
            let childDefault = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
            let childRanges = splitMultipart(part.bodyRange, boundary: Array(boundary.utf8))
            if childRanges.isEmpty {
                // No delimiter at all: keep the body as text rather than lose it.
                part.contentType = ParameterizedValue(value: "text/plain", parameters: [:])
                return part
            }
            for childRange in childRanges {
                guard partCount < limits.maxParts else {
                    warnings.addOnce(.partLimit, "more than \(limits.maxParts) parts; the rest not parsed")
                    break
                }
                part.children.append(parseEntity(in: childRange, depth: depth + 1, defaultType: childDefault))
            }
        } else if contentType.value == "message/rfc822" || contentType.value == "message/global" {
            if depth < limits.maxDepth, partCount < limits.maxParts,
                encoding == "7bit" || encoding == "8bit" || encoding == "binary"
            {
                part.children = [parseEntity(in: part.bodyRange, depth: depth + 1)]
            }
        }
        return part
    }

    /// The index of the first `byte` in `buffer[from..<to]`, or `to` (memchr).
    static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = buffer.baseAddress else { return to }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// `type/subtype` with a non-empty token on each side (RFC 2045 §5.1).
    static func isMediaType(_ value: String) -> Bool {
        guard let slash = value.utf8.firstIndex(of: UInt8(ascii: "/")) else { return false }
        return slash != value.utf8.startIndex && value.utf8.index(after: slash) != value.utf8.endIndex
    }

    /// Splits a multipart body at its boundary lines (RFC 2046 §5.1.1): preamble and epilogue dropped,
    /// a missing close delimiter tolerated.
    mutating func splitMultipart(_ range: Range<Int>, boundary: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart: Int?
        var closed = false
        raw.withUnsafeBufferPointer { buffer in
            let end = range.upperBound
            var i = range.lowerBound
            while i < end {
                let lineEnd = Self.index(of: ASCII.lf, in: buffer, from: i, to: end)
                let next = lineEnd < end ? lineEnd + 1 : end
                if lineEnd - i >= boundary.count + 2, buffer[i] == ASCII.dash, buffer[i + 1] == ASCII.dash,
                    buffer[(i + 2)..<(i + 2 + boundary.count)].elementsEqual(boundary)
                {
                    var k = i + 2 + boundary.count
                    let isClose = k + 1 < lineEnd && buffer[k] == ASCII.dash && buffer[k + 1] == ASCII.dash
                    if isClose { k += 2 }
                    // Only white space may follow the delimiter (RFC 2046 §5.1.1 transport padding).
                    var onlySpace = true
                    var j = k
                    while j < lineEnd {
                        if !ASCII.isSpace(buffer[j]) {
                            onlySpace = false
                            break
                        }
                        j += 1
                    }
                    if onlySpace {
                        if let s = partStart {
                            // The CRLF before the delimiter belongs to the delimiter.
                            var e = i
                            if e > s, buffer[e - 1] == ASCII.lf { e -= 1 }
                            if e > s, buffer[e - 1] == ASCII.cr { e -= 1 }
                            parts.append(s..<max(s, e))
                        }
                        if isClose {
                            closed = true
                            partStart = nil
                            return
                        }
                        partStart = next
                    }
                }
                i = next
            }
        }
        if let s = partStart, !closed {
            warnings.add("multipart at offset \(range.lowerBound) has no close delimiter")
            parts.append(s..<range.upperBound)
        }
        if parts.isEmpty { warnings.add("multipart at offset \(range.lowerBound) has no parts") }
        return parts
    }
}
