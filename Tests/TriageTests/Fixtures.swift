import Foundation
import Triage

/// The shipped configuration files, loaded once for all tests.
enum Shipped {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ relative: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    static let ruleFile: RuleFile = {
        do {
            return try RuleFile.parse(text("config/rules.yaml"), file: "config/rules.yaml")
        } catch {
            fatalError("config/rules.yaml: \(error)")
        }
    }()

    static let schedules: [HolidaySchedule] = [2024, 2025, 2026].map { year in
        do {
            return try HolidaySchedule.parse(text("config/holidays/\(year).yaml"), file: "\(year).yaml")
        } catch {
            fatalError("config/holidays/\(year).yaml: \(error)")
        }
    }

    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    static let calendar = BusinessCalendar(
        timeZone: shanghai, workdayStart: ruleFile.workdayStart, workdayEnd: ruleFile.workdayEnd,
        weekendDays: ruleFile.weekendDays, schedules: schedules)

    static let engine = TriageEngine(
        configuration: TriageConfiguration(
            rules: ruleFile.rules, serviceLevels: ruleFile.serviceLevels, calendar: calendar))

    /// `2025-01-24 10:00` in Shanghai.
    static func date(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).map { Int($0)! }
        let day = LocalDay(year: parts[0], month: parts[1], day: parts[2])
        return calendar.instant(day, secondOfDay: Int64(parts[3] * 3600 + parts[4] * 60))
    }

    static func analyze(subject: String = "", _ body: String, from: String? = nil) -> TriageResult {
        engine.analyze(
            subject: subject, newText: body, fromName: from, fromAddress: "customer@example.com",
            receivedAt: date("2025-03-04 10:00"))
    }
}
