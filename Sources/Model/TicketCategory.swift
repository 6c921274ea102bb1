/// What kind of request a ticket is (the SOP's 需求类型).
public enum TicketCategory: String, Sendable, Codable, CaseIterable {
    /// 咨询: product features, how-to, policies, order or logistics status.
    case inquiry
    /// 投诉: product quality, service attitude, delivery delay, wrong item.
    case complaint
    /// 售后: repair, return, exchange, refund, warranty, installation.
    case afterSales = "after_sales"
    /// 建议: ideas and feedback.
    case suggestion
    /// 紧急: account security, system outage, safety risk.
    case emergency
    /// Anything the rules could not place.
    case other

    /// The Chinese label staff know the category by.
    public var chineseLabel: String {
        switch self {
        case .inquiry: "咨询"
        case .complaint: "投诉"
        case .afterSales: "售后"
        case .suggestion: "建议"
        case .emergency: "紧急"
        case .other: "其他"
        }
    }
}
