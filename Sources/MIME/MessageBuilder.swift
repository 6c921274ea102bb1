import Model

/// Builds outgoing messages (RFC 5322, RFC 2045–2047, RFC 2231): non-ASCII header text as UTF-8 encoded words
/// folded at 78 octets without splitting a character, locale-independent `Date`, 7bit, quoted-printable or
/// base64 bodies, multipart/alternative when there is HTML and multipart/mixed with attachments. CR and LF in
/// any value become spaces, so text from a customer can never start a new header.
public struct OutgoingMessage: Sendable {
    public var from: Address
    public var to: [Address]
    public var subject: String
    /// Seconds since 1970 UTC, and the offset the `Date` header is written in.
    public var date: Int64
    public var dateOffsetMinutes: Int
    /// Without angle brackets.
    public var messageID: String
    public var inReplyTo: String?
    public var references: [String]
    /// Further fields, e.g. `Auto-Submitted`. Values are sanitized and encoded like the rest.
    public var extraHeaders: [(name: String, value: String)]
    public var text: String
    public var html: String?
    /// Files sent with the message (multipart/mixed).
    public var attachments: [OutgoingAttachment]

    public init(
        from: Address, to: [Address], subject: String, date: Int64, dateOffsetMinutes: Int = 0, messageID: String,
        inReplyTo: String? = nil, references: [String] = [], extraHeaders: [(name: String, value: String)] = [],
        text: String, html: String? = nil, attachments: [OutgoingAttachment] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.dateOffsetMinutes = dateOffsetMinutes
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.extraHeaders = extraHeaders
        self.text = text
        self.html = html
        self.attachments = attachments
    }

