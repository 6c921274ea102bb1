import Foundation
import MIME
import Model

/// Composes the acknowledgement for a new ticket: the customer's language, the ticket number in the subject,
/// the promised response time, threading headers and `Auto-Submitted: auto-replied` (RFC 3834).
public struct AcknowledgementComposer: Sendable {
    public var templates: TemplateRenderer
    public var configuration: GatewayConfiguration

    public init(templates: TemplateRenderer, configuration: GatewayConfiguration) {
        self.templates = templates
        self.configuration = configuration
    }

    /// The outgoing message, or a configuration error if no template fits.
    public func compose(
        for ticket: Ticket, replyingTo message: Message, now: Date
    ) throws(GatewayError) -> OutgoingMessage {
        let lang = ticket.language
        // The promise is the ticket's own deadline (a subcategory may be stricter than its priority's default).
        let promised = Duration.seconds(
            max(60, (Int64(ticket.firstResponseDue.timeIntervalSince(ticket.receivedAt)) + 30) / 60 * 60))
        let context: [String: String] = [
            "customer_name": ticket.customer.name ?? Self.defaultName[lang, default: "Customer"],
            "ticket_number": ticket.number.description,
            "subject": HeaderEncoder.sanitize(
                ticket.subject.isEmpty ? Self.noSubject[lang, default: "(no subject)"] : ticket.subject),
            "category_label": Self.categoryLabel(ticket.category, lang),
            "priority_label": Self.priorityLabel(ticket.priority, lang),
            "promised": Self.describe(promised, lang),
            "due_local": LocalTime.format(ticket.firstResponseDue, in: configuration.timeZone),
            "timezone": configuration.timeZone.identifier,
            "support_name": configuration.supportName,
        ]
        let (subject, body) = try templates.render("acknowledgement", language: lang, context: context)
        var references = message.references
        if let id = message.messageID, !references.contains(id) { references.append(id) }
        let seconds = Int64(now.timeIntervalSince1970)
        return OutgoingMessage(
            from: Address(name: configuration.supportName, address: configuration.supportAddress),
            to: [Self.recipient(for: ticket, replyingTo: message)],
            subject: subject,
            date: seconds,
            dateOffsetMinutes: configuration.timeZone.secondsFromGMT(for: now) / 60,
            messageID:
                "\(ticket.number).ack.\(Message.sha256Hex(Array(ticket.source.messageKey.utf8)).prefix(12))@\(configuration.messageIDDomain)",
            inReplyTo: message.messageID,
            references: Array(references.suffix(20)),
            extraHeaders: [
                ("Auto-Submitted", "auto-replied"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-Intake-Ticket", ticket.number.description),
            ],
            text: body)
    }

    /// Where the answer goes: the message's Reply-To when it names one (RFC 5322 §3.6.2), else the sender.
    public static func recipient(for ticket: Ticket, replyingTo message: Message) -> Address {
        if let replyTo = message.replyTo.first, !replyTo.address.isEmpty { return replyTo }
        return Address(name: ticket.customer.name, address: ticket.customer.address)
    }

    static let defaultName = ["zh-Hans": "尊敬的客户", "zh-Hant": "尊敬的客戶", "en": "Customer"]
    static let noSubject = ["zh-Hans": "（无主题）", "zh-Hant": "（無主旨）", "en": "(no subject)"]

    static func categoryLabel(_ c: TicketCategory, _ lang: String) -> String {
        switch lang {
        case "zh-Hans": c.chineseLabel
        case "zh-Hant":
            ["咨询": "諮詢", "投诉": "投訴", "售后": "售後", "建议": "建議", "紧急": "緊急"][c.chineseLabel] ?? c.chineseLabel
        default:
            [
                "inquiry": "Inquiry", "complaint": "Complaint", "after_sales": "After-sales",
                "suggestion": "Suggestion",
                "emergency": "Emergency", "other": "General",
            ][c.rawValue] ?? c.rawValue
        }
    }

    static func priorityLabel(_ p: Priority, _ lang: String) -> String {
        switch (p, lang) {
        case (.urgent, "zh-Hant"): "緊急"
        case (.urgent, "zh-Hans"): "紧急"
        case (.normal, "zh-Hans"), (.normal, "zh-Hant"): "一般"
        case (.low, "zh-Hans"), (.low, "zh-Hant"): "低"
        case (.urgent, _): "Urgent"
        case (.normal, _): "Normal"
        case (.low, _): "Low"
        }
    }

    /// `2 小时`, `2 小時`, `2 hours`, `30 minutes`.
    static func describe(_ d: Duration, _ lang: String) -> String {
        let seconds = d.wholeSeconds
        let zhHour = lang == "zh-Hant" ? "小時" : "小时"
        let zhMinute = lang == "zh-Hant" ? "分鐘" : "分钟"
        if seconds % 3600 == 0 {
            let h = seconds / 3600
            return lang.hasPrefix("zh") ? "\(h) \(zhHour)" : "\(h) hour" + (h == 1 ? "" : "s")
        }
        let m = max(1, seconds / 60)
        return lang.hasPrefix("zh") ? "\(m) \(zhMinute)" : "\(m) minute" + (m == 1 ? "" : "s")
    }
}

/// Local wall-clock times in the configured zone, independent of the process locale.
public enum LocalTime {
    /// `2024-05-01 12:30`.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ v: Int?) -> String {
            let v = v ?? 0
            return v < 10 ? "0\(v)" : "\(v)"
        }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// Year and month of `date` in `zone`: the month a ticket number carries.
    public static func yearMonth(_ date: Date, in zone: TimeZone) -> (year: Int, month: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month], from: date)
        return (c.year ?? 1970, c.month ?? 1)
    }
}
