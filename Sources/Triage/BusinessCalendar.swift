import Foundation

/// Working days and business hours in one time zone: weekends off, public holidays off, and the make-up working
/// days (调休) that fall on weekends on. Pure date arithmetic; the holiday data comes from `config/holidays/`.
public struct BusinessCalendar: Sendable {
    public var timeZone: TimeZone
    /// Start of the working day, in minutes after local midnight (default 09:00).
    public var workdayStart: Int
    /// End of the working day, in minutes after local midnight (default 18:00).
    public var workdayEnd: Int
    /// ISO weekdays that are off unless listed as make-up working days (6 Saturday, 7 Sunday).
    public var weekendDays: Set<Int>
    /// Public holidays by day, with the holiday's name.
    public var holidays: [LocalDay: String]
    /// Weekend days that are working days (调休上班), with the holiday they make up for.
    public var makeUpWorkdays: [LocalDay: String]
    /// The years the holiday data covers; days of other years only know weekends.
    public var coveredYears: Set<Int>

    public init(
        timeZone: TimeZone, workdayStart: Int = 9 * 60, workdayEnd: Int = 18 * 60, weekendDays: Set<Int> = [6, 7],
        schedules: [HolidaySchedule] = []
    ) {
        self.timeZone = timeZone
        self.workdayStart = workdayStart
        self.workdayEnd = workdayEnd
        self.weekendDays = weekendDays
        var holidays: [LocalDay: String] = [:]
        var makeUp: [LocalDay: String] = [:]
        for schedule in schedules {
            for (day, name) in schedule.holidays { holidays[day] = name }
            for (day, name) in schedule.makeUpWorkdays { makeUp[day] = name }
        }
        self.holidays = holidays
        self.makeUpWorkdays = makeUp
        self.coveredYears = Set(schedules.map(\.year))
    }

    /// Length of one working day in seconds.
    public var workdaySeconds: Int64 { Int64(workdayEnd - workdayStart) * 60 }

    /// Whether `day` is a working day.
    public func isWorkingDay(_ day: LocalDay) -> Bool {
        if makeUpWorkdays[day] != nil { return true }
        if holidays[day] != nil { return false }
        return !weekendDays.contains(day.weekday)
    }

    /// The local day and the seconds since local midnight of an instant.
    public func local(_ date: Date) -> (day: LocalDay, secondOfDay: Int64) {
        let utc = Int64(date.timeIntervalSince1970.rounded(.down))
        let local = utc + Int64(timeZone.secondsFromGMT(for: date))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (LocalDay(daysSinceEpoch: Int(days)), local - days * 86_400)
    }

    /// The instant of local `secondOfDay` on `day`.
    public func instant(_ day: LocalDay, secondOfDay: Int64) -> Date {
        let local = Int64(day.daysSinceEpoch) * 86_400 + secondOfDay
        var utc = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
        utc = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))))
        return Date(timeIntervalSince1970: TimeInterval(utc))
    }

    /// `start` plus `duration`: clock time as is; business hours and working days counted only inside business
    /// hours on working days (so a message received on a Saturday starts its clock on the next working morning).
    public func add(_ duration: SLADuration, to start: Date) -> Date {
        switch duration {
        case .elapsed(let seconds): return start.addingTimeInterval(TimeInterval(seconds))
        case .businessHours(let seconds): return addBusinessSeconds(seconds, to: start)
        case .workingDays(let days): return addBusinessSeconds(Int64(days) * workdaySeconds, to: start)
        }
    }

    /// Adds seconds of business time. Gives up after ten years of days without a working day.
    func addBusinessSeconds(_ seconds: Int64, to start: Date) -> Date {
        var (day, second) = local(start)
        let fraction = start.timeIntervalSince1970 - start.timeIntervalSince1970.rounded(.down)
        var remaining = seconds
        let open = Int64(workdayStart) * 60
        let close = Int64(workdayEnd) * 60
        for _ in 0..<3660 {
            if isWorkingDay(day) {
                let from = max(second, open)
                if from < close {
                    let available = close - from
                    if remaining <= available {
                        let extra = from == second ? fraction : 0
                        return instant(day, secondOfDay: from + remaining).addingTimeInterval(extra)
                    }
                    remaining -= available
                }
            }
            day = day.next
            second = 0
        }
        return start.addingTimeInterval(TimeInterval(seconds))
    }
}
