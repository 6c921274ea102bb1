/// Where a ticket is in its life. The SOP's received/confirmed/archived map onto `new`/`closed` and the archive.
public enum TicketStatus: String, Sendable, Codable, CaseIterable {
    case new
    case assigned
    case inProgress = "in_progress"
    case waitingCustomer = "waiting_customer"
    case resolved
    case closed
    case reopened

    /// The statuses this one may move to.
    public var allowedNext: Set<TicketStatus> {
        switch self {
        case .new: [.assigned, .inProgress, .waitingCustomer, .resolved, .closed]
        case .assigned: [.assigned, .inProgress, .waitingCustomer, .resolved, .closed]
        case .inProgress: [.assigned, .waitingCustomer, .resolved]
        case .waitingCustomer: [.assigned, .inProgress, .resolved, .closed]
        case .resolved: [.closed, .reopened]
        case .closed: [.reopened]
        case .reopened: [.assigned, .inProgress, .waitingCustomer, .resolved]
        }
    }

    /// Checks a transition; the error says which moves are allowed.
    public func transition(to next: TicketStatus) throws(TransitionError) -> TicketStatus {
        guard allowedNext.contains(next) else { throw TransitionError(from: self, to: next) }
        return next
    }

    /// An illegal status change.
    public struct TransitionError: Error, Sendable, Equatable, CustomStringConvertible {
        public let from: TicketStatus
        public let to: TicketStatus
        public var description: String {
            let allowed = from.allowedNext.map(\.rawValue).sorted().joined(separator: ", ")
            return
                "a ticket cannot go from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it can go to: \(allowed)"
        }
    }
}