    /// The message as CRLF bytes, ready for SMTP.
    public func render(boundarySeed: String = "") -> [UInt8] {
        var out: [UInt8] = []
        func header(_ line: String) {
            out.append(contentsOf: Array(line.utf8))
            out.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        header(HeaderEncoder.addressField("From", [from]))
        header(HeaderEncoder.addressField("To", to))
        header(HeaderEncoder.unstructured("Subject", subject))
        header("Date: " + MailDate.format(date, offsetMinutes: dateOffsetMinutes))
        header("Message-ID: <" + HeaderEncoder.sanitizeID(messageID) + ">")
        if let r = inReplyTo { header("In-Reply-To: <" + HeaderEncoder.sanitizeID(r) + ">") }
        if !references.isEmpty {
            header(HeaderEncoder.fold("References", references.map { "<" + HeaderEncoder.sanitizeID($0) + ">" }))
        }
        for (name, value) in extraHeaders {
            let cleanName = String(name.unicodeScalars.filter { $0.value > 32 && $0.value < 127 && $0 != ":" })
            if !cleanName.isEmpty { header(HeaderEncoder.unstructured(cleanName, value)) }
        }
        header("MIME-Version: 1.0")
        let seed = Message.sha256Hex(Array((boundarySeed + messageID).utf8))
        var content =
            html.map { alternativePart(text: text, html: $0, boundary: boundary("alt", seed)) }
            ?? Self.textPart(text, subtype: "plain")
        if !attachments.isEmpty {
            let mixed = boundary("mix", seed)
            var body: [UInt8] = Array("Content-Type: multipart/mixed;\r\n boundary=\"\(mixed)\"\r\n\r\n".utf8)
            body += Array("--\(mixed)\r\n".utf8) + content + Array("\r\n".utf8)
            for attachment in attachments {
                body += Array("--\(mixed)\r\n".utf8) + attachment.part() + Array("\r\n".utf8)
            }
            body += Array("--\(mixed)--\r\n".utf8)
            content = body
        }
        out += content
        return out
    }

    /// A boundary (RFC 2046 §5.1.1) that occurs in no text of the message.
    private func boundary(_ kind: String, _ seed: String) -> String {
        var candidate = "=_intake_\(kind)_" + seed.prefix(24)
        var n = 0
        while text.contains(candidate) || html?.contains(candidate) == true {
            n += 1
            candidate = "=_intake_\(kind)_\(n)_" + seed.prefix(24)
        }
        return candidate
    }

    private func alternativePart(text: String, html: String, boundary: String) -> [UInt8] {
        var out: [UInt8] = Array("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n\r\n".utf8)
        out += Array("--\(boundary)\r\n".utf8) + Self.textPart(text, subtype: "plain") + Array("\r\n".utf8)
        out += Array("--\(boundary)\r\n".utf8) + Self.textPart(html, subtype: "html") + Array("\r\n".utf8)
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }

    /// A text entity ending in CRLF: 7bit when ASCII with short lines ending in a line break, quoted-printable
    /// when mostly ASCII (a final soft break when the text has no final line break, so decoding gives back
    /// exactly the text), else base64.
    static func textPart(_ body: String, subtype: String) -> [UInt8] {
        let normalized = Array(body.replacingCRLF().utf8)
        let lines = normalized.split(separator: ASCII.lf, omittingEmptySubsequences: false)
        let nonASCII = normalized.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        let hasControl = normalized.contains { ($0 < 32 && $0 != ASCII.tab && $0 != ASCII.lf) || $0 == 127 }
        let endsWithLineBreak = normalized.last == ASCII.lf
        var out: [UInt8] = Array("Content-Type: text/\(subtype); charset=utf-8\r\n".utf8)
        if nonASCII == 0, !hasControl, endsWithLineBreak, lines.allSatisfy({ $0.count <= 900 }) {
            out += Array("Content-Transfer-Encoding: 7bit\r\n\r\n".utf8)
            for line in lines.dropLast() { out += line + [ASCII.cr, ASCII.lf] }
        } else if nonASCII * 6 < normalized.count {
            out += Array("Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8)
            out += QuotedPrintable.encode(normalized)
            if !endsWithLineBreak { out += [ASCII.equals, ASCII.cr, ASCII.lf] }
        } else {
            out += Array("Content-Transfer-Encoding: base64\r\n\r\n".utf8)
            let crlf = Array(lines.map(Array.init).joined(separator: [ASCII.cr, ASCII.lf]))
            out += Base64.encodeLines(crlf) + [ASCII.cr, ASCII.lf]
        }
        return out
    }
}

/// A file sent with an outgoing message, base64-encoded, its name in RFC 2231 form and as an encoded word.
public struct OutgoingAttachment: Sendable {
    public var filename: String
    public var contentType: String
    public var data: [UInt8]

    public init(filename: String, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }

    func part() -> [UInt8] {
        let type = String(contentType.unicodeScalars.filter { $0.value > 32 && $0.value < 127 && $0 != ";" })
        let name = HeaderEncoder.collapsedSpaces(filename)
        var lines: [String] = []
        if name.unicodeScalars.allSatisfy({ $0.value < 127 && $0 != "\"" && $0 != "\\" }) {
            lines.append("Content-Type: \(type.isEmpty ? "application/octet-stream" : type); name=\"\(name)\"")
            lines.append("Content-Disposition: attachment; filename=\"\(name)\"")
        } else {
            // RFC 2231 for conforming readers, an encoded word in name= for older ones.
            let words = HeaderEncoder.encodedWords(name, prefixLength: 0).joined(separator: " ")
            lines.append(
                HeaderEncoder.fold(
                    "Content-Type", ["\(type.isEmpty ? "application/octet-stream" : type);", "name=\"\(words)\""]))
            // RFC 2231 §4 percent-encoding, cut into sections of at most 60 characters between escapes.
            var sections: [String] = [""]
            for b in name.utf8 {
                let isPlain =
                    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == 0x2E || b == 0x2D
                    || b == 0x5F
                let token = isPlain ? String(Unicode.Scalar(b)) : "%" + String(b, radix: 16, uppercase: true).leftPadded
                if sections[sections.count - 1].utf8.count + token.utf8.count > 48 { sections.append("") }
                sections[sections.count - 1] += token
            }
            var field = "Content-Disposition: attachment"
            for (k, section) in sections.enumerated() {
                field += ";\r\n filename*\(sections.count > 1 ? "\(k)" : "")*=\(k == 0 ? "utf-8''" : "")\(section)"
            }
            lines.append(field)
        }
        lines.append("Content-Transfer-Encoding: base64")
        var out = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        out += Base64.encodeLines(data)
        out += [ASCII.cr, ASCII.lf]
        return out
    }
}

/// Quoted-printable encoding (RFC 2045 §6.7) of LF-separated text: lines of at most 76 characters, soft breaks
/// never inside an escape or a UTF-8 character's escapes.
enum QuotedPrintable {
    static let hex = Array("0123456789ABCDEF".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var lineLength = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == ASCII.lf {
                // Trailing white space before a line break must be encoded (rule 3).
                if let last = out.last, last == ASCII.space || last == ASCII.tab {
                    out.removeLast()
                    out += [ASCII.equals, hex[Int(last >> 4)], hex[Int(last & 15)]]
                }
                out += [ASCII.cr, ASCII.lf]
                lineLength = 0
                i += 1
                continue
            }
            // A UTF-8 character's bytes stay on one line.
            var length = 1
            if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 }
            length = min(length, bytes.count - i)
            var piece: [UInt8] = []
            for k in i..<(i + length) {
                let c = bytes[k]
                if (c >= 33 && c <= 126 && c != ASCII.equals) || c == ASCII.space || c == ASCII.tab {
                    piece.append(c)
                } else {
                    piece += [ASCII.equals, hex[Int(c >> 4)], hex[Int(c & 15)]]
                }
            }
            if lineLength + piece.count > 75 {
                out += [ASCII.equals, ASCII.cr, ASCII.lf]
                lineLength = 0
            }
            out += piece
            lineLength += piece.count
            i += length
        }
        if let last = out.last, last == ASCII.space || last == ASCII.tab {
            out.removeLast()
            out += [ASCII.equals, hex[Int(last >> 4)], hex[Int(last & 15)]]
        }
        return out
    }
}

