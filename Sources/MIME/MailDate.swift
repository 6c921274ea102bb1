/// Dates in mail headers (RFC 5322 §3.3) and the odd forms clients send, as seconds since 1970 UTC.
public enum MailDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60,
        "mst": -7 * 60, "mdt": -6 * 60, "pst": -8 * 60, "pdt": -7 * 60, "bst": 60, "cet": 60, "cest": 120, "jst": 540,
    ]

    /// Parses `[Day, ] DD Mon YYYY HH:MM[:SS] (+HHMM|zone)` (RFC 5322 §3.3, with the obsolete zones of §4.3),
    /// asctime `Mon May  1 10:30:00 2024`, and ISO-like `YYYY-MM-DD[T ]HH:MM:SS[Z|±HH:MM]` or `YYYY/MM/DD`.
    /// `nil` if unreadable or out of the years 1000–9999.
    public static func parse(_ text: String) -> Int64? { parse(bytes: Array(text.utf8)) }

    /// `parse(_:)` on the raw header bytes.
    public static func parse(bytes input: [UInt8]) -> Int64? {
        // Lower-case, comments removed, at most 256 bytes.
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(min(input.count, 256))
        var depth = 0
        for b in input.prefix(256) {
            if b == UInt8(ascii: "(") {
                depth += 1
            } else if b == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                cleaned.append(ASCII.lower(b))
            }
        }
        var tokens: [ArraySlice<UInt8>] = []
        for raw in cleaned.split(whereSeparator: { $0 == ASCII.space || $0 == UInt8(ascii: ",") || ASCII.isSpace($0) })
        {
            // ISO form: split "2024-05-01t10:30:00+08:00" into date and time tokens.
            if let t = raw.firstIndex(of: UInt8(ascii: "t")), t > raw.startIndex, isDigit(raw[raw.startIndex]),
                t + 1 < raw.endIndex, isDigit(raw[t + 1])
            {
                tokens.append(raw[..<t])
                tokens.append(raw[(t + 1)...])
            } else {
                tokens.append(raw)
            }
        }
        var day: Int?
        var month: Int?
        var year: Int?
        var h = 0
        var m = 0
        var s = 0
        var offsetMinutes = 0
        for var t in tokens {
            if month == nil, t.count >= 3, let idx = monthIndex(t) {
                month = idx + 1
            } else if t.contains(ASCII.colon) {
                // A zone may be glued to the time: "10:30:00+08:00", "10:30:00z".
                if let z = t.firstIndex(where: {
                    $0 == UInt8(ascii: "+") || $0 == ASCII.dash || $0 == UInt8(ascii: "z")
                }) {
                    let zone = t[z...].filter { $0 != ASCII.colon }
                    if zone == [UInt8(ascii: "z")] {
                        offsetMinutes = 0
                    } else if zone.count == 5, let v = number(zone.dropFirst()) {
                        offsetMinutes = (zone[0] == ASCII.dash ? -1 : 1) * ((v / 100) * 60 + v % 100)
                    }
                    t = t[..<z]
                }
                let parts = t.split(separator: ASCII.colon, omittingEmptySubsequences: false).map(number)
                guard parts.count >= 2, let hh = parts[0], let mm = parts[1] else { continue }
                h = hh
                m = mm
                if parts.count > 2, let ss = parts[2] { s = ss }
            } else if t.count >= 8, isDigit(t[t.startIndex]), t.contains(ASCII.dash) || t.contains(UInt8(ascii: "/")) {
                let parts = t.split(whereSeparator: { $0 == ASCII.dash || $0 == UInt8(ascii: "/") }).compactMap(number)
                if parts.count == 3, parts[0] > 31 {
                    year = parts[0]
                    month = parts[1]
                    day = parts[2]
                }
            } else if t.count == 5, t[t.startIndex] == UInt8(ascii: "+") || t[t.startIndex] == ASCII.dash,
                let v = number(t.dropFirst())
            {
                let sign = t[t.startIndex] == ASCII.dash ? -1 : 1
                offsetMinutes = sign * ((v / 100) * 60 + v % 100)
            } else if t.count <= 4, let v = number(t) {
                if day == nil, v >= 1, v <= 31, year == nil || month != nil {
                    day = v
                } else if year == nil {
                    year = v < 50 ? 2000 + v : (v < 1000 ? 1900 + v : v)
                } else if day == nil {
                    day = v
                }
            } else if t.count >= 5, t.count <= 9,
                t.starts(with: Array("gmt".utf8)) || t.starts(with: Array("utc".utf8)),
                t[t.startIndex + 3] == UInt8(ascii: "+") || t[t.startIndex + 3] == ASCII.dash
            {
                // "GMT+0800", "UTC+08:00", "GMT+8".
                let digits = t[(t.startIndex + 4)...].filter { $0 != ASCII.colon }
                if let v = number(digits[...]) {
                    let minutes = digits.count <= 2 ? v * 60 : (v / 100) * 60 + v % 100
                    offsetMinutes = (t[t.startIndex + 3] == ASCII.dash ? -1 : 1) * minutes
                }
            } else if t.count <= 4, let z = zones[String(decoding: t, as: UTF8.self)] {
                offsetMinutes = z
            }
        }
        guard let d = day, let mo = month, let y = year, (1000...9999).contains(y), (1...12).contains(mo),
            (1...31).contains(d), (0...23).contains(h), (0...59).contains(m), (0...60).contains(s),
            abs(offsetMinutes) < 24 * 60
        else { return nil }
        let days = daysFromCivil(y, mo, d)
        return days * 86400 + Int64(h * 3600 + m * 60 + min(s, 59)) - Int64(offsetMinutes * 60)
    }

    static let monthPrefixes: [[UInt8]] = months.map { Array($0.utf8) }

    static func monthIndex(_ t: ArraySlice<UInt8>) -> Int? {
        monthPrefixes.firstIndex { t.starts(with: $0) }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// A non-negative decimal of at most 9 digits.
    static func number(_ t: ArraySlice<UInt8>) -> Int? {
        guard !t.isEmpty, t.count <= 9 else { return nil }
        var v = 0
        for b in t {
            guard isDigit(b) else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    /// Formats seconds since 1970 as an RFC 5322 date in the given offset, independent of any locale.
    public static func format(_ seconds: Int64, offsetMinutes: Int = 0) -> String {
        let local = seconds + Int64(offsetMinutes * 60)
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let secs = Int(local - days * 86400)
        let (y, mo, d) = civilFromDays(days)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(((days % 7) + 7) % 7)]
        let monthName = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        let sign = offsetMinutes < 0 ? "-" : "+"
        let off = abs(offsetMinutes)
        return
            "\(weekday), \(d) \(monthName) \(y) \(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60)) \(sign)\(two(off / 60))\(two(off % 60))"
    }

    /// ISO-8601 in UTC, e.g. `2026-05-01T02:30:00Z`.
    public static func iso8601(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secs = Int(seconds - days * 86400)
        let (y, mo, d) = civilFromDays(days)
        return "\(y)-\(two(mo))-\(two(d))T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = Int64(m <= 2 ? y0 - 1 : y0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64(m > 2 ? m - 3 : m + 9)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}
