/// The staff who can own tickets, by department, and how the next owner is chosen (`config/staff.yaml`).
public struct StaffDirectory: Sendable {
    /// How an owner is chosen among a department's staff.
    public enum Strategy: String, Sendable, CaseIterable {
        /// In turn, one after another.
        case roundRobin = "round_robin"
        /// The one with the fewest open tickets; ties go in turn.
        case leastLoaded = "least_loaded"
    }

    /// One member of staff.
    public struct Member: Sendable, Equatable {
        /// A stable id (`cs01`); tickets store it.
        public var id: String
        /// The name shown to staff.
        public var name: String
        public var departments: [String]
        public init(id: String, name: String, departments: [String]) {
            self.id = id
            self.name = name
            self.departments = departments
        }
    }

    public var strategy: Strategy
    public var members: [Member]
    /// Per department, member ids in the order the configuration lists them (when known).
    public var rosters: [String: [String]]

    public init(strategy: Strategy = .leastLoaded, members: [Member] = [], rosters: [String: [String]] = [:]) {
        self.strategy = strategy
        self.members = members
        self.rosters = rosters
    }

    /// The staff of a department, in the order the configuration lists them under it.
    public func members(of department: String) -> [Member] {
        if let ids = rosters[department] { return ids.compactMap { id in members.first { $0.id == id } } }
        return members.filter { $0.departments.contains(department) }
    }
}

/// Chooses owners. A value: the caller keeps it between messages so round-robin carries on where it stopped.
public struct StaffAssigner: Sendable {
    public let directory: StaffDirectory
    /// Per department, how many owners have been chosen so far.
    public private(set) var turns: [String: Int]

    public init(directory: StaffDirectory, turns: [String: Int] = [:]) {
        self.directory = directory
        self.turns = turns
    }

    /// The chosen owner and why.
    public struct Assignment: Sendable, Equatable {
        public var member: StaffDirectory.Member
        public var explanation: String
    }

    /// Chooses the next owner in `department`; `openTickets` maps staff ids to their open tickets. `nil` when the
    /// department has no staff.
    public mutating func assign(department: String, openTickets: [String: Int] = [:]) -> Assignment? {
        let staff = directory.members(of: department)
        guard !staff.isEmpty else { return nil }
        let turn = turns[department, default: 0]
        turns[department] = turn + 1
        switch directory.strategy {
        case .roundRobin:
            let member = staff[turn % staff.count]
            return Assignment(
                member: member, explanation: "assigned to \(member.id) in turn (round robin in \(department))")
        case .leastLoaded:
            let fewest = staff.map { openTickets[$0.id, default: 0] }.min() ?? 0
            let tied = staff.filter { openTickets[$0.id, default: 0] == fewest }
            let member = tied[turn % tied.count]
            return Assignment(
                member: member,
                explanation: "assigned to \(member.id), least loaded in \(department) with \(fewest) open ticket(s)")
        }
    }
}
