import Foundation
import Model

/// Changes to existing tickets: lifecycle, assignment, notes, customer replies, archiving and re-indexing.
/// Each runs under the store lock; the ticket document is rewritten atomically and durably, the event appended
/// and fsynced, and the index updated (a pending marker written first covers a crash in between).
extension TicketStore {
    /// A change that could not be made. `description` is for staff; it never contains personal data.
    public enum ChangeError: Error, Sendable, CustomStringConvertible {
        case unknownTicket(String)
        case illegalTransition(TicketStatus.TransitionError)
        case store(StoreError)

        public var description: String {
            switch self {
            case .unknownTicket(let n): "no ticket \(n)"
            case .illegalTransition(let e): e.description
            case .store(let e): e.description
            }
        }
    }

    /// Reads the ticket, applies `change`, and writes the document and the events it returns, durably.
    @discardableResult
    public func update(
        _ number: TicketNumber, at now: Date = Date(),
        _ change: (inout Ticket) throws(ChangeError) -> [TicketEvent]
    ) throws(ChangeError) -> Ticket {
        do {
            let lock = try FileLock(path: root + "/.lock")
            defer { withExtendedLifetime(lock) {} }
            guard var ticket = try ticket(number) else { throw ChangeError.unknownTicket(number.description) }
            let events = try change(&ticket)
            guard !events.isEmpty else { return ticket }
            ticket.updatedAt = now
            try markPending(number)
            try writeTicketDocument(ticket)
            var lines: [UInt8] = []
            for e in events { lines += try Self.encodeLine(e) }
            try DurableFile.append(lines, to: ticketDirectory(number) + "/events.jsonl")
            try index.upsert([ticket], archived: isArchived(number))
            clearPending(number)
            return ticket
        } catch let e as ChangeError {
            throw e
        } catch let e as StoreError {
            throw .store(e)
        } catch {
            throw .store(StoreError("\(error)"))
        }
    }

    /// Moves a ticket through its lifecycle (`TicketStatus.allowedNext`), recording who and why.
    @discardableResult
    public func setStatus(
        _ number: TicketNumber, to status: TicketStatus, actor: String, note: String? = nil, at now: Date = Date()
    ) throws(ChangeError) -> Ticket {
        try update(number, at: now) { ticket throws(ChangeError) in
            let from = ticket.status
            do throws(TicketStatus.TransitionError) {
                ticket.status = try from.transition(to: status)
            } catch {
                throw .illegalTransition(error)
            }
            switch status {
            case .inProgress, .waitingCustomer, .resolved:
                if ticket.firstRespondedAt == nil { ticket.firstRespondedAt = now }
            default: break
            }
            if status == .resolved { ticket.resolvedAt = now }
            if status == .closed { ticket.closedAt = now }
            if status == .reopened {
                ticket.resolvedAt = nil
                ticket.closedAt = nil
            }
            var detail = ["from": from.rawValue, "to": status.rawValue]
            if let note { detail["note"] = note }
            return [TicketEvent(at: now, actor: actor, kind: "status_changed", detail: detail)]
        }
    }

    /// Gives a ticket to a staff member; a `new` ticket becomes `assigned`.
    @discardableResult
    public func assign(
        _ number: TicketNumber, to staff: String, actor: String, at now: Date = Date()
    )
        throws(ChangeError) -> Ticket
    {
        try update(number, at: now) { ticket throws(ChangeError) in
            var events: [TicketEvent] = []
            let previous = ticket.assignee
            ticket.assignee = staff
            events.append(
                TicketEvent(
                    at: now, actor: actor, kind: "assigned", detail: ["to": staff, "from": previous ?? ""]))
            if ticket.status == .new || ticket.status == .reopened {
                let from = ticket.status
                ticket.status = .assigned
                events.append(
                    TicketEvent(
                        at: now, actor: actor, kind: "status_changed",
                        detail: ["from": from.rawValue, "to": TicketStatus.assigned.rawValue]))
            }
            return events
        }
    }

    /// Adds an internal note to a ticket's history.
    public func addNote(
        _ number: TicketNumber, text: String, actor: String, at now: Date = Date()
    )
        throws(ChangeError)
    {
        try update(number, at: now) { _ throws(ChangeError) in
            [TicketEvent(at: now, actor: actor, kind: "note_added", detail: ["text": text])]
        }
    }

    /// What `attachReply` did.
    public enum AttachResult: Sendable, Equatable {
        /// The message was added to the ticket (and the ticket reopened when `reopened`).
        case attached(Ticket, reopened: Bool)
        /// The message was already part of a ticket; nothing was written.
        case duplicate(TicketNumber)
    }

