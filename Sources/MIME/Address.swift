/// A mailbox (RFC 5322 §3.4): optional display name and address.
public struct Address: Sendable, Equatable, Codable {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// Parses an address list (RFC 5322 §3.4): display names (quoted, encoded, raw 8-bit), comments, groups,
    /// and bare addresses. Entries without an `@` are kept only when nothing better exists.
    /// Raw 8-bit display names are read as UTF-8, else in `rawCharset` (the message's text charset), else GB18030.
    public static func parseList(_ bytes: [UInt8], rawCharset: String? = nil) -> [Address] {
        var result: [Address] = []
        var i = 0
        let n = bytes.count
        var phrase: [UInt8] = []
        var comment: [UInt8] = []
        var angle: [UInt8]?

        func finish() {
            let phraseText = EncodedWords.decode(Array(phrase[...].trimmed), rawCharset: rawCharset)
            var name: String? = phraseText.isEmpty ? nil : phraseText
            var addr: String
            if let a = angle {
                addr = String(decoding: a[...].trimmed, as: UTF8.self)
            } else {
                addr = String(decoding: phrase[...].trimmed, as: UTF8.self)
                name = nil
                if addr.contains(" ") {
                    // "Name addr@x" without brackets: take the token with an @.
                    let tokens = addr.split(separator: " ")
                    if let at = tokens.last(where: { $0.contains("@") }) {
                        addr = String(at)
                        name = tokens.filter { $0 != at }.joined(separator: " ")
                    }
                }
            }
            if name == nil, !comment.isEmpty {
                let c = EncodedWords.decode(Array(comment[...].trimmed), rawCharset: rawCharset)
                if !c.isEmpty { name = c }
            }
            if addr.hasPrefix("mailto:") { addr.removeFirst(7) }
            // Obsolete route (RFC 5322 §4.4): "<@relay.example:user@example.com>".
            if addr.hasPrefix("@"), let colon = addr.firstIndex(of: ":") {
                addr = String(addr[addr.index(after: colon)...])
            }
            if !addr.isEmpty { result.append(Address(name: name?.isEmpty == true ? nil : name, address: addr)) }
            phrase = []
            comment = []
            angle = nil
        }

        while i < n {
            let c = bytes[i]
            switch c {
            case ASCII.quote:
                i += 1
                while i < n, bytes[i] != ASCII.quote {
                    if bytes[i] == ASCII.backslash, i + 1 < n { i += 1 }
                    phrase.append(bytes[i])
                    i += 1
                }
                i += 1
            case UInt8(ascii: "("):
                var depth = 1
                i += 1
                var text: [UInt8] = []
                while i < n, depth > 0 {
                    if bytes[i] == ASCII.backslash, i + 1 < n {
                        text.append(bytes[i + 1])
                        i += 2
                        continue
                    }
                    if bytes[i] == UInt8(ascii: "(") { depth += 1 }
                    if bytes[i] == UInt8(ascii: ")") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    text.append(bytes[i])
                    i += 1
                }
                i += 1
                comment = text
            case UInt8(ascii: "<"):
                i += 1
                var a: [UInt8] = []
                while i < n, bytes[i] != UInt8(ascii: ">") {
                    a.append(bytes[i])
                    i += 1
                }
                i += 1
                angle = a
            case UInt8(ascii: ","):
                finish()
                i += 1
            case ASCII.colon:
                // Group name: drop it, the members follow.
                if angle == nil {
                    phrase = []
                    comment = []
                }
                i += 1
            case ASCII.semicolon:
                finish()
                i += 1
            default:
                phrase.append(c)
                i += 1
            }
        }
        finish()
        return result
    }
}
