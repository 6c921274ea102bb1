/// Renders HTML as readable plain text: paragraphs and line breaks kept, lists bulleted, links shown,
/// `blockquote` lines prefixed with `> ` (so quoted history splits off like in plain text), entities decoded,
/// `script`/`style`/`head` dropped. Works on the UTF-8 bytes in one pass plus a line
/// clean-up pass, so it is linear in the input; never fails.
public enum HTMLText {
    /// Tags that end a line.
    static let lineTags: Set<[UInt8]> = Set(
        ["div", "tr", "ul", "ol", "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl"].map {
            Array($0.utf8)
        })
    /// Tags that make a paragraph (a blank line).
    static let paragraphTags: Set<[UInt8]> = Set(
        ["p", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"].map { Array($0.utf8) })
    /// Tags whose content is not text.
    static let skipTags: Set<[UInt8]> = Set(
        ["script", "style", "head", "title", "noscript", "template"].map { Array($0.utf8) })
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "hellip": "…", "mdash": "—", "ndash": "–", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
        "middot": "·", "yen": "¥", "euro": "€", "times": "×", "bull": "•", "emsp": " ", "ensp": " ", "trade": "™",
        "laquo": "«", "raquo": "»", "deg": "°", "plusmn": "±", "para": "¶", "sect": "§", "cent": "¢", "pound": "£",
    ]

    /// The text of an HTML document.
    public static func render(_ html: String) -> String {
        var source = html
        return source.withUTF8 { render(bytes: $0) }
    }

    static func render(bytes s: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count / 2)
        var lastWasSpace = true
        var pendingHref: [UInt8]?
        var linkTextStart = 0
        var quoteDepth = 0
        let n = s.count
        var i = 0

        /// Before visible text: at the start of a line inside a blockquote, the quote marks.
        func beginText() {
            guard quoteDepth > 0, out.isEmpty || out.last == ASCII.lf else { return }
            for _ in 0..<min(quoteDepth, 8) { out.append(UInt8(ascii: ">")) }
            out.append(ASCII.space)
        }

        func newline() {
            if !out.isEmpty, out.last != ASCII.lf { out.append(ASCII.lf) }
            lastWasSpace = true
        }
        func paragraph() {
            guard !out.isEmpty else { return }
            if out.count >= 2, out[out.count - 1] == ASCII.lf, out[out.count - 2] == ASCII.lf { return }
            out.append(ASCII.lf)
            if out.count < 2 || out[out.count - 2] != ASCII.lf { out.append(ASCII.lf) }
            lastWasSpace = true
        }

        while i < n {
            let c = s[i]
            if c == UInt8(ascii: "<"), i + 1 < n, isTagStart(s[i + 1]) {
                // Comment: skip to "-->".
                if i + 3 < n, s[i + 1] == UInt8(ascii: "!"), s[i + 2] == ASCII.dash, s[i + 3] == ASCII.dash {
                    i = find(s, Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                guard let gt = find(s, byte: UInt8(ascii: ">"), from: i + 1) else { break }
                var k = i + 1
                let closing = s[k] == UInt8(ascii: "/")
                if closing { k += 1 }
                var name: [UInt8] = []
                while k < gt, name.count < 16, isAlnum(s[k]) {
                    name.append(ASCII.lower(s[k]))
                    k += 1
                }
                let selfClosing = gt > i + 1 && s[gt - 1] == UInt8(ascii: "/")
                i = gt + 1
                if !closing, !selfClosing, skipTags.contains(name) {
                    // Skip to the matching close tag.
                    i = findCloseTag(s, name, from: i)
                    continue
                }
                if name == [UInt8(ascii: "a")] {
                    if closing, let href = pendingHref {
                        if !out[linkTextStart...].elementsEqual(href) && !out.ends(with: href) {
                            out.append(contentsOf: Array(" (".utf8) + href + [UInt8(ascii: ")")])
                            lastWasSpace = false
                        }
                        pendingHref = nil
                    } else if !closing, let href = attribute("href", in: s, i0: k, end: gt),
                        href.starts(with: Array("http".utf8)) || href.starts(with: Array("mailto:".utf8))
                    {
                        pendingHref = href
                        linkTextStart = out.count
                    }
                } else if name == Array("br".utf8) {
                    out.append(ASCII.lf)
                    lastWasSpace = true
                } else if name == Array("li".utf8) {
                    if !closing {
                        newline()
                        beginText()
                        out.append(contentsOf: [ASCII.dash, ASCII.space])
                    }
                } else if paragraphTags.contains(name) {
                    paragraph()
                    if name == Array("blockquote".utf8) { quoteDepth = max(0, quoteDepth + (closing ? -1 : 1)) }
                } else if lineTags.contains(name) {
                    newline()
                } else if !closing, name == Array("td".utf8) || name == Array("th".utf8) {
                    if !out.isEmpty, out.last != ASCII.lf { out.append(ASCII.tab) }
                    lastWasSpace = true
                }
                continue
            }
            if c == ASCII.space || c == ASCII.tab || c == ASCII.lf || c == ASCII.cr || c == 0x0C {
                if !lastWasSpace { out.append(ASCII.space) }
                lastWasSpace = true
                i += 1
                continue
            }
            if c == UInt8(ascii: "&"), let (decoded, next) = entity(s, at: i) {
                if decoded != [ASCII.space] { beginText() }
                out.append(contentsOf: decoded)
                lastWasSpace = decoded == [ASCII.space]
                i = next
                continue
            }
            beginText()
            out.append(c)
            lastWasSpace = false
            i += 1
        }
        return cleanLines(out)
    }

    /// The `charset=` of a `<meta>` tag in the first 2 KiB of an HTML document, if any.
    public static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map(ASCII.lower)
        let key = Array("charset=".utf8)
        guard let at = head.firstIndex(of: key, from: 0) else { return nil }
        var i = at + key.count
        while i < head.count, head[i] == ASCII.quote || head[i] == UInt8(ascii: "'") || head[i] == ASCII.space {
            i += 1
        }
        let start = i
        while i < head.count, isAlnum(head[i]) || head[i] == ASCII.dash || head[i] == UInt8(ascii: "_") { i += 1 }
        return i > start ? String(decoding: head[start..<i], as: UTF8.self) : nil
    }

    /// Trims spaces around each line, collapses runs of blank lines to one, drops leading and trailing blank lines.
    static func cleanLines(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var blankRun = 0
        var start = 0
        let n = bytes.count
        while start <= n {
            var end = start
            while end < n, bytes[end] != ASCII.lf { end += 1 }
            var lo = start
            var hi = end
            while lo < hi, bytes[lo] == ASCII.space { lo += 1 }
            while hi > lo, bytes[hi - 1] == ASCII.space || bytes[hi - 1] == ASCII.tab { hi -= 1 }
            if lo == hi {
                blankRun += 1
            } else {
                if !result.isEmpty { result.append(contentsOf: blankRun > 0 ? [ASCII.lf, ASCII.lf] : [ASCII.lf]) }
                result.append(contentsOf: bytes[lo..<hi])
                blankRun = 0
            }
            start = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func isTagStart(_ b: UInt8) -> Bool {
        isAlpha(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

    static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 48 && b <= 57) }

    static func find(_ s: UnsafeBufferPointer<UInt8>, byte: UInt8, from: Int) -> Int? {
        var i = from
        while i < s.count {
            if s[i] == byte { return i }
            i += 1
        }
        return nil
    }

    static func find(_ s: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= s.count {
            if s[i] == needle[0] {
                var j = 1
                while j < needle.count, s[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The index after `</name…>`, case-insensitive, or the end.
    static func findCloseTag(_ s: UnsafeBufferPointer<UInt8>, _ name: [UInt8], from: Int) -> Int {
        var i = from
        while let lt = find(s, byte: UInt8(ascii: "<"), from: i) {
            var k = lt + 1
            if k < s.count, s[k] == UInt8(ascii: "/") {
                k += 1
                var j = 0
                while j < name.count, k + j < s.count, ASCII.lower(s[k + j]) == name[j] { j += 1 }
                if j == name.count, k + j >= s.count || !isAlnum(s[k + j]) {
                    return find(s, byte: UInt8(ascii: ">"), from: k + j).map { $0 + 1 } ?? s.count
                }
            }
            i = lt + 1
        }
        return s.count
    }

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `i`: the UTF-8 bytes and the index after the `;`.
    static func entity(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> ([UInt8], Int)? {
        var j = i + 1
        while j < s.count, j - i <= 10, s[j] != UInt8(ascii: ";") {
            guard isAlnum(s[j]) || s[j] == UInt8(ascii: "#") else { return nil }
            j += 1
        }
        guard j < s.count, s[j] == UInt8(ascii: ";"), j > i + 1 else { return nil }
        let name = UnsafeBufferPointer(rebasing: s[(i + 1)..<j])
        if name[0] == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var k = 1
            let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
            if hex { k = 2 }
            guard k < name.count else { return nil }
            while k < name.count {
                guard let d = hex ? ASCII.hexValue(name[k]) : (name[k] >= 48 && name[k] <= 57 ? name[k] - 48 : nil)
                else { return nil }
                value = value &* (hex ? 16 : 10) &+ UInt32(d)
                if value > 0x10FFFF { return nil }
                k += 1
            }
            if value == 160 { return ([ASCII.space], j + 1) }
            guard let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (Array(String(Character(scalar)).utf8), j + 1)
        }
        guard let decoded = entities[String(decoding: name, as: UTF8.self)] else { return nil }
        return (Array(decoded.utf8), j + 1)
    }

    /// The value of `attr=` in a tag's bytes `s[i0..<end]`, quoted or not.
    static func attribute(_ attr: String, in s: UnsafeBufferPointer<UInt8>, i0: Int, end: Int) -> [UInt8]? {
        let key = Array((attr + "=").utf8)
        var i = i0
        while i + key.count <= end {
            var j = 0
            while j < key.count, ASCII.lower(s[i + j]) == key[j] { j += 1 }
            if j == key.count {
                var k = i + key.count
                guard k < end else { return [] }
                let q = s[k]
                if q == ASCII.quote || q == UInt8(ascii: "'") {
                    k += 1
                    let start = k
                    while k < end, s[k] != q { k += 1 }
                    return Array(s[start..<k])
                }
                let start = k
                while k < end, s[k] != ASCII.space, s[k] != UInt8(ascii: ">") { k += 1 }
                return Array(s[start..<k])
            }
            i += 1
        }
        return nil
    }
}

extension [UInt8] {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
