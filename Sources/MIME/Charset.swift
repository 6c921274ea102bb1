#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Charset decoding through the C library's `iconv`, with label aliases in the manner of the
/// WHATWG Encoding Standard (`gb2312`, `gbk`, `x-gbk` and `cp936` decode as GB18030).
public enum Charset {
    /// Maps a charset label from a message to the name `iconv` should use.
    public static func canonicalName(_ label: String) -> String {
        var bytes = Array(label.utf8)
        while let f = bytes.first, f == ASCII.space || f == ASCII.quote || f == UInt8(ascii: "'") {
            bytes.removeFirst()
        }
        while let l = bytes.last, l == ASCII.space || l == ASCII.quote || l == UInt8(ascii: "'") { bytes.removeLast() }
        for k in bytes.indices { bytes[k] = ASCII.lower(bytes[k]) }
        let l = String(decoding: bytes, as: UTF8.self)
        switch l {
        case "", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us": return "US-ASCII"
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312", "euc-cn", "x-euc-cn",
            "chinese", "iso-ir-58", "gb18030", "csgb231280", "gb_2312", "gb-2312", "x-gb2312", "csgbk", "gb18030-2000",
            "gb18030-2005", "gb18030-2022":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "x-big5": return "BIG5-HKSCS"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932":
            return "CP932"
        case "euc-kr", "ks_c_5601-1987", "ksc5601", "cp949", "windows-949": return "CP949"
        case "latin1", "iso-8859-1", "iso8859-1", "l1", "cp819": return "WINDOWS-1252"
        case "unicode", "utf-16", "ucs-2", "iso-10646-ucs-2", "csunicode": return "UTF-16"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be", "unicodefffe": return "UTF-16BE"
        case "utf-7", "unicode-1-1-utf-7", "csunicode11utf7": return "UTF-7"
        case "tis-620", "windows-874", "iso-8859-11", "dos-874": return "CP874"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "iso-8859-8-i", "logical", "csiso88598i": return "ISO-8859-8"
        default: return l.uppercased()
        }
    }