/// Header encoding for outgoing mail (RFC 2047 §5, RFC 5322 §2.2.3 folding).
public enum HeaderEncoder {
    static let maxLine = 78

    /// Replaces CR, LF and other control characters with spaces.
    public static func sanitize(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : $0 }))
    }

    /// Sanitized, with runs of white space collapsed and the ends trimmed: how header text reads back.
    public static func collapsedSpaces(_ value: String) -> String {
        sanitize(value).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A Message-ID without brackets, white space or control characters.
    static func sanitizeID(_ id: String) -> String {
        String(
            id.unicodeScalars.filter { $0.value > 32 && $0.value < 127 && $0 != "<" && $0 != ">" }.map(Character.init))
    }

    /// `Name: value` for unstructured text: ASCII words as they are, non-ASCII runs as UTF-8 B encoded words.
    public static func unstructured(_ name: String, _ value: String) -> String {
        let clean = sanitize(value)
        var tokens: [String] = []
        var run: [String] = []  // consecutive non-ASCII words share encoded words
        func flushRun() {
            if !run.isEmpty {
                tokens.append(contentsOf: encodedWords(run.joined(separator: " "), prefixLength: 0))
                run = []
            }
        }
        for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
            let needsEncoding =
                word.unicodeScalars.contains { $0.value > 126 } || (word.hasPrefix("=?") && word.hasSuffix("?="))
            if needsEncoding {
                run.append(String(word))
            } else {
                flushRun()
                tokens.append(String(word))
            }
        }
        flushRun()
        return fold(name, tokens)
    }

    /// `Name: addr, "Display" <addr>` with display names quoted or encoded as needed.
    public static func addressField(_ name: String, _ addresses: [Address]) -> String {
        var tokens: [String] = []
        for (k, a) in addresses.enumerated() {
            let addr = sanitizeID(a.address)
            var parts: [String] = []
            if let display = a.name.map(collapsedSpaces), !display.isEmpty {
                if display.unicodeScalars.allSatisfy({ $0.value < 127 }), !display.contains("=?") {
                    let escaped = display.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"")
                    parts.append("\"" + escaped + "\"")
                } else {
                    parts.append(contentsOf: encodedWords(display, prefixLength: 0))
                }
                parts.append("<" + addr + ">")
            } else {
                parts.append(addr)
            }
            if k < addresses.count - 1 { parts[parts.count - 1] += "," }
            tokens.append(contentsOf: parts)
        }
        return fold(name, tokens)
    }

    /// Joins tokens with spaces, folding before a token that would pass 78 octets (also before the first one,
    /// which RFC 5322 §3.2.2 allows); a single token longer than a line stays whole.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var result = name + ":"
        var lineLength = result.utf8.count
        for token in tokens {
            let len = token.utf8.count
            if lineLength + 1 + len > maxLine, lineLength > 1 {
                result += "\r\n "
                lineLength = 1
            } else {
                result += " "
                lineLength += 1
            }
            result += token
            lineLength += len
        }
        return result
    }

    /// UTF-8 B encoded words, each at most 75 octets (RFC 2047 §2), never splitting a character.
    static func encodedWords(_ text: String, prefixLength: Int) -> [String] {
        let maxPayloadBytes = 42  // 56 base64 chars + 12 for "=?utf-8?B??=" = 68, so " " + word fits in 78
        var words: [String] = []
        var chunk: [UInt8] = []
        for ch in text.unicodeScalars {
            var buf: [UInt8] = []
            buf.append(contentsOf: Array(String(ch).utf8))
            if chunk.count + buf.count > maxPayloadBytes {
                words.append("=?utf-8?B?" + Base64.encode(chunk) + "?=")
                chunk = []
            }
            chunk.append(contentsOf: buf)
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + Base64.encode(chunk) + "?=") }
        return words
    }
}

/// Standard base64 encoding (RFC 4648 §4).
public enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Base64 in lines of 76 characters joined by CRLF (RFC 2045 §6.8).
    static func encodeLines(_ bytes: [UInt8]) -> [UInt8] {
        let encoded = Array(encode(bytes).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count + encoded.count / 38 + 2)
        var i = 0
        while i < encoded.count {
            let j = min(i + 76, encoded.count)
            if i > 0 { out += [ASCII.cr, ASCII.lf] }
            out += encoded[i..<j]
            i = j
        }
        return out
    }

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [
                alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)],
                alphabet[Int(v & 63)],
            ]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let v = UInt32(bytes[i]) << 16
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], 61, 61]
        } else if rest == 2 {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], 61]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Two hex digits.
    fileprivate var leftPadded: String { count < 2 ? "0" + self : self }

    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
