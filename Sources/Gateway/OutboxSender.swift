import Foundation
import Logging
import Model
import TicketStore
import Transport

/// Delivers due outbox entries over SMTP, with exponential back-off on failure. An entry is marked sent only
/// after the server accepted it; a crash between acceptance and marking is the one window in which a message
/// can go out twice, and then with the same Message-ID, so mail clients show it once.
public struct OutboxSender: Sendable {
    public let outbox: MailOutbox
    public let store: TicketStore
    public let smtp: SMTPClient
    public let configuration: GatewayConfiguration
    public let logger: Logger

    public init(
        outbox: MailOutbox, store: TicketStore, smtp: SMTPClient, configuration: GatewayConfiguration, logger: Logger
    ) {
        self.outbox = outbox
        self.store = store
        self.smtp = smtp
        self.configuration = configuration
        self.logger = logger
    }

    /// Result of one delivery round.
    public struct Round: Sendable, Equatable {
        public var sent = 0
        public var failed = 0
        public var deferred = 0
    }

    /// Sends everything due now.
    public func deliverDue(now: @Sendable () -> Date = Date.init) async -> Round {
        var round = Round()
        for entry in outbox.due(at: now()) {
            let message: [UInt8]
            do {
                guard let m = try outbox.message(for: entry.id) else { continue }
                message = m
            } catch {
                logger.error("outbox entry unreadable", metadata: ["outbox.id": "\(entry.id)", "error": "\(error)"])
                continue
            }
            do {
                try await smtp.send(from: entry.sender, to: entry.recipients, message: message)
                try outbox.markSent(entry, at: now())
                round.sent += 1
                if let t = entry.ticket, let number = TicketNumber(t) {
                    try? store.append(
                        TicketEvent(
                            at: now(), actor: "gateway", kind: "mail_sent",
                            detail: ["outbox_id": entry.id, "kind": entry.kind]),
                        to: number)
                }
                logger.info("mail sent", metadata: ["outbox.id": "\(entry.id)"])
            } catch {
                let delay = min(3600, Double(configuration.outboxRetryBase) * pow(2, Double(entry.attempts)))
                let code = (error as? TransportError)?.code.rawValue ?? "store"
                logger.warning(
                    "mail not sent; will retry",
                    metadata: ["outbox.id": "\(entry.id)", "error.code": "\(code)", "error": "\(error)"])
                do {
                    try outbox.markFailed(
                        entry, error: "\(error)", at: now(), retryAfter: delay,
                        maxAttempts: configuration.outboxMaxAttempts)
                } catch {
                    logger.error("outbox update failed", metadata: ["outbox.id": "\(entry.id)", "error": "\(error)"])
                }
                if entry.attempts + 1 >= configuration.outboxMaxAttempts {
                    round.failed += 1
                } else {
                    round.deferred += 1
                }
            }
        }
        return round
    }
}
