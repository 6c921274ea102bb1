/// `text/plain; format=flowed` (RFC 3676): soft line breaks joined, space-stuffing removed.
public enum FlowedText {
    /// Unflows LF-separated text. A line ending in a space continues on the next line of the same quote
    /// depth (§4.2); with `delSp` that space is deleted (§4.3). The signature separator `-- ` is never
    /// joined (§4.3), and one leading space of a line is stuffing (§4.4).
    public static func unflow(_ text: String, delSp: Bool) -> String {
        var out: [UInt8] = []
        var utf8 = Array(text.utf8)
        if utf8.last == ASCII.lf { utf8.removeLast() }
        let lines = utf8.split(separator: ASCII.lf, omittingEmptySubsequences: false)
        var continuing = false
        var previousDepth = 0
        for line in lines {
            var depth = 0
            var body = line[...]
            while body.first == UInt8(ascii: ">") {
                depth += 1
                body = body.dropFirst()
            }
            if body.first == ASCII.space { body = body.dropFirst() }
            let isSignature = body.elementsEqual([ASCII.dash, ASCII.dash, ASCII.space])
            if continuing, depth == previousDepth, !isSignature {
                out += body
            } else {
                if !out.isEmpty { out.append(ASCII.lf) }
                out += Array(repeating: UInt8(ascii: ">"), count: depth)
                if depth > 0 { out.append(ASCII.space) }
                out += body
            }
            continuing = !isSignature && body.last == ASCII.space
            if continuing, delSp { out.removeLast() }
            previousDepth = depth
        }
        if text.utf8.last == ASCII.lf { out.append(ASCII.lf) }
        return String(decoding: out, as: UTF8.self)
    }
}
