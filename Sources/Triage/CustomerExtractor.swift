import Model

/// Finds the customer's name, phone numbers, customer number, order and ticket numbers in folded text.
struct CustomerExtractor {
    let compiled: CompiledRules

    /// One field of the message: its folded scalars, its original scalars and the rule hits in it.
    struct Field {
        var folded: [UInt32]
        var original: [Unicode.Scalar]
        var hits: [CompiledRules.Hit]

        func text(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: original[range])
            return String(s)
        }

        /// An order or customer number as written, full-width letters and digits (`２０２５Ａ１１９`) made ASCII.
        func identifier(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            for c in original[range] {
                let v = c.value
                s.append((0xFF01...0xFF5E).contains(v) ? Unicode.Scalar(v - 0xFEE0) ?? c : c)
            }
            return String(s)
        }
    }

    // MARK: Phones

    /// Phone numbers in a field, with notes on the numbers left out.
    func phones(in field: Field, notes: inout [String]) -> [String] {
        let t = field.folded
        var found: [String] = []
        var own: [String] = []
        var signature: [String] = []
        var i = 0
        while i < t.count {
            guard isDigit(t[i]) || (t[i] == 0x2B && i + 1 < t.count && isDigit(t[i + 1])) else {
                i += 1
                continue
            }
            // A run of digit groups joined by single separators.
            let runStart = i
            var groups: [(digits: [UInt32], start: Int, end: Int)] = []
            var j = i
            if t[j] == 0x2B { j += 1 }
            while j < t.count {
                let gStart = j
                while j < t.count, isDigit(t[j]) { j += 1 }
                groups.append((Array(t[gStart..<j]), gStart, j))
                var k = j
                var separators = 0
                while k < t.count, isPhoneSeparator(t[k]), separators < 2 {
                    k += 1
                    separators += 1
                }
                if k < t.count, isDigit(t[k]), k > j { j = k } else { break }
            }
            let runEnd = groups.last?.end ?? j
            i = max(runEnd, i + 1)
            let before = runStart > 0 ? t[runStart - 1] : 0x20
            let after = runEnd < t.count ? t[runEnd] : 0x20
            if isMask(before) || isMask(after) {
                notes.append("ignored a masked number")
                continue
            }
            if CompiledRules.isWordScalar(before) || isLetter(after) { continue }
            // `3D-TW-240615-77`: digits after a dash that follows letters belong to an identifier.
            if before == 0x2D, runStart >= 2, isLetter(t[runStart - 2]) { continue }
            let plus = t[runStart] == 0x2B
            var g = 0
            while g < groups.count {
                var matched = false
                var digits: [UInt32] = []
                for h in g..<min(groups.count, g + 5) {
                    digits += groups[h].digits
                    if digits.count > 14 { break }
                    guard
                        let (phone, needsCue) = normalizedPhone(
                            digits, plus: plus && g == 0, firstGroup: groups[g].digits.count)
                    else { continue }
                    let start = groups[g].start
                    if needsCue, !hasPhoneCue(before: start, in: field), !isSignatureLine(start, in: field),
                        !endsLineAfterCue(start, groups[h].end, in: field)
                    {
                        continue
                    }
                    if let reason = exclusion(phone, at: start, in: field) {
                        notes.append("ignored \(Masking.phone(phone)): \(reason)")
                    } else if !found.contains(phone) {
                        found.append(phone)
                        if isOwnNumber(at: start, in: field) { own.append(phone) }
                        if isSignatureLine(start, in: field, allowingCue: true) { signature.append(phone) }
                    }
                    g = h + 1
                    matched = true
                    break
                }
                if !matched { g += 1 }
            }
        }
        // The number the customer calls their own comes first, then one on a signature line (a phone word and the
        // number on one of the last lines), ahead of numbers told in the story (a scammer's, a courier's).
        let signed = found.filter { !own.contains($0) && signature.contains($0) }
        return own + signed + found.filter { !own.contains($0) && !signed.contains($0) }
    }

    /// `13812345678` for mainland mobiles (`+86`/`0086`/`86` dropped), `01012345678` for landlines with area code,
    /// `0912345678` for Taiwan (`+886` becomes `0`), eight digits for Hong Kong, Macau and Singapore (`+852`/`+853`/
    /// `+65` dropped), ten digits for the US and Canada (`+1` or a leading `1-` dropped) and Indian mobiles (`+91`
    /// dropped), and the national form of numbers with a trunk `0` (`+44 7911 123456` becomes `07911123456`).
    /// `firstGroup` is how many digits the number's first group has (a lone `1` is the North American `1-`). The
    /// flag says whether the number needs a phone word before it (or a signature line) to count: a bare eight- or
    /// ten-digit number may as well be a code, an amount or a reference.
    func normalizedPhone(_ raw: [UInt32], plus: Bool, firstGroup: Int = 0) -> (String, needsCue: Bool)? {
        var d = String(String.UnicodeScalarView(raw.compactMap(Unicode.Scalar.init)))
        var international = plus
        if d.hasPrefix("00"), d.count > 10 {
            d.removeFirst(2)
            international = true
        }
        if d.count == 11, d.hasPrefix("852") || d.hasPrefix("853") { return (String(d.dropFirst(3)), false) }
        if international, d.hasPrefix("886"), (11...12).contains(d.count) { return ("0" + d.dropFirst(3), false) }
        // North America: +1 and ten digits, or 1-800-… written with a lone 1.
        if d.count == 11, d.hasPrefix("1"), international || firstGroup == 1 {
            let national = String(d.dropFirst())
            return Self.isNorthAmerican(national) ? (national, !international) : nil
        }
        if international {
            if d.hasPrefix("65"), d.count == 10 { return (String(d.dropFirst(2)), false) }
            if d.hasPrefix("91"), d.count == 12, (0x36...0x39).contains(d.utf8.dropFirst(2).first ?? 0) {
                return (String(d.dropFirst(2)), false)
            }
            for code in Self.trunkZeroCountryCodes where d.hasPrefix(code) && (9...12).contains(d.count - code.count) {
                let national = d.dropFirst(code.count)
                return (national.hasPrefix("0") ? String(national) : "0" + national, false)
            }
        }
        if d.count == 13, d.hasPrefix("861") {
            d.removeFirst(2)
            international = false
        }
        if international, d.hasPrefix("86"), (11...13).contains(d.count) {
            d.removeFirst(2)
            let mobile =
                d.count == 11 && d.hasPrefix("1") && !d.hasPrefix("10") && !d.hasPrefix("11") && !d.hasPrefix("12")
            if !mobile { d = "0" + d }
        } else if international {
            // `+86 10 6234 5678` read as far as `+86 10 6234`: a country code and too few digits.
            return nil
        }
        let c = Array(d.utf8)
        if c.count == 11, c[0] == 0x31, (0x33...0x39).contains(c[1]) { return (d, false) }
        if (10...12).contains(c.count), c[0] == 0x30, c[1] != 0x30 { return (d, false) }
        // Taiwan landlines outside Taipei: a two-digit area code and seven digits (06-235-8117, (07) 331-2468).
        if c.count == 9, c[0] == 0x30, (0x33...0x38).contains(c[1]), firstGroup == 2 { return (d, false) }
        if c.count == 8, (0x32...0x39).contains(c[0]) { return (d, true) }
        // Ten digits not starting with 0 or 1: a North American number or an Indian mobile.
        if c.count == 10, Self.isNorthAmerican(d) || (0x36...0x39).contains(c[0]) { return (d, true) }
        return nil
    }

    /// A ten-digit North American number: area code and exchange start with 2–9.
    static func isNorthAmerican(_ d: String) -> Bool {
        let c = Array(d.utf8)
        return c.count == 10 && (0x32...0x39).contains(c[0]) && (0x32...0x39).contains(c[3])
    }

    /// North American toll-free area codes: company lines, never a customer's.
    static let tollFreeAreaCodes: Set<String> = ["800", "833", "844", "855", "866", "877", "888"]

    /// Country codes whose numbers are written nationally with a leading `0` (UK, Germany, Australia, New Zealand,
    /// Malaysia, Thailand, Japan, Korea, France).
    static let trunkZeroCountryCodes = ["44", "49", "61", "64", "60", "66", "81", "82", "33"]

    /// Whether `offset` is on a line of only a number (and perhaps a name) among the last four lines. With
    /// `allowingCue`, the line may also hold a phone word and a colon (`手机 187 8023 1145`, `Mob: 98450 31277`).
    func isSignatureLine(_ offset: Int, in field: Field, allowingCue: Bool = false) -> Bool {
        let t = field.folded
        let lineStart = Self.lineStart(t, offset)
        var lineEnd = offset
        while lineEnd < t.count, t[lineEnd] != 0x0A { lineEnd += 1 }
        // `(503) 555-0199 ext. 12`, `021-6478 3390 转 216`: an extension after the number.
        if let e = (offset..<lineEnd).first(where: { p in
            t[p] == 0x8F6C
                || (p + 3 <= lineEnd && t[p..<(p + 3)].elementsEqual(Self.extensionWord) && !isLetter(t[p - 1]))
        }),
            (e..<lineEnd).allSatisfy({ isDigit(t[$0]) || [0x20, 0x2E, 0x3A, 0x8F6C, 0x65, 0x78, 0x74].contains(t[$0]) })
        {
            lineEnd = e
        }
        let line = t[lineStart..<lineEnd]
        let cue = allowingCue && hasPhoneCue(from: lineStart, before: offset, in: field)
        guard
            line.allSatisfy({
                isDigit($0) || isHan($0) || isPhoneSeparator($0) || $0 == 0x2B
                    || (cue && (isLetter($0) || $0 == 0x3A || $0 == 0x2E))
            })
        else { return false }
        var later = 0
        var p = lineEnd
        while p < t.count {
            if t[p] == 0x0A, p + 1 < t.count, t[p + 1] != 0x0A, t[p + 1] != 0x20 { later += 1 }
            p += 1
        }
        return later < 4
    }

    /// Whether the number at `start..<end` ends its line and a phone word stands earlier on that line, even across a
    /// clause break ("Could someone call me when you get a chance? 6243 8819").
    func endsLineAfterCue(_ start: Int, _ end: Int, in field: Field) -> Bool {
        let t = field.folded
        var p = end
        while p < t.count, t[p] != 0x0A {
            if CompiledRules.isWordScalar(t[p]) { return false }
            p += 1
        }
        return hasPhoneCue(from: Self.lineStart(t, start), before: start, in: field)
    }

    /// Whether a phone word stands wholly between `from` and `before`.
    func hasPhoneCue(from: Int, before: Int, in field: Field) -> Bool {
        field.hits.contains { hit in
            let role = compiled.entries[hit.entry].role
            return (role == .phoneCue || role == .ownPhoneCue) && hit.start >= from && hit.end <= before
        }
    }

    /// Where the line holding `offset` starts.
    static func lineStart(_ t: [UInt32], _ offset: Int) -> Int {
        var p = offset
        while p > 0, t[p - 1] != 0x0A { p -= 1 }
        return p
    }

    /// The end of a short note in brackets at `p` (`（苹果手机）`, at most 24 scalars on one line), or `p` when there
    /// is none.
    func afterNote(_ t: [UInt32], at p: Int) -> Int {
        guard p < t.count, t[p] == 0x28 || t[p] == 0xFF08 else { return p }
        var r = p + 1
        while r < t.count, r - p < 24, t[r] != 0x29, t[r] != 0xFF09, t[r] != 0x0A { r += 1 }
        return r < t.count && (t[r] == 0x29 || t[r] == 0xFF09) ? r + 1 : p
    }

    /// Whether a phone word (`电话`, `phone`, `call me`) stands shortly before `start` in the same clause.
    func hasPhoneCue(before start: Int, in field: Field) -> Bool {
        field.hits.contains { hit in
            let role = compiled.entries[hit.entry].role
            return (role == .phoneCue || role == .ownPhoneCue) && isShortlyBefore(hit, start, in: field)
        }
    }

    /// Whether the customer calls the number at `start` their own (`我的电话`, `my cell`).
    func isOwnNumber(at start: Int, in field: Field) -> Bool {
        field.hits.contains { hit in
            compiled.entries[hit.entry].role == .ownPhoneCue && isShortlyBefore(hit, start, in: field)
        }
    }

    /// Whether `hit` ends shortly before `start` in the same clause. Latin words are longer than Chinese ones, so
    /// they reach further ("call me immediately at …"); after a Chinese word a Latin name counts as one character
    /// per word ("同事 Kenneth Tsang（电话 …").
    func isShortlyBefore(_ hit: CompiledRules.Hit, _ start: Int, in field: Field, latinReach: Int = 24) -> Bool {
        let t = field.folded
        guard hit.end <= start else { return false }
        if isLetter(t[hit.start]) {
            // English is hard-wrapped: "please call⏎me on 617-555-0186" is one sentence; a blank line is not.
            return start - hit.end <= latinReach
                && (hit.end..<start).allSatisfy { p in
                    t[p] != 0x0A ? !isBreak(t[p]) : p + 1 < start && t[p + 1] != 0x0A
                }
        }
        guard !containsBreak(t, hit.end..<start) else { return false }
        return span(field.folded, hit.end..<start) <= 12
    }

    /// The length of `range`, each run of Latin letters counting as one.
    func span(_ t: [UInt32], _ range: Range<Int>) -> Int {
        var n = 0
        var inWord = false
        for i in range {
            let letter = isLetter(t[i])
            if !letter || !inWord { n += 1 }
            inWord = letter
        }
        return n
    }

    /// Why a number is not the customer's, or `nil`.
    func exclusion(_ phone: String, at start: Int, in field: Field) -> String? {
        for prefix in compiled.rules.extraction.hotlinePrefixes where phone.hasPrefix(prefix) {
            // Taiwan's 0800/0809 toll-free numbers have ten digits; 0809 117 4452 is a Nigerian mobile.
            if prefix.hasPrefix("080"), phone.count > 10 { continue }
            // 95xxx and 96xxx are mainland service numbers, but 9632 1875 on a signature line or after a phone word
            // (`手機：9631 2084`) is a Hong Kong mobile; a company's line is caught by its other-party word (`客服电话`).
            if prefix.count <= 2, phone.count == 8,
                isSignatureLine(start, in: field) || hasPhoneCue(before: start, in: field)
            {
                continue
            }
            return "a hotline number"
        }
        if phone.count == 10, Self.isNorthAmerican(phone), Self.tollFreeAreaCodes.contains(String(phone.prefix(3))) {
            return "a toll-free number"
        }
        if let label = numberLabel(before: start, in: field) { return "it follows \(label)" }
        for hit in field.hits where compiled.entries[hit.entry].role == .otherParty {
            guard isShortlyBefore(hit, start, in: field, latinReach: 32) else { continue }
            // "我妈的电话… 我的电话 139…": the customer's own word between them wins.
            let ownBetween = field.hits.contains { own in
                compiled.entries[own.entry].role == .ownPhoneCue && own.start >= hit.end && own.end <= start
            }
            if !ownBetween { return "it belongs to \(compiled.entries[hit.entry].text)" }
        }
        return nil
    }

    /// The order, customer-number or other-number label (`订单号`, `customer ID`, `tracking no.`) right before
    /// `start`, if any: the number after it is not a phone.
    func numberLabel(before start: Int, in field: Field) -> String? {
        let t = field.folded
        for hit in field.hits where hit.end <= start && start - hit.end <= 6 {
            switch compiled.entries[hit.entry].role {
            case .orderCue, .customerIDCue:
                if isVoid(hit, in: field) { continue }
            case .otherNumberCue: break
            default: continue
            }
            if skipCueFiller(t, from: hit.end) >= start { return compiled.entries[hit.entry].text }
        }
        return nil
    }

    // MARK: Identifiers

    /// Whether an order or customer-number label is part of a label of another kind, so no such number follows:
    /// `no.` in `serial no.` or `customer no.`, `单号` in `快递单号`, `account` in `bank account`, `#` after `phone`.
    func isVoid(_ hit: CompiledRules.Hit, in field: Field) -> Bool {
        let role = compiled.entries[hit.entry].role
        return field.hits.contains { other in
            // `other` starts first (or is longer) and touches `hit`, perhaps across one space.
            guard other.start <= hit.start, other.start < hit.start || other.end > hit.end,
                other.end >= hit.start || (other.end == hit.start - 1 && field.folded[other.end] == 0x20)
            else { return false }
            switch compiled.entries[other.entry].role {
            case .otherNumberCue: return true
            case .customerIDCue: return role == .orderCue
            // A Latin phone word: `phone no.`, `tel #`, `mobile number` (not `手机订单`, an order for a phone).
            case .phoneCue, .ownPhoneCue: return role == .orderCue && isLetter(field.folded[other.start])
            default: return false
            }
        }
    }

    /// Where the number after a label starts: after spaces, colons, `#`, `No.`, brackets, `是`/`为`/`号`/`码` and
    /// `is`/`was`, and after a line break that follows a colon (`订单：⏎EC…`).
    func skipCueFiller(_ t: [UInt32], from start: Int) -> Int {
        var p = start
        var skipped = 0
        var colon = false
        while p < t.count, skipped < 8 {
            let c = t[p]
            if isCueFiller(c) || c == 0x7801 {
                colon = colon || c == 0x3A
            } else if c == 0x0A, colon {
                colon = false
            } else if let w = ["is ", "was ", "number ", "nr ", "no."].first(where: { startsWord($0, in: t, at: p) }) {
                p += w.unicodeScalars.count
                skipped += 1
                continue
            } else {
                break
            }
            p += 1
            skipped += 1
        }
        return p
    }

    /// Whether the word `w` (lower case ASCII) starts at `p`, not inside a longer word.
    func startsWord(_ w: String, in t: [UInt32], at p: Int) -> Bool {
        let scalars = w.unicodeScalars.map(\.value)
        guard p + scalars.count <= t.count, p == 0 || !CompiledRules.isWordScalar(t[p - 1]) else { return false }
        return zip(scalars, t[p...]).allSatisfy { $0 == $1 }
    }

    /// Order numbers: a token after an order cue (and the tokens listed after it), or a configured prefix followed
    /// by enough digits.
    func orderIDs(in field: Field) -> [String] {
        var found: [(Int, String)] = []
        let t = field.folded
        let x = compiled.rules.extraction
        for hit in field.hits {
            switch compiled.entries[hit.entry].role {
            case .orderCue:
                if isVoid(hit, in: field) { continue }
                let token = { (p: Int) in
                    self.idToken(t, from: p, minimumDigits: x.orderMinimumDigits, slashes: true)
                        ?? self.codeToken(field, from: p)
                }
                // `PO-88213`, `PO/BT/2025/0311`: a Latin label joined to its number by a dash or a slash is part of it
                // (not in `HY-PO-2409`).
                let joined =
                    hit.end < t.count && (t[hit.end] == 0x2D || t[hit.end] == 0x2F) && isLetter(t[hit.start])
                    && (hit.start == 0 || !CompiledRules.isWordScalar(t[hit.start - 1]) && t[hit.start - 1] != 0x2D)
                var p = joined ? hit.start : skipCueFiller(t, from: hit.end)
                // "The order number on the packing slip is WL-3390217", "订单号我抄下来了：⏎…".
                if token(p) == nil,
                    let q = [afterLabelWords(t, from: hit.end), listAfterColonLine(t, from: hit.end)]
                        .compactMap({ $0 }).first(where: { token($0) != nil })
                {
                    p = q
                }
                while let (id, end) = token(p) {
                    found.append((p, field.identifier(p..<end).filter { $0 != "#" }))
                    guard let next = nextListed(t, after: end) ?? nextLine(t, after: end, like: id) else { break }
                    p = next
                }
                for cell in tableColumn(t, under: hit) {
                    if let (_, end) = token(cell), end == cellEnd(t, cell) {
                        found.append((cell, field.identifier(cell..<end).filter { $0 != "#" }))
                    }
                }
            case .orderPrefix(let i):
                let spec = x.orderPrefixes[i]
                if hit.start > 0, CompiledRules.isWordScalar(t[hit.start - 1]) { continue }
                var p = hit.end
                while p < t.count, isDigit(t[p]) { p += 1 }
                let n = p - hit.end
                if n >= spec.minimumDigits, n <= spec.maximumDigits, p == t.count || !CompiledRules.isWordScalar(t[p]) {
                    found.append((hit.start, field.identifier(hit.start..<p)))
                }
            default: continue
            }
        }
        var seen: Set<String> = []
        return found.sorted { $0.0 < $1.0 }.map(\.1).filter {
            !isTrackingNumber($0) && seen.insert($0.uppercased()).inserted
        }
    }

    /// Other numbers of the text with the shape of an order number already found ("订单 T250412883016 —— 原来的是
    /// T250409120557"): the same letters before the first digit, the same length, and digits, letters and dashes in
    /// the same places. Only for shapes that are hardly anything else: with letters, or of ten digits or more; never
    /// a number after a label of another kind (tracking, invoice, serial).
    func sameShape(as found: [String], in field: Field) -> [String] {
        let shapes = Set(found.compactMap(Self.distinctiveShape))
        guard !shapes.isEmpty else { return [] }
        let t = field.folded
        var out: [String] = []
        var p = 0
        while p < t.count {
            guard CompiledRules.isWordScalar(t[p]), p == 0 || !CompiledRules.isWordScalar(t[p - 1]) && t[p - 1] != 0x2D,
                let (_, end) = idToken(t, from: p, minimumDigits: compiled.rules.extraction.orderMinimumDigits)
            else {
                p += 1
                continue
            }
            let id = field.identifier(p..<end)
            if let shape = Self.distinctiveShape(id), shapes.contains(shape), !isTrackingNumber(id),
                TicketNumber(id) == nil, !followsOtherNumberLabel(p, in: field)
            {
                out.append(id)
            }
            p = end
        }
        return out
    }

    /// An order number's shape (`T250409120557` → `T999999999999`, `HLB-55102` → `HLB-99999`), or `nil` when the
    /// shape is too common to tell an order number from other numbers (digits only, fewer than ten).
    static func distinctiveShape(_ id: String) -> String? {
        var shape = ""
        var sawDigit = false
        var letters = 0
        for c in id.uppercased().unicodeScalars {
            if ("0"..."9").contains(c) {
                sawDigit = true
                shape.append("9")
            } else if ("A"..."Z").contains(c) {
                letters += 1
                shape.unicodeScalars.append(sawDigit ? "A" : c)
            } else {
                shape.unicodeScalars.append(c)
            }
        }
        return letters > 0 || shape.count >= 10 ? shape : nil
    }

    /// Whether a label for another kind of number (tracking, invoice, serial) stands just before `start`.
    func followsOtherNumberLabel(_ start: Int, in field: Field) -> Bool {
        field.hits.contains { hit in
            guard case .otherNumberCue = compiled.entries[hit.entry].role, hit.end <= start else { return false }
            return skipCueFiller(field.folded, from: hit.end) >= start
        }
    }

    /// Where the cells below a label in a table header start (`| 訂單編號 | 我訂的 |⏎| TW24110387 | 木製疊疊樂 |`), for
    /// tables written with bars; rules of dashes are passed over. Empty when the label is not in a table's header.
    func tableColumn(_ t: [UInt32], under hit: CompiledRules.Hit) -> [Int] {
        let start = Self.lineStart(t, hit.start)
        var p = start
        while p < hit.start, t[p] == 0x20 { p += 1 }
        guard p < hit.start, t[p] == 0x7C else { return [] }
        let column = (start..<hit.start).filter { t[$0] == 0x7C }.count
        var cells: [Int] = []
        var line = hit.end
        while line < t.count, t[line] != 0x0A { line += 1 }
        while line < t.count, cells.count < 50 {
            line += 1
            var bars = 0
            var q = line
            while q < t.count, t[q] == 0x20 { q += 1 }
            guard q < t.count, t[q] == 0x7C else { break }
            var cell: Int?
            while q < t.count, t[q] != 0x0A {
                if t[q] == 0x7C {
                    bars += 1
                    if bars == column { cell = q + 1 }
                }
                q += 1
            }
            if var c = cell {
                while c < q, t[c] == 0x20 { c += 1 }
                if c < q, t[c] != 0x2D { cells.append(c) }
            }
            line = q
        }
        return cells
    }

    /// Where a table cell starting at `p` ends, spaces before the next bar left out.
    func cellEnd(_ t: [UInt32], _ p: Int) -> Int {
        var q = p
        while q < t.count, t[q] != 0x7C, t[q] != 0x0A { q += 1 }
        while q > p, t[q - 1] == 0x20 { q -= 1 }
        return q
    }

    /// Whether an id has the shape of a courier's waybill (`SF1487720390615`: a configured prefix and its digits).
    func isTrackingNumber(_ id: String) -> Bool {
        let upper = id.uppercased()
        // The UPU's S10 shape of international post (`EB031155786CN`, `RR123456785GB`): two letters, nine digits, two.
        let u = Array(upper.unicodeScalars)
        if u.count == 13,
            u.indices.allSatisfy({ i in
                (2..<11).contains(i) ? ("0"..."9").contains(u[i]) : ("A"..."Z").contains(u[i])
            })
        {
            return true
        }
        return compiled.rules.extraction.trackingPrefixes.contains { spec in
            guard upper.hasPrefix(spec.prefix.uppercased()) else { return false }
            let rest = upper.dropFirst(spec.prefix.count)
            return rest.allSatisfy(\.isASCII) && rest.allSatisfy(\.isNumber)
                && (spec.minimumDigits...spec.maximumDigits).contains(rest.count)
        }
    }

    /// Where the number starts when a few words stand between its label and it, ending in `是`, a colon, a comma,
    /// `is`, `are` or `was`, in the same sentence (a colon may end the line, and the sentence may be wrapped): "two
    /// orders I don't recognise, 7781203 and 7781209". `nil` when there is no such ending.
    func afterLabelWords(_ t: [UInt32], from start: Int) -> Int? {
        var p = start
        while p < t.count, p - start < 24 {
            let c = t[p]
            // From the colon or `是` itself, so a line break after a colon is skipped too.
            if c == 0x662F || c == 0x3A { return skipCueFiller(t, from: p) }
            if c == 0x2C { return skipCueFiller(t, from: p + 1) }
            if let w = ["is ", "are ", "was "].first(where: { startsWord($0, in: t, at: p) }) {
                return skipCueFiller(t, from: p + w.unicodeScalars.count)
            }
            // A hard-wrapped line goes on; a blank line ends the sentence.
            if c == 0x0A, p + 1 < t.count, t[p + 1] == 0x0A || p == start { return nil }
            if [0x3002, 0x2E, 0x21, 0x3F, 0x3B].contains(c) || isDigit(c) { return nil }
            p += 1
        }
        return nil
    }

    /// Where a list starts when the label's line ends with a colon and the numbers follow one a line ("里面多了三个
    /// 订单，不是我订的：⏎YT-BJ-250217-1120⏎…"): the first token of the next line, when that line holds only it.
    func listAfterColonLine(_ t: [UInt32], from start: Int) -> Int? {
        var p = start
        var lastMark: UInt32 = 0
        while p < t.count, t[p] != 0x0A {
            if t[p] != 0x20 { lastMark = t[p] }
            p += 1
        }
        guard lastMark == 0x3A, p < t.count else { return nil }
        var q = p + 1
        // One blank line may stand between (HTML paragraphs).
        while q < t.count, t[q] == 0x20 || t[q] == 0x2D || t[q] == 0x2A || (t[q] == 0x0A && q == p + 1) { q += 1 }
        guard let (_, end) = idToken(t, from: q, minimumDigits: compiled.rules.extraction.orderMinimumDigits) else {
            return nil
        }
        var r = end
        while r < t.count, t[r] == 0x20 { r += 1 }
        return r == t.count || t[r] == 0x0A || t[r] == 0x28 || t[r] == 0xFF08 ? q : nil
    }

    /// A booking code such as an airline's `K7XQ2M` or `FA-9QK2LM`: five to ten capital letters and digits (perhaps
    /// in dash-joined groups), with at least one digit and two letters, as written (after an order label only).
    func codeToken(_ field: Field, from p: Int) -> (String, Int)? {
        let t = field.folded
        var q = p
        var (digits, letters) = (0, 0)
        while q < t.count, q - p <= 11 {
            let o = field.original[q].value
            if isDigit(t[q]) {
                digits += 1
            } else if (0x41...0x5A).contains(o) || (0xFF21...0xFF3A).contains(o) {
                letters += 1
            } else if t[q] == 0x2D, q > p, q + 1 < t.count, CompiledRules.isWordScalar(t[q + 1]) {
                // a dash between groups
            } else if CompiledRules.isWordScalar(t[q]) {
                return nil
            } else {
                break
            }
            q += 1
        }
        guard (5...10).contains(digits + letters), digits >= 1, letters >= 2, q - p <= 11 else { return nil }
        return (field.identifier(p..<q), q)
    }

    /// Where the next number of a list written one a line starts (`2025030988127（苹果手机）⏎2025030988163`): the next
    /// line's first token, when it has the shape of `previous` (its length and first two characters).
    func nextLine(_ t: [UInt32], after end: Int, like previous: String) -> Int? {
        var q = afterNote(t, at: end)
        while q < t.count, t[q] == 0x20 { q += 1 }
        guard q < t.count, t[q] == 0x0A else { return nil }
        q += 1
        while q < t.count, t[q] == 0x20 || t[q] == 0x2D || t[q] == 0x2A { q += 1 }
        guard let (next, _) = idToken(t, from: q, minimumDigits: 1), next.count == previous.count,
            next.prefix(2).lowercased() == previous.prefix(2).lowercased()
        else { return nil }
        return q
    }

    /// Where the next token of a list starts (`A…, B… and C…`, `A…、B…`, `A… / B…`, `#A… & #B…`), or `nil`.
    func nextListed(_ t: [UInt32], after end: Int) -> Int? {
        // `GB2409150771（一台相机）和GB2409150772`: a short note in brackets after an item.
        let itemEnd = afterNote(t, at: end)
        var q = itemEnd
        var gap = 0
        while q < t.count, gap < 6 {
            if isListSeparator(t[q]) || t[q] == 0x23 {
                q += 1
                gap += 1
            } else if let w = ["and ", "or "].first(where: { startsWord($0, in: t, at: q) }), q > end,
                t[q - 1] == 0x20
            {
                q += w.unicodeScalars.count
                gap += 1
            } else {
                break
            }
        }
        return q > itemEnd && q < t.count ? q : nil
    }

    /// A token of letters and digits, perhaps joined by dashes (and underscores when `underscores`, slashes and dots
    /// when `slashes`: `BP/24/009137`, `GPA.3391-2207-5518-40312`), with at least
    /// `minimumDigits` digits, that is not a mainland mobile number.
    func idToken(
        _ t: [UInt32], from p: Int, minimumDigits: Int, underscores: Bool = false, slashes: Bool = false
    ) -> (String, Int)? {
        var q = p
        var digits = 0
        while q < t.count,
            CompiledRules.isWordScalar(t[q])
                || ((t[q] == 0x2D || (underscores && t[q] == 0x5F) || (slashes && (t[q] == 0x2F || t[q] == 0x2E)))
                    && q > p
                    && q + 1 < t.count && CompiledRules.isWordScalar(t[q + 1]))
        {
            if isDigit(t[q]) { digits += 1 }
            q += 1
            if q - p > 40 { return nil }
        }
        guard digits >= minimumDigits, q > p else { return nil }
        let token = String(String.UnicodeScalarView(t[p..<q].compactMap(Unicode.Scalar.init)))
        if digits == q - p, digits == 11, normalizedPhone(t[p..<q].filter(isDigit), plus: false) != nil { return nil }
        return (token, q)
    }

    /// The first customer number: a configured prefix and its digits (`C20240501001`), or the token after a
    /// customer-number label (`会员编号 U0087341`, `Merchant ID: mrc_7HQ2K91XZ`).
    func customerID(in field: Field) -> String? {
        let t = field.folded
        var best: (Int, String)?
        for hit in field.hits {
            switch compiled.entries[hit.entry].role {
            case .customerIDPrefix(let i):
                let spec = compiled.rules.extraction.customerIDPrefixes[i]
                if hit.start > 0, CompiledRules.isWordScalar(t[hit.start - 1]) { continue }
                var p = hit.end
                while p < t.count, isDigit(t[p]) { p += 1 }
                let n = p - hit.end
                if n >= spec.minimumDigits, n <= spec.maximumDigits, p == t.count || !CompiledRules.isWordScalar(t[p]) {
                    if best == nil || hit.start < best!.0 {
                        best = (hit.start, field.identifier(hit.start..<p).uppercased())
                    }
                }
            case .customerIDCue:
                if isVoid(hit, in: field) { continue }
                let p = skipCueFiller(t, from: hit.end)
                guard
                    let (token, end) = idToken(
                        t, from: p, minimumDigits: compiled.rules.extraction.customerIDMinimumDigits,
                        underscores: true)
                else { continue }
                // A bare number needs more digits than a code (`account 2024` is a year); a ticket number is not one.
                if token.allSatisfy(\.isNumber), token.count < 6 { continue }
                if TicketNumber(token) != nil { continue }
                if best == nil || p < best!.0 { best = (p, field.identifier(p..<end)) }
            default: continue
            }
        }
        return best?.1
    }

    /// Ticket numbers `YYYYMM-NNN` (year 2000–2099, month 01–12).
    func ticketReferences(in field: Field) -> [String] {
        let t = field.folded
        var found: [String] = []
        var i = 0
        while i + 9 < t.count {
            if isDigit(t[i]), i == 0 || !CompiledRules.isWordScalar(t[i - 1]),
                (0..<6).allSatisfy({ isDigit(t[i + $0]) }),
                t[i + 6] == 0x2D
            {
                var p = i + 7
                while p < t.count, isDigit(t[p]) { p += 1 }
                let text = String(String.UnicodeScalarView(t[i..<p].compactMap(Unicode.Scalar.init)))
                if p - (i + 7) >= 3, p == t.count || !CompiledRules.isWordScalar(t[p]),
                    let number = TicketNumber(text), (2000...2099).contains(number.year)
                {
                    if !found.contains(number.description) { found.append(number.description) }
                    i = p
                    continue
                }
            }
            i += 1
        }
        return found
    }

    // MARK: Names

    /// The customer's name from a self-introduction, a signature, or the display name, with where it came from.
    func name(body: Field, displayName: String?, address: String? = nil) -> (String, String)? {
        var candidates: [(String, String)] = []
        for hit in body.hits where compiled.entries[hit.entry].role == .selfIntroduction {
            if let n = nameAfter(body, at: hit.end, latin: isLetter(body.folded[hit.start])) {
                candidates.append((n, "self-introduction \"\(compiled.entries[hit.entry].text)…\""))
                break
            }
        }
        if let n = signatureName(body) { candidates.append((n, "signature")) }
        if let d = displayName.map({ String($0.trimmingSpaces) }) {
            // `Grace Liang | Sunway Travel`, `張雅筑｜成長行銷顧問`: the person before the bar.
            let barred = d.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map { String($0.trimmingSpaces) }
            if barred.count > 1 {
                if let n = barred.first, isPersonName(n) { candidates.append((n, "display name")) }
            } else if let n = personPart(of: d) {
                // `網店成長顧問 陳凱文`, `宏展企業 採購部 蔡佳蓉`: the person, without their title or company.
                candidates.append((n, "display name"))
            } else if isPersonName(d) {
                candidates.append((d, "display name"))
            }
        }
        if let n = lastLinesName(body, address: address) { candidates.append((n, "closing lines")) }
        if let n = nameAfterPhone(body) { candidates.append((n, "name after the phone number")) }
        guard var best = candidates.first else { return nil }
        // A nickname, a shop or a Latin name in the display name (`老马`, `户外老猫`, `Kelvin Lau`) gives way to the
        // full Chinese name the customer writes in the mail (`马志强`, `劉嘉豪`).
        if !isFullChineseName(best.0),
            let full = candidates.first(where: { $0.1 != "display name" && isFullChineseName($0.0) })
        {
            best = full
        }
        for c in candidates.dropFirst() where c.0.count > best.0.count && c.0.containsBytes(best.0) { best = c }
        // The fullest form: a full name (`郭佩瑜`) over the same surname with an honorific (`郭小姐`).
        if isHonorificForm(best.0),
            let full = candidates.first(where: { c in
                !isHonorificForm(c.0) && c.0.unicodeScalars.first == best.0.unicodeScalars.first
                    && c.0.unicodeScalars.allSatisfy { isHan($0.value) } && (2...4).contains(c.0.unicodeScalars.count)
            })
        {
            best = full
        }
        return best
    }

    /// Whether `name` is a Chinese surname and given name (`马志强`, `欧阳娜`), not a nickname or an honorific form.
    func isFullChineseName(_ name: String) -> Bool {
        let han = TextNormalizer.fold(name)
        guard (2...4).contains(han.count), han.allSatisfy(isHan), !isHonorificForm(name),
            !compiled.rules.extraction.signOffs.contains(
                String(String.UnicodeScalarView(han.compactMap(Unicode.Scalar.init))))
        else { return false }
        let compound = Self.compoundSurnames.contains(
            String(String.UnicodeScalarView(han.prefix(2).compactMap(Unicode.Scalar.init))))
        return compound ? han.count >= 3 : Self.surnames.contains(han[0]) && han.count <= 3
    }

    /// Whether `name` is a Chinese surname and an honorific (`王女士`, `梁生`, `欧阳先生`).
    func isHonorificForm(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard scalars.allSatisfy({ isHan($0.value) }), scalars.count <= 4 else { return false }
        let folded = String(String.UnicodeScalarView(TextNormalizer.fold(name).compactMap(Unicode.Scalar.init)))
        return Self.honorifics.contains { folded.hasSuffix($0) && folded.count > $0.count }
    }

    /// The person in a display name that also names their company or department (`宏展企業 採購部 蔡佳蓉`): its last
    /// space-separated part that is a Chinese name by itself.
    func personPart(of displayName: String) -> String? {
        // `网络推广部-孙经理`: a dash between Chinese parts separates them too.
        let parts = displayName.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "－" }).map(String.init)
        guard parts.count > 1 else { return nil }
        for part in parts.reversed() {
            let scalars = Array(part.unicodeScalars)
            guard (2...4).contains(scalars.count), scalars.allSatisfy({ isHan($0.value) }), isPersonName(part) else {
                continue
            }
            let f = Field(folded: TextNormalizer.fold(part), original: scalars, hits: [])
            if chineseName(f, from: 0) == part { return part }
        }
        return nil
    }

    /// The person at the end of a line that first gives their role or department (`店长 孙立`, `行政部 鄭嘉欣`).
    func nameAfterRole(_ line: String) -> String? {
        guard let last = line.split(separator: " ").last, last.count < line.count, let n = personPart(of: line),
            n == last
        else { return nil }
        return n
    }

    /// A surname and honorific in brackets right after a phone number (`电话：5432 1098（梁生）`).
    func nameAfterPhone(_ f: Field) -> String? {
        let t = f.folded
        var p = 1
        while p + 2 < t.count {
            defer { p += 1 }
            guard t[p] == 0x28 else { continue }
            var q = p - 1
            while q > 0, t[q] == 0x20 { q -= 1 }
            guard isDigit(t[q]), let name = chineseName(f, from: p + 1), isHonorificForm(name) else { continue }
            let end = p + 1 + name.unicodeScalars.count
            if end < t.count, t[end] == 0x29 { return name }
        }
        return nil
    }

    /// A name right after `start` (skipping spaces and colons), unless it is a staff member's title.
    func nameAfter(_ f: Field, at start: Int, latin: Bool) -> String? {
        var p = start
        while p < f.folded.count, f.folded[p] == 0x20 || f.folded[p] == 0x3A || f.folded[p] == 0xFF1A { p += 1 }
        for hit in f.hits where hit.start == p && compiled.entries[hit.entry].role == .otherParty { return nil }
        if latin { return latinName(f, from: p) }
        let t = f.folded
        var end = p
        while end < t.count, end - p < 24, isHan(t[end]) { end += 1 }
        // `我是钱包用户林思远`, `我是…五金的老板钟建华`: a full name (three characters; two are too often the end of a
        // word, `工程师`) that ends the clause, after the customer's role (用户, 老板, 店长, 车主, 会员, …).
        let clauseEnd: String? =
            end - 3 > p ? chineseName(f, from: end - 3).flatMap { $0.unicodeScalars.count == 3 ? $0 : nil } : nil
        if let name = clauseEnd, Self.roleEndings.contains(t[end - 4]) { return name }
        // A name ends its clause or is followed by a word that cannot continue it (`我是张伟想问…`); `我是钱包用户林思远`
        // does not introduce 钱包用.
        if let name = chineseName(f, from: p) {
            let after = p + name.unicodeScalars.count
            if after == end || Self.notInNames.contains(t[after]) { return name }
        }
        // `我是旺角梁记茶餐厅的梁生`: the name after the place or company the customer belongs to.
        var q = p
        while q < end, q - p < 12 {
            if t[q] == 0x7684 || t[q] == 0x5605, let name = chineseName(f, from: q + 1) { return name }
            q += 1
        }
        return clauseEnd
    }

    /// Up to three capitalised words (`Li Na`, `John O'Brien`).
    func latinName(_ f: Field, from start: Int) -> String? {
        var words: [String] = []
        var p = start
        while p < f.original.count, words.count < 3 {
            let c = f.original[p].value
            guard (0x41...0x5A).contains(c) else { break }
            var q = p
            while q < f.original.count, isLetter(f.folded[q]) || f.original[q] == "'" || f.original[q] == "-" { q += 1 }
            var word = f.text(p..<q)
            if ["I", "The", "A", "An", "Customer", "Your", "Writing", "Not"].contains(word) { break }
            // `Ms. Winnie Lau`: a title's dot does not end the name.
            if ["Mr", "Ms", "Mrs", "Dr", "Prof"].contains(word), q < f.original.count, f.original[q] == "." {
                word += "."
                q += 1
            }
            words.append(word)
            p = q
            if p < f.original.count, f.original[p] == " " { p += 1 } else { break }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A surname and one or two given-name characters, or a surname and an honorific (`王女士`).
    func chineseName(_ f: Field, from start: Int) -> String? {
        var end = start
        while end < f.folded.count, end - start < 6, isHan(f.folded[end]) { end += 1 }
        let han = Array(f.folded[start..<end])
        guard han.count >= 2 else { return nil }
        var surname = 1
        if han.count >= 3,
            Self.compoundSurnames.contains(String(String.UnicodeScalarView(han[0..<2].compactMap(Unicode.Scalar.init))))
        {
            surname = 2
        }
        for length in ((surname + 1)...min(surname + 3, han.count)).reversed() {
            let tail = String(String.UnicodeScalarView(han[surname..<length].compactMap(Unicode.Scalar.init)))
            if Self.honorifics.contains(tail) { return f.text(start..<(start + length)) }
        }
        guard surname == 2 || Self.surnames.contains(han[0]), !Self.wordsLikeNames.contains(Array(han[0..<2])) else {
            return nil
        }
        var length = surname + 1
        // A third character continues the name unless it starts the next word (`张伟想问`); at the end of the run
        // (`王志刚⏎`) only a particle ends it.
        let ending = han.count == surname + 2 && !Self.particles.contains(han[surname + 1])
        if han.count > surname + 1, ending || !Self.notInNames.contains(han[surname + 1]) { length = surname + 2 }
        if length < han.count, Self.honorifics.contains(where: { $0.unicodeScalars.first!.value == han[length] }) {
            return nil
        }
        return f.text(start..<(start + length))
    }

    /// The name on the first line after a sign-off that ends its line (`此致`, `Best regards,`).
    func signatureName(_ f: Field) -> String? {
        let t = f.folded
        let signOffs = f.hits.filter { compiled.entries[$0.entry].role == .signOff }
        for hit in signOffs.reversed() {
            var p = hit.end
            while p < t.count, t[p] != 0x0A, isPunctuationOrSpace(t[p]) { p += 1 }
            guard p == t.count || t[p] == 0x0A else { continue }
            // The next non-empty line that is not itself a sign-off.
            while true {
                while p < t.count, t[p] == 0x0A || t[p] == 0x20 { p += 1 }
                while p < t.count, t[p] == 0x2D || t[p] == 0x2014 || t[p] == 0x20 || t[p] == 0x7E { p += 1 }
                guard p < t.count else { return nil }
                guard let next = signOffs.first(where: { $0.start == p }) else { break }
                p = next.end
                while p < t.count, t[p] != 0x0A { p += 1 }
            }
            if (0x41...0x5A).contains(f.original[p].value) { return latinName(f, from: p) }
            // `此致⏎易買港 客戶服務部⏎采豐貿易有限公司⏎行政部 鄭嘉欣`: past the lines naming a company or department (up
            // to three), to the person at the end of a line.
            for _ in 0..<3 {
                var lineEnd = p
                while lineEnd < t.count, t[lineEnd] != 0x0A { lineEnd += 1 }
                let line = String(f.text(p..<lineEnd).trimmingSpaces)
                if let n = nameAfterRole(line) { return n }
                if isPersonName(line) { return chineseName(f, from: p) }
                p = lineEnd
                while p < t.count, t[p] == 0x0A || t[p] == 0x20 { p += 1 }
                guard p < t.count, isHan(t[p]) else { return nil }
            }
        }
        return nil
    }

    /// Among the last three lines, a line that is only a name (a Chinese name may be followed by a phone number).
    func lastLinesName(_ f: Field, address: String?) -> String? {
        let t = f.folded
        // The last three non-empty lines, from the end.
        var lines: [Range<Int>] = []
        var end = t.count
        while end > 0, lines.count < 3 {
            while end > 0, t[end - 1] == 0x0A || t[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, t[start - 1] != 0x0A { start -= 1 }
            if start < end { lines.append(start..<end) }
            end = start
        }
        for line in lines {
            // `店长 孙立`, `行政部 鄭嘉欣`: a role or department, then the person.
            let text = String(f.text(line).trimmingSpaces)
            if !text.contains(where: \.isNumber), let n = nameAfterRole(text) { return n }
            var p = line.lowerBound
            while p < line.upperBound, t[p] == 0x2D || t[p] == 0x2014 || t[p] == 0x20 || t[p] == 0x7E { p += 1 }
            var q = p
            while q < line.upperBound, isHan(t[q]) || isLetter(t[q]) || t[q] == 0x20 || f.original[q] == "'" { q += 1 }
            let rest = t[q..<line.upperBound]
            guard q > p, rest.allSatisfy({ isDigit($0) || isPhoneSeparator($0) || $0 == 0x2B }) else { continue }
            let hanCount = (p..<q).filter { isHan(t[$0]) }.count
            if hanCount >= 2, hanCount <= 4, (p..<q).allSatisfy({ isHan(t[$0]) || t[$0] == 0x20 }),
                let name = chineseName(f, from: p)
            {
                return name
            }
            if hanCount == 0, rest.isEmpty, (0x41...0x5A).contains(f.original[p].value),
                let name = latinName(f, from: p),
                name.split(separator: " ").count >= 2 || address?.lowercased().hasPrefix(name.lowercased()) == true,
                name.count == f.text(p..<q).trimmingSpaces.count
            {
                return name
            }
        }
        return nil
    }

    /// Whether a display name looks like a person's (not an address, a company or a team).
    func isPersonName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.contains(where: { $0 == "@" }), name.unicodeScalars.count <= 40 else { return false }
        let folded = TextNormalizer.fold(name)
        let lower = String(String.UnicodeScalarView(folded.compactMap(Unicode.Scalar.init)))
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        for (w, latin) in compiled.nonPersonWords {
            // Latin words must be whole words (`hr` is not in `Chris`); Chinese ones may be part of the name.
            if latin
                ? words.contains(w) || (w.contains(where: { $0 == " " }) && lower.containsBytes(w))
                : lower.containsBytes(w)
            {
                return false
            }
        }
        // A user name, not a person's name: `zhang.san`, `kevin_88`, `lina`.
        let hasSpace = name.contains(where: { $0 == " " })
        let odd = name.contains(where: { $0.isNumber || $0 == "_" || $0 == "." })
        if name.utf8.allSatisfy({ $0 < 0x80 }), !hasSpace || odd {
            return name.first?.isUppercase == true && name.count > 1 && !odd
        }
        return folded.contains(where: { isHan($0) || isLetter($0) })
    }

    // MARK: Scalars

    @inline(__always) func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
    @inline(__always) func isLetter(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) }
    @inline(__always) func isHan(_ v: UInt32) -> Bool { (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) }
    func isMask(_ v: UInt32) -> Bool { v == 0x2A || v == 0x78 || v == 0xD7 || v == 0x2022 }
    func isPhoneSeparator(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x2D || v == 0x2E || v == 0x28 || v == 0x29 || v == 0x2014
    }
    func isCueFiller(_ v: UInt32) -> Bool {
        // spaces : # 是 系 (Cantonese 係, folded) 为 號 号 ( ) and "no." letters are not fillers
        [
            0x20, 0x3A, 0x23, 0x2E, 0x662F, 0x7CFB, 0x4E3A, 0x53F7, 0x28, 0x29, 0xFF08, 0xFF09, 0x3010, 0x3011, 0x5B,
            0x5D, 0x5F,
        ]
        .contains(v)
    }
    func isListSeparator(_ v: UInt32) -> Bool { [0x20, 0x2C, 0x3001, 0x2F, 0x548C, 0x53CA, 0x26, 0x3B].contains(v) }
    func isPunctuationOrSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x2C || v == 0x2E || v == 0x21 || v == 0x3002 || v == 0xFF0C || v == 0x3001 || v == 0xFF01
    }
    func containsBreak(_ t: [UInt32], _ range: Range<Int>) -> Bool { range.contains { isBreak(t[$0]) } }
    /// A line break or the end of a sentence or clause (`。`, `!`, `?`, `;`, `；`).
    func isBreak(_ v: UInt32) -> Bool { [0x0A, 0x3002, 0x21, 0x3F, 0x3B, 0xFF1B].contains(v) }

    static let honorifics: Set<String> = ["先生", "女士", "小姐", "老师", "太太", "同学", "阿姨", "经理", "生", "太"]
    static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯", "公孙", "尉迟"]
    static let surnames: Set<UInt32> = Set(
        ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖"
            + "贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
            + "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
            + "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
            + "郎甄丛仲虞敖巩明佘池查麻苑迟邝洪").unicodeScalars.map(\.value))
    /// `ext`, as in `555-0199 ext. 12`.
    static let extensionWord: [UInt32] = "ext".unicodeScalars.map(\.value)
    /// Particles that end a clause after a two-character name (`是王志的`).
    static let particles: Set<UInt32> = Set("的了吗呢啊呀吧嘛在是和我你他她说".unicodeScalars.map(\.value))
    /// Words that start with a surname but are not names (`我是明天中午办婚宴的新娘`).
    static let wordsLikeNames: Set<[UInt32]> = Set(
        [
            "明天", "明早", "明晚", "明年", "明白", "明明", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "常常", "高兴", "方便",
            "关于", "于是", "包装", "安装", "成功", "文件", "江湖", "时候", "刚刚", "全部", "车主", "业主", "万一", "和我", "谢谢", "谢了",
        ]
        .map { $0.unicodeScalars.map(\.value) })
    /// Last characters of the role a customer gives before their name (`用户`, `老板`, `店长`, `车主`, `会员`, `经理`,
    /// `负责人`, `…的`).
    static let roleEndings: Set<UInt32> = Set("户板长主员理人的".unicodeScalars.map(\.value))
    /// Characters that end a name rather than continue it (`我是张伟想问…`).
    static let notInNames: Set<UInt32> = Set(
        "的想在要请问是有和我你您购买了也就还从这那给对把被向跟说今昨明去来已刚又都".unicodeScalars.map(\.value))
}
