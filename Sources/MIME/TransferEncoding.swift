/// Content-Transfer-Encoding decoders (RFC 2045 §6), lenient about what real mail gets wrong.
public enum TransferEncoding {
    /// Decodes base64, skipping white space and junk characters and tolerating missing padding.
    /// `junk` says whether anything had to be skipped or repaired.
    public static func decodeBase64(_ input: some Collection<UInt8>) -> (bytes: [UInt8], junk: Bool) {
        var out = [UInt8]()
        out.reserveCapacity(input.count * 3 / 4)
        var acc: UInt32 = 0
        var bits = 0
        var junk = false
        var sawPadding = false
        for c in input {
            let v: UInt32
            switch c {
            case 65...90: v = UInt32(c - 65)
            case 97...122: v = UInt32(c - 71)
            case 48...57: v = UInt32(c + 4)
            case 43: v = 62
            case 47: v = 63
            case 61:
                sawPadding = true
                continue
            case 32, 9, 13, 10: continue
            default:
                junk = true
                continue
            }
            if sawPadding {
                // Data after padding: a second base64 run concatenated; keep decoding.
                junk = true
                sawPadding = false
                acc = 0
                bits = 0
            }
            acc = (acc << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
            }
        }
        return (out, junk)
    }

    /// Decodes quoted-printable. Soft line breaks are removed; an invalid escape is kept literally.
    /// In header mode (RFC 2047 Q), `_` means a space.
    public static func decodeQuotedPrintable(
        _ input: some Collection<UInt8>, headerMode: Bool = false
    ) -> (bytes: [UInt8], junk: Bool) {
        let bytes = Array(input)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var junk = false
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == ASCII.equals {
                if i + 2 < n, let hi = ASCII.hexValue(bytes[i + 1]), let lo = ASCII.hexValue(bytes[i + 2]) {
                    out.append(hi << 4 | lo)
                    i += 3
                    continue
                }
                // Soft line break: "=" followed by optional white space then CRLF or LF.
                var j = i + 1
                while j < n, bytes[j] == ASCII.space || bytes[j] == ASCII.tab { j += 1 }
                if j < n, bytes[j] == ASCII.cr { j += 1 }
                if j < n, bytes[j] == ASCII.lf {
                    i = j + 1
                    continue
                }
                if j >= n {
                    i = n
                    continue
                }
                junk = true
                out.append(c)
                i += 1
            } else if headerMode, c == UInt8(ascii: "_") {
                out.append(ASCII.space)
                i += 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return (out, junk)
    }
}
