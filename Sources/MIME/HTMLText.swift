/// Renders HTML as readable plain text: paragraphs and line breaks kept, lists bulleted, links shown,
/// entities decoded, `script`/`style`/`head` dropped. Linear in the input; never fails.
public enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "hr", "section", "article", "header", "footer", "dd", "dt", "dl",
    ]
    static let skipTags: Set<String> = ["script", "style", "head", "title", "noscript", "template"]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "hellip": "…", "mdash": "—", "ndash": "–", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
        "middot": "·", "yen": "¥", "euro": "€", "times": "×", "bull": "•", "emsp": " ", "ensp": " ",
    ]

    public static func render(_ html: String) -> String {
        var out = ""
        var skipping: String?
        var pendingHref: String?
        var scalars = Substring(html)
        while let lt = scalars.firstIndex(of: "<") {
            if skipping == nil { appendText(scalars[..<lt], to: &out) }
            guard let gt = scalars[lt...].firstIndex(of: ">") else {
                scalars = scalars[scalars.endIndex...]
                break
            }
            let tagBody = scalars[scalars.index(after: lt)..<gt]
            scalars = scalars[scalars.index(after: gt)...]
            if tagBody.hasPrefix("!--") {
                if !tagBody.hasSuffix("--"), let close = scalars.firstRange(of: "-->") {
                    scalars = scalars[close.upperBound...]
                }
                continue
            }
            let closing = tagBody.hasPrefix("/")
            let nameChars = (closing ? tagBody.dropFirst() : tagBody).prefix { $0.isLetter || $0.isNumber }
            let name = nameChars.lowercased()
            if let s = skipping {
                if closing, name == s { skipping = nil }
                continue
            }
            if !closing, skipTags.contains(name), !tagBody.hasSuffix("/") {
                skipping = name
                continue
            }
            if name == "a" {
                if closing, let href = pendingHref {
                    if !out.hasSuffix(href) { out += " (\(href))" }
                    pendingHref = nil
                } else if !closing, let href = attribute("href", in: tagBody),
                    href.hasPrefix("http") || href.hasPrefix("mailto:")
                {
                    pendingHref = href
                }
            }
            if name == "li", !closing {
                newline(&out)
                out += "- "
            } else if name == "br" {
                out += "\n"
            } else if blockTags.contains(name) {
                if name == "p" || name.hasPrefix("h") || name == "table" || name == "blockquote" {
                    paragraph(&out)
                } else {
                    newline(&out)
                }
            } else if name == "td" || name == "th", !closing {
                if !out.hasSuffix("\n"), !out.isEmpty { out += "\t" }
            }
        }
        if skipping == nil { appendText(scalars, to: &out) }
        // Trim trailing spaces on lines and collapse more than one blank line.
        var lines: [Substring] = []
        var blank = 0
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()
            let trimmed = Substring(String(t)).drop(while: { $0 == " " })
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            lines.append(trimmed)
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static func newline(_ out: inout String) {
        if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
    }

    static func paragraph(_ out: inout String) {
        guard !out.isEmpty else { return }
        if out.hasSuffix("\n\n") { return }
        out += out.hasSuffix("\n") ? "\n" : "\n\n"
    }

    /// Appends text with white space collapsed (HTML §white-space: normal) and entities decoded.
    static func appendText(_ text: Substring, to out: inout String) {
        var lastWasSpace = out.isEmpty || out.hasSuffix(" ") || out.hasSuffix("\n")
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if ch == " " || ch == "\n" || ch == "\r" || ch == "\t" || ch == "\r\n" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                i = text.index(after: i)
                continue
            }
            if ch == "&", let semi = text[i...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: i)..<semi]
                if let decoded = decodeEntity(name) {
                    out += decoded
                    lastWasSpace = decoded == " "
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(ch)
            lastWasSpace = false
            i = text.index(after: i)
        }
    }

    static func decodeEntity(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let v = value, let scalar = Unicode.Scalar(v) else { return nil }
            return v == 160 ? " " : String(Character(scalar))
        }
        return entities[String(name)]
    }

    static func attribute(_ attr: String, in tag: Substring) -> String? {
        guard let r = tag.firstRange(of: attr + "=") else { return nil }
        var rest = tag[r.upperBound...]
        if let q = rest.first, q == "\"" || q == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix { $0 != q })
        }
        return String(rest.prefix { $0 != " " && $0 != ">" })
    }
}
