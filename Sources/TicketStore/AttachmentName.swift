import Crypto

/// Safe file names for attachments. The name in a message is untrusted: it may hold `../`, an absolute
/// path, a Windows path, control characters, a reserved name or hundreds of bytes. Only its last path
/// component's letters, digits and a few punctuation marks survive, within 120 UTF-8 bytes, extension kept.
public enum AttachmentName {
    static let maxBytes = 120

    /// A name safe to create inside the attachments folder; `attachment-N` when nothing usable is left.
    public static func sanitize(_ name: String?, index: Int) -> String {
        let fallback = "attachment-\(index)"
        guard let name else { return fallback }
        // The last component of a Unix or Windows path.
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = ""
        for ch in last {
            if ch.isLetter || ch.isNumber || ch == "." || ch == "-" || ch == "_" || ch == " " || ch == "(" || ch == ")"
            {
                out.append(ch)
            } else if !(ch.unicodeScalars.first.map { $0.properties.generalCategory == .control } ?? true) {
                out.append("_")
            }
        }
        // No hidden files, no "." or "..", no leading/trailing spaces or dots.
        while let f = out.first, f == "." || f == " " { out.removeFirst() }
        while let l = out.last, l == "." || l == " " { out.removeLast() }
        if out.isEmpty { return fallback }
        return truncate(out)
    }

    /// `name`, or `name (2).ext`, `name (3).ext`, … when taken.
    public static func unique(_ name: String, in taken: Set<String>) -> String {
        guard taken.contains(name) else { return name }
        let (stem, ext) = split(name)
        var k = 2
        while true {
            let candidate = truncate(stem + " (\(k))" + ext)
            if !taken.contains(candidate) { return candidate }
            k += 1
        }
    }

    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
            name.distance(from: dot, to: name.endIndex) <= 10
        else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }

    /// Cuts the stem (never the extension, never mid-character) to fit `maxBytes`.
    static func truncate(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        let (stem, ext) = split(name)
        var cut = ""
        for ch in stem {
            if cut.utf8.count + String(ch).utf8.count + ext.utf8.count > maxBytes { break }
            cut.append(ch)
        }
        return cut + ext
    }
}

extension TicketStore {
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
