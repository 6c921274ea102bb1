import Crypto
import Foundation
import Model

/// The durable file store. Ticket files are the truth; everything else here is derived or bookkeeping.
///
/// ```
/// ROOT/tickets/202405/202405-001/ticket.json     the ticket document (readable JSON)
///                              /message-1.eml    each inbound message, byte for byte
///                              /events.jsonl     append-only history
///                              /attachments/     attachments under sanitized names
/// ROOT/archive/202405/202405-001/…               closed tickets moved by `archive(closedBefore:)`
/// ROOT/index/message-keys/ab/<sha256 of key>     Message-ID (or raw-bytes hash) → ticket number (dedupe)
/// ROOT/index/tickets.sqlite                      derived index: lists, lookups, search (rebuildable)
/// ROOT/index/pending/<number>                    changes that may not have reached the SQLite index yet
/// ROOT/counters/202405                           last serial issued that month
/// ROOT/state/checkpoints/<mailbox>.json          UIDVALIDITY + last processed UID
/// ROOT/outbox/{pending,sent,failed}/             outgoing mail (see `MailOutbox`)
/// ```
///
/// Every change is made under one `flock` (`ROOT/.lock`), so the poller and the staff CLI never collide, and is
/// durable before the call returns: write temp, fsync, rename, fsync directory, or an fsync'd append.
public final class TicketStore: Sendable {
    public let root: String
    /// The derived index.
    public let index: TicketIndex