    /// Adds a customer's follow-up message to an existing ticket: the raw bytes as `message-N.eml`, the record
    /// in the document, a `customer_replied` event, and the key, so the same message is never stored twice.
    /// A resolved or closed ticket is reopened; one waiting for the customer goes back to in progress.
    public func attachReply(
        to number: TicketNumber, messageKey: String, messageID: String?, raw: [UInt8], from: String, subject: String,
        attachments: [AttachmentData] = [], at now: Date, actor: String = "customer"
    ) throws(ChangeError) -> AttachResult {
        do throws(StoreError) {
            if let existing = try ticketNumber(forMessageKey: messageKey) { return .duplicate(existing) }
        } catch {
            throw .store(error)
        }
        var reopened = false
        let ticket = try update(number, at: now) { ticket throws(ChangeError) in
            if ticket.hasMessageKey(messageKey) { return [] }  // written before a crash; only the key is missing
            let file = "message-\(ticket.messages.count + 1).eml"
            let dir = ticketDirectory(number)
            do throws(StoreError) {
                try DurableFile.write(raw, to: dir + "/" + file)
                ticket.attachments += try saveAttachments(
                    attachments, in: dir, existing: ticket.attachments.map(\.file), message: file, sync: true)
            } catch { throw .store(error) }
            ticket.messages.append(
                Ticket.MessageRecord(
                    file: file, messageID: messageID, messageKey: messageKey, receivedAt: now, from: from,
                    subject: subject))
            var events = [
                TicketEvent(at: now, actor: actor, kind: "customer_replied", detail: ["message": file])
            ]
            let from = ticket.status
            let next: TicketStatus? =
                switch from {
                case .resolved, .closed: .reopened
                case .waitingCustomer: .inProgress
                default: nil
                }
            if let next {
                ticket.status = next
                if next == .reopened {
                    reopened = true
                    ticket.resolvedAt = nil
                    ticket.closedAt = nil
                }
                events.append(
                    TicketEvent(
                        at: now, actor: "gateway", kind: "status_changed",
                        detail: ["from": from.rawValue, "to": next.rawValue, "reason": "customer replied"]))
            }
            return events
        }
        do throws(StoreError) { try writeKey(messageKey, number: number) } catch { throw .store(error) }
        return .attached(ticket, reopened: reopened)
    }

    /// Records one of our outgoing Message-IDs (an acknowledgement) so that a reply naming it threads.
    public func recordOutgoingMessageID(_ messageID: String, for number: TicketNumber) throws(StoreError) {
        try writeKey("sent:" + messageID, number: number)
    }

    /// The ticket a Message-ID belongs to: an inbound message of it, or one of our messages about it.
    public func ticketNumber(forMessageID messageID: String) throws(StoreError) -> TicketNumber? {
        if let n = try ticketNumber(forMessageKey: messageID) { return n }
        if let n = try reservedNumber(forKey: "sent:" + messageID), DurableFile.exists(ticketDirectory(n)) {
            return n
        }
        return nil
    }

    /// Moves closed tickets (closed before `date`) to the archive area. They stay readable by number and in
    /// the index (flagged archived); nothing is deleted. Returns the numbers moved.
    public func archive(
        closedBefore date: Date, actor: String, at now: Date = Date()
    ) throws(StoreError)
        -> [TicketNumber]
    {
        let lock = try FileLock(path: root + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        var moved: [TicketNumber] = []
        for number in allNumbers() {
            guard let t = try ticket(number), t.status == .closed, let closed = t.closedAt, closed < date else {
                continue
            }
            try markPending(number)
            let event = TicketEvent(at: now, actor: actor, kind: "archived", detail: [:])
            try DurableFile.append(try Self.encodeLine(event), to: ticketDirectory(number) + "/events.jsonl")
            let target = ticketDirectoryPath(number, archived: true)
            try DurableFile.makeDirectory(DurableFile.parent(of: target))
            try DurableFile.move(ticketDirectoryPath(number, archived: false), to: target)
            moved.append(number)
        }
        for number in moved {
            if let t = try ticket(number) { try index.upsert([t], archived: true) }
            clearPending(number)
        }
        return moved
    }

    /// Rebuilds the derived index (SQLite, message keys) from the ticket files. Returns the tickets indexed.
    @discardableResult
    public func reindex() throws(StoreError) -> Int {
        let lock = try FileLock(path: root + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        let all = allNumbers().map { ($0, false) } + archivedNumbers().map { ($0, true) }
        var count = 0
        try index.rebuild { add throws(StoreError) in
            // In chunks, so memory stays bounded; the JSON of a chunk is decoded on every core.
            var start = 0
            while start < all.count {
                let chunk = Array(all[start..<min(all.count, start + 4096)])
                start += chunk.count
                let decoded = decodeConcurrently(chunk.map(\.0))
                for (k, ticket) in decoded.enumerated() {
                    guard let t = ticket else { continue }
                    for m in t.messages where !hasKey(m.messageKey) { try writeKey(m.messageKey, number: t.number) }
                    try add(t, chunk[k].1)
                    count += 1
                }
            }
        }
        for name in DurableFile.list(root + "/index/pending") { DurableFile.remove(root + "/index/pending/" + name) }
        return count
    }

    /// Reads and decodes ticket documents on all cores; `nil` for a missing or unreadable one.
    func decodeConcurrently(_ numbers: [TicketNumber]) -> [Ticket?] {
        let results = DecodedSlots(count: numbers.count)
        DispatchQueue.concurrentPerform(iterations: numbers.count) { i in
            results.set(i, try? ticket(numbers[i]))
        }
        return results.values
    }

    /// Saves attachments into `dir/attachments/` under sanitized, unique names.
    func saveAttachments(
        _ attachments: [AttachmentData], in dir: String, existing: [String], message: String, sync: Bool
    ) throws(StoreError) -> [Ticket.AttachmentRecord] {
        guard !attachments.isEmpty else { return [] }
        let folder = dir + "/attachments"
        try DurableFile.makeDirectory(folder, sync: sync)
        var taken = Set(existing)
        var records: [Ticket.AttachmentRecord] = []
        for (k, a) in attachments.enumerated() {
            let name = AttachmentName.unique(AttachmentName.sanitize(a.name, index: existing.count + k + 1), in: taken)
            taken.insert(name)
            try DurableFile.write(a.data, to: folder + "/" + name, sync: sync)
            records.append(
                Ticket.AttachmentRecord(
                    file: name, originalName: a.name, contentType: a.contentType, size: a.data.count,
                    sha256: Self.sha256Hex(a.data), message: message))
        }
        return records
    }
}

/// Results of `concurrentPerform`, one slot per iteration, behind a lock.
private final class DecodedSlots: @unchecked Sendable {
    private var storage: [Ticket?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Ticket?) { lock.withLock { storage[i] = value } }
    var values: [Ticket?] { lock.withLock { storage } }
}
