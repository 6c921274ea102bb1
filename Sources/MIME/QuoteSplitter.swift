/// Separates what the customer wrote from quoted history and signatures.
///
/// Recognised: `>` quoting (also interleaved), `-- ` signature separators (RFC 3676 §4.3), Gmail/Apple
/// "On … wrote:" attributions and their Chinese forms (`… 写道：`, `… 寫道：`), NetEase
/// `在 2024-05-01 10:30:00，"张三" <…> 写道：`, Outlook `-----Original Message-----` and `From:/Sent:` header
/// blocks with their Simplified and Traditional Chinese forms (`发件人:` `发送时间:` `收件人:` `主题:`,
/// `寄件者:` `寄件日期:` `收件者:` `主旨:`), QQ/Foxmail `------------------ 原始邮件 ------------------`,
/// and mobile signatures ("Sent from my iPhone", "发自我的iPhone", "發自我的 iPhone"). Linear in the text.
public enum QuoteSplitter {
    /// The new text of a reply: everything above the first quoted-history marker, without `>` lines and
    /// without a trailing signature, trimmed.
    public static func newText(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var index = 0
        // After a forward marker: 1 until its header block starts, 2 inside it; a blank line after it ends it.
        var forwardState = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace
            let blank = trimmed.isEmpty
            // A forwarded message is content the customer sends on, not history: its marker and header block
            // stay, and splitting resumes after them.
            if forwardState > 0 || isForwardMarker(trimmed) {
                if isForwardMarker(trimmed) {
                    forwardState = 1
                } else if !blank {
                    forwardState = 2
                } else if forwardState == 2 {
                    forwardState = 0
                }
                kept.append(line)
                index += 1
                continue
            }
            if isQuoteHeader(lines, at: index) || isSignatureStart(trimmed, line) { break }
            if trimmed.hasPrefix(">") || trimmed.hasPrefix("＞") {
                // Quoted line (also interleaved replies): dropped.
            } else if !blank || kept.last.map({ !$0.trimmingWhitespace.isEmpty }) == true {
                // Runs of blank lines left by dropped quotes collapse to one.
                kept.append(line)
            }
            index += 1
        }
        while let first = kept.first, first.trimmingWhitespace.isEmpty { kept.removeFirst() }
        while let last = kept.last, last.trimmingWhitespace.isEmpty { kept.removeLast() }
        return kept.map { String($0.trimmingTrailingWhitespace) }.joined(separator: "\n")
    }

    /// Words of a separator line that introduces the original message (Outlook, QQ, Foxmail, Apple).
    static let separatorWords = [
        "original message", "original", "原始邮件", "原始郵件", "郵件原件", "原邮件", "原郵件", "邮件原件",
    ]
    /// Attribution line endings ("On … wrote:", "… 写道：").
    static let attributionEndings = ["wrote:", "写道：", "写道:", "寫道：", "寫道:", "writes:"]
    /// First field of an Outlook/Foxmail quoted header block.
    static let fromLabels = ["from:", "发件人:", "发件人：", "寄件者:", "寄件者：", "寄件人:", "寄件人：", "发信人:", "发信人："]
    /// Fields that follow it within a few lines.
    static let blockLabels = [
        "sent:", "date:", "to:", "subject:", "cc:", "发送时间:", "发送时间：", "时间:", "时间：", "日期:", "日期：",
        "收件人:", "收件人：", "主题:", "主题：", "抄送:", "抄送：", "寄件日期:", "寄件日期：", "傳送時間:",
        "傳送時間：", "收件者:", "收件者：", "主旨:", "主旨：", "副本:", "副本：", "時間:", "時間：",
    ]
    /// Mobile signature lines.
    static let signaturePrefixes = [
        "sent from my", "sent from outlook", "get outlook for", "发自我的", "發自我的", "从我的", "從我的", "寄自我的",
        "发自网易邮箱", "發自網易郵箱", "发自 网易邮箱", "来自网易邮箱", "发自手机qq邮箱", "发自手机QQ邮箱",
    ]

    /// The text above the first forwarded-message marker (the customer's own words, when they forward someone else's
    /// message), or `nil` when the text forwards nothing.
    public static func textBeforeForward(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let i = lines.firstIndex(where: { isForwardMarker($0.trimmingWhitespace) }) else { return nil }
        return lines[..<i].joined(separator: "\n")
    }

    /// Gmail "---------- Forwarded message ---------" and its Chinese forms, Apple "Begin forwarded message:".
    static let forwardWords = ["forwarded message", "begin forwarded message:", "转发的邮件", "转发邮件", "轉寄的郵件", "轉寄郵件"]

    static func isForwardMarker(_ trimmed: Substring) -> Bool {
        guard trimmed.utf8.count < 80 else { return false }
        let lower = trimmed.lowercased().filter { $0 != "-" }.trimmingCharacters
        return forwardWords.contains(lower)
    }

    /// Whether the line at `index` starts quoted history.
    static func isQuoteHeader(_ lines: [Substring], at index: Int) -> Bool {
        let trimmed = lines[index].trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count < 400 else { return false }
        let lower = trimmed.lowercased()
        // "-----Original Message-----", "------------------ 原始邮件 ------------------".
        if lower.hasPrefix("---") || lower.hasPrefix("___") || lower.hasPrefix("＿") {
            let words = lower.filter { $0 != "-" && $0 != "_" && $0 != " " }
            if separatorWords.contains(where: { words == $0.filter { $0 != " " } }) { return true }
            // Outlook Web: a rule of underscores followed by a From: block.
            if words.isEmpty, lower.hasPrefix("___"), index + 1 < lines.count,
                isHeaderBlock(lines, at: index + 1)
            {
                return true
            }
        }
        if attributionEndings.contains(where: { lower.hasSuffix($0) }) { return isAttribution(lower) }
        // Gmail wraps long attributions: "On Mon, May 1, 2024 at 10:30 AM Zhang San <" / "zs@example.com> wrote:".
        if lower.hasPrefix("on "), index + 1 < lines.count {
            let next = lines[index + 1].trimmingWhitespace.lowercased()
            if attributionEndings.contains(where: { next.hasSuffix($0) }), next.utf8.count < 200 { return true }
        }
        return isHeaderBlock(lines, at: index)
    }

    static func isAttribution(_ lower: String) -> Bool {
        // "On … wrote:", "在 … 写道：", "… 于2024年5月1日 … 写道：", "2024年5月1日 … 写道：", "… <a@b> wrote:".
        lower.hasPrefix("on ") || lower.hasPrefix("在") || lower.hasPrefix("於") || lower.contains("于")
            || lower.contains("於") || lower.contains("@") || lower.contains("年") || lower.first?.isNumber == true
            || lower.hasPrefix("\"") || lower.hasPrefix("“")
    }

    /// `From:` followed within four lines by two more header fields such as `Sent:` and `To:`, or `发送时间:`
    /// and `收件人:`.
    static func isHeaderBlock(_ lines: [Substring], at index: Int) -> Bool {
        let lower = lines[index].trimmingWhitespace.lowercased()
        guard fromLabels.contains(where: { lower.hasPrefix($0) }) else { return false }
        var k = index + 1
        var found = 0
        while k < lines.count, k <= index + 4 {
            let next = lines[k].trimmingWhitespace.lowercased()
            if blockLabels.contains(where: { next.hasPrefix($0) }) { found += 1 }
            k += 1
        }
        // Two more fields, as every client writes; one could be the customer's own "From: … To: …" text.
        return found >= 2
    }

    static func isSignatureStart(_ trimmed: Substring, _ line: Substring) -> Bool {
        if line == "-- " || line == "--" || line == "-- \r" { return true }
        guard trimmed.utf8.count <= 60 else { return false }
        let lower = trimmed.lowercased()
        return signaturePrefixes.contains { lower.hasPrefix($0) }
    }
}

extension String {
    fileprivate var trimmingCharacters: String { String(Substring(self).trimmingWhitespace) }
}

extension Substring {
    var trimmingWhitespace: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }

    var trimmingTrailingWhitespace: Substring {
        var s = self
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
