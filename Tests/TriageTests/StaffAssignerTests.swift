import Testing

@testable import Triage

@Suite struct StaffAssignerTests {
    static let members = [
        StaffDirectory.Member(id: "a", name: "A", departments: ["cs"]),
        StaffDirectory.Member(id: "b", name: "B", departments: ["cs", "qa"]),
        StaffDirectory.Member(id: "c", name: "C", departments: ["cs"]),
    ]

    @Test func roundRobinGoesInTurnPerDepartment() {
        var assigner = StaffAssigner(directory: StaffDirectory(strategy: .roundRobin, members: Self.members))
        let cs = (0..<4).compactMap { _ in assigner.assign(department: "cs")?.member.id }
        #expect(cs == ["a", "b", "c", "a"])
        #expect(assigner.assign(department: "qa")?.member.id == "b")
        #expect(assigner.assign(department: "nobody") == nil)
    }

    @Test func departmentsKeepTheirListedOrder() throws {
        let yaml =
            "strategy: round_robin\ndepartments:\n  a: [{id: x, name: X}, {id: y, name: Y}]\n  b: [{id: y, name: Y}, {id: x, name: X}]\n"
        let directory = try StaffDirectory.parse(yaml, file: "staff.yaml")
        #expect(directory.members(of: "b").map(\.id) == ["y", "x"])
        #expect(directory.members.count == 2)
        #expect(throws: RuleFileError.self) {
            _ = try StaffDirectory.parse(
                "departments:\n  a: [{id: x, name: X}]\n  b: [{id: x, name: Z}]\n", file: "s.yaml")
        }
    }

    @Test func leastLoadedPicksFewestOpenTicketsAndRotatesTies() {
        var assigner = StaffAssigner(directory: StaffDirectory(strategy: .leastLoaded, members: Self.members))
        #expect(assigner.assign(department: "cs", openTickets: ["a": 3, "b": 1, "c": 2])?.member.id == "b")
        let tied = (0..<2).compactMap { _ in
            assigner.assign(department: "cs", openTickets: ["a": 1, "b": 5, "c": 1])?.member.id
        }
        #expect(Set(tied) == ["a", "c"])
    }
}
