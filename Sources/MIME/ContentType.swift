/// A parsed `Content-Type` or `Content-Disposition` value (RFC 2045 §5.1, RFC 2183) with its parameters,
/// RFC 2231 continuations and charsets applied.
public struct ParameterizedValue: Sendable, Equatable {
    /// The lower-cased value, e.g. `text/plain` or `attachment`.
    public var value: String
    /// Parameters by lower-cased name, decoded.
    public var parameters: [String: String]

    public init(value: String, parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    /// Parses `value; name=token; name="quoted"; name*0*=utf-8''%E4...`.
    public init(parsing bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        func skipSpaceAndComments() {
            while i < n {
                if ASCII.isSpace(bytes[i]) {
                    i += 1
                } else if bytes[i] == UInt8(ascii: "(") {
                    var depth = 0
                    while i < n {
                        if bytes[i] == ASCII.backslash {
                            i += 2
                            continue
                        }
                        if bytes[i] == UInt8(ascii: "(") { depth += 1 }
                        if bytes[i] == UInt8(ascii: ")") {
                            depth -= 1
                            if depth == 0 {
                                i += 1
                                break
                            }
                        }
                        i += 1
                    }
                } else {
                    break
                }
            }
        }
        skipSpaceAndComments()
        let valueStart = i
        while i < n, bytes[i] != ASCII.semicolon, !ASCII.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "(") { i += 1 }
        value = bytes[valueStart..<i].asciiLowercased
        var raw: [(name: String, value: [UInt8], quoted: Bool)] = []
        while i < n {
            // Advance to the next ";".
            while i < n, bytes[i] != ASCII.semicolon { i += 1 }
            guard i < n else { break }
            i += 1
            skipSpaceAndComments()
            let nameStart = i
            while i < n, bytes[i] != ASCII.equals, bytes[i] != ASCII.semicolon, !ASCII.isSpace(bytes[i]) { i += 1 }
            let name = bytes[nameStart..<i].asciiLowercased
            skipSpaceAndComments()
            guard i < n, bytes[i] == ASCII.equals, !name.isEmpty else { continue }
            i += 1
            skipSpaceAndComments()
            if i < n, bytes[i] == ASCII.quote {
                i += 1
                var v: [UInt8] = []
                while i < n, bytes[i] != ASCII.quote {
                    if bytes[i] == ASCII.backslash, i + 1 < n { i += 1 }
                    if bytes[i] != ASCII.cr && bytes[i] != ASCII.lf { v.append(bytes[i]) }
                    i += 1
                }
                i += 1
                raw.append((name, v, true))
            } else {
                let vStart = i
                while i < n, bytes[i] != ASCII.semicolon { i += 1 }
                raw.append((name, Array(bytes[vStart..<i][...].trimmed), false))
            }
        }
        parameters = Self.combine(raw)
    }

    /// Applies RFC 2231: `name*` (charset''percent-encoded), `name*0`, `name*1*`, … continuations.
    static func combine(_ raw: [(name: String, value: [UInt8], quoted: Bool)]) -> [String: String] {
        var result: [String: String] = [:]
        var sections: [String: [(index: Int, encoded: Bool, value: [UInt8])]] = [:]
        for (name, value, _) in raw {
            if let star = name.firstIndex(of: "*") {
                let base = String(name[..<star])
                let rest = name[name.index(after: star)...]
                if rest.isEmpty {
                    sections[base, default: []].append((0, true, value))
                } else {
                    let encoded = rest.hasSuffix("*")
                    let digits = encoded ? rest.dropLast() : rest
                    guard let index = Int(digits) else { continue }
                    sections[base, default: []].append((index, encoded, value))
                }
            } else if result[name] == nil {
                // Common non-conforming form: an encoded word inside a quoted value.
                result[name] = EncodedWords.decode(value)
            }
        }
        for (base, parts) in sections {
            let sorted = parts.sorted { $0.index < $1.index }
            var charset: String?
            var bytes: [UInt8] = []
            for (k, part) in sorted.enumerated() {
                var v = part.value[...]
                if part.encoded {
                    if k == 0 {
                        // charset'language'value
                        if let q1 = v.firstIndex(of: UInt8(ascii: "'")),
                            let q2 = v[(q1 + 1)...].firstIndex(of: UInt8(ascii: "'"))
                        {
                            charset = String(decoding: v[v.startIndex..<q1], as: UTF8.self)
                            v = v[(q2 + 1)...]
                        }
                    }
                    bytes.append(contentsOf: percentDecode(v))
                } else {
                    bytes.append(contentsOf: v)
                }
            }
            // RFC 2231 wins over a plain parameter of the same name.
            result[base] = Charset.decode(bytes, label: charset?.isEmpty == false ? charset : nil).text
        }
        return result
    }

    static func percentDecode(_ v: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(v.count)
        var i = v.startIndex
        while i < v.endIndex {
            if v[i] == UInt8(ascii: "%"), i + 2 < v.endIndex, let hi = ASCII.hexValue(v[i + 1]),
                let lo = ASCII.hexValue(v[i + 2])
            {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(v[i])
                i += 1
            }
        }
        return out
    }
}
