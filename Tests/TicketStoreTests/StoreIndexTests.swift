import Foundation
import Model
import Testing
import TicketStore

/// A ticket with the fields the index cares about.
func indexedTicket(
    _ number: TicketNumber, key: String, subject: String = "退款", text: String = "请退款",
    email: String = "wang@example.test", phone: String? = nil, priority: Priority = .normal,
    due: TimeInterval = 1_714_616_400, orders: [String] = []
) -> Ticket {
    var t = sampleTicket(number, key: key)
    t.subject = subject
    t.text = text
    t.customer = .init(name: "王女士", address: email, phone: phone)
    t.priority = priority
    t.firstResponseDue = Date(timeIntervalSince1970: due)
    t.orderIDs = orders
    return t
}

@discardableResult
func ingest(
    _ store: TicketStore, _ key: String, month: Int = 5, _ make: @escaping (TicketNumber) -> Ticket
) throws
    -> Ticket
{
    let r = try store.ingest(messageKey: key, year: 2024, month: month, raw: Array(key.utf8), build: make)
    guard case .created(let t) = r else { throw StoreError("expected a new ticket for \(key)") }
    return t
}

@Suite struct StoreIndexTests {
    @Test func listFiltersByStatusPriorityCustomerAndOverdue() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let a = try ingest(store, "a") { indexedTicket($0, key: "a", priority: .urgent, due: 100) }
        let b = try ingest(store, "b") {
            indexedTicket($0, key: "b", email: "Li@Example.test", phone: "13812345678", due: 10_000_000_000)
        }
        let c = try ingest(store, "c") { indexedTicket($0, key: "c", due: 200) }
        try store.setStatus(c.number, to: .resolved, actor: "li")

        var filter = TicketIndex.Filter()
        #expect(try store.index.list(filter) == [a.number, b.number, c.number])
        filter.status = [.new]
        #expect(try store.index.list(filter) == [a.number, b.number])
        filter.priority = .urgent
        #expect(try store.index.list(filter) == [a.number])

        var overdue = TicketIndex.Filter()
        overdue.overdueAt = Date(timeIntervalSince1970: 1000)
        #expect(try store.index.list(overdue) == [a.number], "resolved and not-yet-due tickets are not overdue")

