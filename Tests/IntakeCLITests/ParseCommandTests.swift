import Foundation
import Testing

/// `intake parse`, tested by running the built binary on message files.
@Suite("intake parse")
struct ParseCommandTests {
    static func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> IntakeBinary.Output {
        try IntakeBinary.run(arguments, stdin: stdin.map { Data($0) })
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parse-\(UUID().uuidString).eml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func object(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any])
    }

    /// A GBK multipart reply with an attachment, built byte by byte.
    static var gbkReply: [UInt8] {
        var m = Array(
            """
            From: =?gb2312?B?1cXI/Q==?= <zhangsan@example.com>\r
            To: support@intake.example, "Li Si" <lisi@example.com>\r
            Cc: wang@example.com\r
            Subject: =?GBK?B?u9i4tKO6tqm1pQ==?=\r
            Date: Wed, 01 May 2024 10:30:00 +0800\r
            Message-ID: <reply-1@example.com>\r
            In-Reply-To: <orig-1@intake.example>\r
            References: <orig-0@intake.example> <orig-1@intake.example>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="XX"\r
            \r
            --XX\r
            Content-Type: text/plain; charset=GBK\r
            Content-Transfer-Encoding: 8bit\r
            \r

            """.utf8)
        // "还是不行" then a QQ-style quote header, in GBK.
        m += [0xBB, 0xB9, 0xCA, 0xC7, 0xB2, 0xBB, 0xD0, 0xD0, 0x0D, 0x0A, 0x0D, 0x0A]
        m += Array("------------------ ".utf8) + [0xD4, 0xAD, 0xCA, 0xBC, 0xD3, 0xCA, 0xBC, 0xFE]
        m += Array(" ------------------\r\nold\r\n--XX\r\n".utf8)
        m += Array(
            "Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--XX--\r\n"
                .utf8)
        return m
    }

    @Test func printsTheSpecifiedJSONObject() throws {
        let path = try Self.write(Self.gbkReply)
        let result = try Self.run(["parse", path])
        #expect(result.status == 0, "\(result.stderr)")
        let o = try Self.object(result.stdout)
        #expect(o["message_id"] as? String == "reply-1@example.com")
        #expect(o["in_reply_to"] as? String == "orig-1@intake.example")
        #expect(o["references"] as? [String] == ["orig-0@intake.example", "orig-1@intake.example"])
        #expect(o["subject"] as? String == "回复：订单")
        let from = try #require(o["from"] as? [String: Any])
        #expect(from["name"] as? String == "张三")
        #expect(from["address"] as? String == "zhangsan@example.com")
        let to = try #require(o["to"] as? [[String: Any]])
        #expect(to.map { $0["address"] as? String } == ["support@intake.example", "lisi@example.com"])
        #expect(to.first?["name"] is NSNull)
        #expect((o["cc"] as? [[String: Any]])?.count == 1)
        #expect((o["reply_to"] as? [Any])?.isEmpty == true)
        #expect(o["date"] as? String == "2024-05-01T02:30:00Z")
        #expect((o["text"] as? String)?.hasPrefix("还是不行\n\n------------------ 原始邮件") == true)
        #expect(o["new_text"] as? String == "还是不行")
        #expect(o["html"] is NSNull)
        let attachments = try #require(o["attachments"] as? [[String: Any]])
        #expect(attachments.count == 1)
        #expect(attachments.first?["filename"] as? String == "a.pdf")
        #expect(attachments.first?["content_type"] as? String == "application/pdf")
        #expect(attachments.first?["size"] as? Int == 4)
        // SHA-256 of the bytes 00 01 02 03.
        #expect(
            attachments.first?["sha256"] as? String
                == "054edec1d0211f624fed0cbca9d4f9400b0e491c43742af2c5b0abebf0c990d8")
        #expect((o["warnings"] as? [String])?.isEmpty == true)
        let keys = [
            "message_id", "in_reply_to", "references", "subject", "from", "to", "cc", "reply_to", "date", "text",
            "new_text", "html", "attachments", "warnings",
        ]
        #expect(Set(o.keys) == Set(keys))
    }

    @Test func readsStandardInput() throws {
        let result = try Self.run(["parse", "-"], stdin: Array("Subject: from stdin\r\n\r\nhello\r\n".utf8))
        #expect(result.status == 0)
        let o = try Self.object(result.stdout)
        #expect(o["subject"] as? String == "from stdin")
        #expect(o["text"] as? String == "hello\n")
        #expect(o["message_id"] is NSNull)
        #expect(o["date"] is NSNull)
    }

    @Test func brokenMailStillPrintsWithWarnings() throws {
        let path = try Self.write(Array("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nunfinished".utf8))
        let result = try Self.run(["parse", path])
        #expect(result.status == 0)
        let o = try Self.object(result.stdout)
        #expect(o["text"] as? String == "unfinished")
        #expect((o["warnings"] as? [String])?.contains { $0.contains("no close delimiter") } == true)
    }

    @Test func unreadableFileFails() throws {
        let result = try Self.run(["parse", "/nonexistent/intake-parse-test.eml"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot read"))
    }

    @Test func textFormatIsReadable() throws {
        let path = try Self.write(Self.gbkReply)
        let result = try Self.run(["parse", "--format", "text", path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Subject:     回复：订单"))
        #expect(lines.contains("From:        张三 <zhangsan@example.com>"))
        #expect(lines.contains("还是不行"))
        #expect(lines.contains("  a.pdf  application/pdf  4 bytes"))
    }

    @Test func rejectsUnknownFormat() throws {
        let result = try Self.run(["parse", "--format", "yaml", "-"], stdin: [])
        #expect(result.status != 0)
        #expect(result.stderr.contains("format"))
    }
}
