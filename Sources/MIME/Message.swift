import Crypto

/// A parsed message: the fields a helpdesk needs, the MIME tree, and everything that went wrong, as warnings.
public struct Message: Sendable {
    /// The bytes as received.
    public let raw: [UInt8]
    public let headers: Headers
    public let root: MIMEPart
    public var subject: String?
    public var from: Address?
    public var to: [Address]
    public var cc: [Address]
    public var replyTo: [Address]
    /// `Date` in seconds since 1970 UTC, when readable.
    public var date: Int64?
    /// Message-ID without angle brackets.
    public var messageID: String?
    public var inReplyTo: String?
    public var references: [String]
    /// The full plain-text body, or the HTML rendered as text when there is no plain part.
    public var text: String
    /// The decoded HTML body, if any.
    public var html: String?
    /// Every leaf part that is not the chosen body.
    public var attachments: [Attachment]
    public var warnings: [String]

    /// Parses a message. Never fails: malformed input yields a best-effort result plus warnings.
    public init(parsing raw: [UInt8], limits: ParserLimits = ParserLimits()) {
        self.raw = raw
        var tree = MIMETreeParser(raw: raw, limits: limits)
        let root = tree.parseEntity(in: 0..<raw.count, depth: 0)
        self.root = root
        self.headers = root.headers
        var warnings = tree.warnings
        if root.headers.fields.isEmpty { warnings.add("no header fields found") }

        // Raw 8-bit header bytes are decoded once the message's charset is known (its first text part's).
        let hint = Self.textCharset(root)
        subject = headers.first("Subject").map { EncodedWords.decode($0.unfolded, rawCharset: hint) }
        let rootHeaders = root.headers
        func addresses(_ name: String) -> [Address] {
            rootHeaders.all(name).flatMap { Address.parseList($0.unfolded, rawCharset: hint) }
        }
        from = addresses("From").first ?? addresses("Sender").first
        to = addresses("To")
        cc = addresses("Cc")
        replyTo = addresses("Reply-To")
        date = headers.first("Date").flatMap { MailDate.parse(bytes: $0.unfolded) }
        if headers.first("Date") != nil, date == nil { warnings.add("unreadable Date header") }
        messageID = headers.first("Message-ID").flatMap { Self.messageIDs(in: $0.unfolded).first }
        inReplyTo = headers.first("In-Reply-To").flatMap { Self.messageIDs(in: $0.unfolded).first }
        references = headers.all("References").flatMap { Self.messageIDs(in: $0.unfolded) }

        // Choose the body: the first inline text/plain, else the first inline text/html rendered.
        var plainPart: MIMEPart?
        var htmlPart: MIMEPart?
        var leaves: [MIMEPart] = []
        Self.collectLeaves(root, into: &leaves)
        // A part with no content (a repeated delimiter line, an empty alternative) is passed over.
        for leaf in leaves where !leaf.isAttachment && leaf.hasContent(in: raw) {
            if leaf.contentType.value == "text/plain", plainPart == nil { plainPart = leaf }
            if leaf.contentType.value == "text/html", htmlPart == nil { htmlPart = leaf }
        }
        if plainPart == nil, htmlPart == nil {
            plainPart = leaves.first { !$0.isAttachment && $0.contentType.value == "text/plain" }
        }
        if let h = htmlPart {
            let (t, w) = h.decodedText(in: raw)
            html = t
            warnings.add(contentsOf: w)
        } else {
            html = nil
        }
        if let p = plainPart {
            var (t, w) = p.decodedText(in: raw)
            if p.contentType.parameters["format"]?.lowercased() == "flowed" {
                t = FlowedText.unflow(t, delSp: p.contentType.parameters["delsp"]?.lowercased() == "yes")
            }
            // Some clients send an empty text/plain next to the real HTML body.
            if let h = html, t.utf8.allSatisfy(ASCII.isSpace) {
                text = HTMLText.render(h)
            } else {
                text = t
            }
            warnings.add(contentsOf: w)
        } else if let h = html {
            text = HTMLText.render(h)
        } else {
            text = ""
        }

        var attachments: [Attachment] = []
        var decodedTotal = 0
        for leaf in leaves {
            if let p = plainPart, leaf.bodyRange == p.bodyRange { continue }
            if let h = htmlPart, leaf.bodyRange == h.bodyRange { continue }
            // A blank inline text part (an empty alternative, nothing between two delimiter lines) is no attachment.
            if !leaf.isAttachment, leaf.contentType.value.hasPrefix("text/"), !leaf.hasContent(in: raw) { continue }
            var (bytes, junk) = leaf.decodedBody(in: raw)
            if junk {
                warnings.add("attachment at offset \(leaf.bodyRange.lowerBound) had invalid \(leaf.transferEncoding)")
            }
            let size = bytes.count
            decodedTotal += size
            if decodedTotal > limits.maxDecodedBytes {
                warnings.addOnce(
                    .decodedLimit, "attachments exceed \(limits.maxDecodedBytes) decoded bytes; their data not kept")
                bytes = []
            }
            var name = leaf.filename
            if name == nil, leaf.contentType.value == "message/rfc822" || leaf.contentType.value == "message/global" {
                var subject = leaf.children.first?.headers["Subject"]
                if leaf.children.isEmpty {
                    // An encoded attached message (base64/quoted-printable): read its header for the name.
                    var ignored = ParseWarnings(limit: 0)
                    subject =
                        HeaderParser.parse(bytes, in: 0..<bytes.count, limits: limits, warnings: &ignored).0[
                            "Subject"]
                }
                name = (subject.flatMap { $0.isEmpty ? nil : $0 } ?? "message") + ".eml"
            }
            attachments.append(
                Attachment(
                    filename: name, contentType: leaf.contentType.value,
                    contentID: leaf.headers.first("Content-ID").flatMap { Self.messageIDs(in: $0.unfolded).first },
                    data: bytes, size: size))
        }
        self.attachments = attachments
        self.warnings = warnings.all
    }

