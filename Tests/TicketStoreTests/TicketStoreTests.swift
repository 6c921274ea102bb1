import Foundation
import Model
import Testing
import TicketStore

func temporaryDirectory() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("intake-store-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func sampleTicket(_ number: TicketNumber, key: String = "m1@example.test") -> Ticket {
    Ticket(
        number: number, receivedAt: Date(timeIntervalSince1970: 1_714_530_000),
        customer: .init(name: "王女士", address: "wang@example.test"),
        subject: "退款", text: "请退款", category: .afterSales, priority: .normal, language: "zh-Hans",
        department: "after_sales",
        firstResponseDue: Date(timeIntervalSince1970: 1_714_616_400), explanations: ["x"],
        source: .init(
            mailbox: "support", folder: "INBOX", uidValidity: 7, uid: 1, messageID: key, messageKey: key,
            rawFile: "message-1.eml"))
}

@Suite struct TicketStoreTests {
    @Test func ingestAllocatesSequentialNumbersPerMonth() throws {
        let store = try TicketStore(root: temporaryDirectory())
        var numbers: [String] = []
        for k in 1...3 {
            let r = try store.ingest(messageKey: "k\(k)", year: 2024, month: 5, raw: Array("raw \(k)".utf8)) {
                sampleTicket($0, key: "k\(k)")
            }
            guard case .created(let t) = r else {
                Issue.record("expected created")
                return
            }
            numbers.append(t.number.description)
        }
        let june = try store.ingest(messageKey: "k4", year: 2024, month: 6, raw: []) { sampleTicket($0) }
        #expect(numbers == ["202405-001", "202405-002", "202405-003"])
        guard case .created(let j) = june else {
            Issue.record("expected created")
            return
        }
        #expect(j.number.description == "202406-001", "serials start again each month")
        #expect(store.allNumbers().map(\.description) == ["202405-001", "202405-002", "202405-003", "202406-001"])
    }

