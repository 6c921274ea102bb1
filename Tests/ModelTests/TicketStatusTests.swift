import Testing

@testable import Model

@Suite("TicketStatus")
struct TicketStatusTests {
    /// The SOP's transition table, written out independently of the source.
    static let allowed: [TicketStatus: Set<TicketStatus>] = [
        .new: [.assigned, .inProgress, .waitingCustomer, .resolved, .closed],
        .assigned: [.assigned, .inProgress, .waitingCustomer, .resolved, .closed],
        .inProgress: [.assigned, .waitingCustomer, .resolved],
        .waitingCustomer: [.assigned, .inProgress, .resolved, .closed],
        .resolved: [.closed, .reopened],
        .closed: [.reopened],
        .reopened: [.assigned, .inProgress, .waitingCustomer, .resolved],
    ]

    @Test("every pair of statuses is allowed or refused as the table says", arguments: TicketStatus.allCases)
    func transitions(from: TicketStatus) throws {
        for to in TicketStatus.allCases {
            let expected = Self.allowed[from]!.contains(to)
            if expected {
                #expect(try from.transition(to: to) == to, "\(from) -> \(to)")
            } else {
                #expect(throws: TicketStatus.TransitionError(from: from, to: to), "\(from) -> \(to)") {
                    try from.transition(to: to)
                }
            }
        }
    }

    @Test("nothing goes back to new")
    func neverBackToNew() {
        for status in TicketStatus.allCases {
            #expect(!status.allowedNext.contains(.new))
        }
    }

    @Test(
        "the error names the allowed moves, sorted",
        arguments: [
            (
                TicketStatus.closed, TicketStatus.inProgress,
                "a ticket cannot go from closed to in_progress; from closed it can go to: reopened"
            ),
            (.resolved, .new, "a ticket cannot go from resolved to new; from resolved it can go to: closed, reopened"),
            (
                .inProgress, .closed,
                "a ticket cannot go from in_progress to closed; from in_progress it can go to: assigned, resolved, waiting_customer"
            ),
            (
                .reopened, .reopened,
                "a ticket cannot go from reopened to reopened; from reopened it can go to: assigned, in_progress, resolved, waiting_customer"
            ),
        ])
    func errorMessage(from: TicketStatus, to: TicketStatus, message: String) {
        do {
            _ = try from.transition(to: to)
            Issue.record("\(from) -> \(to) should be refused")
        } catch {
            #expect(error.from == from)
            #expect(error.to == to)
            #expect(error.description == message)
        }
    }

    @Test("raw values are the snake_case names stored on disk")
    func rawValues() {
        #expect(
            TicketStatus.allCases.map(\.rawValue) == [
                "new", "assigned", "in_progress", "waiting_customer", "resolved", "closed", "reopened",
            ])
        #expect(TicketStatus(rawValue: "inProgress") == nil)
    }
}

@Suite("Priority and categories")
struct PriorityTests {
    @Test(
        "raised moves one level up and stops at urgent",
        arguments: [
            (Priority.low, Priority.normal), (.normal, .urgent), (.urgent, .urgent),
        ])
    func raised(from: Priority, expected: Priority) {
        #expect(from.raised == expected)
    }

    @Test("urgent sorts first")
    func ordering() {
        #expect([Priority.low, .urgent, .normal].sorted() == [.urgent, .normal, .low])
        #expect(Priority.urgent < .normal)
        #expect(!(Priority.low < .normal))
    }

    @Test("default service levels are 2 h, 24 h and 48 h")
    func serviceLevels() {
        let sla = ServiceLevel()
        #expect(sla.firstResponse(for: .urgent).wholeSeconds == 7_200)
        #expect(sla.firstResponse(for: .normal).wholeSeconds == 86_400)
        #expect(sla.firstResponse(for: .low).wholeSeconds == 172_800)
    }

    @Test("categories carry their stored names and Chinese labels")
    func categories() {
        #expect(TicketCategory.afterSales.rawValue == "after_sales")
        #expect(TicketCategory.allCases.map(\.chineseLabel) == ["咨询", "投诉", "售后", "建议", "紧急", "其他"])
    }
}