    /// The text the customer wrote: `text` without quoted history and signature (see `QuoteSplitter`).
    public var newText: String { QuoteSplitter.newText(text) }

    /// The declared charset of the first text part, depth first.
    static func textCharset(_ part: MIMEPart) -> String? {
        if let c = part.contentType.parameters["charset"], part.contentType.value.hasPrefix("text/") { return c }
        for child in part.children where part.isMultipart {
            if let c = textCharset(child) { return c }
        }
        return nil
    }

    /// Leaves of the tree; an enclosed `message/rfc822` counts as one leaf (an attached message).
    static func collectLeaves(_ part: MIMEPart, into leaves: inout [MIMEPart]) {
        if part.isMultipart, !part.children.isEmpty {
            for child in part.children { collectLeaves(child, into: &leaves) }
        } else if !part.isMultipart {
            leaves.append(part)
        }
    }

    /// Extracts `<id>` tokens (RFC 5322 §3.6.4), white space inside removed; a bare id without brackets is
    /// accepted when it is all there is.
    public static func messageIDs(in bytes: [UInt8]) -> [String] {
        var ids: [String] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                var j = i + 1
                var id: [UInt8] = []
                while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                    if !ASCII.isSpace(bytes[j]) { id.append(bytes[j]) }
                    j += 1
                }
                if !id.isEmpty { ids.append(String(decoding: id, as: UTF8.self)) }
                i = j + 1
            } else {
                i += 1
            }
        }
        if ids.isEmpty {
            for token in bytes.split(whereSeparator: ASCII.isSpace) where token.contains(UInt8(ascii: "@")) {
                ids.append(String(decoding: token, as: UTF8.self))
            }
        }
        return ids
    }

    /// The key a gateway deduplicates on: the Message-ID, else `sha256:` and the hex digest of the raw bytes.
    public var deduplicationKey: String {
        if let id = messageID, !id.isEmpty { return id }
        return "sha256:" + Self.sha256Hex(raw)
    }

    /// Lower-case hex SHA-256 of some bytes.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

/// A part that is not the message text: a file, an inline image, an attached message.
public struct Attachment: Sendable {
    public var filename: String?
    public var contentType: String
    public var contentID: String?
    /// The fully decoded bytes (empty when `ParserLimits.maxDecodedBytes` was exceeded).
    public var data: [UInt8]
    /// The decoded byte count.
    public var size: Int

    public init(filename: String?, contentType: String, contentID: String?, data: [UInt8], size: Int? = nil) {
        self.filename = filename
        self.contentType = contentType
        self.contentID = contentID
        self.data = data
        self.size = size ?? data.count
    }

    /// Lower-case hex SHA-256 of the decoded bytes.
    public var sha256: String { Message.sha256Hex(data) }
}

extension String {
    func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if ch == "\r\n" { out.append("\n") } else { out.append(ch) }
        }
        return out
    }
}
