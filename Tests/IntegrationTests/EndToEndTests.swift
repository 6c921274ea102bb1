import Foundation
import Logging
import MIME
import Model
import Testing
import TicketStore
import Transport

/// A real mailbox to tickets to acknowledgements, through the built `intake` binary, against real Dovecot and
/// SMTP servers on 127.0.0.1. Serialized: the tests share the servers' `support` mailbox and the SMTP sink.
extension Integration {
    @Suite struct EndToEndTests {
        /// Tickets in a store, by number.
        func tickets(in storePath: String) throws -> [Ticket] {
            let store = try TicketStore(root: storePath)
            return try store.allNumbers().compactMap { try store.ticket($0) }
        }

        func unseenUIDs(_ servers: TestServers) async throws -> [UInt32] {
            let client = try await IMAPClient.connect(imapConfiguration(servers), logger: Logger(label: "test"))
            _ = try await client.select("INBOX")
            let (untagged, _) = try await client.command("UID SEARCH UNSEEN")
            await client.logout()
            return untagged.flatMap { (try? $0.values()) ?? [] }.compactMap { $0.number.map { UInt32($0) } }
        }

        func imapConfiguration(_ s: TestServers, tagPrefix: String? = nil) -> IMAPConfiguration {
            IMAPConfiguration(
                url: ServerURL("imap://127.0.0.1:\(s.imapPort)")!, user: s.imapUser, password: s.imapPassword,
                tls: TLSPolicy(caFile: s.imapCA), tagPrefix: tagPrefix)
        }

        @Test(
            "every sample becomes one ticket and one acknowledgement, the follow-up joins; a second poll creates nothing"
        )
        func pollCreatesTicketsAndAcknowledgements() async throws {
            guard let servers = TestServers.require() else { return }
            let samples = TestServers.sampleFiles
            #expect(samples.count >= 10)
            // The last sample is a customer's follow-up that names sample 01 in References: it joins that ticket.
            let followUp = samples.count - 1
            let newTickets = samples.count - 1
            try servers.resetInbox(user: "support", delivering: samples)
            let (config, storePath) = try servers.writeConfiguration()
            let sentBefore = Set(servers.sentMessages())

            let first = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(first.status == 0, "poll failed: \(first.stderr)")
            #expect(
                first.stdout.contains("\(newTickets) new ticket(s), 1 added to existing tickets"), "\(first.stdout)")

