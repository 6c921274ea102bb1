import Foundation
import GRDB
import Model

/// The derived index of the store, in SQLite (`ROOT/index/tickets.sqlite`): tickets by status, assignee,
/// department, priority, customer, due time and order number, plus full-text search over subject and text.
///
/// Message-IDs are not here: they live in the store's key files, which dedupe and threading share.
/// Nothing here is the truth: `TicketStore.reindex()` rebuilds it from the ticket files, and a ticket whose
/// change may not have reached the index (a crash between the file write and the index update) is marked
/// pending on disk first and re-indexed when the store is next opened.
public final class TicketIndex: Sendable {
    let queue: DatabaseQueue

    /// Bumped when the schema changes; an index of another version is rebuilt.
    static let schemaVersion = 1

    init(path: String) throws(StoreError) {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            // The index is derived: a lost last transaction is repaired from the pending markers.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.write { db in try Self.createSchema(db) }
        } catch {
            throw StoreError("cannot open the index \(path): \(error)")
        }
    }

    static func createSchema(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS tickets(
                    id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
                    priority TEXT NOT NULL, category TEXT NOT NULL, subcategory TEXT, department TEXT, assignee TEXT,
                    customer_email TEXT, customer_phone TEXT, customer_name TEXT, subject TEXT NOT NULL,
                    received_at REAL NOT NULL, first_response_due REAL NOT NULL, first_responded_at REAL,
                    resolution_due REAL, updated_at REAL, closed_at REAL, archived INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX IF NOT EXISTS tickets_status_id ON tickets(status, archived);
                CREATE INDEX IF NOT EXISTS tickets_assignee ON tickets(assignee, status);
                CREATE INDEX IF NOT EXISTS tickets_department ON tickets(department, status);
                CREATE INDEX IF NOT EXISTS tickets_priority ON tickets(priority, status);
                CREATE INDEX IF NOT EXISTS tickets_email ON tickets(customer_email);
                CREATE INDEX IF NOT EXISTS tickets_phone ON tickets(customer_phone);
                CREATE INDEX IF NOT EXISTS tickets_open_due ON tickets(first_response_due, archived)
                    WHERE first_responded_at IS NULL AND status NOT IN ('resolved', 'closed');
                CREATE INDEX IF NOT EXISTS tickets_received ON tickets(received_at);
                DROP TABLE IF EXISTS message_ids;
                CREATE TABLE IF NOT EXISTS orders(
                    order_id TEXT NOT NULL, number TEXT NOT NULL, PRIMARY KEY(order_id, number));
                CREATE INDEX IF NOT EXISTS orders_number ON orders(number);
                CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(body, tokenize = 'unicode61');
                """)
        try db.execute(
            sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)", arguments: ["\(schemaVersion)"])
    }

    /// The row id of a ticket: `YYYYMM * 10^7 + serial` (unique, ordered like the numbers).
    static func rowID(_ number: TicketNumber) -> Int64 {
        Int64(number.year * 100 + number.month) * 10_000_000 + Int64(number.serial)
    }

    /// Adds or replaces the index entries of tickets, in one transaction.
    func upsert(_ tickets: [Ticket], archived: Bool = false) throws(StoreError) {
        do {
            try queue.write { db in
                for ticket in tickets { try Self.upsert(ticket, archived: archived, in: db) }
            }
        } catch {
            throw StoreError("updating the index failed: \(error)")
        }
    }

    static func upsert(_ t: Ticket, archived: Bool, in db: Database) throws {
        let id = rowID(t.number)
        let time = { (d: Date?) in d?.timeIntervalSince1970 }
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO tickets(id, number, status, priority, category, subcategory, department,
                    assignee, customer_email, customer_phone, customer_name, subject, received_at, first_response_due,
                    first_responded_at, resolution_due, updated_at, closed_at, archived)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                id, t.number.description, t.status.rawValue, t.priority.rawValue, t.category.rawValue, t.subcategory,
                t.department, t.assignee, t.customer.address.lowercased(), t.customer.phone, t.customer.name,
                t.subject, t.receivedAt.timeIntervalSince1970, t.firstResponseDue.timeIntervalSince1970,
                time(t.firstRespondedAt), time(t.resolutionDue), time(t.updatedAt), time(t.closedAt),
                archived ? 1 : 0,
            ])
        try db.cachedStatement(sql: "DELETE FROM orders WHERE number = ?").execute(arguments: [t.number.description])
        for order in Set(t.orderIDs) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO orders(order_id, number) VALUES (?, ?)").execute(
                arguments: [order.uppercased(), t.number.description])
        }
        try db.cachedStatement(sql: "DELETE FROM search WHERE rowid = ?").execute(arguments: [id])
        let body = SearchTokens.document(t.subject + "\n" + t.text.prefix(20_000))
        try db.cachedStatement(sql: "INSERT INTO search(rowid, body) VALUES (?, ?)").execute(arguments: [id, body])
    }

    func remove(_ number: TicketNumber) throws(StoreError) {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM tickets WHERE id = ?", arguments: [Self.rowID(number)])
                try db.execute(sql: "DELETE FROM search WHERE rowid = ?", arguments: [Self.rowID(number)])
                try db.execute(sql: "DELETE FROM orders WHERE number = ?", arguments: [number.description])
            }
        } catch {
            throw StoreError("updating the index failed: \(error)")
        }
    }

    /// Empties the index and refills it through `fill`, which calls `add(ticket, archived)` for every ticket, all
    /// in one transaction (a crash leaves the old index whole).
    func rebuild(
        _ fill: (_ add: (Ticket, Bool) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM tickets; DELETE FROM orders;")
                try db.execute(sql: "DELETE FROM search")
                try fill { (t: Ticket, archived: Bool) throws(StoreError) in
                    do { try Self.upsert(t, archived: archived, in: db) } catch {
                        throw StoreError("rebuilding the index failed: \(error)")
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("rebuilding the index failed: \(error)")
        }
    }

    // MARK: - Queries

    /// A filter for `list`. Every set field must match.
    public struct Filter: Sendable {
        public var status: [TicketStatus] = []
        public var priority: Priority?
        public var department: String?
        public var assignee: String?
        public var category: TicketCategory?
        /// First response due before `now` and not yet given, ticket not resolved or closed.
        public var overdueAt: Date?
        /// An email address or a phone number (digits).
        public var customer: String?
        public var since: Date?
        public var includeArchived = false
        public var limit: Int?
        public init() {}
    }

    /// Ticket numbers matching `filter`: oldest first, or most overdue first when `overdueAt` is set.
    public func list(_ filter: Filter) throws(StoreError) -> [TicketNumber] {
        let (clauses, arguments) = whereClause(filter)
        // Overdue tickets most overdue first (the partial index on the deadline serves it); others oldest first.
        var sql =
            "SELECT number FROM tickets" + clauses
            + (filter.overdueAt != nil ? " ORDER BY first_response_due" : " ORDER BY id")
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        return try numbers(sql, arguments)
    }

    /// How many tickets match `filter` (its `limit` ignored).
    public func count(_ filter: Filter) throws(StoreError) -> Int {
        let (clauses, arguments) = whereClause(filter)
        do {
            return try queue.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM tickets" + clauses, arguments: StatementArguments(arguments)) ?? 0
            }
        } catch {
            throw StoreError("reading the index failed: \(error)")
        }
    }

    private func whereClause(_ filter: Filter) -> (String, [any DatabaseValueConvertible]) {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !filter.status.isEmpty {
            clauses.append("status IN (" + filter.status.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += filter.status.map(\.rawValue)
        }
        if let p = filter.priority {
            clauses.append("priority = ?")
            arguments.append(p.rawValue)
        }
        if let d = filter.department {
            clauses.append("department = ?")
            arguments.append(d)
        }
        if let a = filter.assignee {
            clauses.append("assignee = ?")
            arguments.append(a)
        }
        if let c = filter.category {
            clauses.append("category = ?")
            arguments.append(c.rawValue)
        }
        if let now = filter.overdueAt {
            clauses.append(
                "first_responded_at IS NULL AND status NOT IN ('resolved', 'closed') AND first_response_due < ?")
            arguments.append(now.timeIntervalSince1970)
        }
        if let customer = filter.customer {
            let digits = customer.filter(\.isNumber)
            if customer.contains("@") {
                clauses.append("customer_email = ?")
                arguments.append(customer.lowercased())
            } else {
                clauses.append("customer_phone = ?")
                arguments.append(digits)
            }
        }
        if let since = filter.since {
            clauses.append("received_at >= ?")
            arguments.append(since.timeIntervalSince1970)
        }
        if !filter.includeArchived { clauses.append("archived = 0") }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// Tickets whose subject or text contains every word of `query` (Chinese included), newest first.
    public func search(_ query: String, limit: Int = 200) throws(StoreError) -> [TicketNumber] {
        guard let match = SearchTokens.matchExpression(query) else { return [] }
        return try numbers(
            "SELECT t.number FROM search JOIN tickets t ON t.id = search.rowid WHERE search MATCH ? "
                + "ORDER BY search.rowid DESC LIMIT \(max(1, limit))", [match])
    }

    /// Tickets that mention an order number.
    public func tickets(forOrder order: String) throws(StoreError) -> [TicketNumber] {
        try numbers("SELECT number FROM orders WHERE order_id = ? ORDER BY number", [order.uppercased()])
    }

    /// How many tickets the index holds (archived included).
    public func count() throws(StoreError) -> Int {
        do { return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") ?? 0 } } catch {
            throw StoreError("reading the index failed: \(error)")
        }
    }

    /// Open tickets per assignee (for least-loaded assignment).
    public func openLoad() throws(StoreError) -> [String: Int] {
        do {
            return try queue.read { db in
                var load: [String: Int] = [:]
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT assignee, count(*) AS n FROM tickets WHERE assignee IS NOT NULL "
                        + "AND status NOT IN ('resolved', 'closed') GROUP BY assignee")
                for row in rows {
                    if let a: String = row["assignee"] { load[a] = row["n"] }
                }
                return load
            }
        } catch {
            throw StoreError("reading the index failed: \(error)")
        }
    }

    private func numbers(
        _ sql: String, _ arguments: [any DatabaseValueConvertible]
    ) throws(StoreError)
        -> [TicketNumber]
    {
        do {
            return try queue.read { db in
                try String.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap {
                    TicketNumber($0)
                }
            }
        } catch {
            throw StoreError("reading the index failed: \(error)")
        }
    }
}