    /// Decodes `bytes` labelled `label`. Invalid bytes become U+FFFD; an unknown label falls back to
    /// UTF-8 when the bytes are valid UTF-8, else GB18030. `lossy` says whether anything was replaced or guessed.
    public static func decode(_ bytes: some Collection<UInt8>, label: String?) -> (text: String, lossy: Bool) {
        let name = canonicalName(label ?? "")
        let array = Array(bytes)
        if name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") {
            if let s = iconvDecode(array, from: name, strict: true) { return (s, false) }
            return (iconvDecode(array, from: name, strict: false) ?? "", true)
        }
        // 7-bit stateful encodings (ISO-2022-*, UTF-7) look like ASCII but are not.
        let sevenBitStateful = name.hasPrefix("ISO-2022") || name == "UTF-7" || name == "HZ-GB-2312"
        if !sevenBitStateful, isASCII(array) { return (String(decoding: array, as: UTF8.self), false) }
        switch name {
        case "UTF-8":
            if let s = validUTF8(array) { return (s, false) }
            // Mislabelled: GB18030 bytes labelled UTF-8 are common in Chinese mail. UTF-8 with a few bad bytes
            // is not; it keeps its characters and the bad bytes become U+FFFD.
            if !mostlyUTF8(array), let s = iconvDecode(array, from: "GB18030", strict: true) { return (s, true) }
            return (String(decoding: array, as: UTF8.self), true)
        case "US-ASCII":
            return sniff(array)
        default:
            // UTF-8 labelled as a legacy Chinese charset is common; GB18030 would decode it without error as
            // mojibake, so well-formed UTF-8 with several multibyte characters wins over the label.
            if name == "GB18030" || name == "BIG5-HKSCS", multibyteUTF8Count(array) >= 2, let s = validUTF8(array) {
                return (s, true)
            }
            if let s = iconvDecode(array, from: name, strict: true) { return (s, false) }
            if name == "GB18030" || name == "BIG5-HKSCS" || name == "WINDOWS-1252" {
                if let s = validUTF8(array) { return (s, true) }
            }
            if let s = iconvDecode(array, from: name, strict: false) { return (s, true) }
            // Unknown charset: degrade, never drop.
            let (s, _) = sniff(array)
            return (s, true)
        }
    }

    /// Whether the charset is not ASCII-compatible (UTF-16/32), so bytes may not be scanned as ASCII.
    public static func isWide(_ label: String?) -> Bool {
        guard let label else { return false }
        let l = label.lowercased()
        return l.hasPrefix("utf-16") || l.hasPrefix("utf-32") || l.hasPrefix("ucs-") || l == "unicode"
            || l == "iso-10646-ucs-2" || l == "csunicode" || l == "unicodefffe"
    }

    /// Raw 8-bit header text (RFC 6532 allows UTF-8; older clients send their local charset): well-formed
    /// UTF-8 first, then the message's declared charset when there is one, then GB18030.
    public static func decodeRawHeader(_ bytes: [UInt8], hint: String?) -> String {
        if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        if let s = validUTF8(bytes) { return s }
        if let hint {
            let name = canonicalName(hint)
            if name != "UTF-8", name != "US-ASCII", !isWide(hint), let s = iconvDecode(bytes, from: name, strict: true)
            {
                return s
            }
        }
        return sniff(bytes).text
    }

    /// Undeclared 8-bit text: valid UTF-8 first, then GB18030.
    public static func sniff(_ bytes: [UInt8]) -> (text: String, lossy: Bool) {
        if let s = validUTF8(bytes) { return (s, false) }
        if !mostlyUTF8(bytes), let s = iconvDecode(bytes, from: "GB18030", strict: true) { return (s, true) }
        return (String(decoding: bytes, as: UTF8.self), true)
    }

    /// Whether well-formed multibyte UTF-8 sequences outnumber the bytes that fit none by four to one: UTF-8
    /// damaged in a few places, not text in another charset (GBK/Big5 bytes rarely form UTF-8 sequences).
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0
        var invalid = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            var length = 0
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var ok = length > 0 && i + length <= n
            if ok { for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false } }
            if ok {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return valid >= 2 && valid >= 4 * invalid
    }

    /// The number of well-formed multibyte UTF-8 sequences, or 0 when any byte is not part of one.
    static func multibyteUTF8Count(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return 0
            }
            guard i + length <= n else { return 0 }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return 0 }
            count += 1
            i += length
        }
        return count
    }

    static func isASCII(_ bytes: [UInt8]) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }

    static func validUTF8(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Whether `iconv` knows the charset.
    public static func isSupported(_ label: String) -> Bool {
        let name = canonicalName(label)
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return false }
        iconv_close(cd)
        return true
    }

    /// Converts with `iconv`. With `strict`, returns `nil` on the first invalid sequence; otherwise replaces
    /// each invalid byte with U+FFFD. Returns `nil` when the charset is unknown.
    static func iconvDecode(_ input: [UInt8], from name: String, strict: Bool) -> String? {
        guard !input.isEmpty else { return "" }
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var output = [UInt8]()
        output.reserveCapacity(input.count * 3 / 2 + 16)
        var outBuffer = [UInt8](repeating: 0, count: 16 * 1024)
        var failed = false
        input.withUnsafeBufferPointer { inPtr in
            var inPos = 0
            while inPos < input.count {
                var inLeft = input.count - inPos
                var inP: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                    mutating: UnsafeRawPointer(inPtr.baseAddress! + inPos).assumingMemoryBound(to: CChar.self))
                let (result, produced, err) = outBuffer.withUnsafeMutableBufferPointer { outPtr -> (Int, Int, Int32) in
                    var outLeft = outPtr.count
                    var outP: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outPtr.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    let r = iconv(cd, &inP, &inLeft, &outP, &outLeft)
                    return (r, outPtr.count - outLeft, r == -1 ? errno : 0)
                }
                output.append(contentsOf: outBuffer[0..<produced])
                inPos = input.count - inLeft
                if result != -1 { break }
                if err == E2BIG { continue }
                // EILSEQ or EINVAL (truncated sequence at the end).
                if strict {
                    failed = true
                    return
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inPos += 1
                _ = iconv(cd, nil, nil, nil, nil)
            }
        }
        if failed { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
