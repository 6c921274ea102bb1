import Yams

extension StaffDirectory {
    /// Parses `config/staff.yaml`: a strategy and, per department, its staff (`- id: cs01` / `name: 张敏`).
    public static func parse(_ text: String, file: String) throws(RuleFileError) -> StaffDirectory {
        let y = YAMLReader(file: file)
        let top = try y.mapping(try y.root(text), "", allowed: ["strategy", "departments"])
        var strategy = Strategy.leastLoaded
        if let n = top["strategy"] {
            guard let s = n.string.flatMap(Strategy.init(rawValue:)) else {
                throw y.fail(
                    n, "strategy", "\"\(n.string ?? "?")\" is not a strategy", "write round_robin or least_loaded")
            }
            strategy = s
        }
        var members: [Member] = []
        var rosters: [String: [String]] = [:]
        if let n = top["departments"] {
            for (k, v) in try y.mapping(n, "departments") {
                let department = try y.string(k, "departments")
                guard let list = v.sequence else {
                    throw y.fail(
                        v, "departments.\(department)", "must be a list of staff", "write lines like - id: cs01")
                }
                for item in list {
                    let m = try y.mapping(item, "departments.\(department)[]", allowed: ["id", "name"])
                    guard let idNode = m["id"] else {
                        throw y.fail(item, "departments.\(department)[].id", "is missing", "give every member an id")
                    }
                    let id = try y.string(idNode, "departments.\(department)[].id")
                    let name = try m["name"].map { n throws(RuleFileError) in try y.string(n, "name") } ?? id
                    if let i = members.firstIndex(where: { $0.id == id }) {
                        guard members[i].name == name else {
                            throw y.fail(
                                idNode, "departments.\(department)[].id", "\"\(id)\" is used with two names",
                                "give each person one id and the same name wherever listed")
                        }
                        members[i].departments.append(department)
                    } else {
                        members.append(Member(id: id, name: name, departments: [department]))
                    }
                    rosters[department, default: []].append(id)
                }
            }
        }
        return StaffDirectory(strategy: strategy, members: members, rosters: rosters)
    }
}
