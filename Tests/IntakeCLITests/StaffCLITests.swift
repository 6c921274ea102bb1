import Foundation
import Model
import Testing
import TicketStore

#if canImport(Glibc)
import Glibc
#endif

/// A temporary store with a configuration pointing at it, for running the built `intake` against.
struct StaffFixture {
    let dir: String
    let config: String
    var store: String { dir + "/store" }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    init(extra: String = "") throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-staff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        config = dir + "/intake.yaml"
        // No secrets in the environment: the staff commands must not need them.
        try """
        timezone: Asia/Shanghai
        support:
          address: support@example.test
        store: store
        templates: \(Self.repositoryRoot)/templates
        mailboxes:
          - name: support
            url: imap://127.0.0.1:1
            user: support
            password_env: INTAKE_TEST_UNSET_PASSWORD
            allow_plaintext: true
        smtp:
          url: smtp://127.0.0.1:1
          allow_plaintext: true
        \(extra)
        """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    @discardableResult
    func intake(_ arguments: [String]) throws -> IntakeBinary.Output {
        try IntakeBinary.run(arguments + ["--config", config], environment: ["INTAKE_STAFF": "li.lei"])
    }

    /// Writes a small customer message and returns its path.
    func message(
        _ name: String, subject: String, body: String, from: String = "王女士 <wang@example.test>",
        messageID: String? = nil, inReplyTo: String? = nil
    ) throws -> String {
        var headers = [
            "From: \(from)", "To: support@example.test", "Subject: \(subject)", "Date: Wed, 01 May 2024 10:00:00 +0800",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
        ]
        if let messageID { headers.append("Message-ID: <\(messageID)>") }
        if let inReplyTo { headers.append("In-Reply-To: <\(inReplyTo)>") }
        let path = dir + "/" + name
        try Data((headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n").utf8).write(
            to: URL(fileURLWithPath: path))
        return path
    }
}

@Suite("staff command line")
struct StaffCLITests {
    @Test func importListShowAssignStatusNoteSearchAndCustomers() throws {
        let f = try StaffFixture()
        let a = try f.message("a.eml", subject: "退款申请", body: "屏幕有划痕，电话13812345678", messageID: "a@x.test")
        let b = try f.message(
            "b.eml", subject: "Where is my order?", body: "Order #A123456 has not arrived",
            from: "Bob <bob@example.test>",
            messageID: "b@x.test")
        let imported = try f.intake(["store", "import", a, b])
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("stored ") })
        try #require(lines.count == 2)
        let first = String(lines[0].split(separator: " ")[1])