        var customer = TicketIndex.Filter()
        customer.customer = "li@example.TEST"
        #expect(try store.index.list(customer) == [b.number])
        customer.customer = "138 1234 5678"
        #expect(try store.index.list(customer) == [b.number])
    }

    @Test(
        "search finds Chinese and English words in subject and text",
        arguments: [
            ("退款", ["x1", "x3"]), ("屏幕", ["x2"]), ("划痕 屏幕", ["x2"]), ("screen", ["x4"]), ("SCREEN scratch", ["x4"]),
            ("款", ["x1", "x3"]), ("不存在的词", []), ("   ", []), ("\"", []),
        ])
    func search(query: String, keys: [String]) throws {
        let store = try TicketStore(root: temporaryDirectory())
        var byKey: [String: TicketNumber] = [:]
        let rows: [(String, String, String)] = [
            ("x1", "申请退款", "商品不符"), ("x2", "售后", "屏幕出现划痕"), ("x3", "咨询", "退款什么时候到账"),
            ("x4", "Broken", "The screen has a scratch"),
        ]
        for (key, subject, text) in rows {
            byKey[key] = try ingest(store, key) { indexedTicket($0, key: key, subject: subject, text: text) }.number
        }
        let found = Set(try store.index.search(query))
        #expect(found == Set(keys.compactMap { byKey[$0] }))
    }

    @Test func reindexRebuildsFromTheFilesAlone() throws {
        let root = temporaryDirectory()
        do {
            let store = try TicketStore(root: root)
            for k in 1...5 { try ingest(store, "r\(k)") { indexedTicket($0, key: "r\(k)", text: "第\(k)个退款") } }
            try store.assign(TicketNumber("202405-002")!, to: "li", actor: "zhang")
        }
        try FileManager.default.removeItem(atPath: root + "/index/tickets.sqlite")
        let store = try TicketStore(root: root)  // a missing index is rebuilt on open
        #expect(try store.index.count() == 5)
        var filter = TicketIndex.Filter()
        filter.assignee = "li"
        #expect(try store.index.list(filter) == [TicketNumber("202405-002")!])
        #expect(try store.reindex() == 5)
        #expect(try store.index.search("退款").count == 5)
    }

    @Test func aPendingMarkerLeftByACrashIsRepairedOnOpen() throws {
        let root = temporaryDirectory()
        let number: TicketNumber
        do {
            let store = try TicketStore(root: root)
            number = try ingest(store, "p") { indexedTicket($0, key: "p") }.number
        }
        // A crash after the ticket file was rewritten but before the index saw it: edit the file behind the
        // index's back and leave the marker a real change writes first.
        let path = root + "/tickets/202405/\(number)/ticket.json"
        var json = try String(contentsOfFile: path, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"status\" : \"new\"", with: "\"status\" : \"in_progress\"")
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: root + "/index/pending/\(number)", contents: Data())
        let store = try TicketStore(root: root)
        var filter = TicketIndex.Filter()
        filter.status = [.inProgress]
        #expect(try store.index.list(filter) == [number])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/index/pending").isEmpty)
    }

    @Test func batchIngestGroupCommitsAndNumbersInOrder() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let items = (1...25).map { k in
            TicketStore.NewTicket(messageKey: "g\(k)", year: 2024, month: 5, raw: Array("raw \(k)".utf8)) {
                indexedTicket($0, key: "g\(k)")
            }
        }
        let results = try store.ingestBatch(items + [items[3]])  // the same message twice in one batch
        let numbers = results.compactMap { r -> Int? in
            if case .created(let t) = r { return t.number.serial }
            return nil
        }
        #expect(numbers == Array(1...25))
        #expect(results.last == .duplicate(TicketNumber("202405-004")!))
        #expect(try store.index.count() == 25)
        #expect(
            try store.rawMessage(try #require(try store.ticket(TicketNumber("202405-025")!))) == Array("raw 25".utf8))
        let again = try store.ingestBatch(Array(items.prefix(3)))
        #expect(again == (1...3).map { .duplicate(TicketNumber(year: 2024, month: 5, serial: $0)!) })
    }
}