    public init(root: String) throws(StoreError) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        for dir in ["tickets", "archive", "index/message-keys", "index/pending", "counters", "state/checkpoints"] {
            try DurableFile.makeDirectory(self.root + "/" + dir)
        }
        let indexPath = self.root + "/index/tickets.sqlite"
        let fresh = !DurableFile.exists(indexPath)
        index = try TicketIndex(path: indexPath)
        if fresh {
            if !allNumbers().isEmpty || !archivedNumbers().isEmpty { _ = try reindex() }
        } else {
            try repairIndex()
        }
    }

    /// What `ingest` did.
    public enum IngestResult: Sendable, Equatable {
        /// A new ticket was written.
        case created(Ticket)
        /// The message was already stored as this ticket; nothing was written.
        case duplicate(TicketNumber)
    }

    /// One message to store as a new ticket.
    public struct NewTicket {
        public var messageKey: String
        public var year: Int
        public var month: Int
        public var raw: [UInt8]
        public var attachments: [AttachmentData]
        public var build: (TicketNumber) -> Ticket
        public init(
            messageKey: String, year: Int, month: Int, raw: [UInt8], attachments: [AttachmentData] = [],
            build: @escaping (TicketNumber) -> Ticket
        ) {
            self.messageKey = messageKey
            self.year = year
            self.month = month
            self.raw = raw
            self.attachments = attachments
            self.build = build
        }
    }

    /// An attachment to save beside a ticket. `name` is untrusted: it is sanitized, never used as a path.
    public struct AttachmentData: Sendable {
        public var name: String?
        public var contentType: String
        public var data: [UInt8]
        public init(name: String?, contentType: String, data: [UInt8]) {
            self.name = name
            self.contentType = contentType
            self.data = data
        }
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
        messageKey: String, year: Int, month: Int, raw: [UInt8], attachments: [AttachmentData] = [],
        actor: String = "gateway", build: @escaping (TicketNumber) -> Ticket
    ) throws(StoreError) -> IngestResult {
        let item = NewTicket(
            messageKey: messageKey, year: year, month: month, raw: raw, attachments: attachments, build: build)
        return try ingestBatch([item], actor: actor)[0]
    }

    /// Stores several messages as tickets with **group commit**: the counter is fsynced once, then every file of
    /// the batch is written and flushed in one `syncfs`, then the folders are renamed into place and their
    /// month directories fsynced once. Durability costs a handful of syncs per batch instead of several per
    /// ticket. Results are in the order of `items`; the same guarantees as `ingest` hold for each.
    public func ingestBatch(_ items: [NewTicket], actor: String = "gateway") throws(StoreError) -> [IngestResult] {
        let lock = try FileLock(path: root + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        let group = items.count > 1
        var results: [IngestResult?] = Array(repeating: nil, count: items.count)
        // 1. Known keys, and numbers for the rest (each month's counter written durably once).
        var plan: [(Int, TicketNumber)] = []
        var seenInBatch: [String: Int] = [:]
        var aliases: [(Int, Int)] = []
        var fresh: [Int] = []
        for (i, item) in items.enumerated() {
            if let earlier = seenInBatch[item.messageKey] {
                aliases.append((i, earlier))  // the same message twice in one batch
                continue
            }
            seenInBatch[item.messageKey] = i
            if let existing = try reservedNumber(forKey: item.messageKey) {
                switch try ticket(existing) {
                case .some(let t) where t.hasMessageKey(item.messageKey): results[i] = .duplicate(existing)
                case .none: plan.append((i, existing))  // reserved before a crash: its number is reused
                case .some: fresh.append(i)  // a stale mapping to another message's ticket: never overwrite it
                }
            } else {
                fresh.append(i)
            }
        }
        var byMonth: [String: [Int]] = [:]
        for i in fresh {
            guard let probe = TicketNumber(year: items[i].year, month: items[i].month, serial: 1) else {
                throw StoreError("invalid month \(items[i].year)-\(items[i].month)")
            }
            byMonth[probe.monthKey, default: []].append(i)
        }
        for (_, indices) in byMonth.sorted(by: { $0.key < $1.key }) {
            let first = items[indices[0]]
            let numbers = try allocateNumbers(year: first.year, month: first.month, count: indices.count)
            for (i, n) in zip(indices, numbers) { plan.append((i, n)) }
        }
        plan.sort { $0.0 < $1.0 }
        // 2. Key files, pending markers and the ticket folders under temporary names.
        var built: [(Int, Ticket, tmp: String, final: String)] = []
        var monthDirs: Set<String> = []
        for (i, number) in plan {
            if results[i] != nil { continue }
            let item = items[i]
            let keyPath = keyFile(item.messageKey)
            try DurableFile.makeDirectory(DurableFile.parent(of: keyPath), sync: !group)
            try DurableFile.write(Array(number.description.utf8), to: keyPath, sync: !group)
            try markPending(number, sync: !group)
            var ticket = item.build(number)
            ticket.number = number
            ticket.source.messageKey = item.messageKey
            if ticket.messages.isEmpty || ticket.messages[0].messageKey != item.messageKey {
                ticket.messages = [
                    Ticket.MessageRecord(
                        file: ticket.source.rawFile, messageID: ticket.source.messageID, messageKey: item.messageKey,
                        receivedAt: ticket.receivedAt, from: ticket.customer.address, subject: ticket.subject)
                ]
            }
            let monthDir = root + "/tickets/" + number.monthKey
            try DurableFile.makeDirectory(monthDir)
            monthDirs.insert(monthDir)
            let tmpDir = monthDir + "/.tmp-" + number.description
            try DurableFile.removeTree(tmpDir)
            try DurableFile.makeDirectory(tmpDir, sync: !group)
            try DurableFile.write(item.raw, to: tmpDir + "/" + ticket.source.rawFile, sync: !group)
            ticket.attachments = try saveAttachments(
                item.attachments, in: tmpDir, existing: [], message: ticket.source.rawFile, sync: !group)
            try DurableFile.write(try Self.encode(ticket), to: tmpDir + "/ticket.json", sync: !group)
            let created = TicketEvent(
                at: ticket.receivedAt, actor: actor, kind: "created",
                detail: ["status": ticket.status.rawValue, "message": ticket.source.rawFile])
            try DurableFile.append(try Self.encodeLine(created), to: tmpDir + "/events.jsonl", sync: !group)
            built.append((i, ticket, tmpDir, ticketDirectoryPath(number, archived: false)))
        }
        // 3. One flush for the whole batch, then the renames and one fsync per month directory.
        if group, !built.isEmpty { try DurableFile.syncFileSystem(root) }
        for b in built {
            if DurableFile.exists(b.final + "/ticket.json") {
                throw StoreError("ticket \(b.1.number) exists already; run intake store reindex")
            }
            try DurableFile.removeTree(b.final)  // a half-made folder from an earlier crash (no ticket.json)
            try DurableFile.renameWithoutSync(b.tmp, to: b.final)
        }
        for dir in monthDirs { try DurableFile.syncDirectory(dir) }
        for b in built { results[b.0] = .created(b.1) }
        for (i, earlier) in aliases {
            switch results[earlier] {
            case .created(let t)?: results[i] = .duplicate(t.number)
            case .duplicate(let n)?: results[i] = .duplicate(n)
            case nil: throw StoreError("internal error: no result for a repeated message")
            }
        }
        // 4. The derived index, then the pending markers go.
        try index.upsert(built.map(\.1))
        for b in built { clearPending(b.1.number) }
        return results.map { $0! }
    }

    /// The ticket with this number (active or archived), or `nil`.
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
        guard let n = try reservedNumber(forKey: key), try ticket(n)?.hasMessageKey(key) == true else { return nil }
        return n
    }

    /// Every active ticket number on disk, ascending.
    public func allNumbers() -> [TicketNumber] { numbers(under: root + "/tickets") }

    /// Every archived ticket number, ascending.
    public func archivedNumbers() -> [TicketNumber] { numbers(under: root + "/archive") }

    /// The history of a ticket. A torn last line (crash mid-append) is ignored.
    public func events(_ number: TicketNumber) throws(StoreError) -> [TicketEvent] {
        guard let bytes = try DurableFile.read(ticketDirectory(number) + "/events.jsonl") else { return [] }
        return bytes.split(separator: 10).compactMap { try? Self.decoder.decode(TicketEvent.self, from: Data($0)) }
    }

    /// Appends an event to a ticket's history, durably.
    public func append(_ event: TicketEvent, to number: TicketNumber) throws(StoreError) {
        try DurableFile.append(try Self.encodeLine(event), to: ticketDirectory(number) + "/events.jsonl")
    }

    /// The raw bytes of a ticket's first message.
    public func rawMessage(_ ticket: Ticket) throws(StoreError) -> [UInt8]? {
        try DurableFile.read(ticketDirectory(ticket.number) + "/" + ticket.source.rawFile)
    }

    /// The raw bytes of one of a ticket's messages, by file name as recorded in `ticket.messages`.
    public func rawMessage(_ ticket: Ticket, file: String) throws(StoreError) -> [UInt8]? {
        guard ticket.messages.contains(where: { $0.file == file }) else { return nil }
        return try DurableFile.read(ticketDirectory(ticket.number) + "/" + file)
    }

    /// The folder of a ticket: in `tickets/` or, once archived, in `archive/`.
    public func ticketDirectory(_ number: TicketNumber) -> String {
        let active = ticketDirectoryPath(number, archived: false)
        if DurableFile.exists(active + "/ticket.json") { return active }
        let archived = ticketDirectoryPath(number, archived: true)
        return DurableFile.exists(archived + "/ticket.json") ? archived : active
    }

    func ticketDirectoryPath(_ number: TicketNumber, archived: Bool) -> String {
        root + (archived ? "/archive/" : "/tickets/") + number.monthKey + "/" + number.description
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
        try DurableFile.write(try Self.encode(checkpoint), to: checkpointFile(mailbox))
    }

    // MARK: - Internals shared with the extensions

    func reservedNumber(forKey key: String) throws(StoreError) -> TicketNumber? {
        try DurableFile.read(keyFile(key)).flatMap { TicketNumber(String(decoding: $0, as: UTF8.self)) }
    }

    func hasKey(_ key: String) -> Bool { DurableFile.exists(keyFile(key)) }

    func writeKey(_ key: String, number: TicketNumber) throws(StoreError) {
        let keyPath = keyFile(key)
        try DurableFile.makeDirectory(DurableFile.parent(of: keyPath))
        try DurableFile.write(Array(number.description.utf8), to: keyPath)
    }

    /// Marks a ticket whose index entry may go stale, durably, before the change is made.
    func markPending(_ number: TicketNumber, sync: Bool = true) throws(StoreError) {
        try DurableFile.write([], to: root + "/index/pending/" + number.description, sync: sync)
    }

    /// The change reached the index. Not synced: a marker that survives only costs a re-index of one ticket.
    func clearPending(_ number: TicketNumber) {
        DurableFile.remove(root + "/index/pending/" + number.description)
    }

    /// Re-indexes the tickets a crash may have left behind (their pending markers).
    func repairIndex() throws(StoreError) {
        let pending = DurableFile.list(root + "/index/pending").compactMap { TicketNumber($0) }
        guard !pending.isEmpty else { return }
        let lock = try FileLock(path: root + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        var active: [Ticket] = []
        for n in pending {
            if let t = try? ticket(n) {
                active.append(t)
            } else {
                try index.remove(n)
            }
        }
        try index.upsert(active.filter { !isArchived($0.number) })
        try index.upsert(active.filter { isArchived($0.number) }, archived: true)
        for n in pending { clearPending(n) }
    }

    func isArchived(_ number: TicketNumber) -> Bool {
        !DurableFile.exists(ticketDirectoryPath(number, archived: false) + "/ticket.json")
            && DurableFile.exists(ticketDirectoryPath(number, archived: true) + "/ticket.json")
    }

    func writeTicketDocument(_ ticket: Ticket) throws(StoreError) {
        try DurableFile.write(try Self.encode(ticket), to: ticketDirectory(ticket.number) + "/ticket.json")
    }

    private func numbers(under dir: String) -> [TicketNumber] {
        var numbers: [TicketNumber] = []
        for month in DurableFile.list(dir) where !month.hasPrefix(".") {
            for name in DurableFile.list(dir + "/" + month) where !name.hasPrefix(".") {
                if let n = TicketNumber(name) { numbers.append(n) }
            }
        }
        return numbers.sorted()
    }

    /// Reserves `count` consecutive serials for a month and writes the counter durably.
    private func allocateNumbers(year: Int, month: Int, count: Int) throws(StoreError) -> [TicketNumber] {
        guard let probe = TicketNumber(year: year, month: month, serial: 1) else {
            throw StoreError("invalid month \(year)-\(month)")
        }
        let counterPath = root + "/counters/" + probe.monthKey
        // The counter is written durably before any number it covers is used, so it is never behind the disk;
        // only when it is lost or unreadable are the month's folders scanned (never go below what is there).
        var last: Int
        if let bytes = try DurableFile.read(counterPath), let n = Int(String(decoding: bytes, as: UTF8.self)) {
            last = n
        } else {
            last = 0
            for dir in [root + "/tickets/", root + "/archive/"] {
                for name in DurableFile.list(dir + probe.monthKey) {
                    let bare = name.hasPrefix(".tmp-") ? String(name.dropFirst(5)) : name
                    if let n = TicketNumber(bare) { last = max(last, n.serial) }
                }
            }
        }
        try DurableFile.write(Array(String(last + count).utf8), to: counterPath)
        return (1...count).map { TicketNumber(year: year, month: month, serial: last + $0)! }
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

    static func encode(_ value: some Encodable) throws(StoreError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        do { return Array(try e.encode(value)) + [10] } catch { throw StoreError("cannot encode: \(error)") }
    }

    static func encodeLine(_ value: some Encodable) throws(StoreError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        do { return Array(try e.encode(value)) + [10] } catch { throw StoreError("cannot encode: \(error)") }
    }
}

extension Ticket {
    func hasMessageKey(_ key: String) -> Bool {
        source.messageKey == key || messages.contains { $0.messageKey == key }
    }
}

/// One entry in a ticket's history.
public struct TicketEvent: Sendable, Codable, Equatable {
    public var at: Date
    /// Who did it: `gateway`, a staff member's name, `customer`.
    public var actor: String
    /// `created`, `acknowledgement_queued`, `mail_sent`, `status_changed`, `assigned`, `note_added`,
    /// `customer_replied`, `archived`, …
    public var kind: String
    public var detail: [String: String]

    public init(at: Date, actor: String, kind: String, detail: [String: String] = [:]) {
        self.at = at
        self.actor = actor
        self.kind = kind
        self.detail = detail
    }
}
