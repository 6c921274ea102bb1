/// How soon a ticket must be answered (the SOP's 紧急程度).
public enum Priority: String, Sendable, Codable, CaseIterable, Comparable {
    case urgent
    case normal
    case low

    /// Lower rank is more urgent.
    public var rank: Int {
        switch self {
        case .urgent: 0
        case .normal: 1
        case .low: 2
        }
    }

    /// One level more urgent (urgent stays urgent).
    public var raised: Priority {
        switch self {
        case .urgent, .normal: .urgent
        case .low: .normal
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