        let list = try f.intake(["tickets", "list", "--status", "new"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(first))
        #expect(list.stdout.contains("*女士"), "names are masked by default")
        #expect(!list.stdout.contains("wang@example.test"))
        #expect(list.stdout.contains("2 ticket(s)"))
        // Columns line up although the subjects mix Chinese and English.
        let rows = list.stdout.split(separator: "\n").prefix(3).map(String.init)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let dueColumn = rows.dropFirst().map { row in TextWidth.columns(of: row, before: " \(year)-") }
        #expect(dueColumn.count == 2 && Set(dueColumn).count == 1 && dueColumn[0] > 0, "\(rows)")

        let revealed = try f.intake(["tickets", "list", "--reveal", "--json"])
        #expect(revealed.stdout.contains("wang@example.test"))

        #expect(try f.intake(["tickets", "assign", first, "zhang.san"]).status == 0)
        #expect(try f.intake(["tickets", "status", first, "in_progress", "--note", "called back"]).status == 0)
        let illegal = try f.intake(["tickets", "status", first, "new"])
        #expect(illegal.status == 4)
        #expect(illegal.stderr.contains("cannot go from in_progress to new"))
        #expect(try f.intake(["tickets", "note", first, "客户要求换货"]).status == 0)

        let show = try f.intake(["tickets", "show", first, "--json"])
        #expect(show.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        let kinds = (json?["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["created", "assigned", "status_changed", "status_changed", "note_added"])
        let events = json?["events"] as? [[String: Any]]
        #expect(events?.last?["actor"] as? String == "li.lei")

        let search = try f.intake(["tickets", "search", "划痕"])
        #expect(search.stdout.contains(first) && search.stdout.contains("1 ticket(s)"))
        let english = try f.intake(["tickets", "search", "arrived", "--json"])
        #expect(english.stdout.contains("Where is my order?"))
        #expect(!english.stdout.contains(first))

        let assigned = try f.intake(["tickets", "list", "--assignee", "zhang.san", "--csv"])
        #expect(assigned.stdout.hasPrefix("number,status,"))
        #expect(assigned.stdout.contains(first + ",in_progress,"))

        let history = try f.intake(["customers", "show", "wang@example.test"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("1 ticket(s), 1 open"))
        #expect(try f.intake(["customers", "show", "nobody@example.test"]).status == 3)

        let unknown = try f.intake(["tickets", "show", "202401-999"])
        #expect(unknown.status == 3)
        #expect(unknown.stderr.contains("no ticket 202401-999"))
        #expect(try f.intake(["tickets", "show", "nonsense"]).status == 2)

        let reindex = try f.intake(["store", "reindex"])
        #expect(reindex.stdout.contains("indexed 2 ticket(s)"))
    }

    @Test func aReplyJoinsItsTicketAndAReimportCreatesNothing() throws {
        let f = try StaffFixture()
        let first = try f.message("1.eml", subject: "咨询发货", body: "什么时候发货？", messageID: "q1@x.test")
        let reply = try f.message(
            "2.eml", subject: "Re: 咨询发货", body: "还没收到回复", messageID: "q2@x.test", inReplyTo: "q1@x.test")
        let tagged = try f.message("3.eml", subject: "回复: [#TAG] 补充", body: "补充照片", messageID: "q3@x.test")
        let out = try f.intake(["store", "import", first, reply])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map { $0.split(separator: " ") }
        try #require(lines.count == 2)
        #expect(lines.map { String($0[0]) } == ["stored", "joined"])
        let number = String(lines[0][1])
        #expect(String(lines[1][1]) == number)
        // The subject tag threads too (from the ticket's own customer).
        var text = try String(contentsOfFile: tagged, encoding: .utf8)
        text = text.replacingOccurrences(of: "[#TAG]", with: "[#\(number)]")
        try text.write(toFile: tagged, atomically: true, encoding: .utf8)
        let again = try f.intake(["store", "import", first, reply, tagged])
        #expect(
            again.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) } == [
                "duplicate", "duplicate", "joined",
            ])
        let show = try f.intake(["tickets", "show", number])
        #expect(show.stdout.contains("message-3.eml"))
    }

    @Test func theSameCustomerAboutTheSameOrderJoinsTheOpenTicket() throws {
        let root = StaffFixture.repositoryRoot
        let f = try StaffFixture(
            extra: """
                triage:
                  rules: \(root)/config/rules.yaml
                  staff: \(root)/config/staff.yaml
                  holidays: \(root)/config/holidays
                """)
        let first = try f.message(
            "o1.eml", subject: "退款申请", body: "订单号：DD20240501123，收到的商品破损，请退款。", messageID: "o1@x.test")
        let second = try f.message(
            "o2.eml", subject: "还没处理吗", body: "订单号 DD20240501123 的退款怎么还没有到账？", messageID: "o2@x.test")
        let other = try f.message(
            "o3.eml", subject: "退款申请", body: "订单号：DD20240501123", from: "Someone <other@example.test>",
            messageID: "o3@x.test")
        let out = try f.intake(["store", "import", first, second, other])
        #expect(out.status == 0, "\(out.stderr)")
        let words = out.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        try #require(words.count == 3)
        #expect(words.map { $0[0] } == ["stored", "joined", "stored"], "another customer never joins")
        #expect(words[1][1] == words[0][1])
        let show = try f.intake(["tickets", "show", words[0][1], "--json"])
        #expect(show.stdout.contains("DD20240501123"))
    }

    @Test func archiveMovesClosedTicketsAndTheyStayReadable() throws {
        let f = try StaffFixture()
        let m = try f.message("a.eml", subject: "谢谢", body: "问题已解决", messageID: "arch@x.test")
        let words = try f.intake(["store", "import", m]).stdout.split(separator: " ")
        try #require(words.count == 3)
        let n = String(words[1])
        #expect(try f.intake(["tickets", "status", n, "closed"]).status == 0)
        let archived = try f.intake(["store", "archive", "--before", "2999-01-01"])
        #expect(archived.stdout.contains("archived \(n)"))
        #expect(try f.intake(["tickets", "show", n]).status == 0)
        #expect(!(try f.intake(["tickets", "list"]).stdout.contains(n)))
        #expect(try f.intake(["tickets", "list", "--archived"]).stdout.contains(n))
    }
}

/// Display columns, as a terminal counts them (Chinese characters are two wide).
enum TextWidth {
    static func columns(of line: String, before marker: String) -> Int {
        guard let r = line.range(of: marker, options: .backwards) else { return -1 }
        return line[..<r.lowerBound].unicodeScalars.reduce(0) { w, u in
            w + ((0x2E80...0x9FFF).contains(u.value) || (0xFF00...0xFF60).contains(u.value) ? 2 : 1)
        }
    }
}