            let stored = try tickets(in: storePath)
            #expect(stored.count == newTickets)
            #expect(stored.first?.messages.count == 2, "the follow-up is the first ticket's second message")
            #expect(
                try TicketStore(root: storePath).rawMessage(try #require(stored.first), file: "message-2.eml")
                    == [UInt8](try Data(contentsOf: URL(fileURLWithPath: samples[followUp]))))
            let store = try TicketStore(root: storePath)
            for (k, ticket) in stored.enumerated() {
                #expect(ticket.number.serial == k + 1)
                // Routed to a department with staff (config/staff.yaml), a ticket is assigned on arrival.
                #expect(ticket.status == (ticket.assignee == nil ? .new : .assigned))
                #expect(ticket.department != nil)
                #expect(ticket.source.uid == UInt32(k + 1))
                #expect(ticket.source.mailbox == "support")
                // The raw message is kept byte for byte (the samples are CRLF, as Dovecot serves them).
                let raw = try #require(try store.rawMessage(ticket))
                let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: samples[k])))
                #expect(raw == original, "raw message of \(ticket.number) differs from \(samples[k])")
                #expect(!ticket.subject.isEmpty && !ticket.subject.contains("=?"))
                #expect(!ticket.text.isEmpty)
                // The priority's default, or a stricter subcategory limit (account security and safety: 1 h).
                let allowed = ticket.priority == .urgent ? 7200.0 : ticket.priority == .normal ? 86400 : 172800
                let given = ticket.firstResponseDue.timeIntervalSince(ticket.receivedAt)
                #expect(given == allowed || (given >= 3600 && given < allowed), "\(ticket.number): \(given) s")
            }
            let byUID = Dictionary(uniqueKeysWithValues: stored.map { ($0.source.uid, $0) })
            #expect(byUID[4]?.priority == .urgent, "the suspicious-login sample must be urgent")
            #expect(byUID[7]?.priority == .urgent, "the smoke sample must be urgent")
            #expect(byUID[5]?.language == "zh-Hant")
            #expect(byUID[6]?.language == "en")
            #expect(byUID[1]?.language == "zh-Hans")

            // Acknowledgements: one per ticket, to the customer, threaded, marked auto-replied.
            let newSent = servers.sentMessages().filter { !sentBefore.contains($0) }
            #expect(newSent.count == newTickets)
            var acknowledged: Set<String> = []
            for file in newSent {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
                let ack = Message(parsing: bytes)
                let envelope =
                    try JSONSerialization.jsonObject(
                        with: Data(contentsOf: URL(fileURLWithPath: String(file.dropLast(4)) + ".json")))
                    as? [String: Any]
                let number = try #require(ack.headers["X-Intake-Ticket"])
                let ticket = try #require(stored.first { $0.number.description == number })
                acknowledged.insert(number)
                #expect(ack.subject?.hasPrefix("[#\(number)]") == true, "\(ack.subject ?? "")")
                // Replies go to Reply-To when the customer set one (sample 08), else to the sender.
                let original = Message(parsing: try #require(try TicketStore(root: storePath).rawMessage(ticket)))
                let expected = original.replyTo.first?.address ?? ticket.customer.address
                #expect(ack.to.first?.address == expected)
                #expect((envelope?["rcpt_tos"] as? [String]) == [expected])
                #expect(envelope?["tls"] as? Bool == true)
                #expect(ack.headers["Auto-Submitted"] == "auto-replied")
                #expect(ack.inReplyTo == ticket.source.messageID)
                #expect(ack.references.last == ticket.source.messageID)
                #expect(ack.messageID?.hasSuffix("@example.test") == true)
                #expect(ack.text.contains(number))
                // The promise states the ticket's own first-response time, in whole hours here.
                let hours = Int(ticket.firstResponseDue.timeIntervalSince(ticket.receivedAt) / 3600)
                let promise = ["\(hours) 小时", "\(hours) 小時", "\(hours) hour"]
                #expect(promise.contains { ack.text.contains($0) }, "\(number): \(ack.text)")
                // Headers: ASCII only on the wire (non-ASCII is RFC 2047-encoded).
                let headerEnd = bytes.firstIndex(of: [13, 10, 13, 10], from: 0) ?? bytes.count
                #expect(bytes[0..<headerEnd].allSatisfy { $0 < 128 })
            }
            #expect(acknowledged.count == newTickets)
            #expect(try await unseenUIDs(servers).isEmpty, "every processed message is flagged \\Seen")

            // Polling again creates nothing and sends nothing.
            let second = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(second.status == 0)
            #expect(
                second.stdout.contains("0 new ticket(s), 0 added to existing tickets, 0 already stored; mail sent 0"),
                "\(second.stdout)")
            #expect(try tickets(in: storePath).count == newTickets)
            #expect(servers.sentMessages().count == sentBefore.count + newTickets)
        }

        @Test(
            "killed between the ticket write and the server flag, a rerun creates no duplicate and one acknowledgement")
        func crashBeforeFlag() async throws {
            guard let servers = TestServers.require() else { return }
            let samples = Array(TestServers.sampleFiles.prefix(3))
            try servers.resetInbox(user: "support", delivering: samples)
            let (config, storePath) = try servers.writeConfiguration()
            let sentBefore = servers.sentMessages().count

            let crashed = try run(
                intakeBinary, ["poll", "--once", "--config", config], environment: ["INTAKE_FAULT": "kill-before-flag"])
            #expect(
                crashed.signaled && crashed.status == SIGKILL,
                "expected SIGKILL, got \(crashed.status): \(crashed.stderr)")
            #expect(try tickets(in: storePath).count == 1)
            #expect(try MailOutbox(root: storePath).pending().count == 1)
            #expect(try await unseenUIDs(servers) == [1, 2, 3], "nothing flagged before the crash")
            #expect(servers.sentMessages().count == sentBefore)

            let rerun = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(
                rerun.stdout.contains("2 new ticket(s), 0 added to existing tickets, 1 already stored; mail sent 3"),
                "\(rerun.stdout)")
            let stored = try tickets(in: storePath)
            #expect(stored.map(\.number.serial) == [1, 2, 3])
            #expect(Set(stored.map(\.source.uid)) == [1, 2, 3])
            #expect(servers.sentMessages().count == sentBefore + 3, "exactly one acknowledgement per ticket")
            #expect(try await unseenUIDs(servers).isEmpty)
        }

        @Test("killed after flagging but before sending, a rerun sends the queued acknowledgements once")
        func crashBeforeSend() async throws {
            guard let servers = TestServers.require() else { return }
            let samples = Array(TestServers.sampleFiles.prefix(2))
            try servers.resetInbox(user: "support", delivering: samples)
            let (config, storePath) = try servers.writeConfiguration()
            let sentBefore = servers.sentMessages().count

            let crashed = try run(
                intakeBinary, ["poll", "--once", "--config", config], environment: ["INTAKE_FAULT": "kill-before-send"])
            #expect(crashed.signaled, "expected SIGKILL: \(crashed.stderr)")
            #expect(try tickets(in: storePath).count == 2)
            #expect(try MailOutbox(root: storePath).pending().count == 2)
            #expect(servers.sentMessages().count == sentBefore)

            let rerun = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(
                rerun.stdout.contains("0 new ticket(s), 0 added to existing tickets, 0 already stored; mail sent 2"),
                "\(rerun.stdout)")
            #expect(servers.sentMessages().count == sentBefore + 2)
            #expect(try MailOutbox(root: storePath).pending().isEmpty)
            #expect(try MailOutbox(root: storePath).sent().count == 2)
        }

        @Test("a mailbox recreated with a new UIDVALIDITY is rescanned without creating duplicates")
        func newUIDValidity() async throws {
            guard let servers = TestServers.require() else { return }
            let samples = Array(TestServers.sampleFiles.prefix(4))
            try servers.resetInbox(user: "support", delivering: samples)
            let (config, storePath) = try servers.writeConfiguration()
            let first = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(first.stdout.contains("4 new ticket(s)"), "\(first.stdout)")
            let checkpoint = try #require(try TicketStore(root: storePath).checkpoint(mailbox: "support"))
            let sentAfterFirst = servers.sentMessages().count

            try servers.resetInbox(user: "support", delivering: samples)
            let second = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(second.status == 0)
            #expect(
                second.stdout.contains("0 new ticket(s), 0 added to existing tickets, 4 already stored; mail sent 0"),
                "\(second.stdout)")
            let newCheckpoint = try #require(try TicketStore(root: storePath).checkpoint(mailbox: "support"))
            #expect(newCheckpoint.uidValidity != checkpoint.uidValidity)
            #expect(newCheckpoint.lastUID == 4)
            #expect(try tickets(in: storePath).count == 4)
            #expect(servers.sentMessages().count == sentAfterFirst)
        }

        @Test("a customer's reply to the acknowledgement joins the ticket and is not acknowledged again")
        func replyJoinsTicket() async throws {
            guard let servers = TestServers.require() else { return }
            try servers.resetInbox(user: "support", delivering: [TestServers.sampleFiles[0]])
            let (config, storePath) = try servers.writeConfiguration()
            let sentBefore = Set(servers.sentMessages())
            let first = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(first.stdout.contains("1 new ticket(s)"), "\(first.stdout)")
            let ackFile = try #require(servers.sentMessages().first { !sentBefore.contains($0) })
            let ack = Message(parsing: try [UInt8](Data(contentsOf: URL(fileURLWithPath: ackFile))))
            let ackID = try #require(ack.messageID)
            let number = try #require(ack.headers["X-Intake-Ticket"])
            let customer = try #require(ack.to.first?.address)

            let reply = """
                From: <\(customer)>\r
                To: support@example.test\r
                Subject: =?UTF-8?B?5Zue5aSN?=: [#\(number)] =?UTF-8?B?5bey5pS25Yiw?=\r
                Date: Thu, 07 May 2026 09:00:00 +0800\r
                Message-ID: <reply-\(UUID().uuidString)@mail.example.com>\r
                In-Reply-To: <\(ackID)>\r
                References: <\(ackID)>\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Transfer-Encoding: 8bit\r
                \r
                补充一下：订单号是 DD20260501999，麻烦尽快发货。\r

                """
            let replyFile = FileManager.default.temporaryDirectory.appendingPathComponent("reply-\(UUID()).eml").path
            try Data(reply.utf8).write(to: URL(fileURLWithPath: replyFile))
            try servers.servers(["deliver", servers.dir, "support", replyFile])
            let sentBeforeReply = servers.sentMessages().count
            let second = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains("0 new ticket(s), 1 added to existing tickets"), "\(second.stdout)")
            #expect(second.stdout.contains(number))
            let stored = try tickets(in: storePath)
            #expect(stored.count == 1)
            #expect(stored.first?.messages.count == 2)
            #expect(servers.sentMessages().count == sentBeforeReply, "no second acknowledgement for a reply")
            let third = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(third.stdout.contains("0 new ticket(s), 0 added to existing tickets, 0 already stored"))
        }

        @Test("the same message in two of our mailboxes becomes one ticket")
        func sameMessageInTwoMailboxes() async throws {
            guard let servers = TestServers.require() else { return }
            let sample = TestServers.sampleFiles[1]
            try servers.resetInbox(user: "support", delivering: [sample])
            try servers.resetInbox(user: "alice", delivering: [sample])
            var (config, storePath) = try servers.writeConfiguration()
            let dir = (config as NSString).deletingLastPathComponent
            try "alicepw".write(toFile: dir + "/alice-password", atomically: true, encoding: .utf8)
            var text = try String(contentsOfFile: config, encoding: .utf8)
            text = text.replacingOccurrences(
                of: "smtp:\n",
                with: """
                      - name: sales
                        url: imap://127.0.0.1:\(servers.imapPort)
                        user: alice
                        password_file: alice-password
                        ca_file: \(servers.imapCA)
                    smtp:

                    """)
            config = dir + "/two-mailboxes.yaml"
            try text.write(toFile: config, atomically: true, encoding: .utf8)
            let sentBefore = servers.sentMessages().count
            let result = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("polled 2 mailbox(es): 1 new ticket(s)"), "\(result.stdout)")
            #expect(result.stdout.contains("1 already stored"), "\(result.stdout)")
            #expect(try tickets(in: storePath).count == 1)
            #expect(servers.sentMessages().count == sentBefore + 1, "one acknowledgement")
        }

        @Test("intake run polls until SIGTERM, then exits cleanly without cutting a message in half")
        func runUntilSIGTERM() async throws {
            guard let servers = TestServers.require() else { return }
            try servers.resetInbox(user: "support", delivering: Array(TestServers.sampleFiles.prefix(2)))
            let (config, storePath) = try servers.writeConfiguration()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: intakeBinary)
            process.arguments = ["run", "--config", config]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first poll starts at once; wait for both tickets and their acknowledgements.
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if (try? tickets(in: storePath).count) == 2, (try? MailOutbox(root: storePath).sent().count) == 2 {
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(try tickets(in: storePath).count == 2)
            #expect(try MailOutbox(root: storePath).sent().count == 2)
            kill(process.processIdentifier, SIGTERM)
            let stopBy = Date().addingTimeInterval(15)
            while process.isRunning && Date() < stopBy { try await Task.sleep(for: .milliseconds(50)) }
            #expect(!process.isRunning, "intake run did not stop within 15 s of SIGTERM")
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        }

        @Test("after_processing: move takes processed mail out of the INBOX")
        func moveAfterProcessing() async throws {
            guard let servers = TestServers.require() else { return }
            try servers.resetInbox(user: "support", delivering: Array(TestServers.sampleFiles.prefix(2)))
            let (config, _) = try servers.writeConfiguration(afterProcessing: "move")
            let result = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(result.status == 0, "\(result.stderr)")
            let client = try await IMAPClient.connect(imapConfiguration(servers), logger: Logger(label: "test"))
            let inbox = try await client.select("INBOX")
            let processed = try await client.select("Processed")
            await client.logout()
            #expect(inbox.exists == 0)
            #expect(processed.exists >= 2)
        }

        @Test("IMAPS works, and a wrong password fails with a clear message that does not show the password")
        func imapsAndLoginFailure() async throws {
            guard let servers = TestServers.require() else { return }
            try servers.resetInbox(user: "support", delivering: Array(TestServers.sampleFiles.prefix(1)))
            let (config, _) = try servers.writeConfiguration(imapTLS: "imaps")
            let ok = try run(intakeBinary, ["poll", "--once", "--config", config])
            #expect(ok.status == 0, "\(ok.stderr)")
            #expect(ok.stdout.contains("1 new ticket(s)"))

            let (badConfig, _) = try servers.writeConfiguration(password: "wrong-password-123")
            let bad = try run(intakeBinary, ["poll", "--once", "--config", badConfig])
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("cannot log in"), "\(bad.stderr)")
            #expect(bad.stderr.contains("login"), "\(bad.stderr)")
            #expect(!bad.stderr.contains("wrong-password-123") && !bad.stdout.contains("wrong-password-123"))
        }
    }
}

extension Array where Element == UInt8 {
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var i = from
        while i + needle.count <= count {
            if self[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
