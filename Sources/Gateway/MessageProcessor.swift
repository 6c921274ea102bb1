import Foundation
import Logging
import MIME
import Model
import TicketStore
import Triage

/// Turns one fetched message into a durable ticket and a queued acknowledgement. Pure of network I/O; every
/// step is idempotent, so processing the same message again (after a crash, a re-poll or a new UIDVALIDITY)
/// creates nothing new.
///
/// Order (documented in the README): ticket durable → acknowledgement durable in the outbox → (the poller then
/// sets the server flag and checkpoint) → acknowledgement sent → marked sent.
public struct MessageProcessor: Sendable {
    public let configuration: GatewayConfiguration
    public let store: TicketStore
    public let outbox: MailOutbox
    public let composer: AcknowledgementComposer
    public let classifier: Classifier
    public let router: Router
    public let loopGuard: LoopGuard
    public let logger: Logger

    public init(
        configuration: GatewayConfiguration, store: TicketStore, outbox: MailOutbox, templates: TemplateRenderer,
        logger: Logger
    ) {
        self.configuration = configuration
        self.store = store
        self.outbox = outbox
        self.composer = AcknowledgementComposer(templates: templates, configuration: configuration)
        self.classifier = Classifier()
        self.router = Router()
        self.loopGuard = LoopGuard(ownAddresses: [configuration.supportAddress])
        self.logger = logger
    }

    /// What happened to one message.
    public struct Outcome: Sendable {
        public var ticket: Ticket
        /// `false` when the message had been stored before.
        public var isNew: Bool
        /// Why no acknowledgement was queued, if none was.
        public var acknowledgementSkipped: String?
    }

    /// Where a message came from on the server.
    public struct Origin: Sendable {
        public var mailbox: String
        public var folder: String
        public var uidValidity: UInt32
        public var uid: UInt32
        public init(mailbox: String, folder: String, uidValidity: UInt32, uid: UInt32) {
            self.mailbox = mailbox
            self.folder = folder
            self.uidValidity = uidValidity
            self.uid = uid
        }
    }

    public func process(raw: [UInt8], origin: Origin, receivedAt now: Date) throws(GatewayError) -> Outcome {
        let message = Message(parsing: raw)
        let key = message.deduplicationKey
        let (year, month) = LocalTime.yearMonth(now, in: configuration.timeZone)
        let result: TicketStore.IngestResult
        do {
            result = try store.ingest(messageKey: key, year: year, month: month, raw: raw) { number in
                makeTicket(number: number, message: message, key: key, origin: origin, now: now)
            }
        } catch {
            throw GatewayError(.store, "storing the ticket failed: \(error)")
        }
        let ticket: Ticket
        let isNew: Bool
        switch result {
        case .created(let t):
            ticket = t
            isNew = true
        case .duplicate(let number):
            do {
                guard let t = try store.ticket(number) else { throw GatewayError(.store, "ticket \(number) vanished") }
                ticket = t
            } catch let e as GatewayError {
                throw e
            } catch {
                throw GatewayError(.store, "reading ticket \(number) failed: \(error)")
            }
            isNew = false
        }
        let skipped = try queueAcknowledgement(ticket: ticket, message: message, now: now)
        return Outcome(ticket: ticket, isNew: isNew, acknowledgementSkipped: skipped)
    }

    func makeTicket(number: TicketNumber, message: Message, key: String, origin: Origin, now: Date) -> Ticket {
        let subject = message.subject ?? ""
        let c = classifier.classify(subject: subject, body: message.text)
        let due = now.addingTimeInterval(
            TimeInterval(configuration.serviceLevel.firstResponse(for: c.priority).wholeSeconds))
        var explanations = c.explanations
        explanations.append("routed to \(router.department(for: c.category)) for category \(c.category.rawValue)")
        return Ticket(
            number: number, receivedAt: now,
            customer: Ticket.Customer(name: message.from?.name, address: message.from?.address ?? ""),
            subject: subject, text: message.text, category: c.category, priority: c.priority, language: c.language,
            department: router.department(for: c.category), firstResponseDue: due, explanations: explanations,
            source: Ticket.Source(
                mailbox: origin.mailbox, folder: origin.folder, uidValidity: origin.uidValidity, uid: origin.uid,
                messageID: message.messageID, messageKey: key, rawFile: "message-1.eml"),
            warnings: message.warnings)
    }

    /// Queues the acknowledgement once per ticket (the outbox id is derived from the ticket number).
    /// Returns why none was queued, or `nil`.
    func queueAcknowledgement(ticket: Ticket, message: Message, now: Date) throws(GatewayError) -> String? {
        if let reason = loopGuard.reasonNotToReply(message) { return reason }
        guard !ticket.customer.address.isEmpty else { return "no sender address" }
        let id = "\(ticket.number)-ack"
        let outgoing = try composer.compose(for: ticket, replyingTo: message, now: now)
        let entry = MailOutbox.Entry(
            id: id, ticket: ticket.number.description, kind: "acknowledgement", sender: configuration.supportAddress,
            recipients: [ticket.customer.address], createdAt: now)
        do {
            if try outbox.enqueue(entry, message: outgoing.render()) {
                try store.append(
                    TicketEvent(at: now, actor: "gateway", kind: "acknowledgement_queued", detail: ["outbox_id": id]),
                    to: ticket.number)
            }
        } catch {
            throw GatewayError(.store, "queueing the acknowledgement failed: \(error)")
        }
        return nil
    }
}
