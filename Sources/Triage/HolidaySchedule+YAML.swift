import Yams

extension HolidaySchedule {
    /// Parses `config/holidays/YEAR.yaml`: `year`, `holidays` (name, and `days` or `from`/`to`) and `workdays`
    /// (make-up working days with the holiday they belong to).
    public static func parse(_ text: String, file: String) throws(RuleFileError) -> HolidaySchedule {
        let y = YAMLReader(file: file)
        let top = try y.mapping(try y.root(text), "", allowed: ["year", "source", "holidays", "workdays"])
        guard let yearNode = top["year"] else { throw y.fail(nil, "year", "is missing", "add year: YYYY") }
        let year = try y.integer(yearNode, "year", range: 2000...2100)
        func day(_ n: Node, _ key: String) throws(RuleFileError) -> LocalDay {
            guard let s = n.string, let d = LocalDay(s) else {
                throw y.fail(n, key, "\"\(n.string ?? "?")\" is not a date", "write it as YYYY-MM-DD")
            }
            guard d.year == year || (d.year == year - 1 && d.month == 12) || (d.year == year + 1 && d.month == 1) else {
                throw y.fail(n, key, "\(d) is not in \(year)", "move it to the file of its own year")
            }
            return d
        }
        var holidays: [LocalDay: String] = [:]
        var workdays: [LocalDay: String] = [:]
        for (key, isHoliday) in [("holidays", true), ("workdays", false)] {
            guard let n = top[key] else { continue }
            guard let list = n.sequence else {
                throw y.fail(n, key, "must be a list", "write entries like - name: 春节")
            }
            for item in list {
                let m = try y.mapping(item, "\(key)[]", allowed: ["name", "days", "from", "to"])
                guard let nameNode = m["name"] else { throw y.fail(item, "\(key)[].name", "is missing", "add name:") }
                let name = try y.string(nameNode, "\(key)[].name")
                var days: [LocalDay] = []
                if let list = m["days"]?.sequence {
                    for d in list { days.append(try day(d, "\(key)[\(name)].days")) }
                }
                if let f = m["from"] {
                    guard let t = m["to"] else {
                        throw y.fail(f, "\(key)[\(name)].to", "is missing", "give both from: and to:")
                    }
                    var d = try day(f, "\(key)[\(name)].from")
                    let last = try day(t, "\(key)[\(name)].to")
                    guard d <= last, last.daysSinceEpoch - d.daysSinceEpoch < 31 else {
                        throw y.fail(t, "\(key)[\(name)].to", "is before from: or a month after it", "check the dates")
                    }
                    while d <= last {
                        days.append(d)
                        d = d.next
                    }
                }
                guard !days.isEmpty else {
                    throw y.fail(item, "\(key)[\(name)]", "lists no days", "add days: [YYYY-MM-DD] or from:/to:")
                }
                for d in days {
                    if isHoliday { holidays[d] = name } else { workdays[d] = name }
                }
            }
        }
        for (d, _) in workdays where holidays[d] != nil {
            throw y.fail(top["workdays"], "workdays", "\(d) is also a holiday", "list each day in only one place")
        }
        return HolidaySchedule(year: year, holidays: holidays, makeUpWorkdays: workdays)
    }
}