@Suite struct StoreLifecycleTests {
    @Test func statusChangesFollowTheStateMachineAndAreEvents() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let n = try ingest(store, "s") { indexedTicket($0, key: "s") }.number
        try store.assign(n, to: "li", actor: "zhang")
        try store.setStatus(n, to: .inProgress, actor: "li")
        try store.setStatus(n, to: .resolved, actor: "li", note: "replaced the unit")
        #expect(throws: TicketStore.ChangeError.self) { try store.setStatus(n, to: .inProgress, actor: "li") }
        try store.setStatus(n, to: .closed, actor: "li")
        let t = try #require(try store.ticket(n))
        #expect(t.status == .closed)
        #expect(t.assignee == "li")
        #expect(t.firstRespondedAt != nil && t.resolvedAt != nil && t.closedAt != nil)
        let kinds = try store.events(n).map(\.kind)
        #expect(
            kinds == ["created", "assigned", "status_changed", "status_changed", "status_changed", "status_changed"])
        #expect(try store.events(n).last(where: { $0.detail["note"] != nil })?.detail["note"] == "replaced the unit")
    }

    @Test func anUnknownTicketIsAClearError() throws {
        let store = try TicketStore(root: temporaryDirectory())
        #expect(throws: TicketStore.ChangeError.self) {
            try store.addNote(TicketNumber("202401-009")!, text: "x", actor: "li")
        }
    }

    @Test func aReplyJoinsItsTicketOnceAndReopensAResolvedOne() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let n = try ingest(store, "first@x") { indexedTicket($0, key: "first@x") }.number
        try store.setStatus(n, to: .resolved, actor: "li")
        let now = Date(timeIntervalSince1970: 1_714_600_000)
        let r = try store.attachReply(
            to: n, messageKey: "reply@x", messageID: "reply@x", raw: [1, 2], from: "wang@example.test",
            subject: "Re: 退款", at: now)
        guard case .attached(let t, let reopened) = r else {
            Issue.record("expected the reply to be attached")
            return
        }
        #expect(reopened)
        #expect(t.status == .reopened)
        #expect(t.messages.map(\.file) == ["message-1.eml", "message-2.eml"])
        #expect(try store.rawMessage(t, file: "message-2.eml") == [1, 2])
        let again = try store.attachReply(
            to: n, messageKey: "reply@x", messageID: "reply@x", raw: [1, 2], from: "wang@example.test",
            subject: "Re: 退款", at: now)
        #expect(again == .duplicate(n))
        #expect(try store.ticketNumber(forMessageID: "reply@x") == n)
        #expect(try store.ticket(n)?.messages.count == 2)
    }

    @Test func outgoingMessageIDsThread() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let n = try ingest(store, "o@x") { indexedTicket($0, key: "o@x") }.number
        try store.recordOutgoingMessageID("202405-001.ack.abc@support.test", for: n)
        #expect(try store.ticketNumber(forMessageID: "202405-001.ack.abc@support.test") == n)
        #expect(try store.ticketNumber(forMessageID: "unknown@x") == nil)
    }

    @Test func archiveMovesOnlyLongClosedTicketsAndKeepsThemReadable() throws {
        let root = temporaryDirectory()
        let store = try TicketStore(root: root)
        let old = try ingest(store, "old") { indexedTicket($0, key: "old") }.number
        let open = try ingest(store, "open") { indexedTicket($0, key: "open") }.number
        try store.setStatus(old, to: .closed, actor: "li", at: Date(timeIntervalSince1970: 1_000))
        let moved = try store.archive(closedBefore: Date(timeIntervalSince1970: 2_000), actor: "li")
        #expect(moved == [old])
        #expect(store.allNumbers() == [open])
        #expect(store.archivedNumbers() == [old])
        #expect(try store.ticket(old)?.status == .closed)
        #expect(try store.events(old).last?.kind == "archived")
        var all = TicketIndex.Filter()
        #expect(try store.index.list(all) == [open])
        all.includeArchived = true
        #expect(try store.index.list(all) == [old, open])
        #expect(try store.reindex() == 2)
        #expect(try store.index.list(all) == [old, open])
        let next = try ingest(store, "new") { indexedTicket($0, key: "new") }.number
        #expect(next.serial == 3, "an archived ticket's number is never issued again")
    }

    @Test func attachmentsAreSavedUnderSafeUniqueNames() throws {
        let root = temporaryDirectory()
        let store = try TicketStore(root: root)
        let files: [String?] = [
            "../../etc/passwd", "/abs/photo.png", "photo.png", "C:\\Users\\x\\发票.pdf", nil, "\u{1}\n..",
        ]
        let r = try store.ingest(
            messageKey: "att", year: 2024, month: 5, raw: [],
            attachments: files.map { .init(name: $0, contentType: "application/octet-stream", data: [7]) }
        ) { indexedTicket($0, key: "att") }
        guard case .created(let t) = r else { return }
        #expect(
            t.attachments.map(\.file) == [
                "passwd", "photo.png", "photo (2).png", "发票.pdf", "attachment-5", "attachment-6",
            ])
        let dir = store.ticketDirectory(t.number) + "/attachments"
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: dir)) == Set(t.attachments.map(\.file)))
        #expect(!FileManager.default.fileExists(atPath: root + "/etc/passwd"))
    }

    @Test(
        "attachment names are sanitized",
        arguments: [
            ("..", "attachment-1"), ("a/../../b.txt", "b.txt"), ("报告 (最终).docx", "报告 (最终).docx"),
            ("x\u{0}y.txt", "xy.txt"), ("a<b>c|d.txt", "a_b_c_d.txt"), (".bashrc", "bashrc"),
            (String(repeating: "长", count: 100) + ".pdf", String(repeating: "长", count: 38) + ".pdf"),
        ])
    func sanitize(name: String, expected: String) {
        #expect(AttachmentName.sanitize(name, index: 1) == expected)
    }
}
