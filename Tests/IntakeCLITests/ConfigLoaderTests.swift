import Foundation
import IntakeCLI
import Testing
import Triage

func writeConfig(_ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-cfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("intake.yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

let validConfig = """
    timezone: Asia/Shanghai
    support:
      address: support@example.test
      name: 客服
    mailboxes:
      - name: support
        url: imaps://imap.example.test:993
        user: support
        password_env: TEST_IMAP_PW
    smtp:
      url: smtps://smtp.example.test
      user: support
      password_env: TEST_SMTP_PW
    sla:
      urgent: 1h
    """

@Suite struct ConfigLoaderTests {
    let env = ["TEST_IMAP_PW": "imap-secret", "TEST_SMTP_PW": "smtp-secret"]

    @Test func validConfigurationLoads() throws {
        let path = try writeConfig(validConfig)
        let c = try ConfigLoader(path: path, environment: env).load()
        #expect(c.timeZone.identifier == "Asia/Shanghai")
        #expect(c.mailboxes.first?.imap.password == "imap-secret")
        #expect(c.mailboxes.first?.folder == "INBOX")
        #expect(c.serviceLevel.urgent == .seconds(3600))
        #expect(c.serviceLevel.normal == .seconds(86400))
        #expect(c.smtp.password == "smtp-secret")
        #expect(c.storePath.hasSuffix("/var/store"))
    }

    /// (text to find, its replacement, key, line, words of the fix)
    static let mistakes: [(String, String, String, Int?, String?)] = [
        ("timezone: Asia/Shanghai", "timezone: Mars/Base", "timezone", 1, "IANA"),
        ("    password_env: TEST_IMAP_PW\n", "", "mailboxes[0].password_env", 6, "password_env"),
        ("    password_env: TEST_IMAP_PW\n", "    password: hunter2\n", "mailboxes[0].password", 9, "password_env"),
        ("imaps://imap.example.test:993", "http://imap.example.test", "mailboxes[0].url", 7, "imaps://"),
        ("sla:", "colour: blue\nsla:", "colour", 14, "one of"),
        (
            "    user: support\n    password_env: TEST_IMAP_PW",
            "    user: support\n    password_env: TEST_IMAP_PW\n    after_processing: delete",
            "mailboxes[0].after_processing", 10, "seen or move"
        ),
        (
            "    user: support\n    password_env: TEST_IMAP_PW",
            "    user: support\n    password_env: TEST_IMAP_PW\n    allow_plaintext: true",
            "mailboxes[0].allow_plaintext", 10, "TLS"
        ),
        ("  urgent: 1h", "  urgent: soon", "sla.urgent", 15, "2h"),
        ("  name: 客服\n", "", "support.name", nil, nil),
    ]

    @Test("each mistake is one message naming file, line, key and fix", arguments: mistakes)
    func mistake(find: String, replace: String, key: String, line: Int?, fix: String?) throws {
        #expect(validConfig.contains(find), "the test's text to change must exist")
        let path = try writeConfig(validConfig.replacingOccurrences(of: find, with: replace))
        if key == "support.name" {
            // Optional keys have defaults: no error.
            #expect(try ConfigLoader(path: path, environment: env).load().supportName == "Customer Service")
            return
        }
        do {
            _ = try ConfigLoader(path: path, environment: env).load()
            Issue.record("expected an error for \(key)")
        } catch {
            #expect(error.file == path)
            #expect(error.key == key, "\(error)")
            if let line { #expect(error.line == line, "\(error)") }
            if let fix { #expect(error.fix.contains(fix), "\(error)") }
            #expect(!error.description.contains("hunter2") && !error.description.contains("imap-secret"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func missingEnvironmentVariableIsNamed() throws {
        let path = try writeConfig(validConfig)
        do {
            _ = try ConfigLoader(path: path, environment: [:]).load()
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "mailboxes[0].password_env")
            #expect(error.line == 9)
            #expect(error.problem.contains("TEST_IMAP_PW"))
        }
    }

    @Test func yamlSyntaxErrorsNameTheLine() throws {
        let path = try writeConfig("timezone: Asia/Shanghai\nsupport:\n  address: [unclosed\n")
        do {
            _ = try ConfigLoader(path: path, environment: env).load()
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "(syntax)")
            #expect(error.line != nil)
        }
    }

    @Test func theShippedConfigurationIsValidGivenItsSecrets() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let c = try ConfigLoader(
            path: root + "/config/intake.yaml", environment: ["INTAKE_IMAP_PASSWORD": "x", "INTAKE_SMTP_PASSWORD": "y"]
        ).load()
        #expect(c.templatesPath == root + "/templates")
        #expect(c.mailboxes.count == 1)
    }
}

@Suite struct HolidayCalendarWarningTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func calendar(years: [Int]) -> BusinessCalendar {
        BusinessCalendar(
            timeZone: shanghai, schedules: years.map { HolidaySchedule(year: $0, holidays: [:], makeUpWorkdays: [:]) })
    }

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func warnsAboutNextYearInDecemberOnly() {
        let c = calendar(years: [2025, 2026])
        #expect(IntakeCommand.CheckConfig.calendarWarning(c, now: date("2026-06-01T00:00:00Z")) == nil)
        let warning = IntakeCommand.CheckConfig.calendarWarning(c, now: date("2026-12-01T00:00:00Z"))
        #expect(warning?.contains("no holiday calendar for 2027") == true)
        #expect(warning?.contains("config/holidays/2027.yaml") == true)
    }

    @Test func warnsAboutThisYearFirst() {
        let warning = IntakeCommand.CheckConfig.calendarWarning(
            calendar(years: [2024]), now: date("2026-12-20T00:00:00Z"))
        #expect(warning?.contains("for 2026:") == true)
    }

    @Test func isSilentWithoutAnyCalendar() {
        // No holiday files at all is a deliberate choice (weekends only), not a gap to warn about every start.
        #expect(
            IntakeCommand.CheckConfig.calendarWarning(calendar(years: []), now: date("2026-12-20T00:00:00Z")) == nil)
    }
}