    @Test func sameMessageKeyIsStoredOnce() throws {
        let store = try TicketStore(root: temporaryDirectory())
        let first = try store.ingest(messageKey: "same@x", year: 2024, month: 5, raw: [1, 2, 3]) { sampleTicket($0) }
        let second = try store.ingest(messageKey: "same@x", year: 2024, month: 5, raw: [1, 2, 3]) { sampleTicket($0) }
        #expect(second == .duplicate(TicketNumber("202405-001")!))
        if case .created(let t) = first { #expect(try store.rawMessage(t) == [1, 2, 3]) }
        #expect(try store.ticketNumber(forMessageKey: "same@x") == TicketNumber("202405-001"))
        #expect(store.allNumbers().count == 1)
    }

    @Test func reservedNumberIsReusedAfterACrashBeforeTheTicketWasWritten() throws {
        let root = temporaryDirectory()
        let store = try TicketStore(root: root)
        _ = try store.ingest(messageKey: "a", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        _ = try store.ingest(messageKey: "b", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        // Simulate a crash after the key was reserved but before the folder was renamed into place.
        let dir = store.ticketDirectory(TicketNumber("202405-002")!)
        try FileManager.default.moveItem(atPath: dir, toPath: root + "/tickets/202405/.tmp-202405-002")
        let again = try store.ingest(messageKey: "b", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        guard case .created(let t) = again else {
            Issue.record("expected the ticket to be written again")
            return
        }
        #expect(t.number.description == "202405-002")
        let next = try store.ingest(messageKey: "c", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        guard case .created(let n) = next else { return }
        #expect(n.number.description == "202405-003", "a reserved number is never issued to another message")
    }

    @Test func numbersNeverGoBackwardsEvenIfTheCounterIsLost() throws {
        let root = temporaryDirectory()
        let store = try TicketStore(root: root)
        for k in 1...5 { _ = try store.ingest(messageKey: "k\(k)", year: 2024, month: 5, raw: []) { sampleTicket($0) } }
        try FileManager.default.removeItem(atPath: root + "/counters/202405")
        let r = try store.ingest(messageKey: "k6", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        guard case .created(let t) = r else { return }
        #expect(t.number.serial == 6)
    }

    @Test func filesArePrivateAndTheDocumentIsReadableJSON() throws {
        let store = try TicketStore(root: temporaryDirectory())
        _ = try store.ingest(messageKey: "k", year: 2024, month: 5, raw: [65]) { sampleTicket($0) }
        let dir = store.ticketDirectory(TicketNumber("202405-001")!)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/ticket.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let dirAttributes = try FileManager.default.attributesOfItem(atPath: dir)
        #expect((dirAttributes[.posixPermissions] as? Int) == 0o700)
        let json = try String(contentsOfFile: dir + "/ticket.json", encoding: .utf8)
        #expect(json.contains("\"number\" : \"202405-001\""))
        #expect(json.contains("王女士"))
        #expect(try store.ticket(TicketNumber("202405-001")!)?.customer.name == "王女士")
    }

    @Test func eventsAppendAndATornLastLineIsIgnored() throws {
        let store = try TicketStore(root: temporaryDirectory())
        _ = try store.ingest(messageKey: "k", year: 2024, month: 5, raw: []) { sampleTicket($0) }
        let n = TicketNumber("202405-001")!
        try store.append(
            TicketEvent(
                at: Date(timeIntervalSince1970: 0), actor: "li", kind: "note_added", detail: ["text": "called"]), to: n)
        let path = store.ticketDirectory(n) + "/events.jsonl"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"actor\":\"x\",\"kin".utf8))
        handle.closeFile()
        let events = try store.events(n)
        #expect(events.map(\.kind) == ["created", "note_added"])
    }

    @Test func checkpointsRoundTrip() throws {
        let store = try TicketStore(root: temporaryDirectory())
        #expect(try store.checkpoint(mailbox: "support") == nil)
        try store.saveCheckpoint(.init(uidValidity: 42, lastUID: 17), mailbox: "support")
        #expect(try store.checkpoint(mailbox: "support") == .init(uidValidity: 42, lastUID: 17))
        try store.saveCheckpoint(.init(uidValidity: 43, lastUID: 1), mailbox: "support")
        #expect(try store.checkpoint(mailbox: "support")?.uidValidity == 43)
    }

    @Test func concurrentIngestNeverIssuesANumberTwice() async throws {
        let root = temporaryDirectory()
        let numbers = try await withThrowingTaskGroup(of: String.self) { group in
            for k in 0..<40 {
                group.addTask {
                    let store = try TicketStore(root: root)
                    let r = try store.ingest(messageKey: "k\(k)", year: 2024, month: 5, raw: []) { sampleTicket($0) }
                    guard case .created(let t) = r else { return "dup" }
                    return t.number.description
                }
            }
            var all: [String] = []
            for try await n in group { all.append(n) }
            return all
        }
        #expect(Set(numbers).count == 40)
        #expect(Set(numbers) == Set((1...40).map { TicketNumber(year: 2024, month: 5, serial: $0)!.description }))
    }
}

@Suite struct MailOutboxTests {
    func entry(_ id: String, at t: TimeInterval = 0) -> MailOutbox.Entry {
        MailOutbox.Entry(
            id: id, ticket: "202405-001", kind: "acknowledgement", sender: "s@x.test", recipients: ["c@x.test"],
            createdAt: Date(timeIntervalSince1970: t))
    }

    @Test func enqueueIsIdempotentAcrossStates() throws {
        let outbox = try MailOutbox(root: temporaryDirectory())
        #expect(try outbox.enqueue(entry("a"), message: [1]))
        #expect(try !outbox.enqueue(entry("a"), message: [2]))
        #expect(try outbox.message(for: "a") == [1])
        try outbox.markSent(outbox.pending()[0], at: Date(timeIntervalSince1970: 10))
        #expect(outbox.pending().isEmpty)
        #expect(try !outbox.enqueue(entry("a"), message: [3]), "an id already sent is never queued again")
        #expect(outbox.sent().first?.sentAt == Date(timeIntervalSince1970: 10))
    }

    @Test func failuresBackOffThenGiveUp() throws {
        let outbox = try MailOutbox(root: temporaryDirectory())
        try outbox.enqueue(entry("b"), message: [1])
        let now = Date(timeIntervalSince1970: 100)
        try outbox.markFailed(outbox.pending()[0], error: "451", at: now, retryAfter: 60, maxAttempts: 2)
        #expect(outbox.due(at: now).isEmpty)
        #expect(outbox.due(at: now.addingTimeInterval(61)).count == 1)
        try outbox.markFailed(outbox.pending()[0], error: "451 again", at: now, retryAfter: 60, maxAttempts: 2)
        #expect(outbox.pending().isEmpty)
        #expect(outbox.failed().first?.lastError == "451 again")
        #expect(outbox.failed().first?.attempts == 2)
    }

    @Test("ids that could escape the outbox folder are refused", arguments: ["../x", "a/b", ".hidden", "", "a b"])
    func unsafeIDs(id: String) throws {
        let outbox = try MailOutbox(root: temporaryDirectory())
        #expect(throws: StoreError.self) { try outbox.enqueue(entry(id), message: [1]) }
    }
}
