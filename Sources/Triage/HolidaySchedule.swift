/// One year's public holidays and make-up working days (调休), as published by the State Council and stored in
/// `config/holidays/YEAR.yaml`.
public struct HolidaySchedule: Sendable, Equatable {
    public var year: Int
    /// Days off, with the holiday's name.
    public var holidays: [LocalDay: String]
    /// Weekend days that are working days, with the holiday they make up for.
    public var makeUpWorkdays: [LocalDay: String]

    public init(year: Int, holidays: [LocalDay: String], makeUpWorkdays: [LocalDay: String]) {
        self.year = year
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }
}
