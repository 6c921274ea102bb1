import Testing

@testable import MIME

/// RFC 2045–2049 structure: multiparts, attachments, parameters, addresses and identifiers.
@Suite("Structure")
struct StructureTests {
    static let pdf: [UInt8] = Array((0..<1024).map { UInt8($0 % 256) })

    @Test func attachedMessageIsAnAttachment() throws {
        let m = try Fixture.message("structure/attached-message.eml")
        #expect(m.text == "正文内容")
        #expect(m.attachments.count == 1)
        #expect(m.attachments.first?.contentType == "message/rfc822")
        #expect(m.attachments.first?.filename == "转发的邮件.eml")
        #expect(m.root.children.last?.children.first?.headers["From"] == "Boss <boss@example.com>")
    }

    @Test func encodedAttachedMessageIsNamedBySubject() throws {
        let m = try Fixture.message("structure/attached-message-base64.eml")
        #expect(m.text == "正文内容")
        #expect(m.attachments.map(\.filename) == ["转发的邮件.eml"])
        #expect(m.attachments.first?.data.starts(with: Array("From: Boss".utf8)) == true)
    }

    @Test func emptyPlainPartFallsBackToHTML() throws {
        let m = try Fixture.message("structure/empty-plain-alternative.eml")
        #expect(m.text == "只有HTML里有内容")
        #expect(m.attachments.isEmpty)
    }

    @Test func htmlWithoutCharsetParameterUsesMetaCharset() throws {
        let m = try Fixture.message("structure/html-meta-charset.eml")
        #expect(m.text == "繁體內容")
        #expect(m.warnings.isEmpty)
    }

    @Test func inlineImageKeepsItsContentID() throws {
        let m = try Fixture.message("structure/alternative-related-cid.eml")
        #expect(m.text == "见图")
        #expect(m.html?.contains("cid:img1@x") == true)
        #expect(m.attachments.count == 1)
        let image = try #require(m.attachments.first)
        #expect(image.contentType == "image/png")
        #expect(image.contentID == "img1@x")
        #expect(image.size == 108)
        #expect(Array(image.data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func htmlOnlyIsRenderedAsText() throws {
        let m = try Fixture.message("structure/html-only.eml")
        let lines = m.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("标题"))
        #expect(lines.contains("第一段&内容"))
        #expect(lines.contains("- 一"))
        #expect(lines.contains("- 二"))
        #expect(m.text.contains("这里 (https://example.com/a)"))
        #expect(lines.contains("换行你好"))
        #expect(!m.text.contains("color"))
        #expect(!m.text.contains("x()"))
        #expect(m.html?.hasPrefix("<html>") == true)
        #expect(m.attachments.isEmpty)
    }

    @Test func attachmentWithoutDisposition() throws {
        let m = try Fixture.message("structure/attachment-no-disposition.eml")
        let a = try #require(m.attachments.first)
        #expect(a.filename == "invoice.pdf")
        #expect(a.data == Self.pdf)
        #expect(a.size == 1024)
        #expect(a.sha256.count == 64)
    }

    @Test(arguments: [
        ("rfc2231-filename", "发票扫描.pdf"), ("encoded-word-filename", "报价单.xls"), ("raw-gbk-filename", "合同.doc"),
        ("text-attachment", "log.txt"),
    ])
    func attachmentNames(_ fixture: String, _ name: String) throws {
        let m = try Fixture.message("structure/\(fixture).eml")
        #expect(m.text == "正文内容")
        #expect(m.attachments.map(\.filename) == [name])
    }

    @Test func addressesAndIdentifiers() throws {
        let m = try Fixture.message("structure/addresses.eml")
        #expect(m.from == Address(name: "Zhang, San", address: "zhang@example.com"))
        #expect(m.to.isEmpty)
        #expect(
            m.cc == [
                Address(name: "李四", address: "li@example.com"), Address(name: "王五", address: "wang@example.com"),
                Address(name: nil, address: "a@example.com"), Address(name: nil, address: "b@example.com"),
            ])
        #expect(m.replyTo == [Address(name: nil, address: "reply@example.com")])
        #expect(m.date.map(MailDate.iso8601) == "2024-05-01T02:30:00Z")
        #expect(m.messageID == "abc@example.com")
        #expect(m.inReplyTo == "prev@example.com")
        #expect(m.references == ["r1@example.com", "r2@example.com", "prev@example.com"])
        #expect(m.headers.all("X-Custom").map { String(decoding: $0.rawValue, as: UTF8.self) } == ["one", "two"])
        #expect(m.headers.fields.map(\.name).prefix(3) == ["From", "To", "Cc"])
        #expect(m.deduplicationKey == "abc@example.com")
    }

    @Test(arguments: [
        ("Wed, 01 May 2024 10:30:00 +0800", "2024-05-01T02:30:00Z"),
        ("1 May 2024 10:30 -0500", "2024-05-01T15:30:00Z"),
        ("Wed, 1 May 24 10:30:00 GMT", "2024-05-01T10:30:00Z"),
        ("Wed May  1 10:30:00 2024", "2024-05-01T10:30:00Z"),
        ("2024-05-01 10:30:00", "2024-05-01T10:30:00Z"),
        ("2024-05-01T10:30:00+08:00", "2024-05-01T02:30:00Z"),
        ("2024-05-01T10:30:00Z", "2024-05-01T10:30:00Z"),
        ("Wed, 01 May 2024 10:30:00 +0800 (CST)", "2024-05-01T02:30:00Z"),
        ("Wed, 01 May 2024 10:30:00 EDT", "2024-05-01T14:30:00Z"),
        ("2024/05/01 10:30", "2024-05-01T10:30:00Z"),
        ("Sat, 31 Dec 2023 23:59:60 +0000", "2023-12-31T23:59:59Z"),
        ("Wed, 01 May 2024 10:30:00 GMT+0800", "2024-05-01T02:30:00Z"),
        ("Wed, 1 May 2024 10:30:00 GMT+8", "2024-05-01T02:30:00Z"),
        ("Wed, 1 May 2024 10:30:00 UTC-05:00", "2024-05-01T15:30:00Z"),
    ])
    func datesNormalizeToUTC(_ input: String, _ iso: String) {
        #expect(MailDate.parse(input).map(MailDate.iso8601) == iso)
    }

    @Test(arguments: ["garbage", "", "1 May 99999999999999999 10:00", "32 May 2024 10:00", "1 Foo 2024 25:00"])
    func unreadableDatesAreNil(_ input: String) {
        #expect(MailDate.parse(input) == nil)
    }
}
