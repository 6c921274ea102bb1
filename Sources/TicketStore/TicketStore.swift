import Crypto
import Foundation
import Model

/// The durable file store. Ticket files are the truth; everything else here is derived or bookkeeping.
///
/// ```
/// ROOT/tickets/202405/202405-001/ticket.json     the ticket document
///                              /message-1.eml    the raw message, byte for byte
///                              /events.jsonl     append-only history
/// ROOT/index/message-keys/ab/<sha256 of key>     Message-ID (or raw-bytes hash) → ticket number
/// ROOT/counters/202405                           last serial issued that month
/// ROOT/state/checkpoints/<mailbox>.json          UIDVALIDITY + last processed UID
/// ROOT/outbox/{pending,sent,failed}/             outgoing mail (see `MailOutbox`)
/// ```
public final class TicketStore: Sendable {
    public let root: String

    public init(root: String) throws(StoreError) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        for dir in ["tickets", "index/message-keys", "counters", "state/checkpoints"] {
            try DurableFile.makeDirectory(self.root + "/" + dir)
        }
    }

    /// What `ingest` did.
    public enum IngestResult: Sendable, Equatable {
        /// A new ticket was written.
        case created(Ticket)
        /// The message was already stored as this ticket; nothing was written.
        case duplicate(TicketNumber)
    }

    /// Stores a message as a new ticket unless its key was stored before. Idempotent and crash-safe:
    ///
    /// 1. under the store lock, the key is looked up; a key seen before keeps its number;
    /// 2. otherwise a number is allocated (counter fsynced) and the key → number mapping written durably;
    /// 3. the ticket folder is assembled under a temporary name, every file fsynced, then renamed into place.
    ///
    /// A crash after step 2 leaves a reserved number that the next attempt for the same message reuses, so no
    /// number is issued twice and a retried message never becomes two tickets.
    public func ingest(
        messageKey: String, year: Int, month: Int, raw: [UInt8], actor: String = "gateway",
        build: (TicketNumber) -> Ticket
    ) throws(StoreError) -> IngestResult {
        let lock = try FileLock(path: root + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        let keyPath = keyFile(messageKey)
        var number: TicketNumber
        if let existing = try DurableFile.read(keyPath).flatMap({ TicketNumber(String(decoding: $0, as: UTF8.self)) }) {
            if DurableFile.exists(ticketDirectory(existing) + "/ticket.json") { return .duplicate(existing) }
            number = existing
        } else {
            number = try allocateNumber(year: year, month: month)
            try DurableFile.makeDirectory(DurableFile.parent(of: keyPath))
            try DurableFile.write(Array(number.description.utf8), to: keyPath)
        }
        var ticket = build(number)
        ticket.number = number
        let monthDir = root + "/tickets/" + number.monthKey
        try DurableFile.makeDirectory(monthDir)
        let finalDir = ticketDirectory(number)
        let tmpDir = monthDir + "/.tmp-" + number.description
        if DurableFile.isDirectory(tmpDir) {
            for name in DurableFile.list(tmpDir) { DurableFile.remove(tmpDir + "/" + name) }
        } else {
            try DurableFile.makeDirectory(tmpDir)
        }
        try DurableFile.write(raw, to: tmpDir + "/" + ticket.source.rawFile)
        try DurableFile.write(try encode(ticket), to: tmpDir + "/ticket.json")
        let created = TicketEvent(
            at: ticket.receivedAt, actor: actor, kind: "created", detail: ["status": ticket.status.rawValue])
        try DurableFile.append(try encodeLine(created), to: tmpDir + "/events.jsonl")
        try DurableFile.move(tmpDir, to: finalDir)
        return .created(ticket)
    }

    /// The ticket with this number, or `nil`.
    public func ticket(_ number: TicketNumber) throws(StoreError) -> Ticket? {
        guard let bytes = try DurableFile.read(ticketDirectory(number) + "/ticket.json") else { return nil }
        do {
            return try Self.decoder.decode(Ticket.self, from: Data(bytes))
        } catch {
            throw StoreError("ticket \(number) is unreadable: \(error)")
        }
    }

    /// The ticket stored for a message key, if any.
    public func ticketNumber(forMessageKey key: String) throws(StoreError) -> TicketNumber? {
        guard let bytes = try DurableFile.read(keyFile(key)),
            let n = TicketNumber(String(decoding: bytes, as: UTF8.self)),
            DurableFile.exists(ticketDirectory(n) + "/ticket.json")
        else { return nil }
        return n
    }

    /// Every ticket number on disk, ascending.
    public func allNumbers() -> [TicketNumber] {
        var numbers: [TicketNumber] = []
        for month in DurableFile.list(root + "/tickets") where !month.hasPrefix(".") {
            for name in DurableFile.list(root + "/tickets/" + month) where !name.hasPrefix(".") {
                if let n = TicketNumber(name) { numbers.append(n) }
            }
        }
        return numbers.sorted()
    }

    /// The history of a ticket. A torn last line (crash mid-append) is ignored.
    public func events(_ number: TicketNumber) throws(StoreError) -> [TicketEvent] {
        guard let bytes = try DurableFile.read(ticketDirectory(number) + "/events.jsonl") else { return [] }
        return bytes.split(separator: 10).compactMap { try? Self.decoder.decode(TicketEvent.self, from: Data($0)) }
    }

    /// Appends an event to a ticket's history, durably.
    public func append(_ event: TicketEvent, to number: TicketNumber) throws(StoreError) {
        try DurableFile.append(try encodeLine(event), to: ticketDirectory(number) + "/events.jsonl")
    }

    /// The raw bytes of a ticket's message.
    public func rawMessage(_ ticket: Ticket) throws(StoreError) -> [UInt8]? {
        try DurableFile.read(ticketDirectory(ticket.number) + "/" + ticket.source.rawFile)
    }

    public func ticketDirectory(_ number: TicketNumber) -> String {
        root + "/tickets/" + number.monthKey + "/" + number.description
    }

    // MARK: - Checkpoints

    /// Where polling of a mailbox got to: its UIDVALIDITY and the highest UID fully processed.
    public struct Checkpoint: Sendable, Codable, Equatable {
        public var uidValidity: UInt32
        public var lastUID: UInt32
        public init(uidValidity: UInt32, lastUID: UInt32) {
            self.uidValidity = uidValidity
            self.lastUID = lastUID
        }
    }

    public func checkpoint(mailbox: String) throws(StoreError) -> Checkpoint? {
        guard let bytes = try DurableFile.read(checkpointFile(mailbox)) else { return nil }
        return try? Self.decoder.decode(Checkpoint.self, from: Data(bytes))
    }

    public func saveCheckpoint(_ checkpoint: Checkpoint, mailbox: String) throws(StoreError) {
        try DurableFile.write(try encode(checkpoint), to: checkpointFile(mailbox))
    }

    // MARK: - Private

    private func allocateNumber(year: Int, month: Int) throws(StoreError) -> TicketNumber {
        guard let probe = TicketNumber(year: year, month: month, serial: 1) else {
            throw StoreError("invalid month \(year)-\(month)")
        }
        let counterPath = root + "/counters/" + probe.monthKey
        var last = 0
        if let bytes = try DurableFile.read(counterPath) { last = Int(String(decoding: bytes, as: UTF8.self)) ?? 0 }
        // Never go below what is on disk, even if the counter file was lost.
        for name in DurableFile.list(root + "/tickets/" + probe.monthKey) {
            let bare = name.hasPrefix(".tmp-") ? String(name.dropFirst(5)) : name
            if let n = TicketNumber(bare) { last = max(last, n.serial) }
        }
        let next = last + 1
        try DurableFile.write(Array(String(next).utf8), to: counterPath)
        return TicketNumber(year: year, month: month, serial: next)!
    }

    private func keyFile(_ key: String) -> String {
        let hex = SHA256.hash(data: Array(key.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return root + "/index/message-keys/" + hex.prefix(2) + "/" + hex
    }

    private func checkpointFile(_ mailbox: String) -> String {
        let safe = String(
            mailbox.unicodeScalars.map {
                CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_"
            })
        return root + "/state/checkpoints/" + safe + ".json"
    }

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    private func encode(_ value: some Encodable) throws(StoreError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        do { return Array(try e.encode(value)) + [10] } catch { throw StoreError("cannot encode: \(error)") }
    }

    private func encodeLine(_ value: some Encodable) throws(StoreError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        do { return Array(try e.encode(value)) + [10] } catch { throw StoreError("cannot encode: \(error)") }
    }
}

/// One entry in a ticket's history.
public struct TicketEvent: Sendable, Codable, Equatable {
    public var at: Date
    /// Who did it: `gateway`, a staff member's name, `customer`.
    public var actor: String
    /// `created`, `acknowledgement_queued`, `mail_sent`, `status_changed`, …
    public var kind: String
    public var detail: [String: String]

    public init(at: Date, actor: String, kind: String, detail: [String: String] = [:]) {
        self.at = at
        self.actor = actor
        self.kind = kind
        self.detail = detail
    }
}
