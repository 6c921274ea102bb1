/// What the customer told us about themselves and what they want (SOP §1's service record fields).
public struct CustomerDetails: Sendable, Equatable {
    /// The customer's own name as written, honorifics kept (`王女士`, `Li Na`).
    public var name: String?
    /// The customer's phone numbers as digits, the first being the one to call back. Hotline and masked numbers
    /// and numbers next to a staff member's title are left out.
    public var phones: [String]
    /// The sender's address.
    public var email: String?
    /// The company's customer number (`C20240501001`).
    public var customerID: String?
    /// Order numbers from subject and body, in order of appearance.
    public var orderIDs: [String]
    /// Ticket numbers the customer refers to (`202405-001`).
    public var referencedTickets: [String]
    /// What the customer asks for: `refund`, `exchange`, `repair`, `return`, `explanation`, `apology`,
    /// `compensation`, `callback`.
    public var demands: [String]

    /// The number to call back.
    public var phone: String? { phones.first }

    public init(
        name: String? = nil, phones: [String] = [], email: String? = nil, customerID: String? = nil,
        orderIDs: [String] = [], referencedTickets: [String] = [], demands: [String] = []
    ) {
        self.name = name
        self.phones = phones
        self.email = email
        self.customerID = customerID
        self.orderIDs = orderIDs
        self.referencedTickets = referencedTickets
        self.demands = demands
    }
}
