import Model

/// Builds outgoing messages (RFC 5322, RFC 2045–2047): non-ASCII header text as UTF-8 encoded words folded at
/// 78 octets without splitting a character, locale-independent `Date`, base64 bodies for non-ASCII text, and
/// multipart/alternative when there is HTML. CR and LF in any value become spaces, so text from a customer can
/// never start a new header.
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

    public init(
        from: Address, to: [Address], subject: String, date: Int64, dateOffsetMinutes: Int = 0, messageID: String,
        inReplyTo: String? = nil, references: [String] = [], extraHeaders: [(name: String, value: String)] = [],
        text: String, html: String? = nil
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
            header(HeaderEncoder.unstructured(cleanName, value))
        }
        header("MIME-Version: 1.0")
        if let html {
            let boundary = "=_intake_" + Message.sha256Hex(Array((boundarySeed + messageID).utf8)).prefix(24)
            header("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            header("")
            header("--" + boundary)
            appendTextPart(&out, text, subtype: "plain")
            header("--" + boundary)
            appendTextPart(&out, html, subtype: "html")
            header("--" + boundary + "--")
        } else {
            appendTextPart(&out, text, subtype: "plain")
        }
        return out
    }

    private func appendTextPart(_ out: inout [UInt8], _ body: String, subtype: String) {
        let normalized = body.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false)
        let isASCII = body.utf8.allSatisfy { $0 < 128 }
        let shortLines = normalized.allSatisfy { $0.utf8.count <= 900 }
        var lines: [String] = ["Content-Type: text/\(subtype); charset=utf-8"]
        if isASCII && shortLines {
            lines.append("Content-Transfer-Encoding: 7bit")
            lines.append("")
            lines.append(contentsOf: normalized.map(String.init))
        } else {
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            let encoded = Base64.encode(Array(normalized.joined(separator: "\r\n").utf8))
            var i = encoded.startIndex
            while i < encoded.endIndex {
                let j = encoded.index(i, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
                lines.append(String(encoded[i..<j]))
                i = j
            }
        }
        for line in lines {
            out.append(contentsOf: Array(line.utf8))
            out.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
    }
}

/// Header encoding for outgoing mail (RFC 2047 §5, RFC 5322 §2.2.3 folding).
public enum HeaderEncoder {
    static let maxLine = 78

    /// Replaces CR, LF and other control characters with spaces.
    public static func sanitize(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : $0 }))
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
            if let display = a.name.map(sanitize), !display.trimmingSpaces.isEmpty {
                if display.unicodeScalars.allSatisfy({ $0.value < 127 }) {
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

    /// Joins tokens with spaces, folding before a token that would pass 78 octets.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var result = name + ":"
        var lineLength = result.utf8.count
        for token in tokens {
            let len = token.utf8.count
            if lineLength + 1 + len > maxLine, lineLength > name.utf8.count + 1 {
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
        let maxPayloadBytes = 45  // 60 base64 chars + 12 for "=?utf-8?B??=" = 72
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
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
