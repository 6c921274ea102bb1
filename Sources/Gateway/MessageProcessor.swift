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
    /// The configured triage (rules from `config/rules.yaml`); `nil` uses `classifier` and `router`.
    public let engine: TriageEngine?
    let assigner: SharedAssigner?
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
        self.engine = configuration.triage.map { TriageEngine(configuration: $0) }
        self.assigner = configuration.triage.map { SharedAssigner(StaffAssigner(directory: $0.staff)) }
        self.loopGuard = LoopGuard(ownAddresses: [configuration.supportAddress])
        self.logger = logger
    }

    /// What happened to one message.
    public struct Outcome: Sendable {
        public enum Kind: String, Sendable {
            /// A new ticket was written.
            case created
            /// The message was added to an existing ticket (a customer's reply).
            case joined
            /// The message had been stored before; nothing new was written.
            case duplicate
        }
        public var ticket: Ticket
        public var kind: Kind
        /// `true` only when a new ticket was written.
        public var isNew: Bool { kind == .created }
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

    /// Processes one message. `acknowledge: false` stores without queueing an acknowledgement (imports).
    public func process(
        raw: [UInt8], origin: Origin, receivedAt now: Date, acknowledge: Bool = true
    ) throws(GatewayError) -> Outcome {
        let message = Message(parsing: raw)
        let key = message.deduplicationKey
        // Stored before, from this mailbox or another one: only finish what a crash may have left undone.
        if let existing = try storeCall({ () throws(StoreError) in try store.ticketNumber(forMessageKey: key) }) {
            let ticket = try loadTicket(existing)
            guard ticket.source.messageKey == key else {
                return Outcome(ticket: ticket, kind: .duplicate, acknowledgementSkipped: "reply to an existing ticket")
            }
            let skipped =
                acknowledge ? try queueAcknowledgement(ticket: ticket, message: message, now: now) : "import"
            return Outcome(ticket: ticket, kind: .duplicate, acknowledgementSkipped: skipped)
        }
        var followUpOf: Ticket?
        // Triage runs only for a message that the headers and subject did not already thread.
        var analysis: TriageResult?
        var thread = try threadTarget(for: message)
        if thread == nil {
            analysis = engine?.analyze(message, receivedAt: now, now: now)
            thread = try orderThread(for: message, analysis: analysis, now: now)
        }
        if let thread {
            let target = try loadTicket(thread.number)
            if target.status == .closed, let closed = target.closedAt,
                now.timeIntervalSince(closed) > TimeInterval(configuration.reopenWithinDays) * 86_400
            {
                followUpOf = target  // closed for long: a new ticket that names the old one
            } else {
                return try join(target, message: message, key: key, raw: raw, reason: thread.reason, now: now)
            }
        }
        let (year, month) = LocalTime.yearMonth(now, in: configuration.timeZone)
        let attachments = message.attachments.map {
            TicketStore.AttachmentData(name: $0.filename, contentType: $0.contentType, data: $0.data)
        }
        let result = try storeCall { () throws(StoreError) in
            try store.ingest(messageKey: key, year: year, month: month, raw: raw, attachments: attachments) { number in
                var ticket = makeTicket(
                    number: number, message: message, key: key, origin: origin, now: now, analysis: analysis)
                if let old = followUpOf {
                    ticket.explanations.append(
                        "follow-up of \(old.number), closed more than \(configuration.reopenWithinDays) days ago")
                }
                return ticket
            }
        }
        let ticket: Ticket
        let kind: Outcome.Kind
        switch result {
        case .created(let t):
            ticket = t
            kind = .created
        case .duplicate(let number):
            ticket = try loadTicket(number)
            kind = .duplicate
        }
        let skipped = acknowledge ? try queueAcknowledgement(ticket: ticket, message: message, now: now) : "import"
        return Outcome(ticket: ticket, kind: kind, acknowledgementSkipped: skipped)
    }

    /// Why a message belongs to an existing ticket.
    struct ThreadMatch {
        var number: TicketNumber
        var reason: String
    }

    /// The ticket a message continues: one whose message (or our acknowledgement) it names in In-Reply-To or
    /// References, else one whose tag `[#YYYYMM-NNN]` its subject carries — accepted from the ticket's own
    /// customer only, since a number in a subject is easy to guess.
    func threadTarget(for message: Message) throws(GatewayError) -> ThreadMatch? {
        var ids: [String] = []
        if let r = message.inReplyTo { ids.append(r) }
        ids += message.references.reversed()
        for id in ids {
            if let n = try storeCall({ () throws(StoreError) in try store.ticketNumber(forMessageID: id) }) {
                return ThreadMatch(number: n, reason: "replies to message <\(id)> of \(n)")
            }
        }
        if let n = SubjectTag.ticketNumber(in: message.subject ?? ""),
            let t = try storeCall({ () throws(StoreError) in try store.ticket(n) }),
            t.customer.address.lowercased() == (message.from?.address ?? "").lowercased()
        {
            return ThreadMatch(number: n, reason: "subject carries [#\(n)] and the sender is its customer")
        }
        return nil
    }

    /// The fallback: an open ticket of the same customer about the same order, active within a few days.
    func orderThread(for message: Message, analysis: TriageResult?, now: Date) throws(GatewayError) -> ThreadMatch? {
        let days = configuration.matchOrderWithinDays
        let sender = (message.from?.address ?? "").lowercased()
        guard days > 0, !sender.isEmpty, let orders = analysis?.customer.orderIDs else { return nil }
        for order in orders {
            let candidates = try storeCall { () throws(StoreError) in try store.index.tickets(forOrder: order) }
            for n in candidates.reversed() {
                guard let t = try storeCall({ () throws(StoreError) in try store.ticket(n) }),
                    t.customer.address.lowercased() == sender, t.status != .closed,
                    now.timeIntervalSince(t.updatedAt ?? t.receivedAt) <= TimeInterval(days) * 86_400
                else { continue }
                return ThreadMatch(number: n, reason: "same customer and order \(order) within \(days) days")
            }
        }
        return nil
    }

    func join(
        _ target: Ticket, message: Message, key: String, raw: [UInt8], reason: String, now: Date
    ) throws(GatewayError) -> Outcome {
        let attachments = message.attachments.map {
            TicketStore.AttachmentData(name: $0.filename, contentType: $0.contentType, data: $0.data)
        }
        let result: TicketStore.AttachResult
        do {
            result = try store.attachReply(
                to: target.number, messageKey: key, messageID: message.messageID, raw: raw,
                from: message.from?.address ?? "", subject: message.subject ?? "", attachments: attachments, at: now)
        } catch {
            throw GatewayError(.store, "adding the reply to \(target.number) failed: \(error)")
        }
        switch result {
        case .attached(let ticket, let reopened):
            logger.info(
                "reply added to ticket",
                metadata: ["ticket.number": "\(ticket.number)", "reopened": "\(reopened)", "reason": "\(reason)"])
            return Outcome(
                ticket: ticket, kind: .joined,
                acknowledgementSkipped: reopened ? "added to \(ticket.number), reopened" : "added to \(ticket.number)")
        case .duplicate(let n):
            return Outcome(ticket: try loadTicket(n), kind: .duplicate, acknowledgementSkipped: "stored before")
        }
    }

    func loadTicket(_ number: TicketNumber) throws(GatewayError) -> Ticket {
        guard let t = try storeCall({ () throws(StoreError) in try store.ticket(number) }) else {
            throw GatewayError(.store, "ticket \(number) vanished")
        }
        return t
    }

    func storeCall<T>(_ body: () throws(StoreError) -> T) throws(GatewayError) -> T {
        do { return try body() } catch { throw GatewayError(.store, "the ticket store failed: \(error)") }
    }

    func makeTicket(
        number: TicketNumber, message: Message, key: String, origin: Origin, now: Date, analysis: TriageResult? = nil
    ) -> Ticket {
        let subject = message.subject ?? ""
        let source = Ticket.Source(
            mailbox: origin.mailbox, folder: origin.folder, uidValidity: origin.uidValidity, uid: origin.uid,
            messageID: message.messageID, messageKey: key, rawFile: "message-1.eml")
        guard let engine else {
            let c = classifier.classify(subject: subject, body: message.text)
            let due = now.addingTimeInterval(
                TimeInterval(configuration.serviceLevel.firstResponse(for: c.priority).wholeSeconds))
            var explanations = c.explanations
            explanations.append("routed to \(router.department(for: c.category)) for category \(c.category.rawValue)")
            return Ticket(
                number: number, receivedAt: now,
                customer: Ticket.Customer(name: message.from?.name, address: message.from?.address ?? ""),
                subject: subject, text: message.text, category: c.category, priority: c.priority,
                language: c.language, department: router.department(for: c.category), firstResponseDue: due,
                explanations: explanations, source: source, warnings: message.warnings)
        }
        // Deadlines count from when the gateway received the message, in the configured time zone.
        let r = analysis ?? engine.analyze(message, receivedAt: now, now: now)
        var explanations = r.explanations
        let load = (try? store.index.openLoad()) ?? [:]
        let assignment = assigner?.assign(department: r.department, openTickets: load)
        if let assignment { explanations.append(assignment.explanation) }
        var ticket = Ticket(
            number: number, receivedAt: now,
            customer: Ticket.Customer(
                name: r.customer.name ?? message.from?.name, address: message.from?.address ?? "",
                phone: r.customer.phone, customerID: r.customer.customerID),
            subject: subject, text: message.text, category: r.category, priority: r.priority, language: r.language,
            department: r.department, firstResponseDue: r.deadlines.firstResponse, explanations: explanations,
            source: source, warnings: message.warnings, subcategory: r.subcategory,
            assignee: assignment?.member.id, orderIDs: r.customer.orderIDs, demand: r.customer.demands,
            resolutionDue: r.deadlines.resolution)
        if assignment != nil { ticket.status = .assigned }
        return ticket
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
            recipients: [AcknowledgementComposer.recipient(for: ticket, replyingTo: message).address], createdAt: now)
        do {
            if try outbox.enqueue(entry, message: outgoing.render()) {
                try store.recordOutgoingMessageID(outgoing.messageID, for: ticket.number)
                try store.append(
                    TicketEvent(
                        at: now, actor: "gateway", kind: "acknowledgement_queued",
                        detail: ["outbox_id": id, "message_id": outgoing.messageID]),
                    to: ticket.number)
            }
        } catch {
            throw GatewayError(.store, "queueing the acknowledgement failed: \(error)")
        }
        return nil
    }
}

/// One `StaffAssigner` shared by every message of the process, so round-robin turns carry on between messages.
final class SharedAssigner: @unchecked Sendable {
    private let lock = NSLock()
    private var assigner: StaffAssigner

    init(_ assigner: StaffAssigner) { self.assigner = assigner }

    func assign(department: String, openTickets: [String: Int]) -> StaffAssigner.Assignment? {
        lock.withLock { assigner.assign(department: department, openTickets: openTickets) }
    }
}
