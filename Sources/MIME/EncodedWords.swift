/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) in unstructured header text.
///
/// Adjacent encoded words are joined without the white space between them (RFC 2047 §6.2), and the bytes of
/// adjacent words in the same charset are decoded together, so a multibyte character split across two words
/// survives. Unknown charsets degrade (UTF-8, else GB18030); nothing is dropped.
public enum EncodedWords {
    /// Decodes header bytes: encoded words, and raw 8-bit bytes (UTF-8, else GB18030).
    ///
    /// Raw 8-bit bytes outside encoded words are read as UTF-8 when they are well-formed UTF-8, else in
    /// `rawCharset` (the charset the message declares for its text, when known), else as GB18030.
    public static func decode(_ bytes: [UInt8], rawCharset: String? = nil) -> String {
        // Fast path: nothing to decode.
        if !bytes.contains(where: { $0 >= 0x80 || $0 == ASCII.question }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var pendingRaw: [UInt8] = []  // literal text not yet appended
        var wordCharset: String?  // charset of the pending run of adjacent encoded words
        var wordBytes: [UInt8] = []  // their decoded bytes, decoded together so split characters join
        var whitespaceSinceWord: [UInt8] = []
        var i = 0
        let n = bytes.count

        func flushWord() {
            if let c = wordCharset {
                out += Charset.decode(wordBytes, label: c).text
                wordCharset = nil
                wordBytes.removeAll(keepingCapacity: true)
            }
        }
        func flushRaw() {
            if !pendingRaw.isEmpty {
                out += Charset.decodeRawHeader(pendingRaw, hint: rawCharset)
                pendingRaw.removeAll(keepingCapacity: true)
            }
        }

        while i < n {
            if bytes[i] == ASCII.equals, i + 1 < n, bytes[i + 1] == ASCII.question, let word = parseWord(bytes, at: i) {
                // Only white space between two encoded words: dropped (RFC 2047 §6.2).
                whitespaceSinceWord.removeAll(keepingCapacity: true)
                if let c = wordCharset, sameCharset(c, word.charset) {
                    wordBytes.append(contentsOf: word.decoded)
                } else {
                    flushRaw()
                    flushWord()
                    wordCharset = word.charset
                    wordBytes.append(contentsOf: word.decoded)
                }
                i = word.end
                continue
            }
            let b = bytes[i]
            if wordCharset != nil {
                if b == ASCII.space || b == ASCII.tab || b == ASCII.cr || b == ASCII.lf {
                    whitespaceSinceWord.append(b)
                    i += 1
                    continue
                }
                flushWord()
                pendingRaw.append(contentsOf: whitespaceSinceWord)
                whitespaceSinceWord.removeAll(keepingCapacity: true)
            }
            pendingRaw.append(b)
            i += 1
        }
        flushRaw()
        flushWord()
        if !whitespaceSinceWord.isEmpty { out += String(decoding: whitespaceSinceWord, as: UTF8.self) }
        return out
    }

    static func sameCharset(_ a: String, _ b: String) -> Bool {
        a == b || Charset.canonicalName(a) == Charset.canonicalName(b)
    }

    /// Decodes a single string that may hold encoded words (used for parameter values).
    public static func decode(_ text: String) -> String { decode(Array(text.utf8)) }

    struct Word {
        var charset: String
        var decoded: [UInt8]
        var end: Int
    }

    /// Parses `=?charset?enc?text?=` at `start`; `nil` if it is not a well-formed encoded word.
    static func parseWord(_ bytes: [UInt8], at start: Int) -> Word? {
        let n = bytes.count
        var i = start + 2
        let charsetStart = i
        while i < n, bytes[i] != ASCII.question, bytes[i] > 32, bytes[i] < 127 { i += 1 }
        guard i < n, bytes[i] == ASCII.question, i > charsetStart else { return nil }
        var charset = String(decoding: bytes[charsetStart..<i], as: UTF8.self)
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        i += 1
        guard i + 1 < n, bytes[i + 1] == ASCII.question else { return nil }
        let encoding = ASCII.lower(bytes[i])
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        i += 2
        let textStart = i
        // Encoded text ends at "?=". Q text may not contain "?"; B text cannot.
        while i + 1 < n, !(bytes[i] == ASCII.question && bytes[i + 1] == ASCII.equals) {
            if bytes[i] == ASCII.space || bytes[i] == ASCII.tab || bytes[i] == ASCII.cr || bytes[i] == ASCII.lf {
                return nil
            }
            i += 1
        }
        guard i + 1 < n else { return nil }
        let text = bytes[textStart..<i]
        let decoded: [UInt8]
        if encoding == UInt8(ascii: "b") {
            decoded = TransferEncoding.decodeBase64(text).bytes
        } else {
            decoded = TransferEncoding.decodeQuotedPrintable(text, headerMode: true).bytes
        }
        return Word(charset: charset, decoded: decoded, end: i + 2)
    }
}
