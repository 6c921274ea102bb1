import Foundation
import Testing

@testable import Model

@Suite("TicketNumber")
struct TicketNumberTests {
    @Test(
        "parses YYYYMM-NNN and prints it back",
        arguments: [
            ("202405-001", 2024, 5, 1),
            ("202412-042", 2024, 12, 42),
            ("199901-999", 1999, 1, 999),
            ("202405-1000", 2024, 5, 1000),
            ("203001-123456789", 2030, 1, 123_456_789),
        ])
    func parseRoundTrip(text: String, year: Int, month: Int, serial: Int) throws {
        let number = try #require(TicketNumber(text))
        #expect(number.year == year)
        #expect(number.month == month)
        #expect(number.serial == serial)
        #expect(number.description == text)
    }

    @Test(
        "serial is padded to three digits and widens past 999",
        arguments: [
            (1, "202605-001"), (7, "202605-007"), (42, "202605-042"), (999, "202605-999"), (1000, "202605-1000"),
            (12345, "202605-12345"),
        ])
    func padding(serial: Int, expected: String) throws {
        let number = try #require(TicketNumber(year: 2026, month: 5, serial: serial))
        #expect(number.description == expected)
        #expect(number.monthKey == "202605")
    }

    @Test("a serial with extra leading zeros parses to the same number")
    func extraLeadingZeros() throws {
        let wide = try #require(TicketNumber("202405-0001"))
        #expect(wide == TicketNumber(year: 2024, month: 5, serial: 1))
        #expect(wide.description == "202405-001")
    }

    @Test(
        "rejects malformed text",
        arguments: [
            "", "202405", "202405-", "202405-01", "202405-1", "2024-05-001", "202405_001", "202405 001", "202413-001",
            "202400-001", "202405-000", "099905-001", "20240a-001", "202405-0a1", " 202405-001", "202405-001 ",
            "202405--01", "202405-+01", "202405-1234567890", "２０２４０５-001", "202405-00１",
        ])
    func rejects(text: String) {
        #expect(TicketNumber(text) == nil, "\(text) should not parse")
    }

    @Test(
        "memberwise init validates ranges",
        arguments: [(999, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 5, 0), (2024, 5, -3)])
    func invalidFields(year: Int, month: Int, serial: Int) {
        #expect(TicketNumber(year: year, month: month, serial: serial) == nil)
    }

    @Test("Codable uses the text form")
    func codable() throws {
        let number = try #require(TicketNumber(year: 2026, month: 5, serial: 42))
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["202605-042"]"#)
        let back = try JSONDecoder().decode([TicketNumber].self, from: data)
        #expect(back == [number])

        let wide = try #require(TicketNumber(year: 2026, month: 5, serial: 1000))
        let wideBack = try JSONDecoder().decode(TicketNumber.self, from: JSONEncoder().encode(wide))
        #expect(wideBack == wide)
    }

    @Test("decoding rejects bad text and non-strings", arguments: [#""202613-001""#, #""hello""#, "20260501", "null"])
    func decodingRejects(json: String) {
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode(TicketNumber.self, from: Data(json.utf8))
        }
    }

    @Test("orders by year, month, then numeric serial")
    func ordering() throws {
        let texts = ["202405-1000", "202405-999", "202312-999", "202401-001", "202405-002", "202405-010"]
        let numbers = try texts.map { try #require(TicketNumber($0)) }
        #expect(
            numbers.sorted().map(\.description) == [
                "202312-999", "202401-001", "202405-002", "202405-010", "202405-999", "202405-1000",
            ])
        let a = try #require(TicketNumber("202405-999"))
        let b = try #require(TicketNumber("202405-1000"))
        #expect(a < b)
        #expect(!(b < a))
        #expect(Set([a, b, try #require(TicketNumber("202405-0999"))]).count == 2)
    }
}
