import Foundation
import Model

/// Everything triage decided about one message, with the reasons.
public struct TriageResult: Sendable, Equatable {
    public var category: TicketCategory
    /// A finer type inside the category (`logistics`, `account_security`, …), when a subcategory rule matched.
    public var subcategory: String?
    public var priority: Priority
    /// `zh-Hans`, `zh-Hant` or `en`: the language replies should use.
    public var language: String
    public var customer: CustomerDetails
    /// The department the rules route the message to.
    public var department: String
    /// First-response and resolution deadlines, counted from when the message was received.
    public var deadlines: Deadlines
    /// Score per category, for evaluation and debugging.
    public var scores: [TicketCategory: Double]
    /// Which rule matched which words, why the priority is what it is, how the deadlines were computed.
    public var explanations: [String]
}

/// Everything triage needs: the rules, the staff, the service levels and the calendar.
public struct TriageConfiguration: Sendable {
    public var rules: TriageRules
    public var staff: StaffDirectory
    public var serviceLevels: SLAPolicy
    public var calendar: BusinessCalendar
    /// The learned second opinion on category and priority (`config/model.json`); `nil`: the rules alone decide.
    public var model: TriageModel?

    public init(
        rules: TriageRules, staff: StaffDirectory = StaffDirectory(), serviceLevels: SLAPolicy = SLAPolicy(),
        calendar: BusinessCalendar, model: TriageModel? = nil
    ) {
        self.model = model
        self.rules = rules
        self.staff = staff
        self.serviceLevels = serviceLevels
        self.calendar = calendar
    }
}
