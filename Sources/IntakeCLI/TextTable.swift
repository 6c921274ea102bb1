import Foundation

/// Renders rows as an aligned plain-text table, counting East Asian wide characters (Chinese, full-width
/// forms) as two columns so that Chinese text lines up in a terminal; or as CSV (RFC 4180).
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The table with columns padded to their widest cell; cells over `maxWidth` columns are cut with `…`.
    func render(maxWidth: Int = 48) -> String {
        let cells = ([headers] + rows).map { $0.map { Self.truncate(Self.clean($0), to: maxWidth) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
        }
        return cells.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - Self.width(cell) + 2) }
            }
            return line
        }.joined(separator: "\n")
    }

    /// CSV with a header line; fields quoted when they contain a comma, quote or line break.
    func csv() -> String {
        ([headers] + rows).map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// Display columns of a string in a terminal.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + columns($1) }
    }

    static func columns(_ u: Unicode.Scalar) -> Int {
        switch u.value {
        case 0...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x0300...0x036F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// Line breaks and tabs become spaces, so one cell stays on one line.
    static func clean(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }

    static func truncate(_ s: String, to maxWidth: Int) -> String {
        guard width(s) > maxWidth else { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = ch.unicodeScalars.reduce(0) { $0 + columns($1) }
            if w + cw > maxWidth - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }
}
