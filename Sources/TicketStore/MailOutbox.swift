import Foundation

/// A durable queue of outgoing mail. An entry is the message file plus a JSON record written after it (the
/// record is the commit point). Enqueueing the same id twice is a no-op, so a retried step never queues a
/// second copy; an entry moves to `sent/` only after the server accepted it.
///
/// ```
/// ROOT/outbox/pending/<id>.eml   <id>.json
/// ROOT/outbox/sent/…            ROOT/outbox/failed/…
/// ```
public final class MailOutbox: Sendable {
    public let directory: String

    /// A queued message's envelope and delivery state.
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var ticket: String?
        public var kind: String
        public var sender: String
        public var recipients: [String]
        public var createdAt: Date
        public var attempts: Int
        public var nextAttemptAt: Date
        public var lastError: String?
        public var sentAt: Date?

        public init(id: String, ticket: String?, kind: String, sender: String, recipients: [String], createdAt: Date) {
            self.id = id
            self.ticket = ticket
            self.kind = kind
            self.sender = sender
            self.recipients = recipients
            self.createdAt = createdAt
            self.attempts = 0
            self.nextAttemptAt = createdAt
        }
    }

    public init(root: String) throws(StoreError) {
        directory = root + "/outbox"
        for sub in ["pending", "sent", "failed"] { try DurableFile.makeDirectory(directory + "/" + sub) }
    }

    /// Queues a message durably. Returns `false` (and writes nothing) if this id is already queued, sent or failed.
    @discardableResult
    public func enqueue(_ entry: Entry, message: [UInt8]) throws(StoreError) -> Bool {
        let id = try Self.validate(entry.id)
        for state in ["pending", "sent", "failed"] where DurableFile.exists("\(directory)/\(state)/\(id).json") {
            return false
        }
        try DurableFile.write(message, to: "\(directory)/pending/\(id).eml")
        try DurableFile.write(try Self.encode(entry), to: "\(directory)/pending/\(id).json")
        return true
    }

    /// Pending entries due at `now`, oldest first.
    public func due(at now: Date) -> [Entry] {
        pending().filter { $0.nextAttemptAt <= now }
    }

    /// All pending entries, oldest first.
    public func pending() -> [Entry] {
        entries(in: "pending").sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    /// Sent entries.
    public func sent() -> [Entry] { entries(in: "sent") }

    /// Failed entries.
    public func failed() -> [Entry] { entries(in: "failed") }

    public func message(for id: String) throws(StoreError) -> [UInt8]? {
        let id = try Self.validate(id)
        return try DurableFile.read("\(directory)/pending/\(id).eml")
    }

    /// Records a successful send: the record moves to `sent/` first (that is the commit), then the message.
    public func markSent(_ entry: Entry, at now: Date) throws(StoreError) {
        var e = entry
        e.sentAt = now
        e.attempts += 1
        e.lastError = nil
        try finish(e, state: "sent")
    }

    /// Records a failed attempt: retried after `retryAfter`, or moved to `failed/` after `maxAttempts`.
    public func markFailed(
        _ entry: Entry, error: String, at now: Date, retryAfter: TimeInterval, maxAttempts: Int
    ) throws(StoreError) {
        var e = entry
        e.attempts += 1
        e.lastError = error
        e.nextAttemptAt = now.addingTimeInterval(retryAfter)
        if e.attempts >= maxAttempts {
            try finish(e, state: "failed")
        } else {
            try DurableFile.write(try Self.encode(e), to: "\(directory)/pending/\(try Self.validate(e.id)).json")
        }
    }

    private func finish(_ e: Entry, state: String) throws(StoreError) {
        let id = try Self.validate(e.id)
        try DurableFile.write(try Self.encode(e), to: "\(directory)/\(state)/\(id).json")
        DurableFile.remove("\(directory)/pending/\(id).json")
        if DurableFile.exists("\(directory)/pending/\(id).eml") {
            try DurableFile.move("\(directory)/pending/\(id).eml", to: "\(directory)/\(state)/\(id).eml")
        }
        try DurableFile.syncDirectory("\(directory)/pending")
    }

    private func entries(in state: String) -> [Entry] {
        let dir = "\(directory)/\(state)"
        return DurableFile.list(dir).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.compactMap { name in
            guard let bytes = try? DurableFile.read(dir + "/" + name) else { return nil }
            return try? TicketStore.decoder.decode(Entry.self, from: Data(bytes))
        }
    }

    private static func validate(_ id: String) throws(StoreError) -> String {
        guard !id.isEmpty, id.count <= 128,
            id.unicodeScalars.allSatisfy({
                ($0.isASCII && (CharacterSet.alphanumerics.contains($0))) || "-_.".unicodeScalars.contains($0)
            }),
            !id.hasPrefix(".")
        else { throw StoreError("invalid outbox id") }
        return id
    }

    private static func encode(_ entry: Entry) throws(StoreError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        do { return Array(try e.encode(entry)) + [10] } catch {
            throw StoreError("cannot encode outbox entry: \(error)")
        }
    }
}
