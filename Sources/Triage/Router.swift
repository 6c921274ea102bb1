import Model

/// Sends each category to a department (SOP §2).
public struct Router: Sendable {
    public var departments: [TicketCategory: String]

    public init(departments: [TicketCategory: String] = Router.defaults) { self.departments = departments }

    public func department(for category: TicketCategory) -> String { departments[category] ?? "customer_service" }

    public static let defaults: [TicketCategory: String] = [
        .inquiry: "customer_service", .complaint: "quality", .afterSales: "after_sales", .suggestion: "product",
        .emergency: "supervisor", .other: "customer_service",
    ]
}
