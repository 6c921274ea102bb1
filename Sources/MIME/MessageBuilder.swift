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
