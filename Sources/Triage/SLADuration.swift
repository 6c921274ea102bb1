/// A time limit as the service-level rules state it: wall-clock time (`2h`), business hours (`4bh`) or working
/// days (`3wd`). Business hours and working days follow the ``BusinessCalendar``.
public enum SLADuration: Sendable, Equatable, CustomStringConvertible {
    /// Clock time, whatever the day: `90m`, `2h`, `1d`.
    case elapsed(seconds: Int64)
    /// Time inside business hours on working days: `4bh`.
    case businessHours(seconds: Int64)
    /// Whole working days of business hours: `3wd`.
    case workingDays(Int)

    /// Parses `90s`, `15m`, `2h`, `1d`, `4bh`, `3wd`; `nil` for anything else.
    public init?(_ text: String) {
        let t = text.lowercased().filter { $0 != " " }
        func number(_ suffix: String) -> Int64? {
            guard t.hasSuffix(suffix), let v = Int64(t.dropLast(suffix.count)), v > 0, v < 100_000 else { return nil }
            return v
        }
        if let v = number("wd") {
            self = .workingDays(Int(v))
        } else if let v = number("bh") {
            self = .businessHours(seconds: v * 3600)
        } else if let v = number("s") {
            self = .elapsed(seconds: v)
        } else if let v = number("m") {
            self = .elapsed(seconds: v * 60)
        } else if let v = number("h") {
            self = .elapsed(seconds: v * 3600)
        } else if let v = number("d") {
            self = .elapsed(seconds: v * 86_400)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .elapsed(let s) where s % 86_400 == 0 && s >= 86_400 * 2: "\(s / 86_400)d"
        case .elapsed(let s) where s % 3600 == 0: "\(s / 3600)h"
        case .elapsed(let s) where s % 60 == 0: "\(s / 60)m"
        case .elapsed(let s): "\(s)s"
        case .businessHours(let s) where s % 3600 == 0: "\(s / 3600) business hours"
        case .businessHours(let s): "\(s / 60) business minutes"
        case .workingDays(let d): d == 1 ? "1 working day" : "\(d) working days"
        }
    }
}
