import Foundation
import Gateway
import Logging
import MIME
import Model
import Testing
import TicketStore
import Transport

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

func configuration(store: String) -> GatewayConfiguration {
    GatewayConfiguration(
        timeZone: TimeZone(identifier: "Asia/Shanghai")!, supportAddress: "support@example.test", supportName: "客户服务中心",
        storePath: store,
        templatesPath: repositoryRoot + "/templates", pollInterval: 60, mailboxes: [],
        smtp: SMTPConfiguration(url: ServerURL("smtps://127.0.0.1:1")!))
}

func temporaryStore() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("intake-gw-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func mail(_ headers: [String], body: String) -> [UInt8] {
    Array((headers.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8)
}

@Suite struct TemplateTests {
    @Test(
        "every language renders without HTML escaping and states number and promise",
        arguments: ["zh-Hans", "zh-Hant", "en"])
    func acknowledgementRenders(language: String) async throws {
        let templates = try await TemplateRenderer(directory: repositoryRoot + "/templates")
        try templates.validate(kinds: ["acknowledgement"])
        let (subject, body) = try templates.render(
            "acknowledgement", language: language,
            context: [
                "ticket_number": "202405-001", "subject": "A & B <c>", "customer_name": "O'Brien",
                "promised": "2 hours", "due_local": "2024-05-01 12:30",
            ])
        #expect(subject.hasPrefix("[#202405-001]"))
        #expect(subject.contains("A & B <c>"), "no HTML escaping: \(subject)")
        #expect(!subject.contains("\n"))
        #expect(body.contains("O'Brien") && body.contains("202405-001") && body.contains("2024-05-01 12:30"))
        #expect(!body.contains("&amp;") && !body.contains("&#39;"))
        #expect(!body.hasPrefix("\n"), "the pragma line leaves no blank first line")
    }

    @Test func missingTemplatesDirectoryIsAConfigurationError() async {
        await #expect(throws: GatewayError.self) { _ = try await TemplateRenderer(directory: "/nonexistent/templates") }
    }
}

@Suite struct ProcessorTests {
    func processor(store root: String) async throws -> MessageProcessor {
        let c = configuration(store: root)
        return MessageProcessor(
            configuration: c, store: try TicketStore(root: root), outbox: try MailOutbox(root: root),
            templates: try await TemplateRenderer(directory: c.templatesPath), logger: Logger(label: "test"))
    }

    let origin = MessageProcessor.Origin(mailbox: "support", folder: "INBOX", uidValidity: 9, uid: 3)
    /// 2024-05-31 17:00 UTC is 2024-06-01 01:00 in Shanghai: the ticket belongs to June there.
    let monthEnd = Date(timeIntervalSince1970: 1_717_174_800)

    @Test func ticketMonthAndDeadlineFollowTheConfiguredTimeZone() async throws {
        let p = try await processor(store: temporaryStore())
        let raw = mail(
            ["From: 张三 <zhang@example.test>", "Subject: 紧急：设备冒烟", "Message-ID: <a1@example.test>"], body: "充电时冒烟了")
        let outcome = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        #expect(outcome.ticket.number.description == "202406-001")
        #expect(outcome.ticket.priority == .urgent)
        #expect(outcome.ticket.firstResponseDue == monthEnd.addingTimeInterval(7200))
        #expect(outcome.ticket.customer.name == "张三")
        #expect(outcome.isNew)
        let queued = p.outbox.pending()
        #expect(queued.count == 1)
        let ack = Message(parsing: try #require(try p.outbox.message(for: queued[0].id)))
        #expect(ack.subject == "[#202406-001] 已收到：紧急：设备冒烟")
        #expect(ack.text.contains("2 小时") && ack.text.contains("2024-06-01 03:00"), "\(ack.text)")
        #expect(ack.inReplyTo == "a1@example.test")
        #expect(ack.headers["Auto-Submitted"] == "auto-replied")
    }

    @Test func reprocessingTheSameMessageCreatesNothing() async throws {
        let p = try await processor(store: temporaryStore())
        let raw = mail(["From: a@example.test", "Subject: hi", "Message-ID: <same@example.test>"], body: "question")
        _ = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        let again = try p.process(raw: raw, origin: origin, receivedAt: monthEnd.addingTimeInterval(3600))
        #expect(!again.isNew)
        #expect(p.store.allNumbers().count == 1)
        #expect(p.outbox.pending().count == 1)
    }

    @Test func messagesWithoutMessageIDAreDeduplicatedByContent() async throws {
        let p = try await processor(store: temporaryStore())
        let raw = mail(["From: a@example.test", "Subject: no id"], body: "x")
        _ = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        let again = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        #expect(!again.isNew)
        #expect(again.ticket.source.messageKey.hasPrefix("sha256:"))
        let other = try p.process(
            raw: mail(["From: a@example.test", "Subject: no id"], body: "y"), origin: origin, receivedAt: monthEnd)
        #expect(other.isNew)
    }

    @Test(
        "no acknowledgement to automated mail",
        arguments: [
            "Auto-Submitted: auto-replied", "Precedence: bulk", "List-Id: <news.example.test>",
            "X-Auto-Response-Suppress: All",
        ])
    func loopProtection(header: String) async throws {
        let p = try await processor(store: temporaryStore())
        let outcome = try p.process(
            raw: mail(
                ["From: bot@example.test", "Subject: Out of office", header, "Message-ID: <\(UUID())@x>"], body: "away"),
            origin: origin, receivedAt: monthEnd)
        #expect(outcome.acknowledgementSkipped != nil)
        #expect(p.outbox.pending().isEmpty)
        #expect(outcome.isNew, "the ticket is still created")
    }

    @Test(
        "no acknowledgement to ourselves or to daemons",
        arguments: ["support@example.test", "MAILER-DAEMON@example.test", "no-reply@shop.test"])
    func noReplyToAutomatedSenders(sender: String) async throws {
        let p = try await processor(store: temporaryStore())
        let outcome = try p.process(
            raw: mail(["From: \(sender)", "Subject: x", "Message-ID: <\(UUID())@x>"], body: "x"), origin: origin,
            receivedAt: monthEnd)
        #expect(outcome.acknowledgementSkipped != nil)
    }

    @Test func malformedMailStillBecomesATicketWithTheRawMessageKept() async throws {
        let p = try await processor(store: temporaryStore())
        let raw: [UInt8] = Array("garbage without headers\r\n\u{1}\u{2}".utf8) + [0xFF, 0xFE]
        let outcome = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        #expect(outcome.isNew)
        #expect(try p.store.rawMessage(outcome.ticket) == raw)
        #expect(!outcome.ticket.warnings.isEmpty)
    }

    @Test func customerTextCannotInjectHeadersIntoTheAcknowledgement() async throws {
        let p = try await processor(store: temporaryStore())
        let raw = mail(
            [
                "From: \"Eve\r\n Bcc: victim@example.test\" <eve@example.test>",
                "Subject: =?utf-8?Q?hi=0D=0ABcc:_victim@example.test?=", "Message-ID: <e@x>",
            ], body: "x")
        _ = try p.process(raw: raw, origin: origin, receivedAt: monthEnd)
        let bytes = try #require(try p.outbox.message(for: p.outbox.pending()[0].id))
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.lowercased().hasPrefix("bcc:") })
    }
}
