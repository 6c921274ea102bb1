/// Quoted-printable encoding (RFC 2045 §6.7) of LF-separated text: lines of at most 76 characters, soft breaks
/// never inside an escape or a UTF-8 character's escapes.
enum QuotedPrintable {
    static let hex = Array("0123456789ABCDEF".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var lineLength = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == ASCII.lf {
                // Trailing white space before a line break must be encoded (rule 3).
                if let last = out.last, last == ASCII.space || last == ASCII.tab {
                    out.removeLast()
                    out += [ASCII.equals, hex[Int(last >> 4)], hex[Int(last & 15)]]
                }
                out += [ASCII.cr, ASCII.lf]
                lineLength = 0
                i += 1
                continue
            }
            // A UTF-8 character's bytes stay on one line.
            var length = 1
            if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 }
            length = min(length, bytes.count - i)
            var piece: [UInt8] = []
            for k in i..<(i + length) {
                let c = bytes[k]
                if (c >= 33 && c <= 126 && c != ASCII.equals) || c == ASCII.space || c == ASCII.tab {
                    piece.append(c)
                } else {
                    piece += [ASCII.equals, hex[Int(c >> 4)], hex[Int(c & 15)]]
                }
            }
            if lineLength + piece.count > 75 {
                out += [ASCII.equals, ASCII.cr, ASCII.lf]
                lineLength = 0
            }
            out += piece
            lineLength += piece.count
            i += length
        }
        if let last = out.last, last == ASCII.space || last == ASCII.tab {
            out.removeLast()
            out += [ASCII.equals, hex[Int(last >> 4)], hex[Int(last & 15)]]
        }
        return out
    }
}

/// Standard base64 encoding (RFC 4648 §4).
public enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Base64 in lines of 76 characters joined by CRLF (RFC 2045 §6.8).
    static func encodeLines(_ bytes: [UInt8]) -> [UInt8] {
        let encoded = Array(encode(bytes).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count + encoded.count / 38 + 2)
        var i = 0
        while i < encoded.count {
            let j = min(i + 76, encoded.count)
            if i > 0 { out += [ASCII.cr, ASCII.lf] }
            out += encoded[i..<j]
            i = j
        }
        return out
    }

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
