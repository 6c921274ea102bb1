/// Content-Transfer-Encoding decoders (RFC 2045 §6), lenient about what real mail gets wrong.
public enum TransferEncoding {
    /// Decodes base64, skipping white space and junk characters and tolerating missing padding.
    /// `junk` says whether anything had to be skipped or repaired.
    public static func decodeBase64(_ input: some Collection<UInt8>) -> (bytes: [UInt8], junk: Bool) {
        if let result = input.withContiguousStorageIfAvailable({ decodeBase64(buffer: $0) }) { return result }
        return Array(input).withUnsafeBufferPointer { decodeBase64(buffer: $0) }
    }

    /// Sextet values; `pad` for `=`, `space` for white space, `junk` for anything else.
    static let base64Values: [UInt8] = (0..<256).map { c -> UInt8 in
        switch c {
        case 65...90: UInt8(c - 65)
        case 97...122: UInt8(c - 71)
        case 48...57: UInt8(c + 4)
        case 43: 62
        case 47: 63
        case 61: base64Pad
        case 32, 9, 13, 10: base64Space
        default: base64Junk
        }
    }
    static let base64Pad: UInt8 = 0x40
    static let base64Space: UInt8 = 0x80
    static let base64Junk: UInt8 = 0xFF

    static func decodeBase64(buffer: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], junk: Bool) {
        var junk = false
        let bytes = [UInt8](unsafeUninitializedCapacity: buffer.count / 4 * 3 + 4) { out, count in
            base64Values.withUnsafeBufferPointer { table in
                var acc: UInt32 = 0
                var bits: UInt32 = 0
                var o = 0
                var sawPadding = false
                var i = 0
                let n = buffer.count
                while i < n {
                    // Fast path: four data characters make three bytes.
                    if bits == 0, !sawPadding, i + 4 <= n {
                        let a = table[Int(buffer[i])]
                        let b = table[Int(buffer[i + 1])]
                        let c = table[Int(buffer[i + 2])]
                        let d = table[Int(buffer[i + 3])]
                        if (a | b | c | d) < 64 {
                            let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                            out[o] = UInt8(truncatingIfNeeded: v >> 16)
                            out[o + 1] = UInt8(truncatingIfNeeded: v >> 8)
                            out[o + 2] = UInt8(truncatingIfNeeded: v)
                            o += 3
                            i += 4
                            continue
                        }
                    }
                    let v = table[Int(buffer[i])]
                    i += 1
                    if v < 64 {
                        if sawPadding {
                            // Data after padding: a second base64 run concatenated; keep decoding.
                            junk = true
                            sawPadding = false
                            acc = 0
                            bits = 0
                        }
                        acc = (acc << 6) | UInt32(v)
                        bits += 6
                        if bits >= 8 {
                            bits -= 8
                            out[o] = UInt8(truncatingIfNeeded: acc >> bits)
                            o += 1
                        }
                    } else if v == base64Pad {
                        sawPadding = true
                    } else if v == base64Junk {
                        junk = true
                    }
                }
                count = o
            }
        }
        return (bytes, junk)
    }

    /// Decodes quoted-printable. Soft line breaks are removed; an invalid escape is kept literally.
    /// In header mode (RFC 2047 Q), `_` means a space.
    public static func decodeQuotedPrintable(
        _ input: some Collection<UInt8>, headerMode: Bool = false
    ) -> (bytes: [UInt8], junk: Bool) {
        if let result = input.withContiguousStorageIfAvailable({
            decodeQuotedPrintable(buffer: $0, headerMode: headerMode)
        }) {
            return result
        }
        return Array(input).withUnsafeBufferPointer { decodeQuotedPrintable(buffer: $0, headerMode: headerMode) }
    }

    static func decodeQuotedPrintable(
        buffer bytes: UnsafeBufferPointer<UInt8>, headerMode: Bool
    ) -> (bytes: [UInt8], junk: Bool) {
        var junk = false
        let n = bytes.count
        let decoded = [UInt8](unsafeUninitializedCapacity: n) { out, count in
            var o = 0
            var i = 0
            while i < n {
                let c = bytes[i]
                if c == ASCII.equals {
                    if i + 2 < n, let hi = ASCII.hexValue(bytes[i + 1]), let lo = ASCII.hexValue(bytes[i + 2]) {
                        out[o] = hi << 4 | lo
                        o += 1
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
                    // An invalid escape is kept literally.
                    junk = true
                    out[o] = c
                    o += 1
                    i += 1
                } else if headerMode, c == UInt8(ascii: "_") {
                    out[o] = ASCII.space
                    o += 1
                    i += 1
                } else {
                    out[o] = c
                    o += 1
                    i += 1
                }
            }
            count = o
        }
        return (decoded, junk)
    }
}
