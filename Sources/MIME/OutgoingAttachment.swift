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

extension String {
    /// Two hex digits.
    fileprivate var leftPadded: String { count < 2 ? "0" + self : self }
}
