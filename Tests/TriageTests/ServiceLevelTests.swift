import Foundation
import Model
import Testing

@testable import Triage

@Suite struct ServiceLevelTests {
    @Test(arguments: [
        // Tuesday 10:00 + 3 working days (27 business hours) = Friday 10:00.
        ("2025-03-04 10:00", SLADuration.workingDays(3), "2025-03-07 10:00"),
        // Friday 17:00: one hour on Friday, then Monday, Tuesday, and eight hours on Wednesday.
        ("2025-03-07 17:00", .workingDays(3), "2025-03-12 17:00"),
        // Saturday: the clock starts Monday 09:00.
        ("2025-03-08 12:00", .workingDays(3), "2025-03-12 18:00"),
        // After hours counts from the next working morning.
        ("2025-03-04 20:00", .businessHours(seconds: 2 * 3600), "2025-03-05 11:00"),
        // Spring Festival 2025: Sunday 26 January is a make-up working day; 28 Jan – 4 Feb are off.
        ("2025-01-24 10:00", .workingDays(5), "2025-02-07 10:00"),
        // Saturday 8 February 2025 is a make-up working day.
        ("2025-02-08 10:00", .workingDays(3), "2025-02-12 10:00"),
        // Month end: Friday 28 February to Monday 3 March.
        ("2025-02-28 16:00", .workingDays(1), "2025-03-03 16:00"),
        // Leap day, and the 2024 Spring Festival make-up Sunday is not involved.
        ("2024-02-29 17:30", .workingDays(1), "2024-03-01 17:30"),
        // National Day and Mid-Autumn 2025 (1–8 October off), Saturday 11 October worked.
        ("2025-09-30 15:00", .workingDays(3), "2025-10-11 15:00"),
        // Year end into the 2026 New Year holiday (1–3 January off, Sunday 4 January worked).
        ("2025-12-31 17:00", .workingDays(1), "2026-01-04 17:00"),
        // Clock time ignores weekends.
        ("2025-03-08 23:30", .elapsed(seconds: 2 * 3600), "2025-03-09 01:30"),
    ])
    func addsWorkingTime(start: String, duration: SLADuration, expected: String) {
        #expect(Shipped.calendar.add(duration, to: Shipped.date(start)) == Shipped.date(expected))
    }

    @Test(arguments: [
        ("2025-01-26", true), ("2025-01-28", false), ("2025-02-04", false), ("2025-02-05", true), ("2025-02-08", true),
        ("2025-10-08", false), ("2025-10-11", true), ("2024-02-18", true), ("2024-05-11", true), ("2025-03-08", false),
        ("2026-02-14", true), ("2026-02-23", false),
    ])
    func workingDays(day: String, working: Bool) {
        #expect(Shipped.calendar.isWorkingDay(LocalDay(day)!) == working)
    }

    @Test func stricterSubcategoryLimitWins() {
        let policy = SLAPolicy()
        let received = Shipped.date("2025-03-04 10:00")
        let security = policy.deadlines(
            priority: .urgent, override: (.elapsed(seconds: 3600), nil, "account_security"), receivedAt: received,
            calendar: Shipped.calendar)
        #expect(security.firstResponse == Shipped.date("2025-03-04 11:00"))
        // 12 h is looser than urgent's 2 h, so 2 h stays.
        let attitude = policy.deadlines(
            priority: .urgent, override: (.elapsed(seconds: 12 * 3600), nil, "service_attitude"), receivedAt: received,
            calendar: Shipped.calendar)
        #expect(attitude.firstResponse == Shipped.date("2025-03-04 12:00"))
        #expect(attitude.resolution == Shipped.date("2025-03-05 10:00"))
    }

    @Test func shippedSafetyRuleAnswersWithinAnHour() {
        let r = Shipped.analyze("插座冒烟了，有焦味")
        #expect(r.subcategory == "safety")
        #expect(r.deadlines.firstResponse == Shipped.date("2025-03-04 11:00"))
        #expect(r.explanations.contains { $0.contains("stricter") })
    }

    @Test(arguments: [
        ("2h", SLADuration.elapsed(seconds: 7200)), ("90m", .elapsed(seconds: 5400)), ("3wd", .workingDays(3)),
        ("4bh", .businessHours(seconds: 14_400)), ("1d", .elapsed(seconds: 86_400)),
    ])
    func parsesDurations(text: String, expected: SLADuration) {
        #expect(SLADuration(text) == expected)
    }

    @Test(arguments: ["", "3 days", "-2h", "h", "0h"])
    func rejectsBadDurations(text: String) {
        #expect(SLADuration(text) == nil)
    }

    @Test(arguments: [("1970-01-01", 4), ("2025-03-04", 2), ("2024-02-29", 4), ("2026-01-04", 7), ("1969-12-31", 3)])
    func weekdays(day: String, weekday: Int) {
        let d = LocalDay(day)!
        #expect(d.weekday == weekday)
        #expect(LocalDay(daysSinceEpoch: d.daysSinceEpoch) == d)
    }
}
