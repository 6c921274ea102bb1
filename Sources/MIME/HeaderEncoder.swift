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

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
