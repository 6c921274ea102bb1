import Foundation
import Logging
import Model
import TicketStore
import Transport

#if canImport(Glibc)
import Glibc
#endif

/// One poll of one mailbox: select, find what is new since the checkpoint, fetch, store, flag, advance.
///
/// The checkpoint (UIDVALIDITY + last UID), not the `\Seen` flag, decides what is new. A message is flagged or
/// moved on the server, and the checkpoint advanced past it, only after its ticket and acknowledgement are
/// durable. A changed UIDVALIDITY starts over from UID 1; the Message-ID index keeps that from duplicating.
public struct Poller: Sendable {
    public let mailbox: MailboxConfiguration
    public let processor: MessageProcessor
    public let logger: Logger

    public init(mailbox: MailboxConfiguration, processor: MessageProcessor, logger: Logger) {
        self.mailbox = mailbox
        self.processor = processor
        self.logger = logger
    }

    /// One line per message handled.
    public struct Report: Sendable {
        public var uid: UInt32
        public var ticket: Ticket
        public var kind: MessageProcessor.Outcome.Kind
        public var acknowledgementSkipped: String?
        /// `true` when a new ticket was written.
        public var isNew: Bool { kind == .created }

        /// `202405-001 new      urgent emergency  w***@example.com  账户异常登录`, personal data masked.
        public var summary: String {
            let state =
                switch kind {
                case .created: "new      "
                case .joined: "reply    "
                case .duplicate: "duplicate"
                }
            let subject = ticket.subject.prefix(60)
            let ack = acknowledgementSkipped.map { " (no acknowledgement: \($0))" } ?? ""
            return
                "\(ticket.number) \(state) \(ticket.priority.rawValue.padding(6)) \(ticket.category.rawValue.padding(11)) "
                + "\(Masking.email(ticket.customer.address))  \(subject)\(ack)"
        }
    }

    /// Polls once. `shouldStop` is checked between messages so a shutdown finishes the message in hand.
    public func pollOnce(
        shouldStop: @Sendable () -> Bool = { false }, onMessage: (Report) -> Void = { _ in }
    ) async throws(GatewayError) -> [Report] {
        let client: IMAPClient
        do {
            client = try await IMAPClient.connect(mailbox.imap, logger: logger)
        } catch {
            throw GatewayError(.transport, "mailbox \(mailbox.name): cannot log in to \(mailbox.imap.url): \(error)")
        }
        do {
            let reports = try await poll(client, shouldStop: shouldStop, onMessage: onMessage)
            await client.logout()
            return reports
        } catch {
            await client.logout()
            throw error
        }
    }

    private func poll(
        _ client: IMAPClient, shouldStop: @Sendable () -> Bool, onMessage: (Report) -> Void
    ) async throws(GatewayError) -> [Report] {
        let store = processor.store
        let status: MailboxStatus
        let uids: [UInt32]
        var last: UInt32 = 0
        do {
            status = try await client.select(mailbox.folder)
            let checkpoint = try store.checkpoint(mailbox: mailbox.name)
            if let checkpoint {
                if checkpoint.uidValidity == status.uidValidity {
                    last = checkpoint.lastUID
                } else {
                    logger.info(
                        "UIDVALIDITY changed; rescanning the mailbox (stored messages are recognised by Message-ID)",
                        metadata: [
                            "mailbox": "\(mailbox.name)", "imap.uidvalidity.old": "\(checkpoint.uidValidity)",
                            "imap.uidvalidity": "\(status.uidValidity)",
                        ])
                }
            }
            uids = try await client.uids(after: last)
        } catch let error as TransportError {
            throw GatewayError(.transport, "mailbox \(mailbox.name): \(error)")
        } catch {
            throw GatewayError(.store, "mailbox \(mailbox.name): \(error)")
        }
        var reports: [Report] = []
        var index = 0
        while index < uids.count {
            if shouldStop() { break }
            let batch = Array(uids[index..<min(uids.count, index + max(1, mailbox.fetchBatch))])
            index += batch.count
            let fetched: [FetchedMessage]
            do { fetched = try await client.fetch(uids: batch) } catch {
                throw GatewayError(.transport, "mailbox \(mailbox.name): fetching failed: \(error)")
            }
            let byUID = Dictionary(fetched.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
            for uid in batch {
                if shouldStop() { return reports }
                guard let message = byUID[uid] else {
                    // Expunged by someone else meanwhile: nothing to store; move past it.
                    try advance(to: uid, validity: status.uidValidity)
                    continue
                }
                let origin = MessageProcessor.Origin(
                    mailbox: mailbox.name, folder: mailbox.folder, uidValidity: status.uidValidity, uid: uid)
                let outcome = try processor.process(raw: message.bytes, origin: origin, receivedAt: Date())
                if outcome.isNew, processor.configuration.faultInjection == .killBeforeFlag { FaultPoint.kill() }
                // The ticket and its acknowledgement are durable: now the server may be told.
                do {
                    switch mailbox.afterProcessing {
                    case .markSeen: try await client.markSeen(uids: [uid])
                    case .move(let folder): try await client.move(uids: [uid], to: folder)
                    }
                } catch {
                    throw GatewayError(.transport, "mailbox \(mailbox.name): flagging UID \(uid) failed: \(error)")
                }
                try advance(to: uid, validity: status.uidValidity)
                let report = Report(
                    uid: uid, ticket: outcome.ticket, kind: outcome.kind,
                    acknowledgementSkipped: outcome.acknowledgementSkipped)
                logger.info(
                    outcome.kind == .created
                        ? "ticket created"
                        : outcome.kind == .joined ? "reply added to ticket" : "message already stored",
                    metadata: [
                        "mail.uid": "\(uid)", "ticket.number": "\(outcome.ticket.number)", "mailbox": "\(mailbox.name)",
                    ])
                onMessage(report)
                reports.append(report)
            }
        }
        return reports
    }

    private func advance(to uid: UInt32, validity: UInt32) throws(GatewayError) {
        do {
            try processor.store.saveCheckpoint(
                TicketStore.Checkpoint(uidValidity: validity, lastUID: uid), mailbox: mailbox.name)
        } catch {
            throw GatewayError(.store, "saving the checkpoint failed: \(error)")
        }
    }
}

/// Ends the process at once, as a crash would (SIGKILL: no cleanup, no buffered writes flushed).
enum FaultPoint {
    static func kill() -> Never {
        _ = Glibc.kill(getpid(), SIGKILL)
        fatalError("unreachable")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
