/// A ticket's number, `YYYYMM-NNN`: the month of receipt plus a serial that starts at 1 each month.
///
/// The serial is written with at least three digits and widens past 999 (`202405-1000`) rather than wrapping.
public struct TicketNumber: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// Four-digit year of receipt, in the configured time zone.
    public let year: Int
    /// Month of receipt, 1–12.
    public let month: Int
    /// Serial within the month, from 1.
    public let serial: Int

    /// Creates a number; returns `nil` when a field is out of range.
    public init?(year: Int, month: Int, serial: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), serial >= 1 else { return nil }
        self.year = year
        self.month = month
        self.serial = serial
    }

    /// Parses `YYYYMM-NNN` (three or more serial digits).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[6] == UInt8(ascii: "-") else { return nil }
        guard let head = Self.digits(bytes[0..<6]), let serial = Self.digits(bytes[7...]) else { return nil }
        self.init(year: head / 100, month: head % 100, serial: serial)
    }

    /// The month key `YYYYMM` that groups tickets on disk.
    public var monthKey: String { "\(year)" + (month < 10 ? "0\(month)" : "\(month)") }

    public var description: String {
        let s = String(serial)
        return monthKey + "-" + String(repeating: "0", count: max(0, 3 - s.count)) + s
    }

    public static func < (lhs: TicketNumber, rhs: TicketNumber) -> Bool {
        (lhs.year, lhs.month, lhs.serial) < (rhs.year, rhs.month, rhs.serial)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let number = TicketNumber(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a ticket number: \(text)"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func digits(_ slice: ArraySlice<UInt8>) -> Int? {
        guard !slice.isEmpty, slice.count <= 9 else { return nil }
        var value = 0
        for byte in slice {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
