/// Finds the new text of a reply: what the customer wrote above the quoted history (`> …`, `On … wrote:`,
/// `在 … 写道：`, `-----Original Message-----`, `发件人：` header blocks). A stand-in until `MIME.Message` offers
/// the new text itself; callers that have it pass it to ``TriageEngine`` directly.
public enum QuoteStripper {
    /// The text before the first quote marker, without `>` lines. When that leaves nothing (a bare forward), the
    /// whole text without `>` markers is returned instead.
    public static func newText(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var cut = false
        for (i, line) in lines.enumerated() {
            let t = line.trimmingSpaces.lowercased()
            if t.hasPrefix(">") { continue }
            if isQuoteHeader(t, next: i + 1 < lines.count ? lines[i + 1].trimmingSpaces.lowercased() : "") {
                cut = true
                break
            }
            kept.append(line)
        }
        let result = kept.joined(separator: "\n")
        guard cut || kept.count < lines.count else { return text }
        if result.allSatisfy(\.isWhitespace) {
            return lines.map { line -> Substring in
                var l = line
                while let f = l.first, f == ">" || f == " " { l = l.dropFirst() }
                return l
            }.joined(separator: "\n")
        }
        return result
    }

    /// The quoted history the customer wrote themselves (their own earlier message, a forward of it), without
    /// the blocks whose attribution names the company (`客服中心 写道：`, `From: Example Store <…>`): where
    /// order and customer numbers may be taken from, but not phones.
    public static func customerQuotedText(_ text: String, companyWords: [String]) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var inQuote = false
        var fromCompany = false
        // `>` lines with no attribution above them: whose they are shows in their words, so they wait here.
        var bare: [Substring] = []
        func endBare() {
            if !bare.isEmpty, !isCompanyReply(bare) { kept += bare }
            bare.removeAll()
        }
        for (i, line) in lines.enumerated() {
            var t = line.trimmingSpaces
            let quoted = t.first == ">" || t.first == "＞"
            if !quoted { endBare() }
            if mayBeQuoteHeader(t),
                isQuoteHeader(t.lowercased(), next: i + 1 < lines.count ? lines[i + 1].trimmingSpaces.lowercased() : "")
            {
                inQuote = true
                // The attribution and the header block's first lines say whose message follows; the recipient,
                // copy and subject lines do not (the customer's own message is addressed to the company).
                let head = lines[i..<min(lines.count, i + 3)].filter { line in
                    let l = line.trimmingSpaces.lowercased()
                    return !Self.recipientHeaders.contains { l.hasPrefix($0) }
                }.joined(separator: " ").lowercased()
                fromCompany = companyWords.contains { head.containsBytes($0.lowercased()) }
                continue
            }
            while let f = t.first, f == ">" || f == "＞" || f == " " { t = t.dropFirst() }
            if quoted, !inQuote {
                bare.append(t)
            } else if inQuote, !fromCompany {
                kept.append(t)
            }
        }
        endBare()
        return kept.joined(separator: "\n")
    }

    /// Whether quoted lines read as the company's reply: they greet the customer by title (`譚女士您好：`, `Dear Mr
    /// Lee,`) or use an agent's set phrases (`如有任何疑问`, `Thank you for contacting`).
    static func isCompanyReply(_ lines: [Substring]) -> Bool {
        guard let first = lines.first(where: { !$0.isEmpty })?.lowercased() else { return false }
        let titles = ["先生", "女士", "小姐", "太太", "生", "太"]
        // A name before the title: `譚女士您好`, not a bare `先生您好`.
        let greeting =
            first.count < 20
            && titles.contains { title in
                ["您好", "你好"].contains { first.contains(title + $0) && !first.hasPrefix(title + $0) }
            }
        let dear = ["dear mr", "dear ms", "dear mrs", "dear miss", "dear customer", "dear valued", "尊敬的", "親愛的", "亲爱的"]
            .contains { first.hasPrefix($0) }
        let text = lines.joined(separator: " ").lowercased()
        let phrases = [
            "如有任何疑问", "如有任何疑問", "如有疑问", "如有疑問", "感谢您的来信", "感謝您的來信", "thank you for contacting",
            "thanks for contacting", "祝您生活愉快", "客服专员", "客服專員", "为您服务", "為您服務",
            "thank you for registering", "thank you for your order", "thank you for your purchase",
            "thanks for your order",
            "感谢您的购买", "感謝您的購買", "感谢您的订购", "感謝您的訂購",
        ]
        return greeting || dear || phrases.contains { text.containsBytes($0) }
    }

    /// Header lines that name the recipient or the subject, not the author.
    static let recipientHeaders = [
        "to:", "cc:", "subject:", "收件人", "抄送", "主题", "主旨", "收件者", "副本",
    ]

    /// A cheap test that rules out most lines: every quote header has a colon (`… wrote:`, `发件人：`, `Begin
    /// forwarded message:`) or starts with a separator (`-----Original Message-----`, `———— 原始邮件 ————`).
    static func mayBeQuoteHeader(_ t: Substring) -> Bool {
        guard let first = t.utf8.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "_") || first == UInt8(ascii: "=") || first == 0xE2 {
            return true
        }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in t.utf8 {
            if byte == UInt8(ascii: ":") { return true }
            if previous == (0xEF, 0xBC), byte == 0x9A { return true }  // ：
            previous = (previous.1, byte)
        }
        return false
    }

    static func isQuoteHeader(_ t: String, next: String) -> Bool {
        if t.isEmpty { return false }
        let dashed = t.hasPrefix("---") || t.hasPrefix("———") || t.hasPrefix("___") || t.hasPrefix("===")
        for marker in ["original message", "原始邮件", "原始郵件", "forwarded message", "转发邮件", "轉寄", "转发的邮件", "原邮件"]
        where t.containsBytes(marker) {
            if dashed || t.count < 60 { return true }
        }
        if t.hasPrefix("on "), t.hasSuffix("wrote:") || next.hasSuffix("wrote:") { return true }
        if t.hasSuffix("写道：") || t.hasSuffix("写道:") || t.hasSuffix("寫道：") || t.hasSuffix("寫道:") { return true }
        for header in ["from:", "发件人:", "发件人：", "發件人:", "發件人：", "寄件者:", "寄件者：", "寄件人:", "寄件人："]
        where t.hasPrefix(header) {
            for follower in [
                "sent:", "date:", "to:", "subject:", "发送时间", "發送時間", "日期", "时间", "收件人", "主题", "主旨", "寄件日期",
            ]
            where next.hasPrefix(follower) {
                return true
            }
        }
        if t.allSatisfy({ $0 == "_" }), t.count >= 10 { return true }
        return false
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
